import Foundation

/// `length.paragraph`: a wall-of-text paragraph.
public struct ParagraphLength: FeedbackRule {
    public let id = "length.paragraph"
    public let defaultSeverity = Severity.warning
    public let summary = "A paragraph of more than 90 words or more than 5 sentences."
    public let explanation = "A wall of text is skimmed or skipped; break it into short paragraphs of one idea each."

    public static let maximumWords = 90
    public static let maximumSentences = 5

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        document.paragraphs.compactMap { paragraph in
            let words = paragraph.words.count
            let sentences = paragraph.sentences.count
            guard words > Self.maximumWords || sentences > Self.maximumSentences else { return nil }
            let lineRange = document.range(ofLine: paragraph.lines.lowerBound)
            var finding = document.finding(
                self, at: lineRange,
                message: "Wall of text: this paragraph has \(words) words in \(sentences == 1 ? "one sentence" : "\(sentences) sentences"); break it up")
            finding.excerpt = document.words[paragraph.words.lowerBound].text
            return finding
        }
    }
}
