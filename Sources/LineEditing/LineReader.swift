/// What one attempt to read a line produced.
public enum LineReadResult: Equatable, Sendable {
    /// A complete line, without its line ending.
    case line(String)
    /// Ctrl-C: the text typed so far (possibly empty) was abandoned.
    case interrupted(partial: String)
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// The small interface the REPL talks to: a libedit prompt on a terminal, plain lines otherwise.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (on a terminal) and reads one line.
    func readLine(prompt: String) -> LineReadResult
    /// Remembers a line for arrow-up and Ctrl-R (no-op when not interactive).
    func addHistory(_ line: String)
    /// Words offered by Tab, given the whole line typed so far (no-op when not interactive).
    var completions: (@Sendable (String) -> [String])? { get set }
    /// True when reading from a terminal with line editing.
    var isInteractive: Bool { get }
    /// Reads one line that starts with `text` already on it, to edit (a plain reader ignores it).
    func readLine(prompt: String, editing text: String) -> LineReadResult
}

extension LineReader {
    public func readLine(prompt: String, editing text: String) -> LineReadResult {
        readLine(prompt: prompt)
    }
}
