import FollowUpCore
import FollowUpFeedback
import Foundation

/// A finding together with the file it belongs to, as `followup check` reports it.
struct FileFinding: Encodable {
    let file: String
    let finding: Finding

    enum CodingKeys: String, CodingKey {
        case file, line, column, endLine, endColumn, rule, severity, message, suggestions
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(finding.start.line, forKey: .line)
        try c.encode(finding.start.column, forKey: .column)
        try c.encode(finding.end.line, forKey: .endLine)
        try c.encode(finding.end.column, forKey: .endColumn)
        try c.encode(finding.rule, forKey: .rule)
        try c.encode(finding.severity.rawValue, forKey: .severity)
        try c.encode(finding.message, forKey: .message)
        try c.encode(finding.suggestions, forKey: .suggestions)
    }
}

/// Renders findings as `file:line:col: severity rule: message`, as JSON, or highlighted in context.
enum FindingReport {
    /// `draft.txt:3:5: warning tone.filler: Filler: say why you are writing (try “following up”)`.
    static func textLine(_ item: FileFinding) -> String {
        let f = item.finding
        return "\(item.file):\(f.start.line):\(f.start.column): \(f.severity.rawValue) \(f.rule): \(f.message)"
            + suggestionNote(f)
    }

    static func suggestionNote(_ finding: Finding) -> String {
        guard let first = finding.suggestions.first else { return "" }
        if first.isEmpty { return " (try deleting it)" }
        let shown = finding.suggestions.prefix(3).map { "“\($0)”" }.joined(separator: ", ")
        return " (try \(shown))"
    }

    static func json(_ items: [FileFinding]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(items) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The finding's line, cut to fit `width` columns around it, then `^~~~` under its words,
    /// as pieces for `Console.write` (in colour, the words and the marks in the severity's colour):
    ///
    /// ```text
    ///   3 | …touch base. Why havent I heard back?…
    ///     |                  ^~~~~~
    /// ```
    static func excerpt(of finding: Finding, lines: [String], width: Int, color: Bool) -> [(text: String, style: Console.Style?)] {
        let gutter = "  \(finding.start.line) | "
        guard let window = FindingWindow(finding: finding, lines: lines, width: width - gutter.count) else { return [] }
        let under = String(repeating: " ", count: gutter.count - 2) + "| " + String(repeating: " ", count: window.caret.count - window.marks.count)
        guard color else { return [(gutter + window.text + "\n" + under + window.marks + "\n", nil)] }
        let marked: Console.Style = finding.severity == .error ? .markedError : finding.severity == .warning ? .markedWarning : .markedSuggestion
        let marks: Console.Style = finding.severity == .error ? .error : finding.severity == .warning ? .problem : .coach
        return [(gutter + window.before, nil), (window.marked, marked), (window.after + "\n" + under, nil), (window.marks, marks), ("\n", nil)]
    }
}
