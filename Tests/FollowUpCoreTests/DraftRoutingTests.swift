import XCTest

@testable import FollowUpCore

/// Where each note goes, what the session shows of it, and what the drafts say they left out.
final class DraftRoutingTests: XCTestCase {
    func answers() -> Answers {
        Answers(
            candidate: Candidate(name: "Sam Rivera", signOff: "Cheers,"),
            interview: Interview(company: "Northwind", role: "Data Engineer", date: LocalDate(year: 2026, month: 11, day: 27)),
            interviewers: [
                Interviewer(name: "Marcus Bell", topics: ["their dbt models and how they test them"]),
                Interviewer(name: "Dana Kim", topics: ["how she splits inbound and outbound"]),
            ],
            highlights: ["Dana showed me the team's dashboard", "Marcus: we sketched a backfill plan together"],
            concerns: [Concern(topic: "Dana doubted I had managed a budget"), Concern(topic: "I think it went badly")],
            promised: ["a writing sample for Dana"])
    }

    /// A topic typed as a past action is told by the interviewer ("explained …": the thing
    /// explained) or done by the candidate ("did the assessed drive …"): thanks for the chance, never
    /// "you did the assessed drive".
    func testAPastActionTopicIsToldByTheInterviewerOrDoneByTheCandidate() {
        var a = answers()
        a.interviewers[0].topics = ["did the assessed drive round the town centre", "explained the shift patterns"]
        for tone in Tone.allCases {
            a.tone = tone
            let body = DraftComposer().compose(a).draft(id: DraftID.thankYou(0))?.body ?? ""
            XCTAssertTrue(body.contains(" to do the assessed drive round the town centre."), "\(tone): \(body)")
            XCTAssertFalse(body.contains("you did"), "\(tone): \(body)")
            XCTAssertTrue(body.contains(" the shift patterns"), "\(tone): \(body)")
        }
    }

    /// A check-in speaks of "our conversation about …" only when the conversation was the
    /// reader's; a colleague's topic is something heard at the interview. Terms of the job
    /// ("shift differential") are no reason to be keen.
    func testACheckInNamesOnlyTheReadersOwnConversation() {
        var a = answers()
        a.interviewers[0].email = "marcus@northwind.example"
        a.interviewers[0].topics = ["shift differential and the 4x10 schedule"]
        a.interviewers[1].topics = ["the new warehouse in Reno"]
        for tone in Tone.allCases {
            a.tone = tone
            let checkIn = DraftComposer().compose(a).draft(id: DraftID.checkIn)?.body ?? ""
            XCTAssertTrue(checkIn.contains("the new warehouse in Reno"), "\(tone): \(checkIn)")
            XCTAssertFalse(checkIn.contains("conversation about the new warehouse") || checkIn.contains("talk about the new warehouse"), "\(tone): \(checkIn)")
            XCTAssertFalse(checkIn.contains("differential"), "\(tone): \(checkIn)")
        }
    }

    /// A topic about the terms of the job is thanked as explained, never as what made the
    /// work feel real; a networking note remembers another topic.
    func testTermsOfTheJobAreExplainedNotEnjoyed() {
        var a = answers()
        a.interviewers[1].topics = ["shift differential for nights", "the new sortation floor"]
        for tone in Tone.allCases {
            a.tone = tone
            let set = DraftComposer().compose(a)
            let body = set.draft(id: DraftID.thankYou(1))?.body ?? ""
            let sentence = body.components(separatedBy: ". ").first { $0.contains("shift differential") } ?? ""
            XCTAssertTrue(sentence.contains("explanation of") || sentence.contains("hear about") || sentence.contains("explaining"), "\(tone): \(body)")
            XCTAssertFalse(sentence.contains("sortation"), "\(tone): \(body)")
            let networking = set.drafts.first { $0.kind == .networking && $0.recipientName == "Dana Kim" }?.body ?? ""
            XCTAssertFalse(networking.contains("differential"), "\(tone): \(networking)")
        }
    }

