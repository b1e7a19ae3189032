import Foundation

/// `proof.passive`: passive constructions, offered as a suggestion only.
public struct PassiveVoice: FeedbackRule {
    public let id = "proof.passive"
    public let defaultSeverity = Severity.suggestion
    public let summary = "Passive voice (“the project was led by me”)."
    public let explanation = "Active sentences name who did what; in a follow-up that is usually you, and it is worth saying."

    /// (The `\b` after the verb changes nothing, since a space follows it; it makes the
    /// pre-filter's literals whole words: “be” no longer finds every “because” and “best”.)
    static let passive = Pattern(
        "\\b(am|is|are|was|were|be|been|being)\\b\\s+(?:\\w+ly\\s+)?(\\w+ed|known|given|taken|shown|seen|done|made|written|sent|told|held|built|brought|chosen|driven|spoken|found|kept|paid|run|sold|thought|understood|won|led|taught)\\b"
    )
    /// Participles that are used as adjectives after "to be": "I am excited", "she was impressed".
    static let adjectives: Set<String> = [
        "interested", "excited", "pleased", "delighted", "impressed", "thrilled", "tired", "based", "located",
        "involved", "qualified", "experienced", "dedicated", "committed", "inspired", "motivated",
        "surprised", "concerned", "engaged", "fascinated", "intrigued", "honored", "honoured", "energized",
        "energised", "prepared", "convinced", "confused", "disappointed", "satisfied", "relieved", "focused",
        "skilled", "talented", "organized", "organised", "detailed", "advanced", "supposed", "used", "tasked",
        "scheduled", "expected", "required", "needed", "limited", "aligned", "blessed", "attached",
        "enclosed", "included", "invited",
    ]

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        document.proseMatches(Self.passive).compactMap { range in
            let words = document.text(range).split(whereSeparator: \.isWhitespace)
            guard let participle = words.last.map({ $0.lowercased() }), !Self.adjectives.contains(participle),
                participle.count > 3
            else { return nil }
            return document.finding(
                self, at: range, message: "Passive voice: “\(document.text(range))”; say who did it")
        }
    }
}
