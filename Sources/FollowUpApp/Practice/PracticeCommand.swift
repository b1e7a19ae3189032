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
            platform.standardError("followup practice: \(UntrustedText.visible(problem.description))\n")
            throw ExitCode(2)
        }
        // Drafts are private text: keep them out of the shared line history.
        let reader = platform.makeReader(nil)
        let loop = PracticeLoop(
            setup: setup, reader: reader, editor: platform.environment["VISUAL"] ?? platform.environment["EDITOR"])
        loop.run(initial: initial)
    }
}

/// The shell around `PracticeStateMachine`: reads lines, shows what the machine says, and
/// carries out its effects (check a draft, open the editor).
struct PracticeLoop {
    let setup: FeedbackSetup
    let reader: any LineReader
    /// `$VISUAL`, else `$EDITOR`.
    let editor: String?

    private var console: Console { setup.console }

    /// Runs until the user quits; returns the last draft they wrote (nil when they wrote none).
    @discardableResult
    func run(initial: String?, quitHint: String = "/quit") -> String? {
        var machine = PracticeStateMachine(editor: editor, quitHint: quitHint)
        var step = machine.begin(with: initial)
        while true {
            step.messages.forEach(show)
            switch step.effect {
            case .end(let last):
                return last
            case .check(let text):
                step = machine.handle(.checked(setup.engine.check(text: text, format: .plain, context: setup.context)))
            case .openEditor(let text):
                step = machine.handle(.edited(machine.editor.flatMap { edit(text, in: $0) }))
            case .none:
                guard let prompt = machine.prompt else { return machine.latest }
                step = machine.handle(.typed(TypedLine(reader.readLine(prompt: prompt))))
            }
        }
    }

    private func show(_ message: PracticeMessage) {
        switch message {
        case .say(let text): console.say(text)
        case .error(let text): console.error(text)
        case .draft(let text): console.write(text + "\n")
        case .review(let review): show(review)
        }
    }

    /// Opens `$VISUAL`/`$EDITOR` on the text and returns what was saved.
    private func edit(_ text: String, in editor: String) -> String? {
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

    /// A checked draft: each finding in a window on its line, then the score, and against the
    /// attempt before, what was fixed and what is new.
    private func show(_ review: PracticeReview) {
        let (findings, previous, attempt) = (review.findings, review.previous, review.attempt)
        let lines = review.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
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
    }
}
