import XCTest

@testable import FollowUpCore

/// Due dates in the tracker: shifts onto working days, across month and year ends, and the
/// later steps that follow a late or early send.
final class TrackingDueDateTests: XCTestCase {
    func d(_ text: String) -> LocalDate {
        guard let date = LocalDate(iso8601: text) else { preconditionFailure(text) }
        return date
    }

    func testShiftLandsOnAWorkingDay() {
        // Fri 27 Nov 2026 + 1 = Sat → Mon 30 Nov.
        XCTAssertEqual(DueDateShift.shift(d("2026-11-27"), byDays: 1), d("2026-11-30"))
        // + 2 = Sun → Mon.
        XCTAssertEqual(DueDateShift.shift(d("2026-11-27"), byDays: 2), d("2026-11-30"))
        // Month end: Mon 30 Nov + 3 = Thu 3 Dec.
        XCTAssertEqual(DueDateShift.shift(d("2026-11-30"), byDays: 3), d("2026-12-03"))
        // Year end: Thu 31 Dec 2026 + 2 = Sat 2 Jan 2027 → Mon 4 Jan 2027.
        XCTAssertEqual(DueDateShift.shift(d("2026-12-31"), byDays: 2), d("2027-01-04"))
        // Leap day: Mon 28 Feb 2028 + 1 = Tue 29 Feb.
        XCTAssertEqual(DueDateShift.shift(d("2028-02-28"), byDays: 1), d("2028-02-29"))
        // Earlier: Wed 2 Dec − 3 = Sun 29 Nov → Mon 30 Nov (never onto a weekend).
        XCTAssertEqual(DueDateShift.shift(d("2026-12-02"), byDays: -3), d("2026-11-30"))
        XCTAssertEqual(DueDateShift.shift(d("2026-12-02"), byDays: 0), d("2026-12-02"))
    }

    /// A record for an interview on Wed 18 Nov 2026 with a decision expected Fri 27 Nov:
    /// check-in Mon 30 Nov, final check-in Mon 7 Dec, stop Mon 14 Dec.
    func record(decision: String = "2026-11-27", country: String? = nil) -> TrackedInterview {
        var answers = Answers(
            interview: Interview(company: "Initech", role: "Backend Developer", date: d("2026-11-18")),
            interviewers: [Interviewer(name: "Bill Lumbergh"), Interviewer(name: "Milton Waddams")])
        answers.decisionDate = d(decision)
        answers.country = country
        let plan = PlanBuilder.build(from: answers, today: d("2026-11-18"))
        return TrackedInterview.new(id: "initech-1118", answers: answers, plan: plan, draftFiles: [:], outputDirectory: nil)
    }

    func due(_ record: TrackedInterview, _ ref: String) -> LocalDate? {
        record.allSteps.first { $0.ref == ref }?.step.due
    }

    func testThePlanDatesThisTestStartsFrom() {
        let r = record()
        XCTAssertEqual(due(r, "check-in"), d("2026-11-30"))
        XCTAssertEqual(due(r, "final-check-in"), d("2026-12-07"))
        XCTAssertEqual(due(r, "after-silence"), d("2026-12-14"))
    }

    func testCheckInThreeDaysLateMovesTheFinalCheckInThreeDays() throws {
        var r = record()
        let report = try r.mark("check-in", as: .sent, on: d("2026-12-03"))
        XCTAssertEqual(due(r, "final-check-in"), d("2026-12-10"))
        XCTAssertEqual(due(r, "after-silence"), d("2026-12-17"))
        XCTAssertEqual(report.moved.map(\.ref), ["final-check-in", "after-silence"])
        let final = try XCTUnwrap(r.allSteps.first { $0.ref == "final-check-in" }?.step)
        XCTAssertEqual(final.plannedDue, d("2026-12-07"), "the planned date is kept for the record")
        XCTAssertEqual(r.history.last?.date, d("2026-12-03"))
        XCTAssertTrue(r.history.last?.text.contains("3 days after it was due") == true, r.history.last?.text ?? "")
    }

    func testLateSendAcrossAWeekendAndAMonthEnd() throws {
        // Decision Wed 25 Nov → check-in Thu 26 Nov, final Thu 3 Dec. Sent Mon 30 Nov: 4 days late.
        var r = record(decision: "2026-11-25")
        XCTAssertEqual(due(r, "check-in"), d("2026-11-26"))
        XCTAssertEqual(due(r, "final-check-in"), d("2026-12-03"))
        try r.mark("check-in", as: .sent, on: d("2026-11-30"))
        // Thu 3 Dec + 4 = Mon 7 Dec.
        XCTAssertEqual(due(r, "final-check-in"), d("2026-12-07"))
        // Then the final check-in two days late (Wed 9 Dec): the stop point moves again, from Mon 14 Dec + 4 … onto Wed 16 Dec.
        let stopBefore = try XCTUnwrap(due(r, "after-silence"))
        try r.mark("final-check-in", as: .sent, on: d("2026-12-09"))
        XCTAssertEqual(due(r, "after-silence"), DueDateShift.shift(stopBefore, byDays: 2))
    }

