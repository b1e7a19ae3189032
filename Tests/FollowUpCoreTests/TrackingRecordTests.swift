import XCTest

@testable import FollowUpCore

/// Records: ids, rounds, outcomes and the messages for mistakes.
final class TrackingRecordTests: XCTestCase {
    func d(_ text: String) -> LocalDate {
        guard let date = LocalDate(iso8601: text) else { preconditionFailure(text) }
        return date
    }

    func answers(date: String, people: [String], round: InterviewRound? = nil) -> Answers {
        Answers(
            interview: Interview(company: "Acme Robotics, Inc.", role: "Backend Engineer", date: d(date), round: round),
            interviewers: people.map { Interviewer(name: $0) },
            recruiter: Contact(name: "Sam Lee"))
    }

    func make() -> TrackedInterview {
        let a = answers(date: "2026-11-20", people: ["José Pérez"], round: .first)
        return TrackedInterview.new(
            id: "acme-robotics-1120", answers: a, plan: PlanBuilder.build(from: a, today: d("2026-11-20")),
            draftFiles: ["thank-you-1": "/p/drafts/01-thank-you-jose-perez.eml"], outputDirectory: "/p")
    }

    func testIDsAreShortAndTypeable() {
        XCTAssertEqual(TrackedInterview.proposedID(company: "Acme", interviewDate: d("2026-11-20")), "acme-1120")
        XCTAssertEqual(TrackedInterview.proposedID(company: "Acme Robotics, Inc.", interviewDate: d("2026-03-05")), "acme-robotics-0305")
        XCTAssertEqual(TrackedInterview.proposedID(company: "Internationalization Systems", interviewDate: d("2026-01-09")), "internationali-0109")
        XCTAssertEqual(TrackedInterview.proposedID(company: "Café Zoë", interviewDate: d("2026-12-31")), "cafe-zoe-1231")
        XCTAssertEqual(TrackedInterview.proposedID(company: "", interviewDate: d("2026-12-31")), "interview-1231")
    }

    func testSendingTheThankYouThatCarriesThePromiseKeepsIt() throws {
        var a = answers(date: "2026-11-20", people: ["José Pérez"])
        a.promised = ["my portfolio"]
        var r = TrackedInterview.new(
            id: "acme-robotics-1120", answers: a, plan: PlanBuilder.build(from: a, today: d("2026-11-20")), draftFiles: [:],
            outputDirectory: nil)
        let report = try r.mark("thank-you-1", as: .sent, on: d("2026-11-23"))
        XCTAssertEqual(report.settledWithIt, ["promised-material"])
        let promised = try XCTUnwrap(r.rounds[0].steps.first { $0.id == "promised-material" })
        XCTAssertEqual(promised.state, .sent)
        XCTAssertEqual(promised.doneOn, d("2026-11-23"))
        XCTAssertEqual(promised.note, "went with thank-you-1")
        // Skipping the thank-you does not keep the promise.
        var skipped = TrackedInterview.new(
            id: "x-1120", answers: a, plan: PlanBuilder.build(from: a, today: d("2026-11-20")), draftFiles: [:], outputDirectory: nil)
        XCTAssertEqual(try skipped.mark("thank-you-1", as: .skipped, on: d("2026-11-23")).settledWithIt, [])
    }

    func testACandidateIsPartOfTheApplication() {
        var a = answers(date: "2026-11-20", people: ["José Pérez"])
        a.candidate.name = "Sam Rivera"
        let r = TrackedInterview.new(
            id: "acme-robotics-1120", answers: a, plan: PlanBuilder.build(from: a, today: d("2026-11-20")), draftFiles: [:],
            outputDirectory: nil)
        var other = a
        other.candidate.name = "Ana Lee"
        XCTAssertTrue(r.isSameApplication(as: a))
        XCTAssertFalse(r.isSameApplication(as: other))
        XCTAssertEqual(TrackedInterview.candidateID(base: "acme-1120", candidate: "Ana Lee"), "acme-1120-ana")
    }