    /// What a reader hears repeated: thanks twice, or "I" with the same verb whatever adverb
    /// stands between ("I especially enjoyed …", "I really enjoyed …").
    func testASentenceLeadIsHeardWithoutItsAdverb() {
        XCTAssertEqual(ThankYouParts.lead("I especially enjoyed hearing about X."), ThankYouParts.lead("I really enjoyed the tour."))
        XCTAssertEqual(ThankYouParts.lead("I appreciated your question."), ThankYouParts.lead("I also appreciated the group task."))
        XCTAssertEqual(ThankYouParts.lead("Thanks for your time."), ThankYouParts.lead("Thank you for the question."))
        XCTAssertNotEqual(ThankYouParts.lead("I enjoyed the tour."), ThankYouParts.lead("I appreciated the tour."))
        XCTAssertNotEqual(ThankYouParts.lead("Your question about X stayed with me."), ThankYouParts.lead("Your team's plan is clear."))
    }

    /// The recruiter note goes out with the thank-yous: a decision day past by then is not asked
    /// about, and its subject is none a forwarded thank-you to the same recruiter already has.
    func testTheRecruiterNoteAsksNothingPastAndRepeatsNoSubject() {
        for tone in Tone.allCases {
            var a = answers()
            a.tone = tone
            a.recruiter = Contact(name: "Kayla Moss", email: "kayla@northwind.example")
            a.decisionDate = LocalDate(year: 2026, month: 11, day: 27)
            let late = DraftComposer().compose(a, today: LocalDate(year: 2026, month: 12, day: 1))
            let note = late.draft(id: DraftID.recruiterNote)
            XCTAssertNotNil(note)
            XCTAssertFalse(note?.body.contains("27 November") ?? true || note?.body.contains("November 27") ?? true, "\(tone): \(note?.body ?? "")")
            a.decisionDate = LocalDate(year: 2026, month: 12, day: 11)
            let early = DraftComposer().compose(a, today: LocalDate(year: 2026, month: 11, day: 27))
            let upcoming = early.draft(id: DraftID.recruiterNote)?.body ?? ""
            XCTAssertTrue(upcoming.contains("11 December") || upcoming.contains("December 11"), "\(tone): \(upcoming)")
            let thankYouSubjects = Set(early.drafts.filter { $0.kind == .thankYou }.map(\.subject))
            XCTAssertFalse(thankYouSubjects.contains(early.draft(id: DraftID.recruiterNote)?.subject ?? ""), "\(tone)")
        }
    }

    /// "shaz" as the recruiter and "Shaz Khan" on the panel are one person: one thank-you, no
    /// recruiter note, and the check-ins go to the address the panel list gives.
    func testARecruiterTypedByFirstNameIsTheInterviewerOfThatName() {
        var a = answers()
        a.interviewers[1].name = "Shaz Khan"
        a.interviewers[1].email = "shaz@northwind.example"
        a.recruiter = Contact(name: "shaz")
        let set = DraftComposer().compose(a)
        XCTAssertNil(set.drafts.first { $0.kind == .recruiterNote })
        XCTAssertEqual(set.draft(id: DraftID.checkIn)?.recipientEmail, "shaz@northwind.example")
        XCTAssertEqual(set.draft(id: DraftID.checkIn)?.recipientName, "Shaz Khan")
        a.recruiter = Contact(name: "shona")
        XCTAssertNotNil(DraftComposer().compose(a).drafts.first { $0.kind == .recruiterNote }, "another person")
    }

    /// The body of the thank-you to the `n`th interviewer of `answers`, or "" when there is none.
    func thankYou(_ n: Int, from answers: Answers) -> String {
        DraftComposer().compose(answers).draft(id: "thank-you-\(n)")?.body ?? ""
    }

    func testEachNoteGoesToThePersonItNamesAndSpeaksToThem() {
        let set = DraftComposer().compose(answers())
        let marcus = set.draft(id: "thank-you-1")?.body ?? ""
        let dana = set.draft(id: "thank-you-2")?.body ?? ""
        XCTAssertTrue(dana.contains("you showed me the team's dashboard"), dana)
        XCTAssertFalse(marcus.contains("dashboard"), marcus)
        XCTAssertTrue(marcus.contains("we sketched a backfill plan together"), marcus)
        XCTAssertFalse(marcus.contains("Marcus:"), marcus)
        // A doubt with nothing added would only remind Dana of it: it is named, not written.
        XCTAssertFalse(dana.contains("budget"), dana)
        XCTAssertTrue(set.notes.contains { $0.contains("Dana") && $0.contains("'Dana doubted I had managed a budget'") }, "\(set.notes)")
        XCTAssertTrue(dana.contains("I've attached my writing sample. [attach your writing sample]"), dana)
        XCTAssertFalse(marcus.contains("writing sample"), marcus)
        XCTAssertEqual(answers().promised(forInterviewer: 1), ["a writing sample"])
        XCTAssertTrue(marcus.contains("\n\nCheers,\nSam Rivera"), "the chosen sign-off: \(marcus)")
    }

