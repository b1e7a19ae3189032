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
}

/// A rule's phrases compiled into one alternation, so the draft is scanned once per rule
/// rather than once per phrase; the capture group that matched tells which phrase it was.
public struct PhraseTable: Sendable {
    public let entries: [PhraseEntry]
    let combined: Pattern
    /// The capture group of each entry in `combined`.
    let groups: [Int]

    public init(_ entries: [PhraseEntry]) {
        self.entries = entries
        var groups: [Int] = []
        var next = 1
        for entry in entries {
            groups.append(next)
            next += 1 + entry.pattern.regex.numberOfCaptureGroups
        }
        self.groups = groups
        combined = Pattern(compiled: entries.map { "(" + $0.pattern.regex.pattern + ")" }.joined(separator: "|"))
    }
}

extension FeedbackRule {
    /// A finding for every prose match of the table, with the matching entry's message.
    func phraseFindings(_ table: PhraseTable, in document: DraftDocument) -> [Finding] {
        document.proseResults(table.combined).compactMap { result in
            guard let index = table.groups.firstIndex(where: { result.range(at: $0).location != NSNotFound }) else {
                return nil
            }
            let entry = table.entries[index]
            return document.finding(
                self, at: result.range, message: entry.message, suggestions: entry.replacement.map { [$0] } ?? [])
        }
    }
}
