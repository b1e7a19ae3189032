/// `tone.hedging`: hedges that make the writer sound unsure of themselves.
public struct HedgingPhrasing: FeedbackRule {
    public let id = "tone.hedging"
    public let defaultSeverity = Severity.suggestion
    public let summary = "Hedging (“I guess”, “I'm not sure if I”, “maybe perhaps”)."
    public let explanation = "State your interest and your strengths plainly; hedges read as doubt about your own fit."

    static let entries = PhraseTable([
        PhraseEntry("\\bI (guess|suppose)\\b", "Hedge: say it plainly", replace: ""),
        PhraseEntry("\\b(was|is|am|'m|felt|feel|it's|seems?) (kind|sort) of\\b", "Hedge: drop “kind of”"),
        PhraseEntry("\\b(maybe|perhaps) (possibly|perhaps|maybe)\\b|\\bpossibly maybe\\b", "Double hedge: pick one or none"),
        PhraseEntry("\\bI('m| am) not sure (if|whether) I\\b", "Self-doubt: state what you can do"),
        PhraseEntry("\\bI might not be (the )?(right|best|good|qualified)\\b", "Self-doubt: the reader will take your word for it"),
        PhraseEntry("\\bif (it's|it is) not too much (trouble|to ask)\\b", "Hedge: just ask politely", replace: ""),
        PhraseEntry("\\bI could be wrong\\b|\\bI don't know if (I|this|that)\\b", "Hedge: say it plainly"),
        PhraseEntry("\\bI (just )?wanted to (see|ask) if maybe\\b", "Hedge: ask directly", replace: "Could you let me know whether"),
    ])

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        phraseFindings(Self.entries, in: document)
    }
}