    func testWhatCannotBeWrittenIsNamedNotDropped() {
        let notes = DraftComposer().compose(answers()).notes
        XCTAssertTrue(notes.contains { $0.contains("'I think it went badly'") }, "\(notes)")
    }

    func testTheSessionShowsTheSentenceAsItWillRead() {
        let a = answers()
        let topics = SentencePreview.lines(after: .interviewerTopics(0), in: a)
        XCTAssertEqual(topics.first, "In the note to Marcus Bell: “I especially enjoyed hearing about your dbt models and how you test them.”")
        XCTAssertEqual(topics.last, CoachScript.Remark.previewHint)

        let unusable = SentencePreview.lines(after: .concern(1), in: a)
        XCTAssertTrue(unusable.contains { $0.hasPrefix("Not written yet: the concern 'I think it went badly'") }, "\(unusable)")
        XCTAssertTrue(unusable.contains { $0.hasPrefix("It would go here: “") && $0.contains("…") }, "\(unusable)")
        XCTAssertTrue(SentencePreview.lines(after: .company, in: a).isEmpty)
    }

    func testThePreviewWritesNamesAsTheDraftsDo() {
        var a = answers()
        a.interviewers[0].topics = ["their dbt models and the leeds office"]
        let names = NameCapitals(source: "test") { $0 == "leeds" ? "Leeds" : nil }
        let preview = SentencePreview.lines(after: .interviewerTopics(0), in: a, nameCapitals: names)
        XCTAssertTrue(preview.first?.contains("the Leeds office") == true, "\(preview)")
        let draft = DraftComposer(nameCapitals: names).compose(a).draft(id: "thank-you-1")?.body ?? ""
        XCTAssertTrue(draft.contains("the Leeds office"), draft)
        XCTAssertFalse(draft.contains("leeds"), draft)
    }

    /// A lowercase word no list knows is written as typed and named, with where it is, in the
    /// plan and in the session's preview: it may be a name whose capitals only the candidate knows.
    func testALowercaseWordNoListKnowsIsNamedAsPerhapsAName() {
        var a = answers()
        a.interviewers[0].topics = ["using servicetitan for tickets"]
        a.strengths = ["5 years in field service"]
        let set = DraftComposer(nameCapitals: .english).compose(a)
        XCTAssertEqual(set.asTyped.map(\.field), ["interviewers[0].topics[0]"])
        XCTAssertTrue(set.asTyped.first?.what.hasPrefix("'servicetitan' is written as you typed it") == true, "\(set.asTyped)")
        XCTAssertTrue(set.notes.contains { $0.hasPrefix("In interviewers[0].topics[0]: 'servicetitan'") }, "\(set.notes)")
        let preview = SentencePreview.lines(after: .interviewerTopics(0), in: a, nameCapitals: .english)
        XCTAssertTrue(preview.contains { $0.hasPrefix("'servicetitan' is written as you typed it") }, "\(preview)")
        // A name the drafts write with its capitals ("rajesh" for Rajesh Okoro) is not named.
        a.interviewers[1].name = "rajesh okoro"
        a.highlights = ["rajesh showed me the dashboard"]
        XCTAssertFalse(DraftComposer(nameCapitals: .english).compose(a).asTyped.contains { $0.what.contains("'rajesh'") })
        // Words of the language in any spelling, and names it knows, are not named.
        a.interviewers[0].topics = ["the leeds office and the rota", "the summer programme for under 5s", "the harbour centre"]
        XCTAssertEqual(DraftComposer(nameCapitals: .english).compose(a).asTyped, [])
    }

