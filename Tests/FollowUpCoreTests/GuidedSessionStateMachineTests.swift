import CustomDump
import FollowUpCore
import XCTest

/// Drives the dialogue event by event and asserts the whole state after each step,
/// so nothing changes unnoticed.
final class GuidedSessionStateMachineTests: XCTestCase {
    let env = DialogueEnvironment(today: LocalDate(year: 2026, month: 11, day: 20)!)  // a Friday

    private func send(_ machine: inout GuidedSessionStateMachine, _ line: String, file: StaticString = #filePath, line l: UInt = #line) -> DialogueStep {
        machine.handle(DialogueEvent(line: line), environment: env)
    }

    private func question(_ machine: GuidedSessionStateMachine) -> Question? {
        if case .asking(let q) = machine.state { return q }
        return nil
    }

    func testStartsAtCompanyWithNothingSettled() {
        let machine = GuidedSessionStateMachine()
        XCTAssertEqual(machine.state, .asking(.company))
        XCTAssertEqual(machine.answers, Answers())
        XCTAssertEqual(machine.settled, [])
        XCTAssertEqual(machine.history, [])
        XCTAssertEqual(machine.prompt?.position, 1)
    }

    func testAnsweringMovesForwardAndAsksToPersist() {
        var m = GuidedSessionStateMachine()
        let step = send(&m, "Acme Robotics")
        XCTAssertEqual(step, DialogueStep([], effect: .persist))
        var expected = Answers()
        expected.interview.company = "Acme Robotics"
        XCTAssertEqual(m.answers, expected)
        XCTAssertEqual(m.state, .asking(.role))
        XCTAssertEqual(m.settled, [.company])
        XCTAssertEqual(m.history, [.company])
        XCTAssertEqual(m.failedTries, 0)
    }

    func testEmptyRequiredAnswerIsRejectedWithAReasonAndChangesNothing() {
        var m = GuidedSessionStateMachine()
        let before = m
        let step = send(&m, "   ")
        XCTAssertEqual(step.effect, .none)
        guard case .problem(let text) = step.messages.first else { return XCTFail("expected a problem, got \(step.messages)") }
        XCTAssertTrue(text.contains("company name can't be empty"), text)
        XCTAssertEqual(m.answers, before.answers)
        XCTAssertEqual(m.state, before.state)
        XCTAssertEqual(m.failedTries, 1)
    }

    func testBadDateIsRejectedThenAcceptedWithANote() {
        var m = GuidedSessionStateMachine()
        _ = send(&m, "Acme")
        _ = send(&m, "Engineer")
        let bad = send(&m, "31 Feb")
        XCTAssertEqual(bad.messages, [.problem("'31 Feb' is not a day in the calendar. Check the day and the month.")])
        XCTAssertEqual(m.state, .asking(.interviewDate))
        let nonsense = send(&m, "blorp")
        XCTAssertEqual(nonsense.effect, .none)
        XCTAssertEqual(m.failedTries, 2)
        let future = send(&m, "2027-03-01")
        guard case .problem(let text) = future.messages.first else { return XCTFail() }
        XCTAssertTrue(text.contains("days from now"), text)
        let good = send(&m, "2026-11-17")
        XCTAssertEqual(good.effect, .persist)
        XCTAssertEqual(m.answers.interview.date, LocalDate(year: 2026, month: 11, day: 17))
        guard case .say(let note) = good.messages.first else { return XCTFail() }
        XCTAssertTrue(note.contains("3 days ago") && note.contains("overdue"), note)
        XCTAssertEqual(m.state, .asking(.format))
        XCTAssertEqual(m.failedTries, 0)
    }

    func testHelpExplainsWithoutMovingOrChanging() {
        var m = GuidedSessionStateMachine()
        let before = m
        let step = send(&m, "/help")
        XCTAssertEqual(step.effect, .none)
        XCTAssertEqual(step.messages.count, 1)
        guard case .help = step.messages[0] else { return XCTFail() }
        expectNoDifference(m, before)
    }

    func testRequiredQuestionCannotBeSkippedOptionalCan() {
        var m = GuidedSessionStateMachine()
        let refused = send(&m, "/skip")
        guard case .problem(let text) = refused.messages.first else { return XCTFail() }
        XCTAssertTrue(text.hasPrefix("This one can't be skipped."), text)
        XCTAssertEqual(m.state, .asking(.company))
        _ = send(&m, "Acme")
        _ = send(&m, "Engineer")
        _ = send(&m, "yesterday")
        XCTAssertEqual(m.state, .asking(.format))
        let skipped = send(&m, "/skip")
        XCTAssertEqual(skipped.effect, .persist)
        XCTAssertEqual(m.state, .asking(.round))
        XCTAssertTrue(m.settled.contains(.format))
        XCTAssertNil(m.answers.interview.format)
    }

