import Foundation

/// `length.body`: the body is longer than a follow-up should be.
public struct BodyLength: FeedbackRule {
    public let id = "length.body"
    public let defaultSeverity = Severity.warning
    public let summary = "Body over 250 words (thank-you), 150 (check-in), 120 (networking note) or 200 (reply to a rejection)."
    public let explanation =
        "Keep it to a few short paragraphs: the reader is busy, and a short note gets read to the end."

    /// The most words a message of each kind should have.
    public static func limit(for kind: MessageKind) -> Int {
        switch kind {
        case .thankYou: return 250
        case .checkIn: return 150
        case .networking: return 120
        case .rejectionReply: return 200
        }
    }

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        let words = document.proseWords
        let limit = Self.limit(for: document.kind)
        guard words.count > limit, let last = words.last else { return [] }
        let first = words[limit]
        let range = NSRange(location: first.range.location, length: last.range.location + last.range.length - first.range.location)
        var finding = document.finding(
            self, at: range,
            message: "The body is \(words.count) words; keep a \(document.kind.rawValue) under \(limit) (this is where it goes over)")
        finding.excerpt = first.text
        return [finding]
    }
}