    func testAHighlightSayingHeGoesToNoOneByATopicWordAlone() {
        var a = answers()
        a.interviewers[0].topics = ["weld test on 3/8 plate"]
        a.interviewers[1].topics = ["benefits, start date"]
        a.highlights = ["he wants me to start on the pipeline contract"]
        let set = DraftComposer().compose(a)
        XCTAssertFalse(set.drafts.contains { $0.body.contains("pipeline contract") }, "a guess could thank the wrong person")
        XCTAssertTrue(set.notes.contains { $0.contains("he wants me to start on the pipeline contract") }, "\(set.notes)")
        // Named, it goes to that person.
        a.highlights = ["\(a.interviewers[0].name.split(separator: " ")[0]): he wants me to start on the pipeline contract"]
        let named = thankYou(1, from: a)
        XCTAssertTrue(named.contains("pipeline contract"), named)
    }

    func testAnInterviewerWhoIsTheRecruiterGetsTheRecruitersAddress() {
        var a = answers()
        a.interviewers[0].email = nil
        a.recruiter = Contact(name: a.interviewers[0].name.lowercased(), email: "linda@example.com")
        let thanks = DraftComposer().compose(a).draft(id: "thank-you-1")
        XCTAssertEqual(thanks?.recipientEmail, "linda@example.com")
        // Their thank-you is their note: no second one the same day to thank them for arranging it.
        let set = DraftComposer().compose(a)
        XCTAssertNil(set.drafts.first { $0.kind == .recruiterNote })
        XCTAssertEqual(set.draft(id: DraftID.checkIn)?.recipientEmail, "linda@example.com")
    }

    func testAHighlightThatSaysHowWellItWentIsNamedNotWritten() {
        var a = answers()
        a.highlights = ["the sim went grand overall", "nailed 2 of 3 in the blind tasting", "Marcus: we sketched a backfill plan together"]
        let set = DraftComposer().compose(a)
        let bodies = set.drafts.map(\.body).joined()
        XCTAssertFalse(bodies.contains("grand") || bodies.contains("nailed"), bodies)
        XCTAssertTrue(bodies.contains("we sketched a backfill plan together"), bodies)
        XCTAssertEqual(set.unwritten.filter { $0.field == "highlights" }.count, 2, "\(set.unwritten)")
    }

    func testAStrengthThatSaysNothingOneBringsIsNamedNotWritten() {
        var a = answers()
        a.strengths = ["budgets up to $1.2M", "incident response", "CFA level II"]
        let set = DraftComposer().compose(a)
        let bodies = set.drafts.map(\.body).joined()
        XCTAssertFalse(bodies.contains("I bring budgets"), bodies)
        XCTAssertTrue(set.unwritten.contains { $0.field == "strengths" && $0.what.contains("'budgets up to $1.2M'") }, "\(set.unwritten)")
        XCTAssertTrue(bodies.contains("experience in incident response"), bodies)
        XCTAssertTrue(bodies.contains("I have passed CFA level II"), bodies)
    }

    func testALabelWithATitleWrittenWithoutItsFullStopIsALabel() {
        var a = answers()
        a.interviewers[0].name = "Dr. Aisha Okafor"
        a.highlights = ["Dr Okafor: she asked about my audit on repeat rates"]
        let thanks = thankYou(1, from: a)
        XCTAssertTrue(thanks.contains("you asked about my audit on repeat rates"), thanks)
        XCTAssertFalse(thanks.contains("you:") || thanks.contains("Okafor:"), thanks)
    }

    func testAGivenNameOfTwoWordsIsTakenFromHowTheNotesNameThePerson() {
        var a = answers()
        a.interviewers[1].name = "Mei Lin Zhou"
        a.highlights = ["Mei Lin said they are hiring 3 more in Q1"]
        let thanks = thankYou(2, from: a)
        XCTAssertTrue(thanks.hasPrefix("Hi Mei Lin,"), thanks)
        XCTAssertTrue(thanks.contains("you are hiring 3 more in Q1"), thanks)
        XCTAssertFalse(thanks.contains("you Lin"), thanks)
        // Without that evidence the split stays a guess (the session asks).
        a.highlights = []
        let guessed = thankYou(2, from: a)
        XCTAssertTrue(guessed.hasPrefix("Hi Mei,"), guessed)
    }

    func testSomethingFoundInCommonIsADiscoveryNotAMoment() {
        var a = answers()
        a.highlights = ["Marcus: we both grew up in Leeds"]
        let thanks = thankYou(1, from: a)
        XCTAssertTrue(thanks.contains("that we both grew up in Leeds."), thanks)
        XCTAssertFalse(thanks.contains("the part where we both") || thanks.contains("the moment when we both"), thanks)
    }

