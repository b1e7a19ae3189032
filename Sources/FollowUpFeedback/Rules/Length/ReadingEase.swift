import Foundation

/// `length.readability`: the prose as a whole is hard to read.
public struct ReadingEase: FeedbackRule {
    public let id = "length.readability"
    public let defaultSeverity = Severity.suggestion
    public let summary = "Flesch reading ease below 30 over a body of 60 words or more."
    public let explanation =
        "Plain words and short sentences read as confident; dense prose reads as padding. Points at the hardest sentence."

    public static let minimumScore = 30.0
    public static let minimumWords = 60

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        let words = document.proseWords.map(\.text)
        guard words.count >= Self.minimumWords, !document.sentences.isEmpty else { return [] }
        let score = Readability.fleschReadingEase(words: words, sentences: document.sentences.count)
        guard score < Self.minimumScore else { return [] }
        let hardest = document.sentences.min { lhs, rhs in
            ease(lhs, in: document) < ease(rhs, in: document)
        }
        guard let hardest else { return [] }
        var finding = document.finding(
            self, at: hardest.range,
            message: "Reading ease is \(Int(score.rounded())) (aim for 50 or more); this is the hardest sentence")
        finding.excerpt = document.words[hardest.words.lowerBound].text
        return [finding]
    }

    private func ease(_ sentence: DraftSentence, in document: DraftDocument) -> Double {
        Readability.fleschReadingEase(words: document.words[sentence.words].map(\.text), sentences: 1)
    }
}
