import Foundation

/// `content.concern`: a concern from the interview, with something to add, is left out.
public struct UnaddressedConcern: FeedbackRule {
    public let id = "content.concern"
    public let defaultSeverity = Severity.suggestion
    public let summary = "A concern you have an answer for is not addressed (needs the context)."
    public let explanation =
        "The follow-up is the chance to add the example you missed or clear up a misunderstanding, briefly."

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        guard let answers = context.answers, document.kind == .thankYou, !document.proseWords.isEmpty else { return [] }
        let present = Set(document.proseWords.map { TextScanner.stem($0.text) })
        return answers.concerns.compactMap { concern in
            guard let response = concern.response, !response.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            let keys = Set(TextScanner.keywords(in: concern.topic + " " + response).map(TextScanner.stem))
            guard !keys.isEmpty, keys.isDisjoint(with: present) else { return nil }
            return document.finding(
                self, at: document.closingRange,
                message: "The concern “\(concern.topic)” is not addressed; you planned to add: \(response)")
        }
    }
}
