import FollowUpCore
import Foundation
import TestSupport
import XCTest

@testable import FollowUpStorage

/// Golden files for the drafts and the plan of every answers file in `Fixtures/answers`.
///
/// Each answers file is read as `followup plan --answers` reads it, composed with the default
/// templates, and rendered to one text file of drafts (`Golden/drafts/<stem>.txt`) and one plan
/// (`Golden/plans/<stem>.md`, planned as of ``today``). Any difference from the recorded file
/// fails with a diff; a missing one fails too. `FOLLOWUP_RECORD_GOLDEN=1` writes the files
/// instead, and still fails, so that a record run is never mistaken for a pass: read what was
/// written (`git diff Tests/FollowUpStorageTests/Golden`), then run again without it.
/// See `Golden/README.md`.
final class DraftGoldenTests: XCTestCase {
    /// This folder, found from this file so that no resource bundle is needed.
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let answersFolder = here.appendingPathComponent("Fixtures/answers")
    static let goldenFolder = here.appendingPathComponent("Golden")
    /// The day the plans are made: fixed, so that the plans do not change with the calendar.
    static let today = LocalDate(year: 2026, month: 11, day: 21)!

    static var recording: Bool { ProcessInfo.processInfo.environment["FOLLOWUP_RECORD_GOLDEN"] == "1" }

    func testThereAreAtLeastTwelveAnswersFiles() throws {
        XCTAssertGreaterThanOrEqual(try Self.answersFiles().count, 12)
    }

    func testDraftsMatchTheGoldenFiles() throws {
        try checkGolden(folder: "drafts", fileExtension: "txt") { answers in
            Self.renderDrafts(DraftComposer().compose(answers).drafts)
        }
    }

    func testPlansMatchTheGoldenFiles() throws {
        try checkGolden(folder: "plans", fileExtension: "md") { answers in
            var plan = PlanBuilder.build(from: answers, today: Self.today)
            let drafts = DraftComposer().compose(answers)
            plan.notes += drafts.notes
            return PlanMarkdown.render(plan: plan, drafts: drafts.drafts, answers: answers)
        }
    }

    // MARK: - Rendering

    /// Every draft, one after another: `=== <id> → <name> <email>`, the subject, a blank line,
    /// the body and a blank line.
    static func renderDrafts(_ drafts: [EmailDraft]) -> String {
        var out = ""
        for draft in drafts {
            let address = draft.recipientEmail.map { " <\($0)>" } ?? ""
            out += "=== \(draft.id) → \(draft.recipientName)\(address)\n"
            out += "Subject: \(draft.subject)\n\n"
            out += draft.body
            if !draft.body.hasSuffix("\n") { out += "\n" }
            out += "\n"
        }
        return out
    }

    // MARK: - Comparing and recording

    static func answersFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: answersFolder, includingPropertiesForKeys: nil)
            .filter { ["yaml", "yml", "json"].contains($0.pathExtension.lowercased()) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Renders every answers file with `render` and compares the result with
    /// `Golden/<folder>/<stem>.<fileExtension>`, or records it.
    private func checkGolden(
        folder: String, fileExtension: String, render: (Answers) throws -> String,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let goldenFolder = Self.goldenFolder.appendingPathComponent(folder)
        let inputs = try Self.answersFiles()
        XCTAssertFalse(inputs.isEmpty, "no answers files in \(Self.answersFolder.path)", file: file, line: line)
        var recorded = 0
        var expectedNames: Set<String> = []
        for input in inputs {
            let stem = input.deletingPathExtension().lastPathComponent
            let name = "\(stem).\(fileExtension)"
            expectedNames.insert(name)
            let goldenURL = goldenFolder.appendingPathComponent(name)
            let answers: Answers
            do {
                answers = try AnswersFile.decode(try Data(contentsOf: input), fileName: input.lastPathComponent)
            } catch {
                XCTFail("\(input.lastPathComponent) does not load: \(error)", file: file, line: line)
                continue
            }
            let actual = try render(answers)
            if Self.recording {
                try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
                let old = try? String(contentsOf: goldenURL, encoding: .utf8)
                if old != actual {
                    try Data(actual.utf8).write(to: goldenURL, options: .atomic)
                    recorded += 1
                }
                continue
            }
            guard let expected = try? String(contentsOf: goldenURL, encoding: .utf8) else {
                XCTFail(
                    "no golden file \(folder)/\(name) for \(input.lastPathComponent): record it with FOLLOWUP_RECORD_GOLDEN=1 "
                        + "(see Tests/FollowUpStorageTests/Golden/README.md), read it, and commit it.",
                    file: file, line: line)
                continue
            }
            if expected != actual {
                XCTFail(
                    "\(folder)/\(name) differs from what \(input.lastPathComponent) gives now "
                        + "(- recorded, + now; re-record with FOLLOWUP_RECORD_GOLDEN=1 once the change is reviewed):\n"
                        + GoldenDiff.unified(expected: expected, actual: actual, name: "\(folder)/\(name)"),
                    file: file, line: line)
            }
        }

        // A golden file whose answers file is gone would otherwise be kept, and trusted, forever.
        let present = (try? FileManager.default.contentsOfDirectory(atPath: goldenFolder.path)) ?? []
        let orphans = present.filter { $0.hasSuffix(".\(fileExtension)") && !expectedNames.contains($0) }.sorted()
        if Self.recording {
            for orphan in orphans {
                try FileManager.default.removeItem(at: goldenFolder.appendingPathComponent(orphan))
                recorded += 1
            }
            XCTFail(
                "recorded \(recorded) files in Golden/\(folder); review them and run again without FOLLOWUP_RECORD_GOLDEN",
                file: file, line: line)
        } else if !orphans.isEmpty {
            XCTFail(
                "golden files with no answers file in Fixtures/answers: \(orphans.joined(separator: ", ")); "
                    + "delete them or re-record with FOLLOWUP_RECORD_GOLDEN=1",
                file: file, line: line)
        }
    }
}
