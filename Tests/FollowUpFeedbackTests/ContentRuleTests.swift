import FollowUpCore
import FollowUpFeedback
import XCTest

final class ContentRuleTests: XCTestCase {
    let context = FeedbackContext(answers: acmeAnswers())

    func testNoThanksFlagsAMessageWithoutGratitude() {
        assertLint(
            NoThanks(),
            """
            1️⃣Dear Ana,2️⃣

            I am writing about the Backend Engineer role. What are the next steps?

            Best regards,
            Priya
            """,
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "No word of thanks", severity: .error)])
    }

    func testNoThanksAcceptsAppreciation() {
        assertLint(
            NoThanks(),
            """
            Dear Ana,

            I appreciated the time you took to walk me through the roadmap.

            Best regards,
            Priya
            """,
            findings: [])
    }

    func testNoThanksDoesNotCountTheSignOff() {
        assertLint(
            NoThanks(),
            """
            1️⃣Hi Ana,

            What are the next steps for the Backend Engineer role?

            Thanks,
            Priya
            """,
            findings: [FindingSpec("1️⃣")])
    }

    func testNoThanksIsOnlyASuggestionInACheckIn() {
        assertLint(
            NoThanks(), "1️⃣Hi Ana,\n\nIs there any update on the timeline?\n",
            findings: [FindingSpec("1️⃣", severity: .suggestion)], context: FeedbackContext(kind: .checkIn))
        assertLint(NoThanks(), "Hi Ana,\n\nI'd like to stay in touch.\n", findings: [], context: FeedbackContext(kind: .networking))
    }

    func testNoNextStepsFlagsTheLastParagraph() {
        assertLint(
            NoNextSteps(),
            """
            Dear Ana,

            Thank you for your time yesterday.
            1️⃣I enjoyed the conversation about the Kafka migration.2️⃣

            Best regards,
            Priya
            """,
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "next steps")])
    }

    func testNoNextStepsAcceptsAQuestionAboutTheTimeline() {
        assertLint(
            NoNextSteps(),
            """
            Dear Ana,

            Thank you for your time yesterday. When do you expect to reach a decision?

            Best regards,
            Priya
            """,
            findings: [])
    }

    func testNoOfferFlagsAMissingOffer() {
        assertLint(
            NoOffer(),
            """
            Dear Ana,

            1️⃣Thank you for your time yesterday. What are the next steps?

            Best regards,
            Priya
            """,
            findings: [FindingSpec("1️⃣", severity: .warning)])
    }

    func testNoOfferAcceptsAvailability() {
        assertLint(
            NoOffer(),
            """
            Dear Ana,

            Thank you for your time yesterday. I'm available for a follow-up call any day next week.

            Best regards,
            Priya
            """,
            findings: [])
    }

    func testNoOfferAcceptsAnOfferToComeInOrToHelpInReturn() {
        for offer in [
            "If it would help, I'm happy to come in for another shift.", "If there's ever anything I can help with in return, just let me know.",
            "I’m free most weekdays if you need me for another shift.",
        ] {
            assertLint(
                NoOffer(), "Dear Ana,\n\nThank you for the trial shift on Saturday. \(offer) What are the next steps?\n\nBest regards,\nPriya\n",
                findings: [])
        }
        // Near miss: coming in, said of the past, offers nothing.
        assertLint(
            NoOffer(),
            "Dear Ana,\n\n1️⃣Thank you for the trial shift on Saturday. I was happy that I came in early. What are the next steps?\n\nBest regards,\nPriya\n",
            findings: [FindingSpec("1️⃣", severity: .warning)])
    }

    func testGenericFlagsADraftThatMentionsNoneOfTheAddresseesTopics() {
        assertLint(
            GenericMessage(),
            """
            1️⃣Dear Ana,

            Thank you for your time yesterday. I enjoyed learning about the company and the culture.

            Best regards,
            Priya
            """,
            findings: [FindingSpec("1️⃣", message: "Kafka migration")], context: context)
    }

    func testGenericAcceptsAReferenceToAnInflectedTopic() {
        assertLint(
            GenericMessage(),
            """
            Dear Ana,

            Thank you for your time yesterday. Hearing how you are migrating to Kafka was the highlight of my day.

            Best regards,
            Priya
            """,
            findings: [], context: context)
    }

    func testGenericIsSilentWithoutContext() {
        assertLint(GenericMessage(), "Dear Ana,\n\nThank you for your time.\n", findings: [])
    }

    func testGreetingFlagsAMisspeltName() {
        assertLint(
            GreetingName(),
            """
            Dear 1️⃣Anna2️⃣,

            Thank you for your time.
            """,
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "not an interviewer", severity: .error, suggestion: "Ana")],
            context: context)
    }

    func testGreetingFlagsTheWrongFormOfAddressOnAnAccentedLine() {
        assertLint(
            GreetingName(),
            """
            Hello 1️⃣María2️⃣,

            Thank you for your time.
            """,
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "“Dr. Pérez”", suggestion: "Dr. Pérez")],
            context: context)
    }

    func testGreetingAcceptsTheFormOfAddressAndTitleWithSurname() {
        for greeting in [
            "Dear Dr. Pérez,", "Hi Ana,", "Dear Ms. Lima,", "Dear Ana Lima,", "Hi Ana and Dr. Pérez,", "Hi Ana and team,",
            "Hi Ana thank you again for the call", "Dear Dr. Perez,",
        ] {
            assertLint(GreetingName(), "\(greeting)\n\nThank you for your time.\n", findings: [], context: context)
        }
    }

    func testGreetingFlagsAMissingAndAnImpersonalGreeting() {
        assertLint(
            GreetingName(), "1️⃣Thank you for your time yesterday.\n",
            findings: [FindingSpec("1️⃣", severity: .warning, suggestion: "Dear Ana,")], context: context)
        assertLint(
            GreetingName(), "Dear 1️⃣Hiring Manager2️⃣,\n\nThank you for your time.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", severity: .warning)], context: context)
        assertLint(
            GreetingName(), "Dear 1️⃣Hiring Manager,\n\nThank you for your time.\n",
            findings: [FindingSpec("1️⃣", severity: .suggestion)])
    }

    func testSubjectFlagsAGenericSubject() {
        assertLint(
            SubjectLine(),
            """
            Subject: 1️⃣Follow up2️⃣

            Dear Ana,
            """,
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "says nothing specific")])
    }

    func testSubjectThatOnlyLacksTheRoleIsASuggestion() {
        assertLint(
            SubjectLine(), "Subject: 1️⃣Thank you for the interview today2️⃣\n\nDear Ana,\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "could name the role", severity: .suggestion)])
    }

    func testSubjectAcceptsTheRole() {
        assertLint(SubjectLine(), "Subject: Thank you: Backend Engineer interview\n\nDear Ana,\n", findings: [])
    }

    func testSubjectMissingInAnEmailFile() {
        assertLint(
            SubjectLine(),
            """
            1️⃣From: priya@example.com
            To: ana@acme.example

            Dear Ana,
            """,
            findings: [FindingSpec("1️⃣", message: "No subject line")], format: .email)
        // A plain text file may be just the body: no finding.
        assertLint(SubjectLine(), "Dear Ana,\n\nThank you.\n", findings: [])
    }

    func testPromisedFlagsTheMissingItemInTheFirstInterviewersDraft() {
        assertLint(
            PromisedItem(),
            """
            Dear Ana,

            1️⃣Thank you for your time yesterday. I enjoyed the Kafka discussion.2️⃣

            Best regards,
            Priya
            """,
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "portfolio link")], context: context)
    }

    func testPromisedAcceptsTheItemAndSkipsOtherInterviewers() {
        assertLint(
            PromisedItem(),
            "Dear Ana,\n\nThank you. As promised, my portfolio is at example.com/priya.\n",
            findings: [], context: context)
        assertLint(PromisedItem(), "Dear Dr. Pérez,\n\nThank you for your time.\n", findings: [], context: context)
    }

    func testPromisedGoesWithTheFirstInterviewersNoteWhateverTheGreeting() {
        let body = "Hello,\n\nThank you for your time yesterday. I enjoyed the conversation.\n"
        var toSecond = context
        toSecond.recipient = "María Pérez"
        assertLint(PromisedItem(), body, findings: [], context: toSecond)
        var toFirst = context
        toFirst.recipient = "ana"
        XCTAssertEqual(FeedbackEngine(rules: [PromisedItem()]).check(text: body, context: toFirst).map(\.rule), ["content.promised"])
    }

    func testGreetingOfAnotherInterviewerInANoteForSomeoneElse() {
        var toAna = context
        toAna.recipient = "Ana Lima"
        assertLint(
            GreetingName(), "Dear 1️⃣Dr. Pérez2️⃣,\n\nThank you for your time.\n",
            findings: [
                FindingSpec("1️⃣", end: "2️⃣", message: "This note is for Ana Lima, but the greeting names María Pérez", suggestion: "Ana")
            ],
            context: toAna)
        assertLint(GreetingName(), "Dear Ana,\n\nThank you for your time.\n", findings: [], context: toAna)
        assertLint(GreetingName(), "Dear Ana and Dr. Pérez,\n\nThank you both.\n", findings: [], context: toAna)
        // Without a recipient, greeting either interviewer is right.
        assertLint(GreetingName(), "Dear Dr. Pérez,\n\nThank you for your time.\n", findings: [], context: context)
        var unknown = context
        unknown.recipient = "Nobody Here"
        XCTAssertNil(unknown.recipientInterviewer)
        toAna.recipient = "Maria Perez"
        XCTAssertEqual(toAna.recipientInterviewer?.name, "María Pérez", "case and accents do not matter")
    }

    func testConcernFlagsAnUnaddressedConcernAsASuggestion() {
        assertLint(
            UnaddressedConcern(),
            "Dear Ana,\n\n1️⃣Thank you for your time.\n",
            findings: [FindingSpec("1️⃣", message: "Terraform", severity: .suggestion)], context: context)
        assertLint(
            UnaddressedConcern(),
            "Dear Ana,\n\nThank you for your time. Since we spoke I have built a staging cluster with Terraform.\n",
            findings: [], context: context)
    }
}

