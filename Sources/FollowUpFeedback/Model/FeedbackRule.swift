import Foundation

/// The family a rule belongs to: the first part of its id.
public enum RuleCategory: String, Codable, CaseIterable, Sendable {
    case content, length, tone, proof, timing
}

/// One check. Each rule is a small type in its own file with a stable id such as `tone.filler`.
///
/// A rule reads the analysed draft and the context and returns findings at its default
/// severity; the engine applies the user's configuration (off, or another severity) afterwards.
public protocol FeedbackRule: Sendable {
    /// Stable id, `category.name`.
    var id: String { get }
    var defaultSeverity: Severity { get }
    /// One line: what the rule looks for (shown by `followup check --list-rules`).
    var summary: String { get }
    /// Why it matters, tied to the coaching rules. Copied into every finding.
    var explanation: String { get }
    func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding]
}

extension FeedbackRule {
    public var category: RuleCategory? {
        id.split(separator: ".").first.flatMap { RuleCategory(rawValue: String($0)) }
    }
}

/// One phrase a tone rule looks for, with its own message and replacement.
public struct PhraseEntry: Sendable {
    public var pattern: Pattern
    public var message: String
    /// The replacement offered (an empty string means "delete it").
    public var replacement: String?

    public init(_ pattern: String, _ message: String, replace replacement: String? = nil) {
        self.pattern = Pattern(pattern)
        self.message = message
        self.replacement = replacement
    }

    init(pattern: Pattern, message: String, replacement: String?) {
        self.pattern = pattern
        self.message = message
        self.replacement = replacement
    }
}

/// The phrases of one rule, in order of precedence.
public struct PhraseTable: Sendable {
    public let entries: [PhraseEntry]

    public init(_ entries: [PhraseEntry]) {
        self.entries = entries
    }
}

extension FeedbackRule {
    /// A finding for every prose match of each entry; where entries overlap, the earlier entry wins.
    ///
    /// Each phrase is its own scan: ICU runs many small patterns faster than one big alternation.
    func phraseFindings(_ table: PhraseTable, in document: DraftDocument) -> [Finding] {
        var findings: [Finding] = []
        var taken: [NSRange] = []
        for entry in table.entries {
            for range in document.proseMatches(entry.pattern)
            where !taken.contains(where: { NSIntersectionRange($0, range).length > 0 }) {
                taken.append(range)
                findings.append(
                    document.finding(self, at: range, message: entry.message, suggestions: entry.replacement.map { [$0] } ?? []))
            }
        }
        return findings
    }
}
