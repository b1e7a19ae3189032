import Foundation

/// `content.no-thanks`: the message never thanks the reader.
public struct NoThanks: FeedbackRule {
    public let id = "content.no-thanks"
    public let defaultSeverity = Severity.error
    public let summary = "The message does not thank the reader for their time (a suggestion in check-ins)."
    public let explanation =
        "Open with gratitude for the interviewer's time and the chance to talk: it is the reason the message exists."

    static let gratitude = Pattern("\\b(thank|thanks|thankful|grateful|gratitude|appreciate[sd]?|appreciation|appreciative)\\b")

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        guard !document.proseWords.isEmpty, document.kind != .networking else { return [] }
        let greeting = document.greetingLine.map { document.draft.lines[$0].text } ?? ""
        // The pattern matches within lines: the prose and the greeting line can be read apart.
        if document.proseTextMatches(Self.gratitude) || Self.gratitude.matches(greeting) { return [] }
        var finding = document.finding(
            self, at: document.openingRange,
            message: "No word of thanks: open by thanking them for their time",
            suggestions: ["Thank you for taking the time to talk with me"])
        // In a check-in, thanks are a courtesy rather than the point of the message.
        if document.kind == .checkIn { finding.severity = min(finding.severity, .suggestion) }
        return [finding]
    }
}
