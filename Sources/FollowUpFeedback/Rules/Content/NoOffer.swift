import Foundation

/// `content.no-offer`: the message does not offer more information or say the writer is available.
public struct NoOffer: FeedbackRule {
    public let id = "content.no-offer"
    public let defaultSeverity = Severity.warning
    public let summary =
        "No offer of further information, documents or availability (thank-yous of more than \(DraftDocument.shortNoteWords) words; a suggestion in check-ins and short, complete thank-yous)."
    public let explanation =
        "Keep the door open: say you are happy to send anything else they need and that you are available."

    static let offer = Pattern(
        "\\b((happy|glad|pleased|ready|willing) to (provide|send|share|answer|discuss|help|talk|chat|clarify|elaborate|meet|go|walk|follow|come)|available|availability|further (information|details|questions)|additional (information|details|materials?|questions|examples?)|any (other |further |more )?questions|let me know if|don't hesitate|do not hesitate|feel free|(can|could) (send|provide|share)|anything else|anything I can|I'm free|I am free|reach me)\\b"
    )

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        guard document.kind == .thankYou || document.kind == .checkIn, !document.proseWords.isEmpty,
            !document.proseTextMatches(Self.offer)
        else { return [] }
        var finding = document.finding(
            self, at: document.closingRange,
            message: "No offer of more information: say you are happy to send anything else they need",
            suggestions: ["I'm happy to send anything else that would help."])
        if document.kind == .checkIn || document.isShortCompleteNote(context: context) { finding.severity = min(finding.severity, .suggestion) }
        return [finding]
    }
}