    /// The whole machine a step should leave, for `expectNoDifference` (a field-by-field diff).
    private func machine(
        _ answers: Answers, at question: Question, settled: Set<Question>, history: [Question], concernsClosed: Bool = false
    ) -> GuidedSessionStateMachine {
        GuidedSessionStateMachine(restoring: answers, state: .asking(question), settled: settled, history: history, concernsClosed: concernsClosed)
    }

    func testBackReturnsToThePreviousQuestionKeepingItsAnswer() {
        var m = GuidedSessionStateMachine()
        var answers = Answers()
        _ = send(&m, "Acme")
        answers.interview.company = "Acme"
        expectNoDifference(m, machine(answers, at: .role, settled: [.company], history: [.company]))
        _ = send(&m, "Engineer")
        answers.interview.role = "Engineer"
        expectNoDifference(m, machine(answers, at: .interviewDate, settled: [.company, .role], history: [.company, .role]))
        _ = send(&m, "/back")
        expectNoDifference(m, machine(answers, at: .role, settled: [.company, .role], history: [.company]))
        XCTAssertEqual(m.prompt?.current, "Engineer")
        // Enter keeps the answer and returns to the first open question.
        _ = send(&m, "")
        expectNoDifference(m, machine(answers, at: .interviewDate, settled: [.company, .role], history: [.company, .role]))
    }

    func testBackAtTheFirstQuestionSaysSo() {
        var m = GuidedSessionStateMachine()
        let step = send(&m, "/back")
        XCTAssertEqual(step.messages, [.problem("This is the first question; there is nothing before it.")])
        XCTAssertEqual(m.state, .asking(.company))
    }

    func testDoubleSlashIsAnAnswerStartingWithSlash() {
        var m = GuidedSessionStateMachine()
        _ = send(&m, "//slash Corp")
        XCTAssertEqual(m.answers.interview.company, "/slash Corp")
    }

    func testUnknownCommandListsTheKnownOnes() {
        var m = GuidedSessionStateMachine()
        let step = send(&m, "/frobnicate")
        guard case .problem(let text) = step.messages.first else { return XCTFail() }
        XCTAssertTrue(text.contains("/frobnicate") && text.contains("/help") && text.contains("/edit") && text.contains("//"), text)
        XCTAssertEqual(m.state, .asking(.company))
    }

    func testInterviewerLoopAsksAboutEachPersonByName() {
        var m = beginning()
        _ = send(&m, "José Pérez, Zoë Ng")
        XCTAssertEqual(m.answers.interviewers.map(\.name), ["José Pérez", "Zoë Ng"])
        XCTAssertEqual(m.state, .asking(.interviewerTitle(0)))
        XCTAssertEqual(m.prompt?.text, "What is José Pérez's title or role?")
        _ = send(&m, "CTO")
        let badEmail = send(&m, "a@b")
        guard case .problem(let text) = badEmail.messages.first else { return XCTFail() }
        XCTAssertTrue(text.contains("no dot"), text)
        _ = send(&m, "jose@acme.example")
        XCTAssertEqual(m.prompt?.hint, "Enter for 'José', or e.g. 'Dr. Pérez' if they were formal")
        _ = send(&m, "")
        _ = send(&m, "/skip")  // topics are required
        XCTAssertEqual(m.state, .asking(.interviewerTopics(0)))
        _ = send(&m, "the data migration; on-call load")
        XCTAssertEqual(
            m.answers.interviewers[0],
            Interviewer(name: "José Pérez", title: "CTO", email: "jose@acme.example", addressAs: nil, topics: ["the data migration", "on-call load"]))
        XCTAssertEqual(m.state, .asking(.interviewerTitle(1)))
    }

    /// Answers title and email for the first interviewer, to reach the address question.
    private func atAddressQuestion(_ names: String) -> GuidedSessionStateMachine {
        var m = beginning()
        _ = send(&m, names)
        _ = send(&m, "")
        _ = send(&m, "")
        return m
    }