    func testANewRoundKeepsItsOwnInterviewersAndPlanAndClosesTheOldCheckIns() throws {
        var r = make()
        XCTAssertEqual(r.rounds[0].steps.first { $0.id == "thank-you-1" }?.draftFile, "/p/drafts/01-thank-you-jose-perez.eml")
        let second = answers(date: "2026-12-01", people: ["Zoë Ng", "Ana Ruiz"], round: .final)
        XCTAssertTrue(r.isSameApplication(as: second))
        XCTAssertNil(r.roundNumber(interviewOn: d("2026-12-01")))
        try r.addRound(answers: second, plan: PlanBuilder.build(from: second, today: d("2026-12-01")), draftFiles: [:], outputDirectory: "/q")
        XCTAssertEqual(r.rounds.count, 2)
        XCTAssertEqual(r.rounds[1].stage, "final round")
        XCTAssertEqual(r.rounds[1].answers.interviewers.map(\.name), ["Zoë Ng", "Ana Ruiz"])
        XCTAssertEqual(r.rounds[0].answers.interviewers.map(\.name), ["José Pérez"], "round 1 is not overwritten")
        let old = Dictionary(uniqueKeysWithValues: r.rounds[0].steps.map { ($0.id, $0.state) })
        XCTAssertEqual(old["check-in"], .closed)
        XCTAssertEqual(old["final-check-in"], .closed)
        XCTAssertEqual(old["thank-you-1"], .pending, "an unsent thank-you stays to do")
        XCTAssertTrue(r.allSteps.contains { $0.ref == "r2.thank-you-2" })
        XCTAssertEqual(r.row(on: d("2026-12-01")).stage, "final round")
        XCTAssertEqual(r.roundNumber(interviewOn: d("2026-12-01")), 2)
    }

    /// `plan --update`: the round's plan made again from changed answers keeps what was done,
    /// its key and folder, and a done step the new plan no longer has; unchanged, nothing happens.
    func testAPlanMadeAgainFromChangedAnswersKeepsWhatWasDone() throws {
        var before = make()
        before.rounds[0].key = "k3f9q2xm"
        _ = try before.mark("thank-you-1", as: .sent, on: d("2026-11-21"))
        let sent = try XCTUnwrap(before.rounds[0].steps.first { $0.id == "thank-you-1" })
        // José is replaced by Ana and Zoë: José's sent thank-you stays as it was, theirs are new.
        let changed = answers(date: "2026-11-20", people: ["Ana Ruiz", "Zoë Ng"], round: .first)
        var after = before
        let change = after.replacePlan(
            answers: changed, plan: PlanBuilder.build(from: changed, today: d("2026-11-20")),
            draftFiles: ["thank-you-2": "/p/drafts/02-thank-you-zoe-ng.eml"])
        XCTAssertEqual(change, "new answers, 2 steps added")
        XCTAssertEqual(after.rounds.count, 1)
        XCTAssertEqual(after.rounds[0].key, "k3f9q2xm")
        XCTAssertEqual(after.rounds[0].outputDirectory, "/p")
        XCTAssertEqual(after.rounds[0].answers, changed)
        XCTAssertEqual(after.rounds[0].planMadeOn, d("2026-11-20"))
        var kept = sent
        kept.draftFile = nil  // the new plan's thank-you-1 (to Ana) has no file in this test
        XCTAssertEqual(after.rounds[0].steps.first { $0.id == "thank-you-1" }, kept, "marked sent: kept as it was")
        XCTAssertEqual(
            after.rounds[0].steps.first { $0.id == "networking-1" }?.due, d("2026-11-23"), "moved by the early thank-you, and still")
        XCTAssertEqual(after.rounds[0].steps.first { $0.id == "thank-you-2" }?.state, .pending)
        XCTAssertEqual(after.rounds[0].steps.first { $0.id == "thank-you-2" }?.draftFile, "/p/drafts/02-thank-you-zoe-ng.eml")
        XCTAssertEqual(
            after.history.last?.text, "Round 1's plan made again from changed answers (new answers, 2 steps added); what was done is kept.")
        XCTAssertEqual(after.history.last?.date, d("2026-11-20"))
        // The same answers planned again on a later day: nothing changes, nothing is said.
        var again = after
        XCTAssertNil(
            again.replacePlan(
                answers: changed, plan: PlanBuilder.build(from: changed, today: d("2026-11-22")),
                draftFiles: ["thank-you-2": "/p/drafts/02-thank-you-zoe-ng.eml"]))
        XCTAssertEqual(again, after)
        // A plan for a day no round is on changes nothing.
        XCTAssertNil(
            again.replacePlan(
                answers: changed, plan: PlanBuilder.build(from: answers(date: "2026-12-01", people: ["X"]), today: d("2026-12-01")), draftFiles: [:]))
    }

