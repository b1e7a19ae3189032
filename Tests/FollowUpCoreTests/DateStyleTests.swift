import FollowUpCore
import XCTest

final class DateStyleTests: XCTestCase {
    func testLocaleNames() {
        let table: [(String, DateStyle?)] = [
            ("en_US.UTF-8", .us), ("en_US", .us), ("en-US", .us), ("en_CA.UTF-8", .us), ("en_PH", .us), ("en", .us),
            ("en-Latn-US", .us), ("en_GB", .international), ("en_GB.UTF-8", .international), ("en-IE", .international),
            ("en_AU", .international), ("en_NZ", .international), ("en_IN", .international), ("en_ZA", .international),
            ("en_SG", .international), ("fr_FR", .international), ("fr_CA.UTF-8", .international), ("de_DE@euro", .international),
            ("C", nil), ("C.UTF-8", nil), ("POSIX", nil), ("", nil), ("  ", nil), ("english", nil), ("e1_US", nil),
        ]
        for (name, style) in table {
            XCTAssertEqual(DateStyle(locale: name), style, name)
        }
    }

    func testLongDates() throws {
        let day = try XCTUnwrap(LocalDate(year: 2026, month: 12, day: 11))
        XCTAssertEqual(DateStyle.us.long(day), "Friday, December 11")
        XCTAssertEqual(DateStyle.international.long(day), "Friday 11 December")
        let first = try XCTUnwrap(LocalDate(year: 2026, month: 11, day: 1))
        XCTAssertEqual(DateStyle.us.long(first), "Sunday, November 1")
        XCTAssertEqual(DateStyle.international.long(first), "Sunday 1 November")
    }

    func testAnswersDefaultToTheInternationalStyle() {
        XCTAssertEqual(Answers().dateStyle, .international)
        XCTAssertEqual(Answers(locale: "en_US.UTF-8").dateStyle, .us)
        XCTAssertEqual(Answers(locale: "C").dateStyle, .international)
    }
}