    func testTheAddressQuestionOffersTheTitleWhenTheNameHasOne() {
        var m = atAddressQuestion("Dr. Amara Osei")
        XCTAssertEqual(m.state, .asking(.interviewerAddress(0)))
        XCTAssertEqual(m.prompt?.hint, "Enter for 'Dr. Osei', or e.g. 'Dr. Pérez' if they were formal")
        XCTAssertNil(m.prompt?.current)
        _ = send(&m, "")
        XCTAssertEqual(m.answers.interviewers[0].addressAs, "Dr. Osei")
        XCTAssertEqual(m.answers.interviewers[0].greeting(tone: .warm), "Dear Dr. Osei,")

        m = atAddressQuestion("Ms. Whitcombe")
        XCTAssertEqual(m.prompt?.hint, "Enter for 'Ms. Whitcombe', or e.g. 'Dr. Pérez' if they were formal")
        _ = send(&m, "")
        XCTAssertEqual(m.answers.interviewers[0].addressAs, "Ms. Whitcombe")
    }

    func testEnterOnAPlainNameLeavesTheGreetingToTheTone() {
        var m = atAddressQuestion("Mary Jo Carter")
        XCTAssertEqual(m.prompt?.hint, "Enter for 'Mary Jo', or e.g. 'Dr. Pérez' if they were formal")
        _ = send(&m, "")
        XCTAssertNil(m.answers.interviewers[0].addressAs)
        XCTAssertEqual(m.answers.interviewers[0].greeting(tone: .warm), "Hi Mary Jo,")
        XCTAssertEqual(m.answers.interviewers[0].greeting(tone: .formal), "Dear Mary Jo,")
    }

    func testAnUncertainNameIsAskedAboutPlainly() {
        for names in ["李雷", "Wei Zhang Li", "김민준"] {
            var m = atAddressQuestion(names)
            XCTAssertEqual(m.prompt?.hint, CoachScript.addressHintWhenUnsure, names)
            _ = send(&m, "")
            XCTAssertNil(m.answers.interviewers[0].addressAs, names)
        }
        var m = atAddressQuestion("李雷")
        _ = send(&m, "Lei")
        XCTAssertEqual(m.answers.interviewers[0].greeting(tone: .formal), "Dear Lei,")
    }

    func testThreeFailedTriesOnAnOptionalQuestionOfferSkip() {
        var m = beginning()
        _ = send(&m, "Ana")
        _ = send(&m, "")  // title
        _ = send(&m, "nope-not-an-email")
        _ = send(&m, "still bad")
        let third = send(&m, "x@")
        XCTAssertEqual(third.messages.count, 2)
        guard case .say(let offer) = third.messages[1] else { return XCTFail() }
        XCTAssertTrue(offer.contains("/skip"), offer)
    }

    func testConcernLoopBranchesToResponseAndEndsOnEmpty() {
        var m = beginning()
        _ = send(&m, "Ana")
        _ = send(&m, "")
        _ = send(&m, "")
        _ = send(&m, "")
        _ = send(&m, "roadmap")
        _ = send(&m, "")  // highlights
        _ = send(&m, "Postgres; mentoring")
        XCTAssertEqual(m.state, .asking(.concern(0)))
        _ = send(&m, "my Kubernetes experience")
        XCTAssertEqual(m.state, .asking(.concernResponse(0)))
        XCTAssertEqual(m.prompt?.text, "What would you add now about 'my Kubernetes experience'?")
        _ = send(&m, "I ran a 40-node cluster at Foo")
        XCTAssertEqual(m.state, .asking(.concern(1)))
        _ = send(&m, "no")
        XCTAssertTrue(m.concernsClosed)
        XCTAssertEqual(m.answers.concerns, [Concern(topic: "my Kubernetes experience", response: "I ran a 40-node cluster at Foo")])
        XCTAssertEqual(m.state, .asking(.promised))
    }

    func testNoDecisionDateAsksForNextStepsAndADateSkipsIt() {
        var m = throughPromised()
        XCTAssertEqual(m.state, .asking(.decisionDate))
        _ = send(&m, "")
        XCTAssertEqual(m.state, .asking(.nextSteps))
        _ = send(&m, "/back")
        XCTAssertEqual(m.state, .asking(.decisionDate))
        _ = send(&m, "Dec 4")
        XCTAssertEqual(m.answers.decisionDate, LocalDate(year: 2026, month: 12, day: 4))
        XCTAssertEqual(m.state, .asking(.recruiter))
        XCTAssertFalse(m.sequence.contains(.nextSteps))
    }

    func testEditJumpsBackAndReturnsToWhereTheUserWas() {
        var m = throughPromised()
        XCTAssertEqual(m.state, .asking(.decisionDate))
        let step = send(&m, "/edit company")
        XCTAssertEqual(step.effect, .none)
        XCTAssertEqual(m.state, .asking(.company))
        _ = send(&m, "Acme Corp")
        XCTAssertEqual(m.answers.interview.company, "Acme Corp")
        XCTAssertEqual(m.state, .asking(.decisionDate))
    }

