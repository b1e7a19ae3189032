import XCTest

@testable import FollowUpApp

/// What is printed follows the platform passed in: its width, whether it is a terminal (colour),
/// and its environment (`NO_COLOR`, `COLUMNS`).
final class PlatformTests: XCTestCase {
    func testTheWelcomeWrapsToTheTerminalAndIsColouredOnlyOnOne() throws {
        let narrow = try TestTerminal(script: ["/quit"], columns: 40, colour: true)
        defer { narrow.close() }
        XCTAssertEqual(narrow.run([]), 0)
        XCTAssertTrue(
            narrow.shown.hasPrefix(
                """
                  \u{1B}[36mLet's turn that interview into a\u{1B}[0m
                  \u{1B}[36mfollow-up plan and a note for each\u{1B}[0m

                """), narrow.shown)

        let noColour = try TestTerminal(script: ["/quit"], columns: 40, colour: true, environment: ["NO_COLOR": "1", "COLUMNS": "60"])
        defer { noColour.close() }
        XCTAssertEqual(noColour.run([]), 0)
        XCTAssertFalse(noColour.shown.contains("\u{1B}"), noColour.shown)
        XCTAssertTrue(noColour.shown.hasPrefix("  Let's turn that interview into a follow-up plan and a note\n"), noColour.shown)
    }
}
