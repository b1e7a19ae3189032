import XCTest

@testable import FollowUpCore

/// Sample answers shared by the plan and draft tests.
enum PlanFixtures {
    static func date(_ text: String) -> LocalDate {
        guard let d = LocalDate(iso8601: text) else { preconditionFailure("bad fixture date \(text)") }
        return d
    }

    static let ana = Interviewer(
        name: "Ana Pérez", title: "Engineering Manager", email: "ana@example.com",
        topics: ["the billing migration", "on-call load"])
    static let bob = Interviewer(name: "Bob Li", title: "Staff Engineer", topics: ["system design reviews"])
    static let chen = Interviewer(name: "Chen Wu", addressAs: "Dr. Wu", topics: ["hiring plans for next year"])

    /// Interview Tue 3 Mar 2026, decision by Fri 13 Mar 2026, two interviewers, recruiter, promised material.
    static func full(tone: Tone = .warm) -> Answers {
        Answers(
            candidate: Candidate(name: "Jordan Lee", email: "jordan@example.com", phone: "+1 555 0100"),
            interview: Interview(company: "Acme", role: "Platform Engineer", date: date("2026-03-03"), format: .video, round: .final),
            interviewers: [ana, bob],
            highlights: ["the whiteboard session"],
            strengths: ["Kubernetes migrations", "incident response"],
            concerns: [Concern(topic: "system design depth", response: "I led the design of our event pipeline in 2024")],
            promised: ["my portfolio"],
            decisionDate: date("2026-03-13"),
            recruiter: Contact(name: "Sam Ray", email: "sam@example.com"),
            tone: tone)
    }

    static func minimal(date interview: LocalDate?, decision: LocalDate? = nil) -> Answers {
        Answers(
            candidate: Candidate(name: "Jordan Lee"),
            interview: Interview(company: "Acme", role: "Platform Engineer", date: interview),
            interviewers: [ana],
            strengths: ["Go"],
            decisionDate: decision)
    }
}

final class PlanBuilderTests: XCTestCase {
    let d = PlanFixtures.date

    func testFullTimelineWithDecisionDate() {
        let plan = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-03"))
        let byID = Dictionary(uniqueKeysWithValues: plan.steps.map { ($0.id, $0) })

        XCTAssertEqual(byID["thank-you-1"]?.due, d("2026-03-04"))
        XCTAssertEqual(byID["thank-you-1"]?.latest, d("2026-03-05"))
        XCTAssertEqual(byID["thank-you-1"]?.recipient, Recipient(name: "Ana Pérez", email: "ana@example.com"))
        XCTAssertEqual(byID["thank-you-1"]?.draftID, "thank-you-1")
        XCTAssertEqual(byID["thank-you-2"]?.recipient.name, "Bob Li")
        XCTAssertEqual(byID["recruiter-note"]?.due, d("2026-03-04"))
        XCTAssertEqual(byID["promised-material"]?.due, d("2026-03-04"))
        XCTAssertEqual(byID["networking-1"]?.due, d("2026-03-05"))
        // Decision Fri 13 Mar: check-in Mon 16 (latest Tue 17), final a week later, then stop.
        XCTAssertEqual(byID["check-in"]?.due, d("2026-03-16"))
        XCTAssertEqual(byID["check-in"]?.latest, d("2026-03-17"))
        XCTAssertEqual(byID["final-check-in"]?.due, d("2026-03-23"))
        XCTAssertEqual(byID["after-silence"]?.due, d("2026-03-30"))
        XCTAssertEqual(byID["after-offer"]?.status, .onOutcome)
        XCTAssertEqual(byID["after-rejection"]?.draftID, "rejection-reply")
        XCTAssertTrue(plan.steps.filter { $0.status != .onOutcome }.allSatisfy { $0.status == .upcoming })
        XCTAssertEqual(plan.generatedOn, d("2026-03-03"))
        XCTAssertTrue(plan.notes.contains { $0.contains("Fri 13 Mar 2026") })
    }

    func testEveryKindAppearsAndIDsAreUnique() {
        let plan = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-03"))
        // Every kind but the withdrawal note, which the tracker adds when the candidate withdraws.
        XCTAssertEqual(Set(plan.steps.map(\.kind)), Set(StepKind.allCases).subtracting([.withdrawalNote]))
        XCTAssertEqual(Set(plan.steps.map(\.id)).count, plan.steps.count)
        XCTAssertTrue(plan.steps.allSatisfy { !$0.what.isEmpty && !$0.why.isEmpty && !$0.what.contains("\n") })
    }

