import ArgumentParser
import FollowUpFeedback
import Foundation

/// `followup check FILE...`: lint follow-up drafts, one finding a line.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check follow-up drafts (.txt, .md, .eml, or - for stdin) and list what to fix.",
        discussion: """
            Prints file:line:column: severity rule: message, sorted. Exit status: 0 with no error-level \
            finding, 1 with one, 2 for a usage problem. Rules can be turned off or re-graded in \
            <home>/config.yaml (rules: {tone.filler: off, length.sentence: suggestion}); words in \
            <home>/words.txt are never flagged as misspelt.
            """)

    // `.allUnrecognized` so that an unknown option reaches `run()` and exits with status 2
    // (a usage problem) rather than argument-parser's 64.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Draft files; - reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("text or json.", valueName: "format"))
    var format: String = "text"

    @Flag(name: .customLong("list-rules"), help: "List every rule with its id, severity and what it checks.")
    var listRules = false

    @Option(name: .long, help: .hidden)
    var bench: Int?

    @OptionGroup var options: FeedbackOptions

    func run() throws {
        do {
            try runChecked()
        } catch let problem as UsageProblem {
            FileHandle.standardError.write(Data("followup check: \(problem)\n".utf8))
            throw ExitCode(2)
        }
    }

    private func runChecked() throws {
        if listRules {
            for rule in RuleCatalog.all {
                print(
                    "\(rule.id.padding(toLength: 24, withPad: " ", startingAt: 0)) \(rule.defaultSeverity.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(rule.summary)"
                )
            }
            return
        }
        guard format == "text" || format == "json" else {
            throw UsageProblem(description: "--format must be text or json, not '\(format)'")
        }
        if let unknown = files.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
            throw UsageProblem(description: "unknown option '\(unknown)' (see followup check --help)")
        }
        guard !files.isEmpty else { throw UsageProblem(description: "name at least one file to check (or - for stdin)") }
        let platform = Platform.current()
        let setup = try FeedbackSetup(options: options, platform: platform)

        // Read every file first (a usage problem stops the run before any checking), then parse
        // and check them on every core; the output is in the order of the arguments.
        var inputs: [(name: String, file: String, text: String)] = []
        for file in files {
            let text: String
            if file == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let data = FileManager.default.contents(atPath: platform.absolute(file)) else {
                    throw UsageProblem(description: "cannot read \(file)")
                }
                text = String(decoding: data, as: UTF8.self)
            }
            let name = file == "-" ? "<stdin>" : file
            inputs.append((name, file, text))
        }

        if let bench {
            let drafts = inputs.map { DraftParser.parse($0.text, format: DraftFormat(fileName: $0.file)) }
            runBenchmark(drafts, repetitions: max(1, bench), setup: setup)
            return
        }

        let results = setup.engine.check(count: inputs.count, context: setup.context) { [inputs] index in
            DraftParser.parse(inputs[index].text, format: DraftFormat(fileName: inputs[index].file))
        }
        var items: [FileFinding] = []
        for (input, findings) in zip(inputs, results) {
            items += findings.map { FileFinding(file: input.name, finding: $0) }
        }
        if format == "json" {
            print(FindingReport.json(items))
        } else if !items.isEmpty {
            // Formatted on every core, printed at once: the same text as one print a line.
            print(Self.textLines(items).joined(separator: "\n"))
        }
        // The process ends here: keep the setup (two hunspell dictionaries, tens of milliseconds
        // to free) alive rather than tear it down just before exit.
        _ = Unmanaged.passRetained(SetupBox(setup))
        if items.contains(where: { $0.finding.severity == .error }) { throw ExitCode(1) }
    }

    /// `items.map(FindingReport.textLine)`, with the work spread over the cores.
    private static func textLines(_ items: [FileFinding]) -> [String] {
        let box = UncheckedBox(items)
        return FeedbackEngine.concurrentMap(items.count) { FindingReport.textLine(box.value[$0]) }
    }

    /// Times the engine alone (no process start, no file reading) and prints the time per draft:
    /// the median over the repetitions, and the mean.
    private func runBenchmark(_ drafts: [Draft], repetitions: Int, setup: FeedbackSetup) {
        var findings = 0
        var perRun: [Double] = []
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<repetitions {
            let runStart = DispatchTime.now().uptimeNanoseconds
            for draft in drafts { findings += setup.engine.check(draft, context: setup.context).count }
            perRun.append(Double(DispatchTime.now().uptimeNanoseconds - runStart) / 1e6)
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let count = Double(max(1, drafts.count))
        let perDraft = elapsed / Double(repetitions) / count
        let sorted = perRun.sorted()
        let median = (sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2) / count
        print(
            String(
                format: "in-process: %.3f ms per draft (median of %d runs; mean %.3f ms; %d drafts, %.1f ms, %d findings)", median, repetitions, perDraft,
                drafts.count, elapsed, findings))
    }
}

/// Holds a `FeedbackSetup` that is deliberately never released (see `runChecked`).
private final class SetupBox {
    let setup: FeedbackSetup
    init(_ setup: FeedbackSetup) { self.setup = setup }
}

/// Hands a value to `concurrentMap`, which only reads it.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