    func testEditingInterviewersAsksOnlyAboutTheNewPerson() {
        var m = throughPromised()
        _ = send(&m, "/edit interviewers")
        _ = send(&m, "Ana, Bob Li")
        XCTAssertEqual(m.answers.interviewers.map(\.topics), [["roadmap"], []])
        XCTAssertEqual(m.state, .asking(.interviewerTitle(1)))
        _ = send(&m, "")
        _ = send(&m, "")
        _ = send(&m, "")
        _ = send(&m, "hiring")
        XCTAssertEqual(m.state, .asking(.decisionDate))
    }

    func testANameAddedAtTheFrontIsAskedAboutAndNobodyInheritsAnswers() {
        var m = throughPromised()  // Ana, topics "roadmap", all settled
        _ = send(&m, "/edit interviewers")
        _ = send(&m, "Bob Li, Ana")
        XCTAssertEqual(m.answers.interviewers.map(\.name), ["Bob Li", "Ana"])
        XCTAssertEqual(m.answers.interviewers.map(\.topics), [[], ["roadmap"]])
        // Ana's answers moved with her; Bob, new, is asked about from the start.
        XCTAssertTrue(m.settled.contains(.interviewerTopics(1)))
        XCTAssertFalse(m.settled.contains(.interviewerTopics(0)))
        XCTAssertEqual(m.state, .asking(.interviewerTitle(0)))
        for line in ["", "", "", "hiring"] { _ = send(&m, line) }
        XCTAssertEqual(m.answers.interviewers[0].topics, ["hiring"])
        XCTAssertEqual(m.state, .asking(.decisionDate))
    }

    func testAnExistingConcernCanBeRemoved() {
        var m = beginning()
        for line in ["Ana", "", "", "", "roadmap", "", "Postgres", "Kubernetes", "ran a cluster", "Terraform", "", ""] {
            _ = send(&m, line)
        }
        XCTAssertEqual(m.answers.concerns.map(\.topic), ["Kubernetes", "Terraform"])
        XCTAssertEqual(m.state, .asking(.promised))
        _ = send(&m, "/edit concern 1")
        let removed = send(&m, "none")
        XCTAssertEqual(removed.messages.first, .say("Removed that concern."))
        XCTAssertEqual(m.answers.concerns, [Concern(topic: "Terraform")])
        XCTAssertEqual(m.state, .asking(.promised))
        XCTAssertTrue(m.settled.contains(.concern(0)) && m.settled.contains(.concernResponse(0)))
        XCTAssertTrue(m.concernsClosed)
        XCTAssertFalse(m.sequence.contains(.concern(1)))
        _ = send(&m, "/edit concern 1")
        _ = send(&m, "/skip")
        XCTAssertEqual(m.answers.concerns, [])
        XCTAssertEqual(m.state, .asking(.promised))
    }

    func testAWeekdayForTheDecisionIsTheComingOne() {
        var m = throughPromised()  // today is Friday 20 November
        let step = send(&m, "tuesday")
        XCTAssertEqual(m.answers.decisionDate, LocalDate(year: 2026, month: 11, day: 24))
        XCTAssertEqual(step.messages.first, .say("Noted: Tue 24 Nov 2026."))
    }

    func testEditWithUnknownFieldOrAmbiguousPersonExplains() {
        var m = throughPromised()
        let unknown = send(&m, "/edit shoe size")
        guard case .problem(let text) = unknown.messages.first else { return XCTFail() }
        XCTAssertTrue(text.contains("There is no field 'shoe'"), text)
        let near = send(&m, "/edit topic 1")
        XCTAssertEqual(near.messages, [.problem("There is no field 'topic'. Did you mean /edit topics 1?")])
        _ = send(&m, "/edit interviewers")
        _ = send(&m, "Ana, Bob")
        let ambiguous = send(&m, "/edit topics")
        guard case .problem(let whose) = ambiguous.messages.first else { return XCTFail() }
        XCTAssertTrue(whose.contains("1 Ana, 2 Bob"), whose)
        _ = send(&m, "/edit topics bob")
        XCTAssertEqual(m.state, .asking(.interviewerTopics(1)))
    }

    func testNextStepsCannotBeEditedOnceADecisionDateIsGiven() {
        var m = throughPromised()
        _ = send(&m, "Dec 4")
        let step = send(&m, "/edit nextsteps")
        guard case .problem(let text) = step.messages.first else { return XCTFail("\(step)") }
        XCTAssertTrue(text.contains("/edit decision"), text)
        XCTAssertEqual(m.state, .asking(.recruiter))
        XCTAssertTrue(m.sequence.contains(.recruiter))
    }

