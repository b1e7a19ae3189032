import ArgumentParser
import FollowUpCore
import FollowUpFeedback
import FollowUpStorage
import Foundation
import LineEditing

/// `followup practice`: paste a draft, read the feedback, revise, and see what changed.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practise a follow-up email: line-precise feedback, then revise and compare.")

    @Option(name: .long, help: ArgumentHelp("Start from this draft instead of typing one.", valueName: "file"))
    var file: String?

    @OptionGroup var options: FeedbackOptions

    func run() throws {
        let platform = Platform.current()
        let setup: FeedbackSetup
        var initial: String?
        do {
            setup = try FeedbackSetup(options: options, platform: platform, readingDictionaryAhead: true)
            if let file {
                initial = try DraftInput.read(file, platform: platform)
            }
        } catch let problem as UsageProblem {
            FileHandle.standardError.write(Data("followup practice: \(UntrustedText.visible(problem.description))\n".utf8))
            throw ExitCode(2)
        }
        // Drafts are private text: keep them out of the shared line history.
        let reader = makeLineReader(historyFile: nil)
        var loop = PracticeLoop(
            setup: setup, reader: reader, editor: platform.environment["VISUAL"] ?? platform.environment["EDITOR"])
        loop.run(initial: initial)
    }
}

/// The practice conversation: read a draft, show findings, compare with the previous attempt.
struct PracticeLoop {
    let setup: FeedbackSetup
    let reader: any LineReader
    let editor: String?
    private var previous: [Finding]?
    private var attempt = 0

    init(setup: FeedbackSetup, reader: any LineReader, editor: String?) {
        self.setup = setup
        self.reader = reader
        self.editor = editor.flatMap { $0.isEmpty ? nil : $0 }
    }

    private var console: Console { setup.console }

    /// Runs until the user quits; returns the last draft they wrote (nil when they wrote none).
    @discardableResult
    mutating func run(initial: String?, quitHint: String = "/quit") -> String? {
        var draft = initial
        var last: String?
        if draft == nil {
            console.say(
                "Paste or type your follow-up email. End with a line holding only a dot (.) or press Ctrl-D."
                    + (editor != nil ? " Type /edit to write it in your editor instead." : ""))
            draft = readDraft(firstLine: nil, current: nil)
        }
        while let text = draft {
            last = text
            review(text)
            console.say(
                "Paste a revised version (end with .)"
                    + (editor != nil ? ", /edit to revise this one in \(editor ?? "your editor")" : "")
                    + ", /show to see it again, or \(quitHint).")
            var next: String?
            commands: while true {
                switch reader.readLine(prompt: "practice> ") {
                case .endOfInput: return last
                case .interrupted: continue
                case .line(let line):
                    let command = line.trimmingCharacters(in: .whitespaces)
                    switch command {
                    case "/quit", "/q", "/exit", "/done": return last
                    case "/show":
                        console.write(text + "\n")
                    case "/edit":
                        if let edited = edit(text) { next = edited; break commands }
                    case "":
                        continue
                    default:
                        next = readDraft(firstLine: line, current: text)
                        if next != nil { break commands }
                    }
                }
            }
            draft = next
        }
        return last
    }

    /// Reads lines until `.` or Ctrl-D; `/edit` as the first line opens the editor.
    private func readDraft(firstLine: String?, current: String?) -> String? {
        var collector = DraftCollector()
        if let firstLine {
            if firstLine.trimmingCharacters(in: .whitespaces) == "/edit" { return edit(current ?? "") }
            collector.add(firstLine)
        }
        while !collector.isComplete {
            switch reader.readLine(prompt: collector.lines.isEmpty ? "draft> " : "     | ") {
            case .line(let line):
                if collector.lines.isEmpty, line.trimmingCharacters(in: .whitespaces) == "/edit" { return edit(current ?? "") }
                collector.add(line)
            case .endOfInput: collector.finish()
            case .interrupted:
                console.say("Draft abandoned.")
                return nil
            }
        }
        return collector.text
    }

