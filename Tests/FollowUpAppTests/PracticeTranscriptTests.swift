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

extension PracticeTranscriptTests {
    /// `/edit` runs `$EDITOR` on a private copy of the draft; what it saves is checked as the
    /// next attempt, and the copy is gone afterwards.
    func testEditRunsTheEditorAndChecksWhatItSaved() throws {
        let terminal = try TestTerminal(script: ["/edit", "/edit", "/show", "/done"])
        defer { terminal.close() }
        let editor = terminal.home.appendingPathComponent("editor.sh")
        try Data(
            """
            #!/bin/sh
            grep -q Ana "$1" && printf 'Dear Ana,\\n\\nThank you for your time today. I enjoyed hearing about the roadmap.\\n\\nBest,\\nMaya\\n' > "$1" && exit
            printf 'Hi Ana,\\nThanks!\\n' > "$1"

            """.utf8
        ).write(to: editor)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: editor.path)
        terminal.platform.environment["EDITOR"] = editor.path
        XCTAssertEqual(terminal.run(["practice"]), 0)
        XCTAssertEqual(terminal.script, [])
        assertTranscript(terminal.shown, named: "practice-editor")
        let data = terminal.home.appendingPathComponent(".local/share/followup").path
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data).filter { $0.hasPrefix(".editing") }, [])
    }
}