    func testQuitAndEndOfInputAskTheCallerToStopAndChangeNothing() {
        var m = throughPromised()
        let before = m
        XCTAssertEqual(send(&m, "/quit").effect, .quit)
        XCTAssertEqual(m.handle(.endOfInput, environment: env).effect, .quit)
        expectNoDifference(m, before)
    }

    func testAnEmailAddressAsTheSignOffNameIsRefused() {
        var m = GuidedSessionStateMachine(restoring: Answers(), state: .asking(.signOff), settled: [], history: [], concernsClosed: true)
        let step = send(&m, "jl@example.com")
        guard case .problem(let text) = step.messages.first else { return XCTFail("\(step)") }
        XCTAssertTrue(text.contains("email address"), text)
        XCTAssertEqual(m.state, .asking(.signOff))
        XCTAssertEqual(m.answers.candidate.name, "")
        _ = send(&m, "Jean-Luc Tremblay")
        XCTAssertEqual(m.answers.candidate.name, "Jean-Luc Tremblay")
    }

    func testFullSessionReachesReviewWithSummaryAndFinishes() {
        var m = throughPromised()
        _ = send(&m, "Dec 4")
        _ = send(&m, "Sam Lee <sam@acme.example>")
        _ = send(&m, "formal")
        _ = send(&m, "Maya Chen")
        let last = send(&m, "maya@example.org")
        XCTAssertEqual(m.state, .asking(.review))
        guard case .summary(let lines) = last.messages.last else { return XCTFail("expected the summary on arrival at the review") }
        XCTAssertTrue(lines.contains(SummaryLine(label: "Company", value: "Acme", field: "company")))
        XCTAssertEqual(m.answers.recruiter, Contact(name: "Sam Lee", email: "sam@acme.example"))
        XCTAssertEqual(m.answers.tone, .formal)
        let finish = send(&m, "yes")
        XCTAssertEqual(finish.effect, .finish)
        XCTAssertEqual(m.state, .finished)
        XCTAssertNil(m.prompt)
    }

    /// What the candidate's settings say is filled in and settled from the start: the session
    /// goes from the recruiter straight to the review, whose summary shows the values, and
    /// `/edit` still changes them.
    func testSettingsAnswerTheirQuestionsWhichAreSkippedShownAndEditable() {
        var settings = CandidateSettings()
        _ = settings.set("name", to: "Maya Chen")
        _ = settings.set("email", to: "maya@example.org")
        _ = settings.set("tone", to: "formal")
        _ = settings.set("sign_off", to: "Best wishes,")
        _ = settings.set("phone", to: "+44 7700 900123")
        var m = GuidedSessionStateMachine(settings: settings)
        var expected = Answers()
        expected.candidate = Candidate(name: "Maya Chen", email: "maya@example.org", phone: "+44 7700 900123", signOff: "Best wishes,")
        expected.tone = .formal
        XCTAssertEqual(m.state, .asking(.company))
        XCTAssertEqual(m.answers, expected)
        XCTAssertEqual(m.settled, [.signOff, .candidateEmail, .tone])
        XCTAssertEqual(m.history, [])
        XCTAssertFalse(m.concernsClosed)
        XCTAssertEqual(m.prompt?.position, 1)
        XCTAssertEqual(m.prompt?.total, GuidedSessionStateMachine().prompt!.total - 3, "what is not asked is not counted")
        XCTAssertEqual(CoachScript.welcome(questions: 14).contains("About 14 short questions"), true)

        for line in ["Acme", "Engineer", "yesterday", "video", "final", "Ana", "", "", "", "roadmap", "", "Postgres", "", "", "Dec 4"] {
            _ = send(&m, line)
        }
        XCTAssertEqual(m.state, .asking(.recruiter))
        let arrival = send(&m, "Sam Lee <sam@acme.example>")
        XCTAssertEqual(m.state, .asking(.review), "tone, name and email are not asked")
        XCTAssertEqual(m.prompt?.position, m.prompt?.total, "the review is the last question counted")
        XCTAssertEqual(m.history.suffix(2), [.decisionDate, .recruiter])
        XCTAssertEqual(m.answers.candidate, expected.candidate)
        XCTAssertEqual(m.answers.tone, .formal)
        guard case .summary(let lines) = arrival.messages.last else { return XCTFail("expected the summary on arrival at the review") }
        XCTAssertEqual(
            lines.suffix(3),
            [
                SummaryLine(label: "Tone", value: "formal", field: "tone"),
                SummaryLine(label: "Signed", value: "Best wishes, Maya Chen, +44 7700 900123", field: "name"),
                SummaryLine(label: "Your email", value: "maya@example.org", field: "myemail"),
            ])

        _ = send(&m, "/edit tone")
        XCTAssertEqual(m.state, .asking(.tone))
        XCTAssertEqual(m.prompt?.current, "formal", "Enter keeps the setting")
        _ = send(&m, "brief")
        XCTAssertEqual(m.state, .asking(.review))
        XCTAssertEqual(m.answers.tone, .brief)
        _ = send(&m, "/edit name")
        XCTAssertEqual(m.prompt?.current, "Maya Chen")
        _ = send(&m, "Maya C. Chen")
        XCTAssertEqual(m.state, .asking(.review))
        XCTAssertEqual(m.answers.candidate.name, "Maya C. Chen")
        XCTAssertEqual(send(&m, "yes").effect, .finish)
    }

