import XCTest

@testable import FollowUpCore

/// The plan around Christmas, New Year and Easter in two countries, and after a Friday
/// interview: business days are real business days (issue 13, points 2 and 3).
final class HolidayPlanTests: XCTestCase {
    let d = PlanFixtures.date

    func answers(interview: String, decision: String? = nil, country: String?) -> Answers {
        var answers = PlanFixtures.minimal(date: d(interview), decision: decision.map(d))
        answers.country = country
        return answers
    }

    func testTheDataCoversTheCountriesTheIssueNames() throws {
        for code in ["US", "GB", "IE", "CA", "AU", "NZ", "IN", "DE", "FR", "ES", "NL"] {
            let calendar = try PublicHolidays.calendar(for: code).get()
            XCTAssertNotNil(calendar.holiday(on: d("2026-12-25")) ?? calendar.holiday(on: d("2026-01-26")), code)
        }
        XCTAssertEqual(try PublicHolidays.calendar(for: "uk").get().country, "GB")
        XCTAssertEqual(PublicHolidays.calendar(for: "JP"), .failure(.notCovered("JP")))
        XCTAssertEqual(PublicHolidays.calendar(for: "Narnia"), .failure(.unknown("Narnia")))
        XCTAssertTrue(PublicHolidays.Problem.notCovered("JP").message.contains("skips weekends only"))
        XCTAssertEqual(PublicHolidays.country(forTimeZone: "Europe/London"), "GB")
        XCTAssertEqual(PublicHolidays.country(forTimeZone: "America/Toronto"), "CA")
        XCTAssertNil(PublicHolidays.country(forTimeZone: "UTC"))
    }

    func testADecisionOnChristmasEveNeverPutsACheckInOnAHoliday() {
        // The issue: decision Thu 24 Dec 2026 put the check-in on Christmas Day and the final one on New Year's Day.
        let us = PlanBuilder.build(from: answers(interview: "2026-12-10", decision: "2026-12-24", country: "US"), today: d("2026-12-10"))
        XCTAssertEqual(us.step(id: "check-in")?.due, d("2026-12-28"))
        XCTAssertEqual(us.step(id: "check-in")?.latest, d("2026-12-29"))
        XCTAssertEqual(us.step(id: "final-check-in")?.due, d("2027-01-05"))
        XCTAssertTrue(us.notes.contains { $0.contains("Christmas Day (Fri 25 Dec 2026)") && $0.contains("New Year's Day (Fri 1 Jan 2027)") }, "\(us.notes)")

        // In the UK Boxing Day falls on a Saturday and is observed on Monday 28th.
        let uk = PlanBuilder.build(from: answers(interview: "2026-12-10", decision: "2026-12-24", country: "GB"), today: d("2026-12-10"))
        XCTAssertEqual(uk.step(id: "check-in")?.due, d("2026-12-29"))
        XCTAssertEqual(uk.step(id: "check-in")?.latest, d("2026-12-30"))
        XCTAssertEqual(uk.step(id: "final-check-in")?.due, d("2027-01-06"))
        XCTAssertTrue(uk.notes.contains { $0.contains("the United Kingdom") && $0.contains("Boxing Day (observed)") }, "\(uk.notes)")

        for (plan, code) in [(us, "US"), (uk, "GB")] {
            guard case .success(let calendar) = PublicHolidays.calendar(for: code) else { return XCTFail(code) }
            for step in plan.steps where step.status != .onOutcome {
                XCTAssertTrue(calendar.isBusinessDay(step.due), "\(code): \(step.id) on \(step.due.readable)")
            }
        }
    }

