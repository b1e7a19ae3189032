import FollowUpCore
import FollowUpFeedback
import XCTest

final class ProofreadingRuleTests: XCTestCase {
    var context: FeedbackContext { FeedbackContext(answers: acmeAnswers(), spellChecker: sharedSpeller) }

    override func setUp() {
        super.setUp()
        XCTAssertNotNil(sharedSpeller, "hunspell en_US must be installed for these tests")
    }

    func testMisspellingWithSuggestionsOnAnAccentedLine() {
        assertLint(
            Misspelling(),
            "Hi Dr. Pérez,\n\nI enjoyed the café chat and I 1️⃣recieve2️⃣ your note with thanks.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", severity: .error, suggestion: "receive")], context: context)
    }

    func testMisspellingColumnsCountCharactersAfterCJK() {
        assertLint(
            Misspelling(),
            "Hi Ana,\n\n我很高兴认识你们. Thank you for the 1️⃣oppurtunity2️⃣.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", suggestion: "opportunity")], context: context)
    }

    func testNamesContextWordsAndPersonalWordsAreNotFlagged() {
        var withWords = context
        withWords.personalWords = ["kubectl"]
        assertLint(
            Misspelling(),
            """
            Subject: Thank you: Backend Engineer interview

            Hi Ana,

            Ana's point about Kafka stuck with me. I use kubectl daily, see github.com/priya/demo or priya@example.com.
            The migration at Acme Robotics and the work of María Pérez, 李雷 and Zoë are impressive.

            Best regards,
            Priya Raman
            """,
            findings: [], context: withWords)
    }

    func testEverydayWorkplaceWordsAreNotFlagged() {
        assertLint(
            Misspelling(),
            """
            Hi Ana,

            The rollout plan, the standups, the hackathon walkthrough and the webhook hotfix were the best part. \
            We could timebox the monorepo changelog, deprioritize autoscaling and upskill the team with a livestream.

            Best regards,
            Priya Raman
            """,
            findings: [], context: context)
    }

    func testBritishSpellingIsNotFlagged() {
        assertLint(
            Misspelling(),
            "Hi Ana,\n\nI reorganised the team's programme, analysed the colour palette and travelled to the centre. I 1️⃣recieved2️⃣ it.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣")], context: context)
    }

    func testMisspeltSubjectWord() {
        assertLint(
            Misspelling(), "Subject: Thank you for the 1️⃣intervew2️⃣\n\nHi Ana,\n\nThank you.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", suggestion: "interview")], context: context)
    }

    func testSpellingIsSilentWithoutADictionary() {
        assertLint(Misspelling(), "Hi Ana,\n\nI recieve it.\n", findings: [])
    }

    func testRepeatedWordAcrossALineBreak() {
        assertLint(
            RepeatedWord(),
            "Hi Ana,\n\nThank you for the1️⃣\nthe2️⃣ time. I had had a long day.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "delete the second", suggestion: "")])
        assertLint(RepeatedWord(), "Hi Ana,\n\nThe team. The plan. Bye bye.\n", findings: [])
    }

    func testRepeatedWordAfterAHyphenatedWord() {
        // The end of "Foo-bar" is not a word of its own; a word repeated before a hyphenated one still is.
        assertLint(RepeatedWord(), "Hi Ana,\n\nFoo-bar bar. A two-way way in. A one‐on‐one one.\n", findings: [])
        assertLint(
            RepeatedWord(), "Hi Ana,\n\nFoo bar1️⃣ bar2️⃣. I will send a follow3️⃣ follow4️⃣-up.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", suggestion: ""), FindingSpec("3️⃣", end: "4️⃣", suggestion: "")])
    }

    func testRepeatedWordIgnoresCaseInAnyScript() {
        assertLint(
            RepeatedWord(), "Hi Ana,\n\nWe met in The1️⃣ THE2️⃣ office.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", suggestion: "")])
        assertLint(
            RepeatedWord(), "Hi Ana,\n\nWe met in Zürich1️⃣ ZÜRICH2️⃣ and then in Zurich Zürich.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", suggestion: "")])
        assertLint(RepeatedWord(), "Hi Ana,\n\nThe then team teams tea, Tea.\n", findings: [])
    }

    func testPassiveVoiceIsASuggestionAndSkipsAdjectives() {
        assertLint(
            PassiveVoice(),
            "Hi Ana,\n\nThe migration 1️⃣was planned2️⃣ by my team. I am excited and I was impressed.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", severity: .suggestion)])
    }
}

final class TimingRuleTests: XCTestCase {
    func context(today: LocalDate?, kind: MessageKind) -> FeedbackContext {
        FeedbackContext(answers: acmeAnswers(), today: today, kind: kind)
    }

    func testLateThanksAfterTwoDays() {
        let late = LocalDate(year: 2026, month: 11, day: 19)
        assertLint(
            LateThanks(), "Subject: 1️⃣Thank you: Backend Engineer2️⃣\n\nHi Ana,\n\nThank you.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "3 days")], context: context(today: late, kind: .thankYou))
        let onTime = LocalDate(year: 2026, month: 11, day: 18)
        assertLint(LateThanks(), "Hi Ana,\n\nThank you.\n", findings: [], context: context(today: onTime, kind: .thankYou))
        assertLint(LateThanks(), "Hi Ana,\n\nThank you.\n", findings: [], context: context(today: nil, kind: .thankYou))
    }

    func testEarlyCheckInBeforeTheDecisionDate() {
        let early = LocalDate(year: 2026, month: 11, day: 27)
        assertLint(
            EarlyCheckIn(), "1️⃣Hi Ana,2️⃣\n\nIs there any update?\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "Mon 30 Nov 2026", severity: .warning)],
            context: context(today: early, kind: .checkIn))
        let after = LocalDate(year: 2026, month: 11, day: 30)
        assertLint(EarlyCheckIn(), "Hi Ana,\n\nIs there any update?\n", findings: [], context: context(today: after, kind: .checkIn))
    }

    func testEarlyCheckInWithoutADecisionDateIsASuggestion() {
        var answers = acmeAnswers()
        answers.decisionDate = nil
        let context = FeedbackContext(answers: answers, today: LocalDate(year: 2026, month: 11, day: 18), kind: .checkIn)
        assertLint(
            EarlyCheckIn(), "1️⃣Hi Ana,\n\nIs there any update?\n", findings: [FindingSpec("1️⃣", severity: .suggestion)],
            context: context)
    }
}