    /// Only what the settings say is skipped: a tone alone leaves the name and email asked.
    func testASettingLeftOutIsStillAsked() {
        var settings = CandidateSettings()
        _ = settings.set("tone", to: "warm")
        var m = GuidedSessionStateMachine(settings: settings)
        XCTAssertEqual(m.settled, [.tone])
        for line in ["Acme", "Engineer", "yesterday", "video", "final", "Ana", "", "", "", "roadmap", "", "Postgres", "", "", "Dec 4", ""] {
            _ = send(&m, line)
        }
        XCTAssertEqual(m.state, .asking(.signOff))
        _ = send(&m, "Maya Chen")
        XCTAssertEqual(m.state, .asking(.candidateEmail))
        XCTAssertEqual(GuidedSessionStateMachine(settings: CandidateSettings()), GuidedSessionStateMachine())
    }

    func testFilesNotWrittenComeBackAsAnEventAndReturnToTheReview() {
        var m = throughPromised()
        for line in ["Dec 4", "Sam Lee <sam@acme.example>", "formal", "Maya Chen", "maya@example.org"] { _ = send(&m, line) }
        let atReview = m
        XCTAssertEqual(send(&m, "yes").effect, .finish)
        XCTAssertEqual(
            m.filesNotWritten(reason: "out: Permission denied"),
            DialogueStep([.problem("The files could not be written: out: Permission denied")], effect: .none))
        // The whole machine is as it was at the review: "yes" tries again.
        expectNoDifference(m, atReview)
        XCTAssertEqual(send(&m, "yes").effect, .finish)
        // Only a machine that asked for the files takes the result.
        var asking = atReview
        XCTAssertEqual(asking.filesNotWritten(reason: "late"), DialogueStep([], effect: .none))
        XCTAssertEqual(asking, atReview)
    }

    func testProgressStaysHonestWhenLoopsAddQuestions() {
        var m = beginning()
        let before = m.prompt?.total ?? 0
        _ = send(&m, "Ana, Bob, Chen")
        XCTAssertEqual(m.prompt?.total, before + 12)
        XCTAssertEqual(m.prompt?.position, 7)
    }

    func testControlCharactersAndEscapesNeverReachTheAnswers() {
        var m = GuidedSessionStateMachine()
        _ = send(&m, "Ac\u{1B}[31mme\u{07}\u{00} Corp")
        XCTAssertEqual(m.answers.interview.company, "Acme Corp")
        // A title-setting (OSC) sequence goes whole, not only its ESC; C1 and bidi controls too.
        var n = GuidedSessionStateMachine()
        _ = send(&n, "Ac\u{1B}]0;pwned\u{07}me\u{9B}2J \u{202E}Corp")
        XCTAssertEqual(n.answers.interview.company, "Acme Corp")
    }

    func testAVeryLongAnswerIsRefusedNotStored() {
        var m = GuidedSessionStateMachine()
        let step = send(&m, String(repeating: "a", count: 1_000_000))
        guard case .problem(let text) = step.messages.first else { return XCTFail() }
        XCTAssertTrue(text.contains("1000000 characters"), text)
        XCTAssertEqual(m.answers.interview.company, "")
    }

    func testTooManyInterviewersIsALimitNotACrash() {
        var m = beginning()
        let names = (1...100).map { "Person \($0)" }.joined(separator: ", ")
        let step = send(&m, names)
        guard case .problem(let text) = step.messages.first else { return XCTFail() }
        XCTAssertTrue(text.contains("100 names"), text)
        XCTAssertTrue(m.answers.interviewers.isEmpty)
    }

    func testReviewingAnswersFileStartsAtReview() {
        var answers = Answers()
        answers.interview = Interview(company: "Acme", role: "Engineer", date: LocalDate(year: 2026, month: 11, day: 19))
        answers.interviewers = [Interviewer(name: "Ana", topics: ["roadmap"])]
        answers.candidate.name = "Maya"
        var m = GuidedSessionStateMachine.reviewing(answers)
        XCTAssertEqual(m.state, .asking(.review))
        _ = send(&m, "/edit role")
        _ = send(&m, "Staff Engineer")
        XCTAssertEqual(m.state, .asking(.review))
    }

