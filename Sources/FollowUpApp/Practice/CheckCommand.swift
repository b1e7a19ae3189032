import ArgumentParser
import FollowUpCore
import FollowUpFeedback
import Foundation
import Spelling

/// `followup check FILE...`: lint follow-up drafts, one finding a line.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check follow-up drafts (.txt, .md, .eml, or - for stdin) and list what to fix.",
        discussion: """
            Prints file:line:column: severity rule: message, sorted. Exit status: 0 with no error-level \
            finding, 1 with one, 2 for a usage problem. Rules can be turned off or re-graded in \
            <home>/config.yaml (rules: {tone.filler: off, length.sentence: suggestion}); words in \
            <home>/words.txt are never flagged as misspelt; your own phrase rules go in \
            <home>/rules/*.yaml (see the README). An .eml is checked as of the day in its \
            Date: header (the day followup plan meant it to be sent), unless --date is given.
            """)

    // The files are declared for --help, but `FollowUpCommand.mainSplittingCheckFiles` collects
    // them itself (see `splitArguments`), so after that split `files` holds only what
    // argument-parser did not recognise. `.allUnrecognized` so that an unknown option reaches
    // `run(files:)` and exits with status 2 (a usage problem) rather than argument-parser's 64.
    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp("Draft files; - reads standard input; every argument after -- is a file.", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("How to print the findings.", valueName: "format"))
    var format: ReportFormat = .text

    @Flag(name: .customLong("list-rules"), help: "List every rule with its id, severity and what it checks.")
    var listRules = false

    @OptionGroup var options: FeedbackOptions

    /// The options of `check` (here, in `FeedbackOptions` and in `HomeOptions`) that take the next
    /// argument as their value. `CommandLineTests` compares the list with
    /// `optionsTakingAValueFromParser`: working that out took about 17 M instructions on every
    /// run given an option, 2.4% of `followup check --date … ` on 300 drafts (callgrind).
    static let optionsTakingAValue: Set<String> = ["--format", "--answers", "--session", "--date", "--kind", "--to", "--home"]

    /// The options that take a value, as argument-parser itself describes the command (the JSON
    /// that `--experimental-dump-help` prints).
    static var optionsTakingAValueFromParser: Set<String> {
        struct Tool: Decodable { var command: Command }
        struct Command: Decodable { var arguments: [Argument]? }
        struct Argument: Decodable {
            var kind: String
            var names: [Name]?
        }
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        guard let tool = try? JSONDecoder().decode(Tool.self, from: Data(CheckCommand._dumpHelp().utf8)) else { return [] }
        let names = (tool.command.arguments ?? []).filter { $0.kind == "option" }.flatMap { $0.names ?? [] }
        return Set(names.map { ($0.kind == "long" ? "--" : "-") + $0.name })
    }

    /// `check` made from `options` (split from the files by `splitArguments`) without
    /// argument-parser, when they are only options taking a value, each once and as
    /// `--name value` with a value that does not start with -, and `--no-color`; nil for
    /// anything else (`--help`, `--list-rules`, `--name=value`, a repeated or unknown option),
    /// which argument-parser then reads as before.
    ///
    /// Why: argument-parser's first parse reflects over the commands and their options, 18% of
    /// the time of `followup check` on one email (perf, docs/performance.md). Every property is
    /// set here: one left unset would stop the program when read (`CheckCommandParsingTests`
    /// compares both ways and names every property).
    static func parsedDirectly(_ options: [String]) -> CheckCommand? {
        var values: [String: String] = [:]
        var noColor = false
        var index = 0
        while index < options.count {
            let option = options[index]
            if option == "--no-color", !noColor {
                noColor = true
                index += 1
                continue
            }
            guard optionsTakingAValue.contains(option), values[option] == nil, index + 1 < options.count,
                !options[index + 1].hasPrefix("-")
            else { return nil }
            values[option] = options[index + 1]
            index += 2
        }
        // A value the parser would refuse is left to it, for its message.
        guard let format = ReportFormat(argument: values["--format"] ?? "text") else { return nil }
        let kind = values["--kind"].map(MessageKind.init(argument:))
        if kind == .some(nil) { return nil }
        var home = HomeOptions()
        home.home = values["--home"]
        home.noColor = noColor
        var feedback = FeedbackOptions()
        feedback.answers = values["--answers"]
        feedback.session = values["--session"]
        feedback.date = values["--date"]
        feedback.kind = kind ?? nil
        feedback.to = values["--to"]
        feedback.homeOptions = home
        var command = CheckCommand()
        command.files = []
        command.format = format
        command.listRules = false
        command.options = feedback
        return command
    }

    /// Splits `check`'s arguments, in one pass, into the files (in order) and the options for
    /// argument-parser: an argument is an option if it starts with - (but is not - itself), and
    /// an option in `optionsTakingAValue` takes the next argument with it, whatever it looks
    /// like (argument-parser then judges the pair as it would have). After --, every argument
    /// is a file.
    ///
    /// Why: argument-parser 1.8 takes time quadratic in the number of positional values, whatever
    /// the parsing strategy (each value is appended by copying the array parsed so far and merging
    /// a growing set of input positions, and each used argument is removed from the input by
    /// shifting the rest): about 30 ms for 1,000 files and 120 ms for 2,000.
    static func splitArguments(_ arguments: some Sequence<String>) -> (options: [String], files: [String]) {
        var options: [String] = []
        var files: [String] = []
        var endOfOptions = false
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if endOfOptions || argument == "-" || !argument.hasPrefix("-") {
                files.append(argument)
            } else if argument == "--" {
                endOfOptions = true
            } else {
                options.append(argument)
                if optionsTakingAValue.contains(argument), let value = iterator.next() {
                    options.append(value)
                }
            }
        }
        return (options, files)
    }

    /// Parsed without the split (by `main()`, or as a subcommand in tests), `files` holds the
    /// files too, and `--` is left to argument-parser: the binary's entry point is
    /// `FollowUpCommand.mainSplittingCheckFiles`, which gives `--` its meaning.
    func run() throws {
        try run(files: files)
    }

    /// Checks `operands`; `files` is what argument-parser did not recognise (an unknown option
    /// there is a usage problem).
    func run(files operands: [String]) throws {
        do {
            try runChecked(operands)
        } catch let problem as UsageProblem {
            FileHandle.standardError.write(Data("followup check: \(UntrustedText.visible(problem.description))\n".utf8))
            throw ExitCode(2)
        }
    }

    private func runChecked(_ operands: [String]) throws {
        if listRules {
            let platform = Platform.current()
            let console = Console(width: platform.width, color: platform.colorEnabled(noColorFlag: options.homeOptions.noColor))
            let home = platform.home(override: options.homeOptions.home)
            let rules = FeedbackSetup.phraseRules(home: home, console: console).rules
            // Padded to the longest id, never cut: the id is what config.yaml names.
            let width = rules.map(\.id.count).max() ?? 0
            for rule in rules {
                print(
                    "\(rule.id.padding(toLength: width, withPad: " ", startingAt: 0)) \(rule.defaultSeverity.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(rule.summary)"
                )
            }
            return
        }
        if let unknown = files.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
            throw UsageProblem(description: "unknown option '\(unknown)' (see followup check --help)")
        }
        guard !operands.isEmpty else { throw UsageProblem(description: "name at least one file to check (or - for stdin)") }
        let platform = Platform.current()
        let setup = try FeedbackSetup(options: options, platform: platform)

        // Read every file first (a usage problem stops the run before any checking), then parse
        // and check them on every core; the output is in the order of the arguments.
        var inputs: [(name: String, file: String, text: String)] = []
        for file in operands {
            let text = try DraftInput.read(file, platform: platform)
            let name = file == "-" ? "<stdin>" : file
            inputs.append((name, file, text))
        }

        let results = setup.engine.check(count: inputs.count, context: setup.context) { [inputs] index in
            DraftParser.parse(inputs[index].text, format: DraftFormat(fileName: inputs[index].file))
        }
        var items: [FileFinding] = []
        for (input, findings) in zip(inputs, results) {
            items += findings.map { FileFinding(file: input.name, finding: $0) }
        }
        if format == .json {
            print(UntrustedText.jsonEscaped(FindingReport.json(items)))
        } else if !items.isEmpty {
            // Formatted on every core, printed at once: the same text as one print a line.
            print(UntrustedText.visible(Self.textLines(items).joined(separator: "\n")))
        }
        // The dictionary's answers this run worked out, for the next run (see `recallAnswers`).
        (setup.context.spellChecker as? HunspellChecker)?.keepAnswers()
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
}

/// How `check` prints its findings (`--format`).
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case json

    /// What each format prints, in `--help` and the manual page.
    static var allValueDescriptions: [String: String] {
        [
            ReportFormat.text.rawValue: "file:line:column: severity rule: message, one finding a line",
            ReportFormat.json.rawValue: "one JSON array of findings, for scripts",
        ]
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
