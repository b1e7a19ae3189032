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

    /// The offending line with the offending characters highlighted (colour) or underlined with
    /// `^`, as pieces for `Console.write`; unsafe characters in the line count as shown (`\u{1B}`).
    static func excerpt(of finding: Finding, lines: [String], color: Bool) -> [(text: String, style: Console.Style?)] {
        let lineIndex = finding.start.line - 1
        guard lines.indices.contains(lineIndex) else { return [] }
        let characters = Array(lines[lineIndex])
        let start = min(max(0, finding.start.column - 1), characters.count)
        var end = finding.end.line == finding.start.line ? finding.end.column - 1 : characters.count
        end = min(max(start, end), characters.count)
        if end == start { end = min(characters.count, start + 1) }
        let gutter = String(finding.start.line)
        let prefix = "  \(gutter) | "
        let before = UntrustedText.visible(String(characters[..<start]))
        let marked = UntrustedText.visible(String(characters[start..<end]))
        let after = String(characters[end...])
        if color {
            let style: Console.Style =
                finding.severity == .error ? .markedError : finding.severity == .warning ? .markedWarning : .markedSuggestion
            return [(prefix + before, nil), (marked, style), (after, nil)]
        }
        let pad = String(repeating: " ", count: prefix.count + displayWidth(before))
        return [(prefix + before + marked + after + "\n" + pad + String(repeating: "^", count: max(1, displayWidth(marked))), nil)]
    }

    /// Columns a string takes on a terminal: wide (CJK) characters take two.
    static func displayWidth(_ text: String) -> Int {
        text.reduce(0) { total, character in
            guard let scalar = character.unicodeScalars.first else { return total }
            let value = scalar.value
            let wide =
                (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
                || (0x20000...0x3FFFD).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
