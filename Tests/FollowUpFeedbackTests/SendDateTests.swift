import FollowUpCore
import FollowUpFeedback
import XCTest

/// An .eml says the day it is meant to be sent in its Date: header; check reads that day.
final class SendDateTests: XCTestCase {
    func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate? { LocalDate(year: year, month: month, day: day) }

    func testReadsTheDayInTheHeadersOwnOffset() {
        XCTAssertEqual(EmailDate.day(fromHeader: "Mon, 14 Dec 2026 09:00:00 -0500"), day(2026, 12, 14))
        // 23:30 at -0800 is already the 15th in UTC: the header's own day counts.
        XCTAssertEqual(EmailDate.day(fromHeader: "Mon, 14 Dec 2026 23:30:00 -0800"), day(2026, 12, 14))
        XCTAssertEqual(EmailDate.day(fromHeader: "Tue, 15 Dec 2026 00:30 +1300"), day(2026, 12, 15))
        XCTAssertEqual(EmailDate.day(fromHeader: "4 Dec 2026 09:00:00 +0000"), day(2026, 12, 4))
        XCTAssertEqual(EmailDate.day(fromHeader: "Fri,  4 dec 2026 09:00:00 GMT (UTC)"), day(2026, 12, 4))
        XCTAssertEqual(EmailDate.day(fromHeader: "(sent) Fri, 4 Dec 26 09:00 EST"), day(2026, 12, 4))
    }

    func testMalformedHeadersGiveNoDay() {
        let malformed = [
            "", "   ", "tomorrow", "2026-12-14", "14 Dec 2026", "Mon, 14 Dec", "Mon, 32 Dec 2026 09:00:00 +0000",
            "Mon, 29 Feb 2026 09:00:00 +0000", "Tue, 14 Dec 2026 09:00:00 +0000", "Mon, 14 Foo 2026 09:00:00 +0000",
            "Mon, 14 Dec 2026 9am +0000", "Mon, 14 Dec 99999999999999999999 09:00 +0000", "Xyz, 14 Dec 2026 09:00 +0000",
            "Mon, 123 Dec 2026 09:00 +0000", "Mon, 14 Dec ٢٠٢٦ 09:00 +0000", "((((", "(Mon, 14 Dec 2026 09:00 +0000",
        ]
        for header in malformed {
            XCTAssertNil(EmailDate.day(fromHeader: header), header)
        }
    }

    func testTheParserKeepsTheDayOfAnEmail() {
        let eml = "Date: Mon, 14 Dec 2026 09:00:00 -0500\nSubject: Hello\n\nHi Ana,\n"
        XCTAssertEqual(DraftParser.parse(eml, format: .email).sendDate, day(2026, 12, 14))
        XCTAssertNil(DraftParser.parse("Subject: Hello\n\nHi Ana,\n", format: .email).sendDate, "no Date: header")
        XCTAssertNil(DraftParser.parse("Date: soon\nSubject: Hello\n\nHi Ana,\n", format: .email).sendDate, "malformed")
        XCTAssertNil(DraftParser.parse(eml, format: .plain).sendDate, "a text file has no headers")
    }

    /// The Acme check-in (decision date 27 November) written on the 20th, for the 1st of December.
    func testChecksAsOfTheDayInTheHeaderUnlessTheDayIsGiven() {
        let checkIn = """
            Date: Tue, 1 Dec 2026 09:00:00 +0000
            Subject: Backend Engineer interview: checking on next steps

            Hi Ana,

            I hope you are well. I wanted to ask whether there is any news on the Backend Engineer role.

            Best regards,
            Priya
            """
        let engine = FeedbackEngine(rules: [EarlyCheckIn()])
        var context = FeedbackContext(answers: acmeAnswers(), today: day(2026, 11, 20), kind: .checkIn)
        XCTAssertEqual(engine.check(text: checkIn, format: .email, context: context).map(\.rule), ["timing.early-check-in"])
        context.checksAsOfSendDate = true
        XCTAssertEqual(engine.check(text: checkIn, format: .email, context: context), [])
        XCTAssertEqual(engine.check([DraftParser.parse(checkIn, format: .email)], context: context), [[]])
        // A malformed or missing header falls back to today.
        for broken in [checkIn.replacingOccurrences(of: "Tue, 1 Dec", with: "Tue, 1 Decembre"), checkIn.replacingOccurrences(of: "Date:", with: "X-Date:")] {
            XCTAssertEqual(engine.check(text: broken, format: .email, context: context).map(\.rule), ["timing.early-check-in"])
        }
    }
}