    func testLateThankYouMovesOnlyThatPersonsConnectionNoteOntoMonday() throws {
        var r = record()
        XCTAssertEqual(due(r, "thank-you-1"), d("2026-11-19"))
        XCTAssertEqual(due(r, "networking-1"), d("2026-11-20"))
        // Thank-you sent Fri 20 Nov (a day late): the note moves to Sat 21 → Mon 23 Nov.
        try r.mark("thank-you-1", as: .sent, on: d("2026-11-20"))
        XCTAssertEqual(due(r, "networking-1"), d("2026-11-23"))
        XCTAssertEqual(due(r, "networking-2"), d("2026-11-20"), "Milton's note follows Milton's thank-you")
    }

    func testOnTimeSkippedAndEarlyMarks() throws {
        var r = record()
        try r.mark("thank-you-1", as: .sent, on: d("2026-11-19"))
        XCTAssertEqual(due(r, "networking-1"), d("2026-11-20"), "on time: nothing moves")
        try r.mark("check-in", as: .skipped, on: d("2026-12-04"))
        XCTAssertEqual(due(r, "final-check-in"), d("2026-12-07"), "a skipped step moves nothing")
        var early = record()
        try early.mark("check-in", as: .sent, on: d("2026-11-27"))  // Fri, one working day (3 days) early
        XCTAssertEqual(due(early, "final-check-in"), d("2026-12-04"))
    }

    func testQuietFourteenDaysAfterTheLastCheckIn() throws {
        var r = record()
        XCTAssertFalse(r.applySilence(today: d("2027-03-01")), "no check-in sent: not quiet, just overdue")
        try r.mark("check-in", as: .sent, on: d("2026-11-30"))
        try r.mark("final-check-in", as: .sent, on: d("2026-12-07"))
        XCTAssertEqual(r.quietFrom, d("2026-12-21"))
        XCTAssertFalse(r.applySilence(today: d("2026-12-20")))
        XCTAssertEqual(r.status, .active)
        XCTAssertTrue(r.applySilence(today: d("2026-12-22")))
        XCTAssertEqual(r.status, .quiet)
        XCTAssertEqual(r.history.last?.date, d("2026-12-21"), "dated the day it went quiet")
        XCTAssertTrue(r.history.last?.text.contains("followup outcome initech-1118 no-response") == true)
        XCTAssertFalse(r.applySilence(today: d("2026-12-23")), "once only")
        XCTAssertEqual(r.statusLabel(on: d("2026-12-22")), "quiet")
    }

    func testReplyToAnOutcomeIsDueTheNextWorkingDay() throws {
        var r = record()
        let opened = try r.record(.rejected, on: d("2026-12-04"))  // a Friday
        XCTAssertEqual(opened, ["after-rejection"])
        XCTAssertEqual(due(r, "after-rejection"), d("2026-12-07"))
    }

    func testMovedDatesAndRepliesSkipTheCountrysHolidays() throws {
        // Rejected on Thu 24 Dec 2026 in the UK: the reply is due after Christmas and Boxing Day
        // (Boxing Day falls on a Saturday, so its bank holiday is Monday 28 December).
        var uk = record(country: "GB")
        _ = try uk.record(.rejected, on: d("2026-12-24"))
        XCTAssertEqual(due(uk, "after-rejection"), d("2026-12-29"))
        var plain = record()
        _ = try plain.record(.rejected, on: d("2026-12-24"))
        XCTAssertEqual(due(plain, "after-rejection"), d("2026-12-25"), "with no country only weekends are skipped")
        // A step moved onto a holiday goes to the next working day.
        XCTAssertEqual(DueDateShift.shift(d("2026-12-24"), byDays: 1, in: try PublicHolidays.calendar(for: "GB").get()), d("2026-12-29"))
    }

    func testDueItemsOnADayAndTheirCommands() throws {
        var r = record()
        try r.mark("thank-you-2", as: .sent, on: d("2026-11-19"))
        let items = r.dueItems(on: d("2026-11-20"))
        XCTAssertEqual(items.map(\.ref), ["thank-you-1", "networking-1", "networking-2"])
        XCTAssertEqual(items.map(\.daysOverdue), [1, 0, 0])
        XCTAssertEqual(items.first?.doneCommand, "followup mark initech-1118 thank-you-1 sent")
        XCTAssertEqual(r.statusLabel(on: d("2026-11-20")), "overdue")
        XCTAssertEqual(r.statusLabel(on: d("2026-11-18")), "on track")
    }
}
