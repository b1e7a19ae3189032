import Foundation

/// `content.promised`: material promised during the interview is never mentioned.
public struct PromisedItem: FeedbackRule {
    public let id = "content.promised"
    public let defaultSeverity = Severity.warning
    public let summary = "Something promised is not mentioned in the thank-you that carries it (needs the context)."
    public let explanation =
        "Send what you promised (portfolio, references, a sample) with the thank-you, or say when it will follow."

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        guard let answers = context.answers, document.kind == .thankYou, !document.proseWords.isEmpty else { return [] }
        // Each promise goes with one thank-you: the one to the person it names or concerns, else
        // the first (the composer's own routing). The addressee is the recipient when the context
        // names one, else whoever the greeting names; unknown, the first interviewer.
        let addressee = context.recipientInterviewer ?? GreetingName.addressee(in: document, answers: answers)
        let index = addressee.flatMap { answers.interviewers.firstIndex(of: $0) } ?? 0
        let promised = answers.interviewers.isEmpty ? answers.promised : answers.promised(forInterviewer: index)
        let present = Set(document.proseWords.map { TextScanner.stem($0.text) })
        return promised.compactMap { item in
            var keys = Set(TextScanner.keywords(in: item).map(TextScanner.stem))
            if keys.isEmpty { keys = Set(TextScanner.words(in: item).map { TextScanner.stem($0) }) }
            guard !keys.isEmpty, keys.isDisjoint(with: present) else { return nil }
            return document.finding(
                self, at: document.closingRange,
                message: "You promised “\(item)”, but the draft does not mention it",
                suggestions: ["As promised, here is \(item)."])
        }
    }
}
