import Foundation

/// `length.sentence`: a sentence too long to read in one breath.
public struct SentenceLength: FeedbackRule {
    public let id = "length.sentence"
    public let defaultSeverity = Severity.warning
    public let summary = "A sentence of more than 35 words."
    public let explanation = "Short sentences are easy to read on a phone between meetings; split long ones."

    public static let maximumWords = 35

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        document.sentences.compactMap { sentence in
            guard sentence.words.count > Self.maximumWords else { return nil }
            var finding = document.finding(
                self, at: sentence.range,
                message: "This sentence is \(sentence.words.count) words long; split it (aim for under 25)")
            finding.excerpt = document.words[sentence.words.lowerBound].text
            return finding
        }
    }
}
