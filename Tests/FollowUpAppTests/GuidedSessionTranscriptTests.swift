import XCTest

@testable import FollowUpApp

/// Whole guided sessions run through the REPL with a scripted terminal, at a fixed clock and
/// time zone, compared whole with the transcripts in `Transcripts/`.
final class GuidedSessionTranscriptTests: XCTestCase {
    /// The answers of a whole session, from the company to the review.
    static let answers = [
        "Acme Robotics", "Backend Engineer", "31 Feb", "yesterday", "video", "/back", "", "final",
        "José Pérez, Zoë Ng", "CTO", "jose@acme.example", "", "the data migration; on-call load",
        "Staff Engineer", "", "Dr. Ng", "hiring plans; code review culture",
        "the whiteboard session on sharding", "led a Postgres migration; mentoring juniors",
        "José: my Kubernetes experience", "I ran a 40-node cluster for two years", "", "a code sample",
        "Dec 4", "Sam Lee <sam@acme.example>", "warm", "Maya Chen", "maya@example.org",
    ]

    func testAWholeSessionThenANoteInOnesOwnWords() throws {
        let ownNote = [
            "Subject: Thanks from Maya", "Dear José,", "", "Thanks for the chat about the data migration and the on-call load.",
            "I'm really keen on the role. What are the next steps?", "Maya", ".", "/done",
        ]
        let terminal = try TestTerminal(script: Self.answers + ["yes", "1"] + ownNote)
        defer { terminal.close() }
        XCTAssertEqual(terminal.run([]), 0)
        XCTAssertEqual(terminal.script, [])
        assertTranscript(terminal.shown, named: "whole-session")
    }
}

extension GuidedSessionTranscriptTests {
    /// A highlight no note can say ("he …" between two people) is asked for again with the
    /// answer on the line; said with a name, it goes into that person's thank-you.
    func testAnAnswerThatCannotBeWrittenIsAskedAgainWithItOnTheLine() throws {
        var answers = Self.answers
        let highlight = try XCTUnwrap(answers.firstIndex(of: "the whiteboard session on sharding"))
        answers[highlight] = "he sketched the sharding plan with me"
        answers.insert("José: he sketched the sharding plan with me", at: highlight + 1)
        let terminal = try TestTerminal(script: answers + ["yes", ""])
        defer { terminal.close() }
        XCTAssertEqual(terminal.run(["--out", terminal.home.appendingPathComponent("out").path]), 0)
        XCTAssertEqual(terminal.offeredForEditing, ["he sketched the sharding plan with me"])
        XCTAssertTrue(terminal.shown.contains("Could you say that part another way"), terminal.shown)
        let thanks = try String(contentsOf: terminal.home.appendingPathComponent("out/plan.md"), encoding: .utf8)
        XCTAssertTrue(thanks.contains("when you sketched the sharding plan with me") || thanks.contains("you sketched the sharding plan with me"), thanks)

        // Piped, the same highlight is not asked again: the next line answers the next question.
        var pipedAnswers = Self.answers.filter { $0 != "31 Feb" }
        pipedAnswers[try XCTUnwrap(pipedAnswers.firstIndex(of: "the whiteboard session on sharding"))] = "he sketched the sharding plan with me"
        let piped = try TestTerminal(script: pipedAnswers + ["yes"], interactive: false)
        defer { piped.close() }
        XCTAssertEqual(piped.run(["--out", piped.home.appendingPathComponent("out").path]), 0)
        XCTAssertEqual(piped.offeredForEditing, [])
        XCTAssertFalse(piped.shown.contains("Could you say that part another way"))
    }
}

extension GuidedSessionTranscriptTests {
    /// `--out` names a file, so the plan cannot be written: the session goes back to the review,
    /// says why and how to carry on; "yes" tries again; /quit keeps the session.
    func testFilesThatCannotBeWrittenLeaveTheSessionAtTheReview() throws {
        let terminal = try TestTerminal(script: Self.answers + ["yes", "yes", "/quit"])
        defer { terminal.close() }
        let notAFolder = terminal.home.appendingPathComponent("plan.txt")
        try Data("a file".utf8).write(to: notAFolder)
        XCTAssertEqual(terminal.run(["--out", notAFolder.path]), 0)
        let shown = terminal.shown
        let review = try XCTUnwrap(shown.range(of: "› Write the plan and the drafts now?"))
        assertTranscript(String(shown[review.lowerBound...]), named: "files-not-written")
    }
}

extension GuidedSessionTranscriptTests {
    /// Piped answers whose files cannot be written: said on standard error with how to write
    /// them elsewhere, exit 1; resumed with another folder, the session writes them there.
    func testPipedAnswersWhoseFilesCannotBeWrittenStopTheRun() throws {
        // Without the refused date: piped input stops at the first refusal.
        let terminal = try TestTerminal(script: Self.answers.filter { $0 != "31 Feb" } + ["yes"], interactive: false)
        defer { terminal.close() }
        let notAFolder = terminal.home.appendingPathComponent("plan.txt")
        try Data("a file".utf8).write(to: notAFolder)
        XCTAssertEqual(terminal.run(["--out", notAFolder.path]), 1)
        XCTAssertEqual(
            terminal.errors.replacingOccurrences(of: terminal.home.path, with: TestTerminal.shownHome),
            """
            followup: The files could not be written: \(TestTerminal.shownHome)/plan.txt: exists and is a file, not a folder. Move it away or choose another folder.
            followup: No plan or draft was written; the answers are saved. Run `followup resume 20261120-143000 --out <another folder>` and say yes at the review to write them there.

            """)
        terminal.script = ["yes"]
        let elsewhere = terminal.home.appendingPathComponent("elsewhere").path
        XCTAssertEqual(terminal.run(["resume", "20261120-143000", "--out", elsewhere]), 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: elsewhere + "/plan.md"))
    }
}

extension GuidedSessionTranscriptTests {
    /// `followup --answers FILE`: the answers are shown for review, one is changed with /edit,
    /// and yes writes the files.
    func testAnAnswersFileIsReviewedEditedAndWritten() throws {
        let terminal = try TestTerminal(script: ["no", "/edit role", "Staff Engineer", "yes", ""])
        defer { terminal.close() }
        let file = terminal.home.appendingPathComponent("answers.yaml")
        try Data(
            """
            candidate:
              name: Maya Chen
            interview:
              company: Globex
              role: Engineer
              date: 2026-11-19
            interviewers:
              - name: Ana Pérez
                topics: [the data platform]

            """.utf8
        ).write(to: file)
        XCTAssertEqual(terminal.run(["--answers", file.path]), 0)
        XCTAssertEqual(terminal.script, [])
        assertTranscript(terminal.shown, named: "answers-file-reviewed")
    }
}
