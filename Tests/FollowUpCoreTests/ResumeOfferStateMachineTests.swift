import CustomDump
import FollowUpCore
import XCTest

/// The offer to resume an unfinished session, answer by answer, the whole machine after each.
final class ResumeOfferStateMachineTests: XCTestCase {
    let label = "Acme, Engineer (id 20261120-143000)"

    private func offer() -> ResumeOfferStateMachine {
        ResumeOfferStateMachine(sessionID: "20261120-143000", label: label)
    }

    func testItAsksWhatItIsAbout() {
        let m = offer()
        XCTAssertEqual(m.state, .asking)
        XCTAssertEqual(m.opening, [.say("You have an unfinished session: \(label).")])
        XCTAssertEqual(m.prompt, "Resume it? [Y/n] ")
    }

    func testEnterYesOrAnythingButNoResumes() {
        for line in ["", "y", "Yes", "sure", " n"] {
            var m = offer()
            let answer = m.handle(.line(line))
            XCTAssertEqual(answer.messages, [], line)
            XCTAssertEqual(answer.effect, .resume, line)
            var expected = offer()
            _ = expected.handle(.line("y"))
            expectNoDifference(m, expected, line)
            XCTAssertNil(m.prompt)
        }
    }

    func testNoKeepsTheSessionSaysHowToComeBackAndStartsANewOne() {
        for line in ["n", "No", "nope"] {
            var m = offer()
            let answer = m.handle(.line(line))
            XCTAssertEqual(
                answer.messages,
                [
                    .say("Starting a new session. The unfinished one (\(label)) is kept; carry on with it, or delete it, with:"),
                    .command("followup resume 20261120-143000"),
                    .command("followup delete 20261120-143000"),
                ], line)
            XCTAssertEqual(answer.effect, .startNew)
            XCTAssertEqual(m.state, .answered(.startNew))
            XCTAssertNil(m.prompt)
        }
    }

    func testCtrlCOrCtrlDStops() {
        for input in [TypedLine.interrupted, .endOfInput] {
            var m = offer()
            let answer = m.handle(input)
            XCTAssertEqual(answer.messages, [])
            XCTAssertEqual(answer.effect, .stop)
            XCTAssertEqual(m.state, .answered(.stop))
        }
    }

    func testAnAnsweredOfferStaysAnswered() {
        var m = offer()
        _ = m.handle(.line("n"))
        let answered = m
        let again = m.handle(.line("y"))
        XCTAssertEqual(again.messages, [])
        XCTAssertEqual(again.effect, .startNew)
        expectNoDifference(m, answered)
    }
}