    func testSentIsACommandOfTheMachineThatLeavesTheDialogueAsItIs() {
        var m = throughPromised()
        let before = m
        XCTAssertEqual(send(&m, "/sent acme-1120 thank-you-1"), DialogueStep([], effect: .markSent("acme-1120 thank-you-1")))
        XCTAssertEqual(send(&m, "/sent"), DialogueStep([], effect: .markSent("")))
        expectNoDifference(m, before)
        XCTAssertEqual(DialogueEvent(line: "//sent it"), .answer("/sent it"))

        guard case .help(let help) = send(&m, "/help").messages.first else { return XCTFail("no help") }
        XCTAssertTrue(help.contains("/sent"), help)
        guard case .problem(let unknown) = send(&m, "/sen").messages.first else { return XCTFail("no problem") }
        XCTAssertTrue(unknown.contains("/save /sent /quit"), unknown)
        XCTAssertEqual(TabCompletion.candidates(for: "/se", answers: m.answers), ["/sent"])
    }

    func testARestoredMachineIsTheOneThatWasSaved() {
        var m = throughPromised()
        _ = send(&m, "/edit topics")
        let restored = GuidedSessionStateMachine(
            restoring: m.answers, state: m.state, settled: m.settled, history: m.history, concernsClosed: m.concernsClosed)
        XCTAssertEqual(restored, m)
    }

    func testEveryQuestionHasWords() {
        var m = throughPromised()
        _ = send(&m, "/edit concerns")
        for q in m.sequence + [.nextSteps, .concernResponse(0)] {
            let entry = CoachScript.entry(for: q)
            XCTAssertFalse(entry.ask.isEmpty || entry.hint.isEmpty || entry.why.isEmpty, "\(q)")
            if q.isRequired { XCTAssertNotNil(entry.whyRequired, "\(q)") }
        }
    }

    func testATitleTypedBesideANameIsTheirTitle() {
        var m = beginning()
        _ = send(&m, "mrs jolene park, branch mgr")
        XCTAssertEqual(m.answers.interviewers.map(\.name), ["Mrs. Jolene Park"])
        XCTAssertEqual(m.answers.interviewers.first?.title, "branch mgr")
    }

    // MARK: - Helpers

    /// Company, role, date, format and round answered: at the interviewer names.
    private func beginning() -> GuidedSessionStateMachine {
        var m = GuidedSessionStateMachine()
        for line in ["Acme", "Engineer", "yesterday", "video", "final"] { _ = send(&m, line) }
        XCTAssertEqual(m.state, .asking(.interviewerNames))
        return m
    }

    /// One interviewer (Ana, topic "roadmap"), no highlights, strengths, no concerns, nothing promised.
    private func throughPromised() -> GuidedSessionStateMachine {
        var m = beginning()
        for line in ["Ana", "", "", "", "roadmap", "", "Postgres", "", ""] { _ = send(&m, line) }
        XCTAssertEqual(m.state, .asking(.decisionDate))
        return m
    }

    // MARK: - An answer that cannot all be written is asked for again

    /// Two interviewers, asked about what stood out, with someone typing (not answers piped in).
    private func atHighlights() -> (GuidedSessionStateMachine, DialogueEnvironment) {
        var a = Answers()
        a.interview.company = "Acme"
        a.interview.role = "Platform Engineer"
        a.interviewers = [
            Interviewer(name: "Ana Ruiz", topics: ["the data migration"]), Interviewer(name: "Ben Okafor", topics: ["on-call load"]),
        ]
        let settled = Set(GuidedSessionStateMachine(answers: a).sequence.prefix { $0 != .highlights })
        let m = GuidedSessionStateMachine(restoring: a, state: .asking(.highlights), settled: settled, history: [.interviewerTopics(1)], concernsClosed: false)
        var typing = env
        typing.asksAgain = true
        return (m, typing)
    }