    func testDatedStepsAreInOrderAndOutcomesComeLast() {
        let plan = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-03"))
        let dated = plan.steps.prefix { $0.status != .onOutcome }
        XCTAssertEqual(dated.map(\.due), dated.map(\.due).sorted())
        XCTAssertEqual(plan.steps.suffix(2).map(\.kind), [.afterOffer, .afterRejection])
        XCTAssertEqual(plan.steps.first?.id, "thank-you-1")
    }

    func testNoDecisionDateUsesSevenToTenBusinessDaysAcrossWeekends() {
        // Fri 30 Jan 2026: the thank-you is on time on Monday morning, Tuesday at the latest;
        // 7 business days later is Tue 10 Feb.
        let plan = PlanBuilder.build(from: PlanFixtures.minimal(date: d("2026-01-30")), today: d("2026-01-30"))
        XCTAssertEqual(plan.step(id: "thank-you-1")?.due, d("2026-02-02"))
        XCTAssertEqual(plan.step(id: "thank-you-1")?.latest, d("2026-02-03"))
        XCTAssertEqual(plan.step(id: "networking-1")?.due, d("2026-02-03"))
        XCTAssertEqual(plan.step(id: "check-in")?.due, d("2026-02-10"))
        XCTAssertEqual(plan.step(id: "check-in")?.latest, d("2026-02-13"))
        XCTAssertEqual(plan.step(id: "final-check-in")?.due, d("2026-02-17"))
        XCTAssertTrue(plan.notes.contains { $0.contains("No decision date was given") && $0.contains("seven business days") })
        XCTAssertTrue(plan.notes.contains { $0.contains("on a Friday") && $0.contains("Mon 2 Feb 2026 is on time") }, "\(plan.notes)")
        XCTAssertEqual(plan.step(id: "after-offer")?.due, d("2026-02-10"))
    }

    func testYearEnd() {
        // Wed 31 Dec 2025: thank-you Thu 1 Jan 2026; check-in Fri 9 Jan (latest Wed 14 Jan).
        let plan = PlanBuilder.build(from: PlanFixtures.minimal(date: d("2025-12-31")), today: d("2025-12-31"))
        XCTAssertEqual(plan.step(id: "thank-you-1")?.due, d("2026-01-01"))
        XCTAssertEqual(plan.step(id: "thank-you-1")?.latest, d("2026-01-02"))
        XCTAssertEqual(plan.step(id: "networking-1")?.due, d("2026-01-02"))
        XCTAssertEqual(plan.step(id: "check-in")?.due, d("2026-01-09"))
        XCTAssertEqual(plan.step(id: "check-in")?.latest, d("2026-01-14"))
        XCTAssertEqual(plan.step(id: "final-check-in")?.due, d("2026-01-16"))
    }

    func testMonthEndDecisionDateOnAFriday() {
        // Decision Fri 27 Feb 2026 → check-in Mon 2 Mar, latest Tue 3 Mar; final Mon 9 Mar.
        let answers = PlanFixtures.minimal(date: d("2026-02-20"), decision: d("2026-02-27"))
        let plan = PlanBuilder.build(from: answers, today: d("2026-02-20"))
        XCTAssertEqual(plan.step(id: "check-in")?.due, d("2026-03-02"))
        XCTAssertEqual(plan.step(id: "check-in")?.latest, d("2026-03-03"))
        XCTAssertEqual(plan.step(id: "final-check-in")?.due, d("2026-03-09"))
        XCTAssertEqual(plan.step(id: "after-rejection")?.due, d("2026-02-27"))
    }

    func testLeapDay() {
        let plan = PlanBuilder.build(from: PlanFixtures.minimal(date: d("2028-02-28")), today: d("2028-02-28"))
        XCTAssertEqual(plan.step(id: "thank-you-1")?.due, d("2028-02-29"))
        XCTAssertEqual(plan.step(id: "thank-you-1")?.latest, d("2028-03-01"))
    }

    func testDecisionDateBeforeInterviewCountsFromTheInterview() {
        let answers = PlanFixtures.minimal(date: d("2026-03-03"), decision: d("2026-03-01"))
        let plan = PlanBuilder.build(from: answers, today: d("2026-03-03"))
        // A business day after the interview, but never with the thank-yous or the day after them.
        XCTAssertEqual(plan.step(id: "check-in")?.due, d("2026-03-06"))
    }

