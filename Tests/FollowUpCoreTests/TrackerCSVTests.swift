import XCTest

@testable import FollowUpCore

/// The tracker as CSV: quoting as RFC 4180 says, and nothing a spreadsheet would run.
final class TrackerCSVTests: XCTestCase {
    func testFieldsAreQuotedWhenTheyMustBeAndFormulasAreNotRun() {
        XCTAssertEqual(TrackerCSV.field("Initech"), "Initech")
        XCTAssertEqual(TrackerCSV.field("Hallam & Brooke, Civil"), "\"Hallam & Brooke, Civil\"")
        XCTAssertEqual(TrackerCSV.field("the \"best\" team"), "\"the \"\"best\"\" team\"")
        XCTAssertEqual(TrackerCSV.field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"")
        XCTAssertEqual(TrackerCSV.field("-2+3"), "'-2+3")
    }
}
