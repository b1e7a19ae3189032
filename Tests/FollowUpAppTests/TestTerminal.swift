import ArgumentParser
import Foundation
import LineEditing
import XCTest

@testable import FollowUpApp

/// A terminal for tests: the lines a user types come from a script, and everything the
/// command prints, with each prompt and the line typed at it, goes into one transcript, in
/// the order a person at a terminal would see it.
///
/// `run(_:)` runs a command line as `followup` does, with `platform` in place of this process's
/// (`Platform.$injected`): a fixed clock and time zone, a home folder of its own, no colour
/// unless asked, the way swift-argument-parser's tests run a command and compare its output.
final class TestTerminal: LineReader, @unchecked Sendable {
    /// Lines still to be typed; `^C` is Ctrl-C on an empty line. When they run out, the reader
    /// reports the end of input (Ctrl-D).
    var script: [String]
    /// Everything printed to standard output and standard error, and the typed lines.
    private(set) var transcript = ""
    /// What went to standard error alone.
    private(set) var errors = ""
    /// A folder of its own, removed by `close()`; `HOME` inside the platform.
    let home: URL
    var platform: Platform!
    /// The time the platform's clock says: move it to run a later command.
    var now: Date

    /// Things to do just before the line with this index (counted from 0 across runs) is typed.
    var before: [Int: () throws -> Void] = [:]
    private var typed = 0

    var completions: (@Sendable (String) -> [String])?
    /// True: a terminal with line editing (the resume offer and the own-note offer only come there).
    let isInteractive: Bool

    /// 2026-11-20 14:30 in New York (a Friday), 19:30 UTC.
    static let friday = Date(timeIntervalSince1970: 1_795_203_000)

    /// `colour`: standard output is a terminal, so colour is on unless the environment says otherwise.
    init(
        script: [String] = [], interactive: Bool = true, now: Date = TestTerminal.friday, timeZone: String = "America/New_York",
        columns: Int = 80, colour: Bool = false, environment: [String: String] = [:]
    ) throws {
        self.script = script
        self.isInteractive = interactive
        self.now = now
        // A name as long as `shownHome`, so that what is wrapped around a path reads as it did.
        home = URL(fileURLWithPath: "/tmp/followup-app-tests-" + UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        platform = Platform(
            environment: ["HOME": home.path, "LANG": "en_US.UTF-8", "TERM": "xterm"].merging(environment) { $1 },
            stdinIsTerminal: interactive,
            stdoutIsTerminal: colour,
            terminalColumns: columns,
            clock: { [unowned self] in self.now },
            zone: TimeZone(identifier: timeZone),
            standardOutput: { [unowned self] in self.append($0) },
            standardError: { [unowned self] in self.append($0, error: true) },
            makeReader: { [unowned self] _ in self })
    }

    func close() {
        try? FileManager.default.removeItem(at: home)
    }

    private let lock = NSLock()
    private func append(_ text: String, error: Bool = false) {
        lock.withLock {
            transcript += text
            if error { errors += text }
        }
    }

    /// Runs `followup ARGUMENTS` and returns its exit status; a usage error is printed as
    /// argument-parser prints it.
    @discardableResult
    func run(_ arguments: [String]) -> Int32 {
        Platform.$injected.withValue(platform) {
            do {
                var command = try FollowUpCommand.parseAsRoot(arguments)
                try command.run()
                return 0
            } catch {
                let message = FollowUpCommand.fullMessage(for: error)
                if !message.isEmpty { platform.standardError(message + "\n") }
                return FollowUpCommand.exitCode(for: error).rawValue
            }
        }
    }

    /// How the home folder is written in `shown`: as long as the real one.
    static let shownHome = "/tmp/followup-app-tests-XXXXXXXX"

    /// The transcript with the home folder written `shownHome`, the same from run to run.
    var shown: String { transcript.replacingOccurrences(of: home.path, with: Self.shownHome) }

    // MARK: - LineReader

    func readLine(prompt: String) -> LineReadResult {
        guard !script.isEmpty else {
            append(prompt + "^D\n")
            return .endOfInput
        }
        try? before[typed]?()
        typed += 1
        let line = script.removeFirst()
        append(prompt + line + "\n")
        return line == "^C" ? .interrupted(partial: "") : .line(line)
    }

    /// The text put on the line to edit at each prompt that offered one (after `/edit`, or when
    /// the coach asks for an answer again), in order.
    private(set) var offeredForEditing: [String] = []

    func readLine(prompt: String, editing text: String) -> LineReadResult {
        if !text.isEmpty { offeredForEditing.append(text) }
        return readLine(prompt: prompt)
    }

    func addHistory(_ line: String) {}
}

/// Compares a whole transcript with `Transcripts/<name>.txt`. `FOLLOWUP_RECORD_GOLDEN=1` writes
/// the file instead and fails, so a record run never passes: read the file, then run again.
func assertTranscript(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().appendingPathComponent("Transcripts/\(name).txt")
    if ProcessInfo.processInfo.environment["FOLLOWUP_RECORD_GOLDEN"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return XCTFail("recorded Transcripts/\(name).txt: read it, then run again without FOLLOWUP_RECORD_GOLDEN", file: file, line: line)
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        return XCTFail("no Transcripts/\(name).txt: record it with FOLLOWUP_RECORD_GOLDEN=1 and read it", file: file, line: line)
    }
    guard expected != actual else { return }
    let old = expected.components(separatedBy: "\n")
    let new = actual.components(separatedBy: "\n")
    let first = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
    let context = { (lines: [String]) in lines[min(first, lines.count)..<min(first + 6, lines.count)].joined(separator: "\n") }
    XCTFail(
        "Transcripts/\(name).txt differs from line \(first + 1):\n--- recorded\n\(context(old))\n+++ now\n\(context(new))",
        file: file, line: line)
}
