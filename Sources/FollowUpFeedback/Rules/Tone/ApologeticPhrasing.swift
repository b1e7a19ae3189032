/// `tone.apology`: apologising for writing at all.
public struct ApologeticPhrasing: FeedbackRule {
    public let id = "tone.apology"
    public let defaultSeverity = Severity.warning
    public let summary = "Apologising for writing (“sorry to bother you”, “I hate to pester you”)."
    public let explanation =
        "Following up is expected and professional: an apology for it signals that you think you are a nuisance."

    static let entries = PhraseTable([
        PhraseEntry(
            "\\b(so |very |really )?sorry (to|for) (bother|bothering|disturb|disturbing|trouble|troubling|intrude|intruding|pester|pestering|the (bother|trouble|intrusion)|writing again|reaching out again|following up again|taking up your time)( you)?\\b",
            "No need to apologise for following up", replace: ""),
        PhraseEntry(
            "\\bI apologi[sz]e for (bothering|disturbing|the intrusion|taking up your time|reaching out|writing again|following up|my persistence)\\b",
            "No need to apologise for following up", replace: ""),
        PhraseEntry(
            "\\bI (hate|don't want|do not want) to (bother|pester|nag|be a pest|be pushy|disturb|trouble|annoy) you\\b",
            "Drop the apology: following up is expected"),
        PhraseEntry(
            "\\bI hope I('m| am) not (bothering|disturbing|being a (pest|nuisance|bother)|intruding|being too pushy|annoying) you\\b",
            "Drop the apology: following up is expected"),
        PhraseEntry("\\bsorry if this (is|seems|sounds) (too )?(pushy|forward|annoying|much|bothersome)\\b", "Drop the apology"),
    ])

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        phraseFindings(Self.entries, in: document)
    }
}
