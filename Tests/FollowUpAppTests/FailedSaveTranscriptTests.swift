import XCTest

@testable import FollowUpApp

/// A session that cannot be saved when the user stops: the session folder is replaced by a file
/// while the session runs (every write into it fails, whoever runs the tests).
final class FailedSaveTranscriptTests: XCTestCase {
    private func breakingTheSessionFolder(_ terminal: TestTerminal, script: [String]) -> TestTerminal {
        let data = terminal.home.appendingPathComponent(".local/share/followup")
        let sessions = data.appendingPathComponent("sessions")
        let aside = data.appendingPathComponent("sessions.aside")
        terminal.script = ["Acme", "Backend Engineer", "/quit"] + script
        // After "Acme" is saved, before "Backend Engineer" is.
        terminal.before[1] = {
            try FileManager.default.moveItem(at: sessions, to: aside)
            try Data("not a folder\n".utf8).write(to: sessions)
        }
        // Mended before the fifth line: the second "r".
        terminal.before[4] = {
            try FileManager.default.removeItem(at: sessions)
            try FileManager.default.moveItem(at: aside, to: sessions)
        }
        return terminal
    }

    func testARetryThatFailsIsSaidAndOneThatWorksSaves() throws {
        let terminal = breakingTheSessionFolder(try TestTerminal(), script: ["r", "r"])
        defer { terminal.close() }
        XCTAssertEqual(terminal.run([]), 0)
        XCTAssertEqual(terminal.script, [])
        let shown = terminal.shown
        let role = try XCTUnwrap(shown.range(of: "› What role was it for?"))
        assertTranscript(String(shown[role.lowerBound...]), named: "failed-save-retried")
    }

    func testAnotherFolderOrStoppingWithoutSaving() throws {
        let elsewhere = try TestTerminal()
        defer { elsewhere.close() }
        XCTAssertEqual(breakingTheSessionFolder(elsewhere, script: ["~/elsewhere"]).run([]), 0)
        XCTAssertTrue(
            elsewhere.shown.hasSuffix(
                """
                  Saved there. Pick up where you left off with:
                    followup resume 20261120-143000 --home \(TestTerminal.shownHome)/elsewhere

                """), elsewhere.shown)
        XCTAssertTrue(FileManager.default.fileExists(atPath: elsewhere.home.path + "/elsewhere/sessions/20261120-143000.json"))

        let stopped = try TestTerminal()
        defer { stopped.close() }
        XCTAssertEqual(breakingTheSessionFolder(stopped, script: ["q"]).run([]), 1)
        XCTAssertTrue(stopped.shown.hasSuffix("save> q\n  Stopped without saving: your last answer is lost.\n"), stopped.shown)
    }
}
