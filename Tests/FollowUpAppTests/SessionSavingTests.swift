import Foundation
import XCTest

@testable import FollowUpApp

/// When a new session reaches the disk: not before the first answer (nothing typed yet, and the
/// first question comes sooner), then after every answer, before the next question.
final class SessionSavingTests: XCTestCase {
    private func savedSessions(_ terminal: TestTerminal) -> [String] {
        let sessions = terminal.home.appendingPathComponent(".local/share/followup/sessions").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: sessions)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    func testNothingIsSavedBeforeTheFirstAnswerAndTheFirstAnswerIsSavedBeforeTheNextQuestion() throws {
        let terminal = try TestTerminal(script: ["Acme", "/quit"])
        defer { terminal.close() }
        var atTheFirstQuestion: [String]?
        var atTheSecondQuestion: String?
        terminal.before[0] = { atTheFirstQuestion = self.savedSessions(terminal) }
        terminal.before[1] = {
            atTheSecondQuestion = try String(
                contentsOf: terminal.home.appendingPathComponent(".local/share/followup/sessions/20261120-143000.json"), encoding: .utf8)
        }
        XCTAssertEqual(terminal.run([]), 0)
        XCTAssertEqual(atTheFirstQuestion, [])
        XCTAssertTrue(atTheSecondQuestion?.contains("\"Acme\"") == true, atTheSecondQuestion ?? "no session file at the second question")
        XCTAssertEqual(savedSessions(terminal), ["20261120-143000.json"])
    }

    func testStoppingAtTheFirstQuestionLeavesNoSessionBehind() throws {
        for script in [["/quit"], ["^C"], []] {
            let terminal = try TestTerminal(script: script)
            defer { terminal.close() }
            XCTAssertNotEqual(terminal.run([]), 1, "\(script)")
            XCTAssertEqual(savedSessions(terminal), [], "\(script)")
            XCTAssertTrue(terminal.shown.contains("Nothing was answered yet, so no session is kept."), terminal.shown)
        }
    }
}
