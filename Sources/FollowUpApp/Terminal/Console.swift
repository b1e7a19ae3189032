import FollowUpCore
import Foundation
import LineEditing

/// Writes the coach's side of the conversation: wrapped to the width, styled only on a terminal.
final class Console {
    enum Style: String {
        case coach = "36"  // cyan
        case problem = "33"  // yellow
        case help = "32"  // green
        case dim = "2"
        case bold = "1"
        case error = "31"  // red
        /// The words a finding is about, in its excerpt: bold, underlined, in the severity's colour.
        case markedError = "1;4;31"
        case markedWarning = "1;4;33"
        case markedSuggestion = "1;4;36"
    }

    let width: Int
    let color: Bool
    private let output: @Sendable (String) -> Void
    private let errors: @Sendable (String) -> Void

    init(
        width: Int, color: Bool,
        output: @escaping @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) },
        errors: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.width = width
        self.color = color
        self.output = output
        self.errors = errors
    }

    /// The platform's width, output and error streams; colour as `Platform.colorEnabled` says.
    convenience init(platform: Platform, noColor: Bool) {
        self.init(
            width: platform.width, color: platform.colorEnabled(noColorFlag: noColor),
            output: platform.standardOutput, errors: platform.standardError)
    }

    /// Every byte followup prints goes through `write`, `say` or `error`: text from files (names,
    /// answers, records, refused values) is shown with `UntrustedText.visible`, so an escape
    /// sequence or a right-to-left override in it is seen, never acted on. Only the styles below
    /// reach the terminal as escape sequences.
    private func styled(_ text: String, _ style: Style?) -> String {
        guard color, let style else { return text }
        return "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m"
    }

    /// Prints a message wrapped to the terminal, with a marker that shows who is speaking.
    func say(_ text: String, marker: String = "  ", style: Style = .coach) {
        let body = TextWrapper.wrap(UntrustedText.visible(text), width: width - marker.count, indent: "")
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var out = ""
        for (n, line) in lines.enumerated() {
            let lead = n == 0 ? marker : String(repeating: " ", count: marker.count)
            out += lead + styled(String(line), style) + "\n"
        }
        output(out)
    }

    func blank() { write("\n") }

    /// One error on one line of standard error (never wrapped: scripts read it line by line).
    func error(_ text: String) {
        errors(styled("followup: " + UntrustedText.visible(text), .error) + "\n")
    }

    /// Prints text as is, but for what could drive the terminal (see `styled`).
    func write(_ text: String, style: Style? = nil) {
        output(styled(UntrustedText.visible(text), style))
    }

    /// Prints JSON (`--json`), its unsafe characters as `\u` escapes (`UntrustedText.jsonEscaped`).
    func writeJSON(_ json: String) {
        output(UntrustedText.jsonEscaped(json) + "\n")
    }

    /// Prints pieces of one line, each in its own style (or none).
    func write(_ pieces: [(text: String, style: Style?)]) {
        let line = pieces.map { styled(UntrustedText.visible($0.text), $0.style) }.joined()
        output(line)
    }

    /// Shows one coach message from the dialogue.
    func show(_ message: CoachMessage) {
        switch message {
        case .say(let text): say(text)
        case .problem(let text): say(text, marker: "! ", style: .problem)
        case .help(let text): say(text, marker: "? ", style: .help)
        case .summary(let lines): showSummary(lines)
        }
    }

    /// Shows one message of the resume offer or the offer to write one's own note.
    func show(_ message: ShellMessage) {
        switch message {
        case .say(let text): say(text)
        case .command(let text): say(text, marker: "    ", style: .bold)
        case .choice(let text): say(text, marker: "    ")
        case .aside(let text): say(text, style: .dim)
        case .error(let text): error(text)
        }
    }

    func showSummary(_ lines: [SummaryLine]) {
        say("Here is what I have:", style: .bold)
        let labelWidth = (lines.map { TextWrapper.columns($0.label) }.max() ?? 10) + 2
        let margin = "    "
        let valueWidth = max(20, width - margin.count - labelWidth)
        var out = ""
        for line in lines {
            let pad = String(repeating: " ", count: max(1, labelWidth - TextWrapper.columns(line.label)))
            let value = TextWrapper.wrap(UntrustedText.visible(line.value), width: valueWidth)
                .split(separator: "\n", omittingEmptySubsequences: false)
            for (n, part) in value.enumerated() {
                let lead = n == 0 ? styled(UntrustedText.visible(line.label), .dim) + pad : String(repeating: " ", count: labelWidth)
                out += margin + lead + part + "\n"
            }
        }
        output(out)
    }

    /// The question, its hint and the progress, printed above the input line.
    func showPrompt(_ prompt: Prompt) {
        blank()
        let progress = "[\(prompt.position) of about \(prompt.total)]"
        say(prompt.text + " " + progress, marker: "› ", style: .bold)
        var hint = prompt.hint
        if let current = prompt.current, !current.isEmpty {
            hint = "Enter keeps: \(current)"
        }
        if !hint.isEmpty { say("(\(hint))", style: .dim) }
    }
}

extension TypedLine {
    /// A line read by the line editor, as the core's conversations take it.
    init(_ result: LineReadResult) {
        switch result {
        case .line(let text): self = .line(text)
        case .interrupted: self = .interrupted
        case .endOfInput: self = .endOfInput
        }
    }
}
