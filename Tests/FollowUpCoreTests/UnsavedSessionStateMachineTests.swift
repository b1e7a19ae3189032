import CustomDump
import FollowUpCore
import XCTest

/// Stopping a session that could not be saved, answer by answer, the whole machine after each.
final class UnsavedSessionStateMachineTests: XCTestCase {
    let path = "/home/maya/.local/share/followup/sessions/20261120-143000.json"
    let choices = CoachMessage.say(
        "Type r to try saving again (after freeing space or fixing the folder), a folder to save the session there instead, or q to stop without saving.")

    private func notSaved(_ reason: String) -> CoachMessage {
        .problem("Your last 2 answers are not saved, only kept in memory: \(path) could not be written: \(reason).")
    }

    private func unsaved() -> UnsavedSessionStateMachine {
        UnsavedSessionStateMachine(unsavedAnswers: 2, path: path, reason: "No space left on device")
    }

    func testItSaysWhatIsNotSavedAndTheChoices() {
        let m = unsaved()
        XCTAssertEqual(m.opening, [notSaved("No space left on device"), choices])
        XCTAssertEqual(m.state, .asking)
        XCTAssertEqual(m.prompt, "save> ")
    }

    func testARetryThatFailsAsksAgainWithTheNewReasonAndOneThatWorksStops() {
        var m = unsaved()
        for line in ["r", "retry", "", "/save", " R "] {
            var each = unsaved()
            XCTAssertEqual(each.handle(.typed(.line(line))).effect, .retry, line)
            XCTAssertEqual(each.state, .saving(elsewhere: false), line)
        }
        XCTAssertEqual(m.handle(.typed(.line("r"))).effect, .retry)
        XCTAssertNil(m.prompt)
        let again = m.handle(.notSaved(reason: "Read-only file system"))
        XCTAssertEqual(again.messages, [notSaved("Read-only file system"), choices])
        XCTAssertEqual(again.effect, .none)
        XCTAssertEqual(m.state, .asking)
        XCTAssertEqual(m.reason, "Read-only file system")

        _ = m.handle(.typed(.line("r")))
        let saved = m.handle(.saved)
        XCTAssertEqual(saved.messages, [.say("Everything you typed is saved. Pick up where you left off with:")])
        XCTAssertEqual(saved.effect, .stop(saved: true))
        XCTAssertEqual(m.state, .stopped(saved: true))
        XCTAssertNil(m.prompt)
    }

    func testAFolderIsWhereToSaveItInstead() {
        var m = unsaved()
        XCTAssertEqual(m.handle(.typed(.line("  ~/Backup  "))).effect, .saveIn(folder: "~/Backup"))
        XCTAssertEqual(m.state, .saving(elsewhere: true))
        let saved = m.handle(.saved)
        XCTAssertEqual(saved.messages, [.say("Saved there. Pick up where you left off with:")])
        XCTAssertEqual(saved.effect, .stop(saved: true))
        XCTAssertEqual(m.reason, "No space left on device")
    }

    func testQuitCtrlCOrCtrlDStopsWithoutSaving() {
        for input in [TypedLine.line("q"), .line("QUIT"), .line("/quit"), .interrupted, .endOfInput] {
            var m = unsaved()
            XCTAssertEqual(m.handle(.typed(input)).effect, .stop(saved: false), "\(input)")
            XCTAssertEqual(m.state, .stopped(saved: false), "\(input)")
            let stopped = m
            XCTAssertEqual(m.handle(.typed(.line("r"))).effect, .stop(saved: false))
            expectNoDifference(m, stopped)
        }
    }

    func testAResultNobodyAskedForChangesNothing() {
        var m = unsaved()
        let before = m
        XCTAssertEqual(m.handle(.saved).effect, .none)
        XCTAssertEqual(m.handle(.notSaved(reason: "late")).effect, .none)
        expectNoDifference(m, before)
    }
}