    func testRejectionClosesFollowUpsOpensTheReplyAndKeepsConnectionNotes() throws {
        var r = make()
        try r.mark("thank-you-1", as: .sent, on: d("2026-11-21"))
        let opened = try r.record(.rejected, on: d("2026-11-25"))
        XCTAssertEqual(r.status, .rejected)
        XCTAssertEqual(opened, ["after-rejection"])
        let states = Dictionary(uniqueKeysWithValues: r.rounds[0].steps.map { ($0.id, $0.state) })
        XCTAssertEqual(states["thank-you-1"], .sent, "history is kept")
        XCTAssertEqual(states["check-in"], .closed)
        XCTAssertEqual(states["recruiter-note"], .closed)
        XCTAssertEqual(states["after-offer"], .closed)
        XCTAssertEqual(states["after-rejection"], .pending)
        XCTAssertEqual(states["networking-1"], .pending)
        XCTAssertTrue(r.history.last?.text.hasPrefix("Outcome: rejected") == true)
        XCTAssertThrowsError(try r.record(.offer, on: d("2026-11-26")))
        XCTAssertEqual(r.status, .rejected, "a refused outcome changes nothing")
        try r.mark("after-rejection", as: .sent, on: d("2026-11-26"))
    }

    func testWithdrawingAddsANoteAndOfferOpensTheReply() throws {
        var w = make()
        XCTAssertEqual(try w.record(.withdrawn, on: d("2026-11-23")), ["withdrawal-note"])
        XCTAssertEqual(w.rounds[0].steps.last?.recipient.name, "Sam Lee")
        var o = make()
        XCTAssertEqual(try o.record(.offer, on: d("2026-11-23")), ["after-offer"])
        XCTAssertEqual(o.rounds[0].steps.first { $0.id == "after-offer" }?.due, d("2026-11-24"))
        XCTAssertThrowsError(
            try o.addRound(
                answers: answers(date: "2026-12-01", people: ["X"]),
                plan: PlanBuilder.build(from: answers(date: "2026-12-01", people: ["X"]), today: d("2026-12-01")), draftFiles: [:], outputDirectory: nil))
    }

    func testMistakesSayWhatWasWrongAndHowToFixIt() throws {
        var r = make()
        XCTAssertThrowsError(try r.mark("thanks", as: .sent, on: d("2026-11-21"))) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("no step 'thanks'"), text)
            XCTAssertTrue(text.contains("thank-you-1, recruiter-note"), text)
        }
        XCTAssertThrowsError(try r.mark("after-offer", as: .sent, on: d("2026-11-21"))) { error in
            XCTAssertTrue("\(error)".contains("followup outcome acme-robotics-1120"), "\(error)")
        }
        XCTAssertThrowsError(try r.mark("thank-you-1", as: .sent, on: d("2026-11-19"))) { error in
            XCTAssertTrue("\(error)".contains("before the interview"), "\(error)")
        }
        try r.mark("thank-you-1", as: .sent, on: d("2026-11-21"))
        XCTAssertThrowsError(try r.mark("thank-you-1", as: .skipped, on: d("2026-11-22"))) { error in
            XCTAssertTrue("\(error)".contains("already marked sent on Sat 21 Nov 2026"), "\(error)")
        }
    }

    func testRecordRoundTripsThroughJSON() throws {
        var r = make()
        try r.mark("thank-you-1", as: .sent, on: d("2026-11-23"))
        let data = try JSONEncoder().encode(r)
        XCTAssertEqual(try JSONDecoder().decode(TrackedInterview.self, from: data), r)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("\"format\":\"followup.tracker\""), text)
        XCTAssertTrue(text.contains("\"version\":2"), text)
    }
}
