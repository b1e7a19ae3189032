import XCTest

@testable import FollowUpApp

/// The offer to resume a saved session, and the tracker's `list` and `due`, at a fixed clock
/// and time zone, compared whole.
final class ResumeAndTrackerTranscriptTests: XCTestCase {
    func testTheResumeOfferAcceptedThenDeclined() throws {
        let terminal = try TestTerminal(script: ["Acme Robotics", "Backend Engineer", "/quit"])
        defer { terminal.close() }
        XCTAssertEqual(terminal.run([]), 0)
        // Enter resumes; the session carries on at the question it stopped at.
        terminal.script = ["", "yesterday", "/quit"]
        XCTAssertEqual(terminal.run([]), 0)
        // "n" keeps it, says how to come back to it, and starts a new one.
        terminal.script = ["n", "/quit"]
        XCTAssertEqual(terminal.run([]), 0)
        // Ctrl-D at the offer stops (130), the session still there.
        terminal.script = []
        XCTAssertEqual(terminal.run([]), 130)
        XCTAssertEqual(terminal.script, [])
        assertTranscript(terminal.shown, named: "resume-offer")
    }

    func testTheResumeOfferIsNotMadeToPipedInput() throws {
        let terminal = try TestTerminal(script: ["Acme Robotics", "Backend Engineer"], interactive: false)
        defer { terminal.close() }
        XCTAssertEqual(terminal.run([]), 66)
        terminal.script = ["Globex"]
        XCTAssertEqual(terminal.run([]), 66)
        XCTAssertFalse(terminal.shown.contains("Resume it?"), terminal.shown)
        XCTAssertEqual(terminal.errors.components(separatedBy: "input ended").count, 3, terminal.errors)
    }

    func testListMarkAndDueAfterASessionOnTheDayAndFourDaysLater() throws {
        let terminal = try TestTerminal(script: GuidedSessionTranscriptTests.answers + ["yes", ""])
        defer { terminal.close() }
        XCTAssertEqual(terminal.run([]), 0)
        let afterSession = terminal.transcript.count
        XCTAssertEqual(terminal.run(["list"]), 0)
        terminal.now = TestTerminal.friday.addingTimeInterval(4 * 86_400)
        XCTAssertEqual(terminal.run(["mark", "acme-robotics-1119", "thank-you-1", "sent"]), 0)
        XCTAssertEqual(terminal.run(["list"]), 0)
        XCTAssertEqual(terminal.run(["due", "--json"]), 0)
        // (`due` as text is left out: its mailto: lines repeat each draft's wording whole.)
        assertTranscript(String(terminal.shown.dropFirst(afterSession)), named: "list-mark-and-due")
    }

    func testSentInANewSessionMarksAStepOfAnEarlierInterview() throws {
        let terminal = try TestTerminal(script: GuidedSessionTranscriptTests.answers + ["yes", ""])
        defer { terminal.close() }
        XCTAssertEqual(terminal.run([]), 0)
        let afterSession = terminal.transcript.count
        terminal.script = ["/sent", "/sent acme-robotics-1119 thank-you-1", "/sent", "/quit"]
        XCTAssertEqual(terminal.run([]), 0)
        assertTranscript(String(terminal.shown.dropFirst(afterSession)), named: "sent-in-a-session")
    }

    func testTheTimeZoneDecidesWhatYesterdayIs() throws {
        // 19:30 UTC on Friday 20 November is already Saturday in Tokyo.
        let tokyo = try TestTerminal(script: ["Acme", "Engineer", "yesterday", "/quit"], timeZone: "Asia/Tokyo")
        defer { tokyo.close() }
        XCTAssertEqual(tokyo.run([]), 0)
        XCTAssertTrue(tokyo.shown.contains("Noted: Fri 20 Nov 2026."), tokyo.shown)
    }
}