    func testTheFirstWordOfATwoWordGivenNameFindsThePerson() {
        var a = answers()
        a.interviewers[1].name = "Ana Lucía Gómez"
        a.highlights = ["ana showed me the new visitor center"]
        let thanks = thankYou(2, from: a)
        XCTAssertTrue(thanks.contains("you showed me the new visitor center"), thanks)
    }

    func testAnAgencyGivenAsTheRecruiterIsGreetedAsATeam() {
        var a = answers()
        a.recruiter = Contact(name: "publicjobs", email: "jobs@publicjobs.example")
        let note = DraftComposer().compose(a).drafts.first { $0.kind == .recruiterNote }?.body ?? ""
        XCTAssertTrue(note.hasPrefix("Hi Publicjobs team,"), note)
        XCTAssertEqual(Contact(name: "Hays Recruitment").greetingName(tone: .formal), "Hays Recruitment team")
        XCTAssertEqual(Contact(name: "Talent team").greetingName(tone: .warm), "Talent team")
        // Near miss: a person.
        XCTAssertEqual(Contact(name: "Linda Mohr").greetingName(tone: .warm), "Linda")
    }

    /// A concern goes to whoever raised it (`raised_by`), else to the one whose topics it
    /// shares a telling word with: a short acronym counts ("sap"), a word any note may hold
    /// ("days") does not.
    func testAConcernGoesToWhoRaisedItElseToWhoseTopicsItShares() {
        var a = answers()
        a.interviewers = [
            Interviewer(name: "Priya Nair", topics: ["the sap s/4 migration", "month end close taking 9 days"]),
            Interviewer(name: "Tom Walsh", topics: ["hybrid working policy"]),
        ]
        a.concerns = [
            Concern(topic: "my sap experience", response: "I used SAP FI daily for three years"),
            Concern(topic: "whether I can do 3 days in the office", response: "yes, three days suits me"),
        ]
        var loop = InterviewLoop(a)
        XCTAssertEqual(loop.members.map(\.concernIndices), [[0], [1]])
        XCTAssertEqual(loop.guessedConcerns, [1])
        a.concerns[1].raisedBy = "priya"
        loop = InterviewLoop(a)
        XCTAssertEqual(loop.members.map(\.concernIndices), [[0, 1], []])
        XCTAssertEqual(loop.guessedConcerns, [])
        XCTAssertEqual(Interviewer.index(named: "Tom Walsh", in: a.interviewers), 1)
        XCTAssertNil(Interviewer.index(named: "Tamsin", in: a.interviewers))
    }

    /// "jf" is Jean-François; "faizal" is Muhammad Faizal bin Rahman, and how the notes name
    /// him is how the warm note greets him.
    func testInitialsAndOneWordOfAGivenNameOfTwoFindThePerson() {
        var a = answers()
        a.tone = .warm
        a.interviewers = [
            Interviewer(name: "Marie-Ève Gagnon", topics: ["the research repository"]),
            Interviewer(name: "Jean-François Roy", topics: ["survey design"]),
            Interviewer(name: "Muhammad Faizal bin Rahman", topics: ["incident response"]),
        ]
        a.concerns = [
            Concern(topic: "jf asked about survey stats and I fumbled sample sizes", response: "I have since redone a power analysis course"),
            Concern(topic: "faizal asked about cloud IR", response: "I have run two cloud tabletop exercises"),
        ]
        let loop = InterviewLoop(a)
        XCTAssertEqual(loop.members.map(\.concernIndices), [[], [0], [1]])
        XCTAssertTrue(thankYou(3, from: a).hasPrefix("Hi Faizal,"), thankYou(3, from: a))
    }

    /// Without a recruiter, the check-ins go to the first interviewer with an address; a
    /// recruiter who interviewed gets no recruiter note, in the drafts or in the plan.
    func testProcessQuestionsGoToSomeoneWithAnAddress() {
        var a = answers()
        a.interviewers[1].email = "dana@northwind.example"
        XCTAssertEqual(DraftComposer().compose(a).draft(id: DraftID.checkIn)?.recipientName, "Dana Kim")
        a.recruiter = Contact(name: "Dana Kim", email: "dana@northwind.example")
        let plan = PlanBuilder.build(from: a, today: LocalDate(year: 2026, month: 11, day: 27)!)
        XCTAssertFalse(plan.steps.contains { $0.kind == .recruiterNote }, "\(plan.steps.map(\.id))")
    }