    func testLateStartMarksThankYouOverdueAndExplains() {
        let plan = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-06"))
        let thanks = plan.steps.filter { $0.kind == .thankYou }
        XCTAssertEqual(thanks.count, 2)
        for step in thanks {
            XCTAssertEqual(step.status, .overdue)
            XCTAssertTrue(step.what.hasPrefix("Send today:"), step.what)
            XCTAssertEqual(step.why, PlanCoaching.thankYouLate)
        }
        XCTAssertEqual(plan.step(id: "recruiter-note")?.status, .overdue)
        XCTAssertEqual(plan.step(id: "promised-material")?.status, .overdue)
        XCTAssertEqual(plan.step(id: "check-in")?.status, .upcoming)
        XCTAssertEqual(plan.overdueSteps.count, 4)  // 2 thank-yous, promised, recruiter
        XCTAssertEqual(plan.step(id: "thank-you-1")?.what.hasPrefix("Send today: thank-you email"), true)
        // Connection notes follow the late thank-yous by a business day (Fri 6 Mar → Mon 9 Mar).
        XCTAssertEqual(plan.step(id: "networking-1")?.due, d("2026-03-09"))
        XCTAssertEqual(plan.step(id: "networking-1")?.status, .upcoming)
        XCTAssertTrue(plan.notes.contains { $0.contains("3 days ago") && $0.contains("today") })
    }

    func testTwoDaysLateIsOverdueButOneDayIsDueToday() {
        let twoDays = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-05"))
        XCTAssertEqual(twoDays.step(id: "thank-you-1")?.status, .overdue)
        XCTAssertTrue(twoDays.notes.contains { $0.contains("2 days ago") })

        let nextDay = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-04"))
        XCTAssertEqual(nextDay.step(id: "thank-you-1")?.status, .dueToday)
        XCTAssertFalse(nextDay.step(id: "thank-you-1")?.what.hasPrefix("Send today") ?? true)
        XCTAssertFalse(nextDay.notes.contains { $0.contains("days ago") })
    }

    func testAVeryLateStartMovesTheCheckInPastTheThankYous() {
        // Wed 18 Mar: the thank-yous go out today, the check-in planned for 16 Mar waits until Fri 20 Mar.
        let plan = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-18"))
        XCTAssertEqual(plan.step(id: "thank-you-1")?.status, .overdue)
        XCTAssertEqual(plan.step(id: "check-in")?.due, d("2026-03-20"))
        XCTAssertEqual(plan.step(id: "check-in")?.status, .upcoming)
        XCTAssertGreaterThan(plan.step(id: "final-check-in")?.due ?? d("2026-01-01"), d("2026-03-20"))
        XCTAssertTrue(plan.notes.contains { $0.contains("would have been due") && $0.contains("Fri 20 Mar 2026") }, "\(plan.notes)")
        // On time, nothing moves.
        let onTime = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-03"))
        XCTAssertFalse(onTime.notes.contains { $0.contains("would have been due") })
    }

    func testMissingInterviewDateCountsFromToday() {
        let plan = PlanBuilder.build(from: PlanFixtures.minimal(date: nil), today: d("2026-03-10"))
        XCTAssertEqual(plan.interviewDate, d("2026-03-10"))
        XCTAssertEqual(plan.step(id: "thank-you-1")?.due, d("2026-03-11"))
        XCTAssertEqual(plan.step(id: "thank-you-1")?.status, .upcoming)
        XCTAssertTrue(plan.notes.contains(PlanCoaching.noInterviewDate))
    }

    func testPromisedMaterialGoesWithTheFirstThankYou() {
        let plan = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-03"))
        let step = plan.step(id: "promised-material")
        XCTAssertEqual(step?.recipient.name, "Ana Pérez")
        XCTAssertEqual(step?.draftID, "thank-you-1")
        XCTAssertTrue(step?.what.contains("my portfolio") ?? false)
        XCTAssertTrue(plan.step(id: "thank-you-1")?.what.contains("keeps your promise of my portfolio") ?? false)
        XCTAssertFalse(plan.step(id: "thank-you-2")?.what.contains("portfolio") ?? true)

        let none = PlanBuilder.build(from: PlanFixtures.minimal(date: d("2026-03-03")), today: d("2026-03-03"))
        XCTAssertNil(none.step(id: "promised-material"))
    }

