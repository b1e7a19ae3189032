import FollowUpCore
import FollowUpStorage
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

    /// The day, locale and country answers are read with are made when the first line comes:
    /// not before the first question (the time zone's lookup was part of the start-up).
    func testTheDialogueEnvironmentIsMadeWhenTheFirstLineComes() throws {
        let terminal = try TestTerminal(script: ["Acme", "Engineer", "/quit"])
        defer { terminal.close() }
        var made = 0
        var madeBeforeTheFirstLine: Int?
        terminal.before[0] = { madeBeforeTheFirstLine = made }
        let repl = GuidedREPL(
            record: SessionRecord(id: "20261120-143000", created: "2026-11-20T19:30:00Z", machine: GuidedSessionStateMachine()),
            store: SessionStore(home: terminal.home.path), reader: terminal, console: Console(platform: terminal.platform, noColor: true),
            environment: {
                made += 1
                return DialogueEnvironment(today: LocalDate(year: 2026, month: 11, day: 20)!)
            },
            writeFiles: { _ in throw CancellationError() }, sentCommand: { _ in "" }, platform: terminal.platform)
        _ = repl.run()
        XCTAssertEqual(madeBeforeTheFirstLine, 0)
        XCTAssertEqual(made, 1, "made once, for every line after")
        XCTAssertTrue(terminal.shown.contains("What role was it for?"), terminal.shown)
    }
}
