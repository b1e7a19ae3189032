import Foundation

/// What a line typed at the prompt means to the dialogue.
public enum DialogueEvent: Equatable, Sendable {
    case answer(String)
    case command(DialogueCommand)
    /// Ctrl-D, or Ctrl-C on an empty line: stop asking, keep everything.
    case endOfInput

    /// Reads a typed line: `/word args` is a command, `//text` is the answer `/text`.
    public init(line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("//") {
            self = .answer(String(trimmed.dropFirst()))
        } else if trimmed.hasPrefix("/") {
            self = .command(DialogueCommand(parsing: String(trimmed.dropFirst())))
        } else {
            self = .answer(line)
        }
    }
}

/// The slash commands available at every question.
public enum DialogueCommand: Equatable, Sendable {
    case help
    case back
    case skip
    case summary
    case edit(String)
    case save
    /// `/sent [ID STEP]`: marks a step of an earlier tracked interview sent (alone, lists
    /// what is due). It leaves this dialogue as it is.
    case sent(String)
    case quit
    case unknown(String)

    public static let names = ["/help", "/back", "/skip", "/summary", "/edit", "/save", "/sent", "/quit"]

    init(parsing text: String) {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts.first?.lowercased() ?? ""
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case "help", "h", "?": self = .help
        case "back", "b": self = .back
        case "skip", "s": self = .skip
        case "summary", "sum": self = .summary
        case "edit", "e": self = .edit(argument)
        case "save": self = .save
        case "sent": self = .sent(argument)
        case "quit", "q", "exit": self = .quit
        default: self = .unknown("/" + text)
        }
    }
}
