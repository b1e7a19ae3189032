import XCTest

@testable import FollowUpCore

/// What keeps a calendar right: unique, stable UIDs and a SEQUENCE that rises on every change.
final class TrackingCalendarTests: XCTestCase {
    func d(_ text: String) -> LocalDate {
        guard let date = LocalDate(iso8601: text) else { preconditionFailure(text) }
        return date
    }

    func make(id: String, role: String, key: String?) -> TrackedInterview {
        let a = Answers(
            interview: Interview(company: "Northwind", role: role, date: d("2026-11-20")),
            interviewers: [Interviewer(name: "Zoë Lefèvre")], recruiter: Contact(name: "Sam Lee"))
        return TrackedInterview.new(
            id: id, answers: a, plan: PlanBuilder.build(from: a, today: d("2026-11-20")), draftFiles: [:], outputDirectory: nil, key: key)
    }

    func testTwoInterviewsAtOneCompanyOnOneDayHaveTheirOwnUIDs() {
        let one = make(id: "northwind-1120", role: "Backend Engineer", key: "k1aaaaaaaa")
        let two = make(id: "northwind-1120-2", role: "Data Engineer", key: "k2bbbbbbbb")
        XCTAssertEqual(one.reminderUID(round: 1, stepID: "thank-you-1"), "k1aaaaaaaa-thank-you-1@followup")
        XCTAssertNotEqual(one.reminderUID(round: 1, stepID: "thank-you-1"), two.reminderUID(round: 1, stepID: "thank-you-1"))
        // Records from before keys existed still get UIDs of their own, from their id.
        let old = make(id: "northwind-1120-3", role: "QA", key: nil)
        XCTAssertEqual(old.reminderUID(round: 1, stepID: "thank-you-1"), "northwind-1120-3-r1-thank-you-1@followup")
    }

    func testSequenceRisesWhenAStepIsDoneOrRedatedAndStaysOtherwise() throws {
        let before = make(id: "northwind-1120", role: "Backend Engineer", key: "k")
        var after = before
        let checkIn = try XCTUnwrap(after.rounds[0].steps.first { $0.kind == .checkIn })
        // Sent two days late: the thank-you is done, and steps timed from it may move.
        try after.mark("thank-you-1", as: .sent, on: d("2026-11-20"))
        try after.mark("check-in", as: .sent, on: checkIn.due.adding(days: 3))
        after.raiseSequences(since: before)
        let steps = Dictionary(uniqueKeysWithValues: after.rounds[0].steps.map { ($0.id, $0) })
        XCTAssertEqual(steps["thank-you-1"]?.sequence, 1)
        XCTAssertEqual(steps["check-in"]?.sequence, 1)
        let finalCheckIn = try XCTUnwrap(after.rounds[0].steps.first { $0.kind == .finalCheckIn })
        let wasDue = try XCTUnwrap(before.rounds[0].steps.first { $0.kind == .finalCheckIn }).due
        XCTAssertNotEqual(finalCheckIn.due, wasDue, "the final check-in moved with the late check-in")
        XCTAssertEqual(finalCheckIn.sequence, 1, "a re-dated step raises its SEQUENCE")
        // Every step neither re-dated nor done keeps SEQUENCE 0 (the connection note may move
        // with the thank-you sent early, so which steps those are is read off the two records).
        let was = Dictionary(uniqueKeysWithValues: before.rounds[0].steps.map { ($0.id, $0) })
        let untouched = after.rounds[0].steps.filter { $0.due == was[$0.id]?.due && $0.state == was[$0.id]?.state }
        XCTAssertFalse(untouched.isEmpty)
        for step in untouched { XCTAssertNil(step.sequence, "an untouched step keeps SEQUENCE 0: \(step.id)") }

        // A second change raises it again.
        let again = after
        try after.mark("final-check-in", as: .skipped, on: finalCheckIn.due)
        after.raiseSequences(since: again)
        XCTAssertEqual(after.rounds[0].steps.first { $0.kind == .finalCheckIn }?.sequence, 2)
    }

    func testTitlesAreShort() {
        XCTAssertEqual(ReminderTitle.make(kind: .thankYou, recipient: "Zoë Lefèvre", company: "Northwind"), "Thank Zoë Lefèvre · Northwind")
        XCTAssertEqual(ReminderTitle.make(kind: .checkIn, recipient: "Sam Lee", company: "Northwind"), "Check in with Sam Lee · Northwind")
    }
}
