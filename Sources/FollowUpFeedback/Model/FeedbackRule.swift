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

/// A rule made of phrase patterns: every match is a finding, with the pattern's own message and
/// replacement. Most tone rules are tables of these.
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
}

extension FeedbackRule {
    /// Findings for every prose match of each entry, without duplicates for overlapping entries.
    func phraseFindings(_ entries: [PhraseEntry], in document: DraftDocument) -> [Finding] {
        var findings: [Finding] = []
        var covered: [NSRangeBox] = []
        for entry in entries {
            for range in document.proseMatches(entry.pattern) where !covered.contains(where: { $0.overlaps(range) }) {
                covered.append(NSRangeBox(range))
                let suggestions = entry.replacement.map { [$0] } ?? []
                findings.append(document.finding(self, at: range, message: entry.message, suggestions: suggestions))
            }
        }
        return findings
    }
}


struct NSRangeBox {
    let location: Int
    let length: Int
    init(_ range: NSRange) {
        location = range.location
        length = range.length
    }
    func overlaps(_ other: NSRange) -> Bool {
        location < other.location + other.length && other.location < location + length
    }
}