    func testEasterInTwoCountries() {
        // Thursday 25 March 2027, before Good Friday (26th) and Easter Monday (29th).
        let uk = PlanBuilder.build(from: answers(interview: "2027-03-25", country: "GB"), today: d("2027-03-25"))
        XCTAssertEqual(uk.step(id: "thank-you-1")?.due, d("2027-03-30"))
        XCTAssertEqual(uk.step(id: "thank-you-1")?.latest, d("2027-03-31"))
        XCTAssertTrue(uk.notes.contains { $0.contains("Good Friday") && $0.contains("Easter Monday") && $0.contains("is on time") }, "\(uk.notes)")
        // Seven business days: 30, 31 Mar, 1, 2, 5, 6, 7 Apr.
        XCTAssertEqual(uk.step(id: "check-in")?.due, d("2027-04-07"))

        // Neither is a federal holiday in the United States: Friday is the next working day.
        let us = PlanBuilder.build(from: answers(interview: "2027-03-25", country: "US"), today: d("2027-03-25"))
        XCTAssertEqual(us.step(id: "thank-you-1")?.due, d("2027-03-26"))
        XCTAssertEqual(us.step(id: "check-in")?.due, d("2027-04-05"))

        // Germany skips both too.
        let de = PlanBuilder.build(from: answers(interview: "2027-03-25", country: "DE"), today: d("2027-03-25"))
        XCTAssertEqual(de.step(id: "thank-you-1")?.due, d("2027-03-30"))
    }

    func testNewYear() {
        // Wed 31 Dec 2025 in Ireland: New Year's Day is a holiday, so the thank-you is due Friday 2 January.
        let ie = PlanBuilder.build(from: answers(interview: "2025-12-31", country: "IE"), today: d("2025-12-31"))
        XCTAssertEqual(ie.step(id: "thank-you-1")?.due, d("2026-01-02"))
        XCTAssertEqual(ie.step(id: "thank-you-1")?.latest, d("2026-01-05"))
        // New Zealand also takes the 2nd.
        let nz = PlanBuilder.build(from: answers(interview: "2025-12-31", country: "NZ"), today: d("2025-12-31"))
        XCTAssertEqual(nz.step(id: "thank-you-1")?.due, d("2026-01-05"))
    }

    func testAFridayInterviewIsThankedOnMondayMorningAndThanksgivingIsSkipped() {
        let friday = answers(interview: "2026-11-20", country: "US")
        let planned = PlanBuilder.build(from: friday, today: d("2026-11-20"))
        XCTAssertEqual(planned.step(id: "thank-you-1")?.due, d("2026-11-23"))
        XCTAssertEqual(planned.step(id: "thank-you-1")?.latest, d("2026-11-24"))
        // Seven business days in Thanksgiving week: 23, 24, 25, 27, 30 Nov, 1, 2 Dec.
        XCTAssertEqual(planned.step(id: "check-in")?.due, d("2026-12-02"))

        // Planned on the Monday after: on time, not late.
        let monday = PlanBuilder.build(from: friday, today: d("2026-11-23"))
        XCTAssertEqual(monday.step(id: "thank-you-1")?.status, .dueToday)
        XCTAssertFalse(monday.step(id: "thank-you-1")?.what.hasPrefix("Send today") ?? true)
        XCTAssertFalse(monday.notes.contains { $0.contains("window for thank-you notes has passed") })
        // On Tuesday it is the last day: the plan says send today.
        let tuesday = PlanBuilder.build(from: friday, today: d("2026-11-24"))
        XCTAssertEqual(tuesday.step(id: "thank-you-1")?.status, .overdue)
    }

    func testWhatTheDatesCannotKnowIsSaid() {
        let none = PlanBuilder.build(from: answers(interview: "2026-11-20", country: nil), today: d("2026-11-20"))
        XCTAssertTrue(none.notes.contains { $0.contains("No country was given") }, "\(none.notes)")
        let japan = PlanBuilder.build(from: answers(interview: "2026-11-20", country: "JP"), today: d("2026-11-20"))
        XCTAssertTrue(japan.notes.contains { $0.contains("no public holidays for JP") }, "\(japan.notes)")
        let covered = PlanBuilder.build(from: answers(interview: "2026-11-20", country: "FR"), today: d("2026-11-20"))
        XCTAssertFalse(covered.notes.contains { $0.contains("skips weekends only") || $0.contains("No country") })
    }
}
