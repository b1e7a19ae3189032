import FollowUpCore
import FollowUpFeedback
import XCTest

/// The practice conversation event by event, with the whole machine (state, latest draft,
/// previous findings, attempt) asserted after each step.
final class PracticeStateMachineTests: XCTestCase {
    let filler = Finding(
        rule: "tone.filler", severity: .warning, message: "Filler", explanation: "",
        start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 5))

    private func assertWhole(
        _ m: PracticeStateMachine, _ state: PracticeStateMachine.State, latest: String?, previous: [Finding]?, attempt: Int,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(m.state, state, "state", file: file, line: line)
        XCTAssertEqual(m.latest, latest, "latest", file: file, line: line)
        XCTAssertEqual(m.previous, previous, "previous", file: file, line: line)
        XCTAssertEqual(m.attempt, attempt, "attempt", file: file, line: line)
    }

    private func collector(_ lines: [String]) -> DraftCollector {
        var c = DraftCollector()
        lines.forEach { c.add($0) }
        return c
    }

    private let revise = "Paste a revised version (end with .), /show to see it again, or /quit."

    func testADraftIsReadCheckedReviewedThenRevisedAndCompared() {
        var m = PracticeStateMachine(editor: nil)
        XCTAssertEqual(
            m.begin(with: nil),
            PracticeStep([.say("Paste or type your follow-up email. End with a line holding only a dot (.) or press Ctrl-D.")]))
        assertWhole(m, .collecting(DraftCollector()), latest: nil, previous: nil, attempt: 0)
        XCTAssertEqual(m.prompt, "draft> ")

        XCTAssertEqual(m.handle(.typed(.line("Just following up"))), PracticeStep())
        assertWhole(m, .collecting(collector(["Just following up"])), latest: nil, previous: nil, attempt: 0)
        XCTAssertEqual(m.prompt, "     | ")

        XCTAssertEqual(m.handle(.typed(.line("."))), PracticeStep(effect: .check("Just following up")))
        assertWhole(m, .checking, latest: "Just following up", previous: nil, attempt: 0)
        XCTAssertNil(m.prompt)

        let first = PracticeReview(text: "Just following up", findings: [filler], attempt: 1, previous: nil)
        XCTAssertEqual(m.handle(.checked([filler])), PracticeStep([.review(first), .say(revise)]))
        assertWhole(m, .revising, latest: "Just following up", previous: [filler], attempt: 1)
        XCTAssertEqual(m.prompt, "practice> ")

        XCTAssertEqual(m.handle(.typed(.line("/show"))), PracticeStep([.draft("Just following up")]))
        XCTAssertEqual(m.handle(.typed(.line("  "))), PracticeStep())
        XCTAssertEqual(m.handle(.typed(.interrupted)), PracticeStep())
        assertWhole(m, .revising, latest: "Just following up", previous: [filler], attempt: 1)

        XCTAssertEqual(m.handle(.typed(.line("Thank you, Ana."))), PracticeStep())
        assertWhole(m, .collecting(collector(["Thank you, Ana."])), latest: "Just following up", previous: [filler], attempt: 1)
        XCTAssertEqual(m.handle(.typed(.endOfInput)), PracticeStep(effect: .check("Thank you, Ana.")))
        let second = PracticeReview(text: "Thank you, Ana.", findings: [], attempt: 2, previous: [filler])
        XCTAssertEqual(m.handle(.checked([])), PracticeStep([.review(second), .say(revise)]))
        assertWhole(m, .revising, latest: "Thank you, Ana.", previous: [], attempt: 2)

        XCTAssertEqual(m.handle(.typed(.line("/done"))), PracticeStep(effect: .end("Thank you, Ana.")))
        assertWhole(m, .ended, latest: "Thank you, Ana.", previous: [], attempt: 2)
        XCTAssertNil(m.prompt)
        XCTAssertEqual(m.handle(.typed(.line("more"))), PracticeStep())
        assertWhole(m, .ended, latest: "Thank you, Ana.", previous: [], attempt: 2)
    }

    func testAFileIsCheckedAtOnceAndCtrlDEndsWithIt() {
        var m = PracticeStateMachine(editor: nil)
        XCTAssertEqual(m.begin(with: "Hi Ana"), PracticeStep(effect: .check("Hi Ana")))
        assertWhole(m, .checking, latest: "Hi Ana", previous: nil, attempt: 0)
        _ = m.handle(.checked([]))
        XCTAssertEqual(m.handle(.typed(.endOfInput)), PracticeStep(effect: .end("Hi Ana")))
        assertWhole(m, .ended, latest: "Hi Ana", previous: [], attempt: 1)
    }

    func testAnAbandonedOrBlankRevisionKeepsTheLatestDraft() {
        var m = PracticeStateMachine(editor: nil)
        _ = m.begin(with: "Hi Ana")
        _ = m.handle(.checked([filler]))
        _ = m.handle(.typed(.line("Dear Ana,")))
        XCTAssertEqual(m.handle(.typed(.interrupted)), PracticeStep([.say("Draft abandoned.")]))
        assertWhole(m, .revising, latest: "Hi Ana", previous: [filler], attempt: 1)
        XCTAssertEqual(m.handle(.typed(.line("."))), PracticeStep())
        assertWhole(m, .revising, latest: "Hi Ana", previous: [filler], attempt: 1)
    }

    func testAFirstDraftAbandonedOrBlankEndsPracticeWithNone() {
        var abandoned = PracticeStateMachine(editor: nil)
        _ = abandoned.begin(with: nil)
        XCTAssertEqual(abandoned.handle(.typed(.interrupted)), PracticeStep([.say("Draft abandoned.")], effect: .end(nil)))
        assertWhole(abandoned, .ended, latest: nil, previous: nil, attempt: 0)

        var blank = PracticeStateMachine(editor: nil)
        _ = blank.begin(with: nil)
        _ = blank.handle(.typed(.line("   ")))
        XCTAssertEqual(blank.handle(.typed(.line("."))), PracticeStep(effect: .end(nil)))
        assertWhole(blank, .ended, latest: nil, previous: nil, attempt: 0)
    }

    func testEditOpensTheEditorOnTheLatestDraftAndItsTextComesBackAsAnEvent() {
        var m = PracticeStateMachine(editor: "vi", quitHint: "/done to keep your latest version")
        XCTAssertEqual(
            m.begin(with: nil),
            PracticeStep([
                .say(
                    "Paste or type your follow-up email. End with a line holding only a dot (.) or press Ctrl-D. Type /edit to write it in your editor instead."
                )
            ]))
        XCTAssertEqual(m.handle(.typed(.line(" /edit "))), PracticeStep(effect: .openEditor("")))
        assertWhole(m, .editing, latest: nil, previous: nil, attempt: 0)
        // Nothing saved in the editor: the first draft is asked for again.
        XCTAssertEqual(m.handle(.edited(nil)), PracticeStep())
        assertWhole(m, .collecting(DraftCollector()), latest: nil, previous: nil, attempt: 0)

        _ = m.handle(.typed(.line("/edit")))
        XCTAssertEqual(m.handle(.edited("Hi Ana")), PracticeStep(effect: .check("Hi Ana")))
        let review = PracticeReview(text: "Hi Ana", findings: [], attempt: 1, previous: nil)
        XCTAssertEqual(
            m.handle(.checked([])),
            PracticeStep([
                .review(review),
                .say("Paste a revised version (end with .), /edit to revise this one in vi, /show to see it again, or /done to keep your latest version."),
            ]))
        XCTAssertEqual(m.handle(.typed(.line("/edit"))), PracticeStep(effect: .openEditor("Hi Ana")))
        XCTAssertEqual(m.handle(.edited(nil)), PracticeStep())
        assertWhole(m, .revising, latest: "Hi Ana", previous: [], attempt: 1)
        // "/edit" after the first line of a draft is a line of the draft.
        _ = m.handle(.typed(.line("Dear Ana,")))
        _ = m.handle(.typed(.line("/edit")))
        assertWhole(m, .collecting(collector(["Dear Ana,", "/edit"])), latest: "Hi Ana", previous: [], attempt: 1)
    }

    func testEditWithoutAnEditorSaysSoAndKeepsReading() {
        var m = PracticeStateMachine(editor: "")
        _ = m.begin(with: nil)
        let noEditor = PracticeStep([.say("Set $EDITOR to use /edit; meanwhile paste the draft here.")])
        XCTAssertEqual(m.handle(.typed(.line("/edit"))), noEditor)
        assertWhole(m, .collecting(DraftCollector()), latest: nil, previous: nil, attempt: 0)
        _ = m.handle(.typed(.line("Hi Ana")))
        _ = m.handle(.typed(.line(".")))
        _ = m.handle(.checked([]))
        XCTAssertEqual(m.handle(.typed(.line("/edit"))), noEditor)
        assertWhole(m, .revising, latest: "Hi Ana", previous: [], attempt: 1)
    }

    func testADraftOverTheLimitsIsRefusedWithoutACheck() {
        var m = PracticeStateMachine(editor: nil)
        let huge = String(repeating: "word ", count: DraftLimits.bytes / 5 + 1)
        let step = m.begin(with: huge)
        XCTAssertEqual(step.effect, .none)
        guard case .error = step.messages.first else { return XCTFail("expected an error, got \(step.messages)") }
        XCTAssertEqual(step.messages.last, .say(revise))
        assertWhole(m, .revising, latest: huge, previous: nil, attempt: 0)
    }
}
