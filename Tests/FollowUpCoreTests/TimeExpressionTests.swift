import FollowUpCore
import XCTest

/// Time expressions as recruiters say them, read against fixed "said on" days (the interview).
final class TimeExpressionTests: XCTestCase {
    func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    /// Reads each text as a decision said on `saidOn` and compares with the expected day.
    func check(
        saidOn: LocalDate, order: DateParser.NumericOrder? = nil, calendar: BusinessCalendar = .weekendsOnly,
        _ table: [(String, LocalDate)], file: StaticString = #filePath, line: UInt = #line
    ) {
        let parser = DateParser(today: saidOn, numericOrder: order, calendar: calendar)
        for (text, expected) in table {
            switch parser.read(text, preferring: .future) {
            case .success(let reading):
                XCTAssertEqual(reading.date, expected, "'\(text)' said on \(saidOn.readable): got \(reading.date.readable)", file: file, line: line)
            case .failure(let failure):
                XCTFail("'\(text)' said on \(saidOn.readable): \(failure.message)", file: file, line: line)
            }
        }
    }

    func testADayNamedInsideAFreeSentenceIsFound() {
        let tuesday = day(2026, 11, 24)
        let parser = DateParser(today: tuesday)
        XCTAssertEqual(parser.find(in: "recruiter said they'd decide by end of next week")?.date, day(2026, 12, 4))
        XCTAssertEqual(parser.find(in: "they'll let me know within 10 days, then a final round")?.date, day(2026, 12, 4))
        XCTAssertNil(parser.find(in: "next round is with the VP Eng"), "no day named")
        XCTAssertNil(parser.find(in: "they will be in touch soon"), "vague is no reading")
    }

    /// Phrases from a blind read of answers files typed after interviews (said on Wednesday 25 November).
    func testPhrasesTypedInAHurry() {
        check(
            saidOn: day(2026, 11, 25),
            [
                ("by the 5th", day(2026, 12, 5)), ("on the 30th", day(2026, 11, 30)), ("early next week", day(2026, 12, 1)),
                ("thurs next week", day(2026, 12, 3)), ("wed next week", day(2026, 12, 2)), ("in 1-2 weeks", day(2026, 12, 9)),
                ("2 or 3 weeks", day(2026, 12, 16)), ("mid next week", day(2026, 12, 2)),
            ])
        let parser = DateParser(today: day(2026, 11, 25))
        XCTAssertEqual(parser.find(in: "solicitor said they will email by the 5th")?.date, day(2026, 12, 5))
        XCTAssertEqual(parser.find(in: "theyd ring me by end of next week")?.date, day(2026, 12, 4))
    }