    func testRecruiterGetsANoteAndTheCheckIns() {
        let plan = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-03"))
        XCTAssertEqual(plan.step(id: "recruiter-note")?.recipient, Recipient(name: "Sam Ray", email: "sam@example.com"))
        XCTAssertEqual(plan.step(id: "check-in")?.recipient.name, "Sam Ray")
        XCTAssertEqual(plan.step(id: "final-check-in")?.recipient.name, "Sam Ray")

        let noRecruiter = PlanBuilder.build(from: PlanFixtures.minimal(date: d("2026-03-03")), today: d("2026-03-03"))
        XCTAssertNil(noRecruiter.step(id: "recruiter-note"))
        XCTAssertEqual(noRecruiter.step(id: "check-in")?.recipient.name, "Ana Pérez")
    }

    func testSeveralInterviewersEachGetThankYouAndNetworking() {
        var answers = PlanFixtures.full()
        answers.interviewers = [PlanFixtures.ana, PlanFixtures.bob, PlanFixtures.chen]
        let plan = PlanBuilder.build(from: answers, today: d("2026-03-03"))
        XCTAssertEqual(plan.steps.filter { $0.kind == .thankYou }.map(\.id), ["thank-you-1", "thank-you-2", "thank-you-3"])
        XCTAssertEqual(plan.steps.filter { $0.kind == .networking }.map(\.recipient.name), ["Ana Pérez", "Bob Li", "Chen Wu"])
        XCTAssertTrue(plan.step(id: "thank-you-3")?.what.contains("hiring plans for next year") ?? false)
    }

    func testConcernGoesToTheInterviewerWhoseTopicMatches() {
        let plan = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-03"))
        // "system design depth" shares "design" with Bob's "system design reviews".
        XCTAssertTrue(plan.step(id: "thank-you-2")?.what.contains("system design depth") ?? false)
        XCTAssertFalse(plan.step(id: "thank-you-1")?.what.contains("system design depth") ?? true)
    }

    /// The step says what the draft does with each concern: a concern the draft leaves out
    /// (the plan's notes say why) is not "offered to talk again" in the step.
    func testTheThankYouStepNamesOnlyTheConcernsItsDraftTakesUp() {
        var answers = PlanFixtures.minimal(date: d("2026-03-03"))
        answers.concerns = [
            Concern(topic: "my budget experience"),
            Concern(topic: "no experience with their EPOS system"),
            Concern(topic: "Ana doubted I had led a team", response: "I led a team of six at Pret"),
        ]
        let what = PlanBuilder.build(from: answers, today: d("2026-03-03")).step(id: "thank-you-1")?.what ?? ""
        let draft = DraftComposer().compose(answers).draft(id: "thank-you-1")?.body ?? ""
        XCTAssertTrue(draft.contains("budget experience"), draft)
        XCTAssertFalse(draft.contains("EPOS"), draft)
        XCTAssertTrue(draft.contains("six at Pret"), draft)
        XCTAssertTrue(what.contains("offers to talk again about 'my budget experience'"), what)
        XCTAssertFalse(what.contains("EPOS"), what)
        XCTAssertTrue(what.contains("adds what you'd say now on 'Ana doubted I had led a team'"), what)
    }

    func testEveryDraftIDInThePlanExistsInTheDrafts() {
        for tone in Tone.allCases {
            let answers = PlanFixtures.full(tone: tone)
            let plan = PlanBuilder.build(from: answers, today: d("2026-03-03"))
            let drafts = DraftComposer().compose(answers)
            for id in plan.steps.compactMap(\.draftID) {
                XCTAssertNotNil(drafts.draft(id: id), "missing draft \(id)")
            }
            for step in plan.steps where step.draftID != nil {
                XCTAssertEqual(drafts.draft(id: step.draftID ?? "")?.recipientName, step.recipient.name, step.id)
            }
        }
    }

    func testPlanRoundTripsThroughJSONWithSnakeCaseKeys() throws {
        let plan = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-03"))
        let data = try JSONEncoder().encode(plan)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("\"generated_on\":\"2026-03-03\""), text)
        XCTAssertTrue(text.contains("\"draft_id\":\"thank-you-1\""))
        XCTAssertTrue(text.contains("\"kind\":\"final-check-in\""))
        XCTAssertTrue(text.contains("\"status\":\"on-outcome\""))
        XCTAssertEqual(try JSONDecoder().decode(FollowUpPlan.self, from: data), plan)
    }

    func testBuildIsDeterministic() {
        let a = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-03"))
        let b = PlanBuilder.build(from: PlanFixtures.full(), today: d("2026-03-03"))
        XCTAssertEqual(a, b)
    }
}