    /// A title's full stop is not doubled in the line asking the recruiter to forward a note.
    func testANameEndingInAFullStopIsNotFollowedByAnother() {
        var a = answers()
        a.tone = .formal
        a.interviewers[1].name = "Venkatesh S."
        a.recruiter = Contact(name: "Kayla Moss", email: "kayla@northwind.example")
        let forwarded = DraftComposer().compose(a).draft(id: "thank-you-2")?.forwarded(through: a.recruiter, tone: .formal)?.body ?? ""
        XCTAssertTrue(forwarded.contains("for Venkatesh S. Would you"), forwarded)
    }

    /// A team given as the recruiter is greeted as it is greeted in its own note ("NPAS", not
    /// "Npas") when it is asked to forward a note; and the material it is told went with the
    /// thank-yous is only what went: "my registration once I have it" has not.
    func testTheTeamAskedToForwardIsGreetedAsTypedAndToldOnlyOfWhatWasSent() {
        var a = answers()
        a.tone = .formal
        a.interviewers[1].email = nil
        a.recruiter = Contact(name: "NPAS Recruitment Team", email: "recruitment@npas.example")
        a.promised = ["copy of my HCPC registration once I have it", "a link to the audit I did on pre-alerts"]
        let drafts = DraftComposer().compose(a)
        let forwarded = drafts.draft(id: "thank-you-2")?.forwarded(through: a.recruiter, tone: .formal)?.body ?? ""
        XCTAssertTrue(forwarded.hasPrefix("Dear NPAS Recruitment Team,"), forwarded)
        let note = drafts.draft(id: DraftID.recruiterNote)?.body ?? ""
        XCTAssertTrue(note.contains("I have sent the link to the audit I did on pre-alerts with my thank-you note."), note)
        XCTAssertFalse(note.contains("HCPC"), note)
    }

    /// An interviewer typed with a title ("Ms Gráinne Walsh") who is also the recruiter
    /// ("Gráinne Walsh") is one person: her thank-you goes to her address, and she is never
    /// asked to forward a note to herself nor sent a second, recruiter's note.
    func testAnInterviewerWithATitleWhoIsTheRecruiterIsOnePerson() {
        var a = answers()
        a.interviewers[1].name = "Ms Gráinne Walsh"
        a.interviewers[1].email = nil
        a.recruiter = Contact(name: "Gráinne Walsh", email: "grainne@hse.example")
        let drafts = DraftComposer().compose(a)
        XCTAssertEqual(drafts.draft(id: "thank-you-2")?.recipientEmail, "grainne@hse.example")
        XCTAssertNil(drafts.draft(id: DraftID.recruiterNote))
        XCTAssertNil(drafts.draft(id: "thank-you-2")?.forwarded(through: a.recruiter, tone: a.tone))
    }

    /// The rejection reply names who the candidate met as its reader knows them: "you" to the
    /// one interviewer, never "the team" after a single one-to-one interview.
    func testTheRejectionReplySaysWhoWasMet() {
        var a = answers()
        a.interviewers = [a.interviewers[0]]
        a.recruiter = nil
        a.tone = .brief
        let body = DraftComposer().compose(a).draft(id: DraftID.rejectionReply)?.body ?? ""
        XCTAssertTrue(body.contains("I enjoyed meeting you"), body)
        XCTAssertTrue(body.contains("feedback on my interview?"), body)
        XCTAssertFalse(body.contains("the team"), body)
    }

    /// "rode along with dana" is the candidate's own doing ("I rode along with you"), and the
    /// terms of the job ("salary expectations") are no reason given for being keen.
    func testARideAlongIsTheCandidatesAndPayIsNoReasonToBeKeen() {
        var a = answers()
        a.highlights = ["rode along with dana to a call at the hospital"]
        XCTAssertTrue(thankYou(2, from: a).contains("I rode along with you to a call at the hospital"), thankYou(2, from: a))
        a.interviewers[0].topics = ["salary expectations", "the new clinic"]
        a.interviewers[0].email = "marcus@northwind.example"
        let checkIn = DraftComposer().compose(a).draft(id: DraftID.checkIn)?.body ?? ""
        XCTAssertTrue(checkIn.contains("the new clinic") && !checkIn.contains("salary"), checkIn)
    }
}
