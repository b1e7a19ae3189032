/// How much a finding matters: errors fail `followup check`, suggestions never do.
public enum Severity: String, Codable, CaseIterable, Comparable, Sendable {
    case suggestion, warning, error

    private var rank: Int {
        switch self {
        case .suggestion: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A place in the checked file: 1-based line and 1-based column counted in characters
/// (grapheme clusters, so `é` and `日` are one column each), never in bytes.
public struct SourcePosition: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// One piece of feedback about one stretch of the draft.
///
/// `start` is the first offending character; `end` is the position just after the last one
/// (an exclusive end, as in editors' selection ranges).
public struct Finding: Hashable, Codable, Sendable {
    /// The stable rule id, such as `tone.filler`.
    public var rule: String
    public var severity: Severity
    /// One line, specific to this occurrence.
    public var message: String
    /// Why it matters, in the coach's words.
    public var explanation: String
    public var start: SourcePosition
    public var end: SourcePosition
    /// Replacements for the offending text, best first (may be empty).
    public var suggestions: [String]
    /// The offending text itself, as it appears in the draft (used to match findings between attempts).
    public var excerpt: String

    public init(
        rule: String, severity: Severity, message: String, explanation: String,
        start: SourcePosition, end: SourcePosition, suggestions: [String] = [], excerpt: String = ""
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.explanation = explanation
        self.start = start
        self.end = end
        self.suggestions = suggestions
        self.excerpt = excerpt
    }

    /// Sort order for reports: by position, then by rule id.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.end != rhs.end { return lhs.end < rhs.end }
        return lhs.rule < rhs.rule
    }
}