final class UnfilledPlaceholderTests: XCTestCase {
    func testFlagsEachPlaceholderWithItsExactSpan() {
        assertLint(
            UnfilledPlaceholder(),
            """
            Dear 1️⃣[NAME]2️⃣,

            Thank you for your time. As promised, here is my portfolio: 3️⃣[paste the link to your portfolio here]4️⃣.
            I have also attached my references 5️⃣[attach your two references]6️⃣.

            Best regards,
            7️⃣{{candidate}}8️⃣
            """,
            findings: [
                FindingSpec(
                    "1️⃣", end: "2️⃣", message: "Fill in this placeholder before sending: [NAME]", severity: .error),
                FindingSpec(
                    "3️⃣", end: "4️⃣", message: "Fill in this placeholder before sending: [paste the link to your portfolio here]"),
                FindingSpec("5️⃣", end: "6️⃣", message: "[attach your two references]"),
                FindingSpec("7️⃣", end: "8️⃣", message: "{{candidate}}"),
            ])
    }

    func testFlagsPlaceholdersInTheSubject() {
        assertLint(
            UnfilledPlaceholder(),
            "Subject: Thank you: 1️⃣[Company]2️⃣ interview\n\nDear Ana,\n\nThank you, see 3️⃣XXX4️⃣.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "[Company]"), FindingSpec("3️⃣", end: "4️⃣", message: "XXX")])
    }

    func testNearMissesAreNotFlagged() {
        assertLint(
            UnfilledPlaceholder(),
            """
            Dear Ana,

            Thank you for your time. My portfolio is at [my portfolio](https://example.com/priya) and
            the study you mentioned[1] said their [sic] numbers were low. Write to me at <priya@example.com>.

            > [NAME] quoted from an earlier mail is not mine to fill in.

            Best regards,
            Priya
            """,
            findings: [])
    }

    func testPositionsAreCharactersAfterAccents() {
        assertLint(
            UnfilledPlaceholder(), "Olá Ana, José here: 1️⃣[insert link]2️⃣\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣")])
    }
}
