/// `tone.filler`: empty follow-up fillers that say nothing ("just checking in").
public struct EmptyFiller: FeedbackRule {
    public let id = "tone.filler"
    public let defaultSeverity = Severity.warning
    public let summary = "Empty fillers (“just checking in”, “touching base”, “circling back”)."
    public let explanation =
        "Say why you are writing (a question about the timeline, a thank-you, a promised document); fillers make the reader dig for the point."

    static let entries = PhraseTable([
        PhraseEntry(
            "\\bjust (checking|following|circling) (in|up|back)\\b", "Filler: say what you are asking",
            replace: "I'm writing to ask whether there is any update on"),
        PhraseEntry("\\b(just )?(touching|touch) base\\b", "Filler: say why you are writing", replace: "following up"),
        PhraseEntry("\\bcircl(e|ing|ed) back\\b", "Corporate filler: say why you are writing", replace: "following up"),
        PhraseEntry("\\bbump(ing)? (this|my (email|message|note))( up| to the top)?\\b", "Filler: restate the question instead"),
        PhraseEntry(
            "\\bjust (wanted|want) to (reach out|touch base|check in|follow up|ping)\\b", "Filler: get to the point",
            replace: "I'm writing to"),
        PhraseEntry("\\bping(ing)? you\\b", "Too casual: say what you are asking"),
        PhraseEntry("\\b(friendly|gentle) reminder\\b", "Reads as a reproach: ask your question directly"),
        PhraseEntry("\\bper my (last|previous) (email|message|note)\\b", "Reads as passive-aggressive: restate the question instead"),
    ])

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        phraseFindings(Self.entries, in: document)
    }
}
