import FollowUpCore
import Foundation

/// Writes the coach's side of the conversation: wrapped to the width, styled only on a terminal.
final class Console {
    enum Style: String {
        case coach = "36"  // cyan
        case problem = "33"  // yellow
        case help = "32"  // green
        case dim = "2"
        case bold = "1"
        case error = "31"  // red
    }

    let width: Int
    let color: Bool

    init(width: Int, color: Bool) {
        self.width = width
        self.color = color
    }

    func styled(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Prints a message wrapped to the terminal, with a marker that shows who is speaking.
    func say(_ text: String, marker: String = "  ", style: Style = .coach) {
        let body = TextWrapper.wrap(text, width: width - marker.count, indent: "")
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var out = ""
        for (n, line) in lines.enumerated() {
            let lead = n == 0 ? marker : String(repeating: " ", count: marker.count)
            out += lead + styled(String(line), style) + "\n"
        }
        write(out)
    }

    func blank() { write("\n") }

    /// One error on one line of standard error (never wrapped: scripts read it line by line).
    func error(_ text: String) {
        FileHandle.standardError.write(Data((styled("followup: " + text, .error) + "\n").utf8))
    }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
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

    func showSummary(_ lines: [SummaryLine]) {
        say("Here is what I have:", style: .bold)
        let labelWidth = (lines.map { TextWrapper.columns($0.label) }.max() ?? 10) + 2
        let margin = "    "
        let valueWidth = max(20, width - margin.count - labelWidth)
        var out = ""
        for line in lines {
            let pad = String(repeating: " ", count: max(1, labelWidth - TextWrapper.columns(line.label)))
            let value = TextWrapper.wrap(line.value, width: valueWidth).split(separator: "\n", omittingEmptySubsequences: false)
            for (n, part) in value.enumerated() {
                let lead = n == 0 ? styled(line.label, .dim) + pad : String(repeating: " ", count: labelWidth)
                out += margin + lead + part + "\n"
            }
        }
        write(out)
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
