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

    /// `stdinFile` is read by the process as its standard input (instead of `stdin`).
    /// `homeFiles` are written into the data folder first (path inside it → text).
    /// `environment` is added to the process's (FOLLOWUP_HOME, NO_COLOR, PATH).
    /// `home` is the data folder to use and keep (by default, a new one removed afterwards).
    /// `executable` runs instead of the built binary (a copy of it, as another build).
    func run(
        _ arguments: [String], stdin: String? = nil, stdinFile: String? = nil, homeFiles: [String: String] = [:],
        environment: [String: String] = [:], home kept: URL? = nil, executable: URL? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = try executable ?? binary()
        process.arguments = arguments
        let home = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("followup-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { if kept == nil { try? FileManager.default.removeItem(at: home) } }
        for (path, text) in homeFiles {
            let url = home.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        process.environment = ["FOLLOWUP_HOME": home.path, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"].merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdinFile {
            process.standardInput = try XCTUnwrap(FileHandle(forReadingAtPath: stdinFile))
        } else {
            process.standardInput = input
        }
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    func testTheDictionaryFollowsTheLocale() throws {
        let draft = "Hi Ana,\n\nThank you for the colour scheme and the color chart. I recieved both.\n"
        func misspelt(_ locale: String) throws -> [String] {
            let run = try run(["check", "-"], stdin: draft, environment: ["LANG": locale])
            XCTAssertEqual(run.stderr, "", locale)
            return run.stdout.split(separator: "\n").filter { $0.contains("proof.spelling") }.map { String($0.split(separator: "“")[1].prefix { $0 != "”" }) }
        }
        // British and Canadian English write “colour”: the American spelling is the one to check.
        XCTAssertEqual(try misspelt("en_GB.UTF-8"), ["color", "recieved"])
        XCTAssertEqual(try misspelt("en_CA.UTF-8"), ["color", "recieved"])
        // With the American dictionary, British spellings are accepted too.
        XCTAssertEqual(try misspelt("en_US.UTF-8"), ["recieved"])
        XCTAssertEqual(try misspelt("C.UTF-8"), ["recieved"])
    }

    /// A file of `bytes` bytes: prose, in lines of 60 characters.
    func largeFile(bytes: Int, line: String = String(repeating: "Thank you ", count: 6)) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("followup-large-\(UUID().uuidString).txt").path
        let text = String(repeating: line + "\n", count: bytes / (line.utf8.count + 1) + 1)
        try Data(text.utf8.prefix(bytes)).write(to: URL(fileURLWithPath: path))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    static let tooLarge =
        "is over 1 MB, the most followup checks in one draft (a follow-up is a few KB): check the message's text alone "
        + "(without attachments or quoted mail), or split it into several files\n"

    func testStandardInputOverTheLimitIsRefused() throws {
        let result = try run(["check", "-"], stdinFile: try largeFile(bytes: 3 << 20))
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "followup check: standard input " + Self.tooLarge)
    }

    func testEndlessStandardInputIsRefusedOnceOverTheLimit() throws {
        let result = try run(["check", "-"], stdinFile: "/dev/zero")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "followup check: standard input " + Self.tooLarge)
    }

    func testAFileOverTheLimitIsRefusedAndOneAtTheLimitIsChecked() throws {
        let over = try largeFile(bytes: (1 << 20) + 1)
        let result = try run(["check", over])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "followup check: \(over) " + Self.tooLarge)
        let atTheLimit = try run(["check", try largeFile(bytes: 1 << 20)])
        XCTAssertNotEqual(atTheLimit.status, 2, atTheLimit.stderr)
        XCTAssertEqual(atTheLimit.stderr, "")
    }

    func testALineOverTheLimitIsRefused() throws {
        let file = try largeFile(bytes: 40_000, line: "Hi Ana,\n\n" + String(repeating: "the ", count: 4_000))
        let result = try run(["check", file])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(
            result.stderr,
            "followup check: \(file): line 3 is 16,000 characters long, over the most followup checks (10,000): break it into paragraphs\n")
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

    func testTheCandidatesRuleFilesAreLoadedAndABrokenOneIsReportedByFileLineAndColumn() throws {
        let result = try run(
            ["check", "-"], stdin: UserPhraseRulesTests.draft,
            homeFiles: [
                "rules/sports.yaml": UserPhraseRulesTests.sports,
                "rules/broken.yaml": "id: tone.broken\nseverity: warning\nsummary: s\nexplanation: e\nphrases:\n  - match: '(unclosed'\n    message: m\n",
            ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stdout,
            """
            <stdin>:3:41: warning tone.sports: Sports metaphor: say what went well (try “success”)
            <stdin>:5:1: warning content.no-offer: No offer of more information: say you are happy to send anything else they need (try “I'm happy to send anything else that would help.”)

            """)
        XCTAssertTrue(result.stderr.hasPrefix("followup: /"), result.stderr)
        XCTAssertTrue(
            result.stderr.hasSuffix(
                "/rules/broken.yaml:6:12: '(unclosed' is not a valid regular expression (the rules in this file are not used until it is fixed; the others are)\n"
            ),
            result.stderr)
    }

    func testTheRulesAreCompiledOnceAndReadAgainWhenAFileChanges() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("followup-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let broken = "id: tone.broken\nseverity: loud\nsummary: s\nexplanation: e\nphrases:\n  - match: 'a'\n    message: m\n"
        let sports = home.appendingPathComponent("rules/sports.yaml")
        let files = ["rules/sports.yaml": UserPhraseRulesTests.sports, "rules/broken.yaml": broken]
        let reported =
            "/rules/broken.yaml:2:11: severity 'loud' is not one of error, warning, suggestion (the rules in this file are not used until it is fixed; the others are)\n"

        let first = try run(["check", "-"], stdin: UserPhraseRulesTests.draft, homeFiles: files, home: home)
        XCTAssertTrue(first.stdout.contains("<stdin>:3:41: warning tone.sports: Sports metaphor"), first.stdout)
        XCTAssertTrue(first.stderr.hasSuffix(reported), first.stderr)
        XCTAssertEqual(try Self.compiledRules(in: home).count, 1)
        let compiled = try XCTUnwrap(Self.compiledRules(in: home).first).url
        let made = try FileManager.default.attributesOfItem(atPath: compiled.path)[.modificationDate] as? Date

        // The same files: the compact form is read, not made again, and says the same.
        let second = try run(["check", "-"], stdin: UserPhraseRulesTests.draft, home: home)
        XCTAssertEqual(second.stdout, first.stdout)
        XCTAssertEqual(second.stderr, first.stderr, "a broken file is reported on every run")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: compiled.path)[.modificationDate] as? Date, made)

        // A file changed without changing its size: its new phrase counts, the old one no longer.
        let edited = UserPhraseRulesTests.sports.replacingOccurrences(of: "slam dunk", with: "home runs")
        XCTAssertEqual(edited.utf8.count, UserPhraseRulesTests.sports.utf8.count)
        try Data(edited.utf8).write(to: sports)
        let third = try run(["check", "-"], stdin: UserPhraseRulesTests.draft.replacingOccurrences(of: "slam dunk", with: "home runs"), home: home)
        XCTAssertTrue(third.stdout.contains("<stdin>:3:41: warning tone.sports: Sports metaphor"), third.stdout)
        let fourth = try run(["check", "-"], stdin: UserPhraseRulesTests.draft, home: home)
        XCTAssertFalse(fourth.stdout.contains("tone.sports"), fourth.stdout)
        // One file for each set of rule files (and build), the earlier one kept.
        XCTAssertEqual(try Self.compiledRules(in: home).count, 2)
        XCTAssertTrue(FileManager.default.fileExists(atPath: compiled.path))

        // A fixed file is no longer reported; an unreadable compact form is made again.
        try Data(broken.replacingOccurrences(of: "loud", with: "warning").replacingOccurrences(of: "'a'", with: "'qqq'").utf8).write(
            to: home.appendingPathComponent("rules/broken.yaml"))
        let fifth = try run(["check", "-"], stdin: UserPhraseRulesTests.draft, home: home)
        XCTAssertEqual(fifth.stderr, "")
        XCTAssertEqual(fifth.stdout, fourth.stdout)
        let current = try XCTUnwrap(Self.compiledRules(in: home).max { $0.modified < $1.modified })
        try Data("followup compiled rules 0\n12:".utf8).write(to: current.url)
        let sixth = try run(["check", "-"], stdin: UserPhraseRulesTests.draft, home: home)
        XCTAssertEqual(sixth.stdout, fifth.stdout)
        XCTAssertGreaterThan(try Data(contentsOf: current.url).count, 1_000)

        // Only the newest four are kept, and the file earlier builds kept goes.
        try Data("old".utf8).write(to: home.appendingPathComponent("cache/rules.compiled"))
        for phrase in ["grand slam", "full court press"] {
            try Data(UserPhraseRulesTests.sports.replacingOccurrences(of: "slam dunk", with: phrase).utf8).write(to: sports)
            _ = try run(["check", "-"], stdin: UserPhraseRulesTests.draft, home: home)
        }
        XCTAssertEqual(try Self.compiledRules(in: home).count, 4)
        XCTAssertFalse(FileManager.default.fileExists(atPath: compiled.path), "the oldest goes")
        XCTAssertFalse(FileManager.default.fileExists(atPath: home.appendingPathComponent("cache/rules.compiled").path))
    }

    func testTwoBuildsSharingAHomeEachKeepTheirCompiledRules() throws {
        // Another build of followup (a copy: another file, so another build to the cache key)
        // run in turn with this one on the same data folder: each makes its compact rules once.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("followup-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let other = home.appendingPathComponent("other-build/followup")
        try FileManager.default.createDirectory(at: other.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: binary(), to: other)
        let draft = UserPhraseRulesTests.draft
        let first = try run(["check", "-"], stdin: draft, home: home)
        let second = try run(["check", "-"], stdin: draft, home: home, executable: other)
        XCTAssertEqual(second.stdout, first.stdout)
        let made = try Self.compiledRules(in: home)
        XCTAssertEqual(made.count, 2)
        for index in 0..<2 {
            _ = try run(["check", "-"], stdin: draft, home: home, executable: index == 0 ? nil : other)
        }
        XCTAssertEqual(try Self.compiledRules(in: home).map { $0.modified }, made.map { $0.modified }, "neither made again")
    }

    /// The compiled rule files in `home`'s cache, by name, with when each was last written.
    static func compiledRules(in home: URL) throws -> [(url: URL, modified: Date)] {
        let cache = home.appendingPathComponent("cache")
        return try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted()
            .filter { $0.hasPrefix("rules-") && $0.hasSuffix(".compiled") }
            .map { name in
                let url = cache.appendingPathComponent(name)
                return (url, try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date))
            }
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

    /// `--format` and `--kind` are read by argument-parser, whose message lists every value;
    /// `check` and `practice` still end such a problem with status 2, as the README says.
    func testAWrongValueOfAnEnumOptionIsListedWithEveryValueAndExitsTwo() throws {
        let format = try run(["check", "--format", "xml", "-"], stdin: "")
        XCTAssertEqual(format.status, 2)
        XCTAssertTrue(
            format.stderr.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text' and 'json'.\n"),
            format.stderr)
        let kind = try run(["check", "-", "--kind", "thanks"], stdin: "")
        XCTAssertEqual(kind.status, 2)
        XCTAssertTrue(
            kind.stderr.hasPrefix(
                "Error: The value 'thanks' is invalid for '--kind <kind>'. Please provide one of 'thank-you', 'check-in', 'networking' or 'rejection-reply'.\n"
            ), kind.stderr)
        let practice = try run(["practice", "--kind", "thanks"], stdin: "")
        XCTAssertEqual(practice.status, 2)
        XCTAssertTrue(practice.stderr.contains("Please provide one of 'thank-you', 'check-in'"), practice.stderr)
        // A missing value is a usage problem too; any case names the same kind.
        XCTAssertEqual(try run(["check", "-", "--format"], stdin: "").status, 2)
        XCTAssertNotEqual(try run(["check", "--kind", "Thank-You", "-"], stdin: "Dear Ana,\n\nThank you.\n\nBest,\nSam\n").status, 2)
        // Other commands keep argument-parser's status.
        XCTAssertEqual(try run(["list", "--bogus"]).status, 64)
    }
}