    func testAHighlightNoNoteCanSayIsAskedForAgainWithTheAnswerOnTheLine() {
        var (m, typing) = atHighlights()
        // "he" among two people: whose note it belongs in is a guess.
        let step = m.handle(DialogueEvent(line: "he wants to pilot it next quarter"), environment: typing)
        XCTAssertEqual(step.effect, .persist, "the answer is saved while it is asked again")
        XCTAssertEqual(m.state, .asking(.highlights))
        XCTAssertEqual(m.rephrasing, .highlights)
        XCTAssertFalse(m.settled.contains(.highlights))
        XCTAssertEqual(m.answers.highlights, ["he wants to pilot it next quarter"])
        XCTAssertTrue(
            step.messages.contains { if case .say(let t) = $0 { return t.hasPrefix("Not written yet:") && t.contains("Name: …") } else { return false } },
            "\(step.messages)")
        XCTAssertEqual(m.prompt?.text, CoachScript.Remark.sayItAgain)
        XCTAssertEqual(m.prompt?.current, "he wants to pilot it next quarter")

        // Said with the name: it goes in Ben's note and the session moves on.
        let fixed = m.handle(DialogueEvent(line: "Ben: he wants to pilot it next quarter"), environment: typing)
        XCTAssertNil(m.rephrasing)
        XCTAssertEqual(m.state, .asking(.strengths))
        XCTAssertTrue(m.settled.contains(.highlights))
        XCTAssertTrue(
            fixed.messages.contains { if case .say(let t) = $0 { return t.hasPrefix("In the note to Ben Okafor:") } else { return false } }, "\(fixed.messages)"
        )
    }

    func testAskedAgainOnceThenTheAnswerAsItIsMovesOn() {
        var (m, typing) = atHighlights()
        _ = m.handle(DialogueEvent(line: "he wants to pilot it"), environment: typing)
        XCTAssertEqual(m.rephrasing, .highlights)
        // Enter on the same answer keeps it: left out of the notes, and said so at the review.
        _ = m.handle(DialogueEvent(line: "he wants to pilot it"), environment: typing)
        XCTAssertNil(m.rephrasing)
        XCTAssertEqual(m.state, .asking(.strengths))
        XCTAssertEqual(m.answers.highlights, ["he wants to pilot it"])
    }

    func testBackWhileAskedAgainLeavesTheQuestionAndNothingIsAskedAgainWhenPiped() {
        var (m, typing) = atHighlights()
        _ = m.handle(DialogueEvent(line: "he wants to pilot it"), environment: typing)
        _ = m.handle(DialogueEvent(line: "/back"), environment: typing)
        XCTAssertNil(m.rephrasing)
        XCTAssertEqual(m.state, .asking(.interviewerTopics(1)))

        // Answers piped in: the next line belongs to the next question, so none is asked again.
        var (piped, _) = atHighlights()
        let step = piped.handle(DialogueEvent(line: "he wants to pilot it"), environment: env)
        XCTAssertNil(piped.rephrasing)
        XCTAssertEqual(piped.state, .asking(.strengths))
        XCTAssertTrue(
            step.messages.contains { if case .say(let t) = $0 { return t == CoachScript.Remark.unsaidHint } else { return false } }, "\(step.messages)")
    }

    /// Among two interviewers, a concern that names neither and shares no topic word is asked
    /// about once: who raised it. A name in front says it, and goes into that person's note.
    func testWhoRaisedAConcernIsAskedWhenItIsAGuess() {
        var (m, typing) = atHighlights()
        for line in ["", ""] { _ = m.handle(DialogueEvent(line: line), environment: typing) }
        XCTAssertEqual(m.state, .asking(.concern(0)))
        let step = m.handle(DialogueEvent(line: "whether I can do three days in the office"), environment: typing)
        XCTAssertEqual(m.rephrasing, .concern(0))
        XCTAssertEqual(m.prompt?.text, CoachScript.Remark.whoRaisedAgain)
        XCTAssertEqual(m.prompt?.current, "whether I can do three days in the office")
        XCTAssertTrue(
            step.messages.contains { if case .say(let t) = $0 { return t.hasPrefix("Who raised it: Ana Ruiz or Ben Okafor?") } else { return false } },
            "\(step.messages)")
        _ = m.handle(DialogueEvent(line: "ben: whether I can do three days in the office"), environment: typing)
        XCTAssertNil(m.rephrasing)
        XCTAssertEqual(m.state, .asking(.concernResponse(0)))
        XCTAssertEqual(m.answers.concerns, [Concern(topic: "whether I can do three days in the office", raisedBy: "Ben Okafor")])
        XCTAssertTrue(SessionSummary.lines(for: m.answers).contains { $0.value == "whether I can do three days in the office (raised by Ben Okafor)" })

        // A concern that shares a word with someone's topics is theirs: nothing is asked.
        var (other, _) = atHighlights()
        for line in ["", ""] { _ = other.handle(DialogueEvent(line: line), environment: typing) }
        _ = other.handle(DialogueEvent(line: "my data migration experience"), environment: typing)
        XCTAssertNil(other.rephrasing)
        XCTAssertEqual(other.state, .asking(.concernResponse(0)))
    }
}
