import Foundation
import XCTest

/// Runs the built `followup check` binary (found next to the test bundle) on the fixtures and
/// compares the whole output. Skipped when the executable has not been built.
final class CheckCommandEndToEndTests: XCTestCase {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func binary() throws -> URL {
        let products = Bundle.module.bundleURL.deletingLastPathComponent()
        let url = products.appendingPathComponent("followup")
        guard FileManager.default.isExecutableFile(atPath: url.path) else { throw XCTSkip("followup is not built at \(url.path)") }
        return url
    }

    func fixture(_ name: String) throws -> String {
        try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent(name).path
    }

    func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("followup-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        process.environment = ["FOLLOWUP_HOME": home.path, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    func testTextOutputAndExitStatusOne() throws {
        let file = try fixture("bad/wrong-name-typos.txt")
        let answers = try fixture("context/acme.json")
        let result = try run(["check", file, "--answers", answers, "--date", "2026-11-17"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(
            result.stdout,
            """
            \(file):3:6: error content.greeting: “Anna” is not an interviewer in this context (Ana, Dr. Pérez) (try “Ana”, “Dr. Pérez”)
            \(file):5:18: error proof.repeated-word: “the” is repeated: delete the second one (try deleting it)
            \(file):5:23: error proof.spelling: “oppurtunity” may be misspelt (try “opportunity”)
            \(file):5:79: error proof.spelling: “beleive” may be misspelt (try “believe”)
            \(file):5:90: error proof.spelling: “experiance” may be misspelt (try “experience”)

            """)
    }

    func testJSONFromStdinAndExitStatusZero() throws {
        let result = try run(["check", "--format", "json", "-"], stdin: "Hi Ana,\n\nThank you! What are the next steps? I am happy to help.\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "[\n\n]\n")

        let flagged = try run(["check", "--format", "json", "-"], stdin: "Hi Ana,\n\nThank you!! What are the next steps? I am happy to help.\n")
        XCTAssertEqual(flagged.status, 0)
        let objects = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(flagged.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(objects.count, 1)
        XCTAssertEqual(objects.first?["file"] as? String, "<stdin>")
        XCTAssertEqual(objects.first?["rule"] as? String, "tone.exclamation")
        XCTAssertEqual(objects.first?["line"] as? Int, 3)
        XCTAssertEqual(objects.first?["column"] as? Int, 10)
        XCTAssertEqual(objects.first?["endLine"] as? Int, 3)
        XCTAssertEqual(objects.first?["endColumn"] as? Int, 12)
        XCTAssertEqual(objects.first?["severity"] as? String, "warning")
        XCTAssertEqual(objects.first?["suggestions"] as? [String], ["."])
    }

    func testUsageProblemsExitTwo() throws {
        XCTAssertEqual(try run(["check", "/nonexistent/draft.txt"]).status, 2)
        XCTAssertEqual(try run(["check", "--format", "xml", "-"], stdin: "").status, 2)
        XCTAssertEqual(try run(["check"]).status, 2)
        XCTAssertEqual(try run(["check", "--bogus", "-"], stdin: "").status, 2)
        XCTAssertEqual(try run(["check", "--date", "nonsense", "-"], stdin: "").status, 2)
    }
}