    func testSaidOnAMondayInNovember() {
        let monday = day(2026, 11, 16)
        check(
            saidOn: monday,
            [
                ("Friday", day(2026, 11, 20)),
                ("on Tuesday", day(2026, 11, 17)),
                ("this Friday", day(2026, 11, 20)),
                ("this week", day(2026, 11, 20)),
                ("end of this week", day(2026, 11, 20)),
                ("by the end of the week", day(2026, 11, 20)),
                ("next week", day(2026, 11, 27)),
                ("end of next week", day(2026, 11, 27)),
                ("by the end of next week", day(2026, 11, 27)),
                ("By the end of next week.", day(2026, 11, 27)),
                ("by the end of the month", day(2026, 11, 30)),
                ("end of month", day(2026, 11, 30)),
                ("in two weeks", day(2026, 11, 30)),
                ("in 2 weeks", day(2026, 11, 30)),
                ("two weeks", day(2026, 11, 30)),
                ("in a couple of weeks", day(2026, 11, 30)),
                ("within 10 days", day(2026, 11, 26)),
                ("within ten days", day(2026, 11, 26)),
                ("in a week", day(2026, 11, 23)),
                ("early December", day(2026, 12, 10)),
                ("mid December", day(2026, 12, 15)),
                ("mid-December", day(2026, 12, 15)),
                ("late December", day(2026, 12, 31)),
                ("end of December", day(2026, 12, 31)),
                ("early January", day(2027, 1, 8)),  // the 10th is a Sunday: the Friday before
                ("first week of january", day(2027, 1, 7)),
                ("second week of Jan", day(2027, 1, 14)),
                ("the last week of january", day(2027, 1, 29)),  // the 31st is a Sunday
                ("after the holidays, probably first week of january", day(2027, 1, 7)),  // the part that names a day
                ("next week sometime, probably thurs", day(2026, 11, 26)),  // that day of the week named
                ("probably thursday, next week", day(2026, 11, 26)),
                ("next week sometime", day(2026, 11, 27)),  // a hedge after the day
                ("mid December i think", day(2026, 12, 15)),
                ("end of next wk", day(2026, 11, 27)),
                ("within 2 wks", day(2026, 11, 30)),
                ("next fortnight", day(2026, 11, 30)),
                ("in a fortnight", day(2026, 11, 30)),
                ("w/c 7th dec", day(2026, 12, 11)),
                ("week commencing 30 November", day(2026, 12, 4)),
                ("friday week", day(2026, 11, 27)),
                ("before xmas", day(2026, 12, 24)),
                ("Nov 18, 2026", day(2026, 11, 18)),
                ("11/18/2026", day(2026, 11, 18)),
                ("18.11.2026", day(2026, 11, 18)),
                ("18/11", day(2026, 11, 18)),
                ("Dec 4", day(2026, 12, 4)),
                ("in 5 business days", day(2026, 11, 23)),
            ])
    }

    func testNextFridaySaidEarlyInTheWeekIsAskedWithBothDays() {
        let parser = DateParser(today: day(2026, 11, 16))
        guard case .failure(.ambiguous(_, let readings)) = parser.read("next Friday", preferring: .future) else {
            return XCTFail("'next Friday' said on a Monday must be asked about")
        }
        XCTAssertEqual(readings.map(\.date), [day(2026, 11, 20), day(2026, 11, 27)])
        let message = DateParser.Failure.ambiguous("next Friday", readings).message
        XCTAssertTrue(message.contains("Fri 20 Nov 2026") && message.contains("Fri 27 Nov 2026"), message)
        // Said on a Friday or a weekend, the next one is in the next week: no doubt.
        check(saidOn: day(2026, 10, 30), [("next Friday", day(2026, 11, 6)), ("next Tuesday", day(2026, 11, 3))])
        check(saidOn: day(2026, 11, 21), [("next Friday", day(2026, 11, 27))])
    }

    func testYearAndMonthEnds() {
        // Thursday 31 December 2026.
        check(
            saidOn: day(2026, 12, 31),
            [
                ("in two weeks", day(2027, 1, 14)),
                ("end of next week", day(2027, 1, 8)),
                ("this week", day(2027, 1, 1)),
                ("end of the month", day(2026, 12, 31)),
                ("next Tuesday", day(2027, 1, 5)),
                ("early January", day(2027, 1, 8)),  // the 10th is a Sunday: the Friday before
                ("within 10 days", day(2027, 1, 8)),  // the 10th is a Sunday: the Friday before
                ("end of next month", day(2027, 1, 31)),
                ("Jan 4", day(2027, 1, 4)),
            ])
        // Friday 30 October: the month ends at the weekend.
        check(saidOn: day(2026, 10, 30), [("end of next week", day(2026, 11, 6)), ("Friday", day(2026, 11, 6)), ("in a month", day(2026, 11, 30))])
        // A span that ends at a weekend ends on the Friday before it (said on Saturday 28 November).
        check(saidOn: day(2026, 11, 28), [("in a fortnight", day(2026, 12, 11)), ("within 14 days", day(2026, 12, 11)), ("in 3 days", day(2026, 12, 1))])
        // A month from 31 January is the last day of February, a Sunday in 2027: the Friday before.
        check(saidOn: day(2027, 1, 31), [("in a month", day(2027, 2, 26))])
    }

