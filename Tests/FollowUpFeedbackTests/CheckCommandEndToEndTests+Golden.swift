import Foundation
import TestSupport
import XCTest

/// Golden files for what the built binary prints for people to read: `--help` of every command
/// and `check`'s output in each of its forms (text, JSON, the list of rules), in `Golden/`
/// beside this file. `FOLLOWUP_RECORD_GOLDEN=1` records them (and fails); read the `git diff`
/// before committing (Tests/FollowUpStorageTests/Golden/README.md).
extension CheckCommandEndToEndTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Every command the binary has, as `followup help` lists them.
    static let commands = [
        "start", "resume", "plan", "check", "practice", "list", "due", "mark", "outcome", "show", "export", "drafts", "open",
        "delete", "config",
    ]

    func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        if let problem = GoldenFile.problem(with: actual, goldenFile: Self.goldenFolder.appendingPathComponent(name)) {
            XCTFail(problem, file: file, line: line)
        }
    }

    func testTheHelpOfEveryCommandMatchesItsGoldenFile() throws {
        let top = try run(["--help"])
        XCTAssertEqual(top.status, 0, top.stderr)
        assertGolden(top.stdout, "help/followup.txt")
        for command in Self.commands {
            XCTAssertTrue(top.stdout.contains("  \(command) "), "followup --help does not list \(command)")
            let help = try run([command, "--help"])
            XCTAssertEqual(help.status, 0, "\(command): \(help.stderr)")
            assertGolden(help.stdout, "help/\(command).txt")
        }
        // No golden file for a command that is gone.
        let recorded = try FileManager.default.contentsOfDirectory(atPath: Self.goldenFolder.appendingPathComponent("help").path)
        XCTAssertEqual(Set(recorded), Set((["followup"] + Self.commands).map { "\($0).txt" }))
    }

    /// The drafts with findings in `Fixtures/bad`, checked against an interview's context as of
    /// a fixed day; the paths are shown from `Fixtures`, so that the output is the same anywhere.
    func checkBadDrafts(_ options: [String]) throws -> Run {
        let fixtures = String(try fixture("bad").dropLast("bad".count))  // …/Fixtures/
        let drafts = try FileManager.default.contentsOfDirectory(atPath: fixtures + "bad").sorted()
        var result = try run(
            ["check", "--answers", fixtures + "context/acme.json", "--date", "2026-11-17"] + options + drafts.map { fixtures + "bad/" + $0 })
        result.stdout = result.stdout.replacingOccurrences(of: fixtures, with: "")
        return result
    }

    func testCheckTextOutputMatchesItsGoldenFile() throws {
        let result = try checkBadDrafts([])
        XCTAssertEqual(result.status, 1, result.stderr)
        assertGolden(result.stdout, "check/bad.txt")
    }

    func testCheckJSONOutputMatchesItsGoldenFile() throws {
        let result = try checkBadDrafts(["--format", "json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        assertGolden(result.stdout, "check/bad.json")
    }

    func testTheListOfRulesMatchesItsGoldenFile() throws {
        let result = try run(["check", "--list-rules"])
        XCTAssertEqual(result.status, 0, result.stderr)
        assertGolden(result.stdout, "check/list-rules.txt")
    }
}