    /// Opens `$VISUAL`/`$EDITOR` on the text and returns what was saved.
    private func edit(_ text: String) -> String? {
        guard let editor else {
            console.say("Set $EDITOR to use /edit; meanwhile paste the draft here.")
            return nil
        }
        // A private folder of its own inside the data folder (0700, unpredictable name, from
        // mkdtemp), and the file inside it 0600: a draft about someone's job search is nobody
        // else's to read, and followup writes nowhere but its own folders.
        do {
            try AtomicFile.makeDirectory(setup.home)
        } catch {
            console.error("\(error)")
            return nil
        }
        var template = Array((setup.home + "/.editing-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, let folder = mkdtemp(base) else { return nil }
            return String(cString: folder)
        }
        guard let folder = made else {
            console.error("could not make a private folder for the editor: \(String(cString: strerror(errno)))")
            return nil
        }
        let path = folder + "/draft.txt"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try AtomicFile.write(Data(text.utf8), to: path, flush: false)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "\(editor) \"$1\"", "editor", path]
            try process.run()
            process.waitUntilExit()
        } catch {
            console.error("could not run \(editor): \(error)")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let edited = String(decoding: data, as: UTF8.self)
        return edited.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : edited
    }

    private mutating func review(_ text: String) {
        if let problem = DraftLimits.problem(with: text, name: "The draft") {
            console.error(problem)
            return
        }
        attempt += 1
        let findings = setup.engine.check(text: text, format: .plain, context: setup.context)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        console.blank()
        if findings.isEmpty {
            console.say(previous == nil ? "Attempt \(attempt): nothing to fix. Score 100." : "Nothing left to fix.", style: .help)
        }
        // In line order (the engine's report order); a blank line between the lines, and each
        // finding with its own window on its line, never the whole paragraph again.
        for (index, finding) in findings.enumerated() {
            if index > 0, findings[index - 1].start.line != finding.start.line { console.blank() }
            let label = "\(finding.start.line):\(finding.start.column) \(finding.severity.rawValue) \(finding.rule)"
            // Wrapped to the terminal as plain text, then only the label is coloured.
            let wrapped = TextWrapper.wrap(label + "  " + finding.message + FindingReport.suggestionNote(finding), width: console.width, indent: "    ")
            let labelStyle: Console.Style = finding.severity == .error ? .error : finding.severity == .warning ? .problem : .coach
            if wrapped.hasPrefix(label + " ") {
                console.write([(label, labelStyle), (wrapped.dropFirst(label.count) + "\n", nil)])
            } else {
                // Too narrow for the label and the message on one line: the label on its own.
                let message = TextWrapper.wrap(finding.message + FindingReport.suggestionNote(finding), width: console.width - 4, indent: "")
                console.write([(label, labelStyle), ("\n" + message.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n", nil)])
            }
            console.write(FindingReport.excerpt(of: finding, lines: lines, width: console.width, color: console.color))
        }
        let score = PracticeScore(findings: findings)
        if let previous {
            let comparison = AttemptComparison(previous: previous, current: findings)
            let change = comparison.scoreChange >= 0 ? "+\(comparison.scoreChange)" : "\(comparison.scoreChange)"
            console.blank()
            console.say(
                "Attempt \(attempt): score \(comparison.previousScore.value) → \(score.value) (\(change)). "
                    + "Fixed \(comparison.fixed.count), new \(comparison.new.count), remaining \(comparison.remaining.count).",
                style: .bold)
            for finding in comparison.fixed {
                console.write("  fixed  \(finding.rule): \(finding.message)\n", style: .dim)
            }
            for finding in comparison.new {
                console.write("  new    \(finding.rule): \(finding.message)\n")
            }
        } else if !findings.isEmpty {
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.filter { $0.severity == .warning }.count
            console.blank()
            func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
            console.say(
                "Attempt \(attempt): score \(score.value). \(count(errors, "error")), \(count(warnings, "warning")), "
                    + "\(count(findings.count - errors - warnings, "suggestion")).", style: .bold)
        }
        previous = findings
    }
}
