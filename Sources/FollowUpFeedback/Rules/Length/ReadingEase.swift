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
        guard document.proseWords.count >= Self.minimumWords, !document.sentences.isEmpty else { return [] }
        // Each word's syllables counted once; sentences are runs of (prose) words.
        let syllables = document.words.map { $0.isProse ? Readability.syllableCount($0.text) : 0 }
        let score = Readability.fleschReadingEase(
            wordCount: document.proseWords.count, syllables: syllables.reduce(0, +), sentences: document.sentences.count)
        guard score < Self.minimumScore else { return [] }
        // The first of the hardest sentences.
        var hardest = document.sentences[0]
        var lowest = Double.infinity
        for sentence in document.sentences {
            let ease = Readability.fleschReadingEase(
                wordCount: sentence.words.count, syllables: syllables[sentence.words].reduce(0, +), sentences: 1)
            if ease < lowest {
                lowest = ease
                hardest = sentence
            }
        }
        var finding = document.finding(
            self, at: hardest.range,
            message: "Reading ease is \(Int(score.rounded())) (aim for 50 or more); this is the hardest sentence")
        finding.excerpt = document.words[hardest.words.lowerBound].text
        return [finding]
    }
}