    func testLeapDays() {
        check(saidOn: day(2028, 2, 21), [("end of the month", day(2028, 2, 29)), ("in a week", day(2028, 2, 28)), ("end of this week", day(2028, 2, 25))])
        check(saidOn: day(2028, 2, 22), [("in a week", day(2028, 2, 29)), ("29/2", day(2028, 2, 29))])
        check(saidOn: day(2027, 2, 22), [("end of the month", day(2027, 2, 28))])
        XCTAssertEqual(DateParser(today: day(2027, 2, 22)).parse("29/2/2027"), .failure(.noSuchDay("29/2/2027")))
    }

    func testNumericDatesFollowTheLocaleAndAreAskedAboutWithoutOne() {
        let saidOn = day(2026, 11, 16)
        XCTAssertEqual(DateParser.NumericOrder(locale: "en_US.UTF-8"), .monthFirst)
        XCTAssertEqual(DateParser.NumericOrder(locale: "en_GB"), .dayFirst)
        XCTAssertEqual(DateParser.NumericOrder(locale: "de_DE"), .dayFirst)
        XCTAssertNil(DateParser.NumericOrder(locale: "C"))
        check(saidOn: saidOn, order: .monthFirst, [("12/4/2026", day(2026, 12, 4)), ("12/4", day(2026, 12, 4)), ("11/18/2026", day(2026, 11, 18))])
        check(saidOn: saidOn, order: .dayFirst, [("12/4/2026", day(2026, 4, 12)), ("4/12", day(2026, 12, 4)), ("4.12.26", day(2026, 12, 4))])
        // A day still to come, with no locale: the one reading after the day it was said.
        XCTAssertEqual(try DateParser(today: saidOn).read("12/4/2026", preferring: .future).get().date, day(2026, 12, 4))
        guard case .failure(.ambiguous(_, let readings)) = DateParser(today: saidOn).read("12/4/2026") else {
            return XCTFail("12/4/2026 with no locale must be asked about")
        }
        XCTAssertEqual(readings.map(\.date), [day(2026, 12, 4), day(2026, 4, 12)])
        XCTAssertTrue(DateParser.Failure.ambiguous("12/4/2026", readings).message.contains("'4 Dec' or '12 Apr'"))
        // The same number twice is one day.
        check(saidOn: saidOn, [("5/5/2027", day(2027, 5, 5))])
    }

    func testVaguePhrasesAreAskedAbout() {
        let parser = DateParser(today: day(2026, 12, 10))
        for text in ["after the holidays", "After the holidays.", "in the new year", "soon"] {
            guard case .failure(.vague) = parser.read(text, preferring: .future) else { return XCTFail(text) }
        }
        XCTAssertTrue(DateParser.Failure.vague("after the holidays").message.contains("Which day did they mean?"))
    }

    func testBusinessDaysSkipTheHolidaysOfTheCountry() throws {
        let us = try PublicHolidays.calendar(for: "US").get()
        // Thanksgiving (Thu 26 Nov 2026) is not a working day in the US.
        check(saidOn: day(2026, 11, 16), calendar: us, [("in 10 business days", day(2026, 12, 1))])
        check(saidOn: day(2026, 11, 16), [("in 10 business days", day(2026, 11, 30))])
        // Christmas week in the UK: Christmas Day, and Boxing Day observed on Monday 28th.
        let uk = try PublicHolidays.calendar(for: "UK").get()
        check(saidOn: day(2026, 12, 23), calendar: uk, [("in 2 working days", day(2026, 12, 29))])
    }

    func testTheEchoSaysHowAnExpressionWasRead() {
        let parser = DateParser(today: day(2026, 11, 16))
        XCTAssertEqual(try parser.read("end of next week", preferring: .future).get().phrase, "the end of next week, Friday")
        XCTAssertEqual(try parser.read("in two weeks", preferring: .future).get().phrase, "2 weeks from Mon 16 Nov 2026")
        XCTAssertNil(try parser.read("2026-12-04", preferring: .future).get().phrase)
    }
}
