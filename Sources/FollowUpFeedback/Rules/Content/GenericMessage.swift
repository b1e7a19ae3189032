import FollowUpCore
import Foundation

/// `content.generic`: the context says what was discussed, and the draft refers to none of it.
public struct GenericMessage: FeedbackRule {
    public let id = "content.generic"
    public let defaultSeverity = Severity.warning
    public let summary = "Nothing refers to what this interviewer talked about (needs the context)."
    public let explanation =
        "Refer to something this person discussed: interviewers compare notes, and a message that could go to anyone reads as a form letter."

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        guard let answers = context.answers, !document.proseWords.isEmpty else { return [] }
        let addressee = GreetingName.addressee(in: document, answers: answers)
        let topics: [String]
        if let addressee, !addressee.topics.isEmpty {
            topics = addressee.topics
        } else {
            topics = answers.interviewers.flatMap(\.topics) + answers.highlights
        }
        let wanted = topics.map { Set(TextScanner.keywords(in: $0).map(TextScanner.stem)) }.filter { !$0.isEmpty }
        guard !wanted.isEmpty else { return [] }
        let present = Set(document.proseWords.map { TextScanner.stem($0.text) })
        if wanted.contains(where: { !$0.isDisjoint(with: present) }) { return [] }
        let who = addressee.map { " \($0.greetingName(tone: answers.tone))" } ?? ""
        let example = topics.first ?? ""
        return [
            document.finding(
                self, at: document.openingRange,
                message: "Nothing refers to what\(who) discussed (for example “\(example)”)",
                suggestions: ["I especially enjoyed our conversation about \(example)."])
        ]
    }
}
