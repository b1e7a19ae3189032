import XCTest

@testable import FollowUpApp

/// `followup practice` with a scripted terminal: a draft, its review, /show, /edit without an
/// editor, a revision abandoned with Ctrl-C, a revision compared with the first attempt.
final class PracticeTranscriptTests: XCTestCase {
    func testADraftThenARevisionComparedWithIt() throws {
        let terminal = try TestTerminal(script: [
            "Hey,", "Just following up!! I am sooo excited, hope to hear back asap.", "Thx", ".",
            "/show", "/edit", "", "Dear Ana,", "^C",
            "Dear Ana,", "Thank you for your time yesterday. I enjoyed hearing about the roadmap.", "Best,", "Maya", ".",
            "/done",
        ])
        defer { terminal.close() }
        XCTAssertEqual(terminal.run(["practice"]), 0)
        XCTAssertEqual(terminal.script, [])
        assertTranscript(terminal.shown, named: "practice")
    }

    func testADraftThatIsOnlyBlankLinesEndsPractice() throws {
        let terminal = try TestTerminal(script: ["", "  ", "."])
        defer { terminal.close() }
        XCTAssertEqual(terminal.run(["practice"]), 0)
        XCTAssertEqual(
            terminal.shown,
            """
              Paste or type your follow-up email. End with a line holding only a dot (.) or
              press Ctrl-D.
            draft> 
                 |   
                 | .

            """)
    }
}
