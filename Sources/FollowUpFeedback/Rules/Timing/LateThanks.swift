import FollowUpCore
import Foundation

/// `timing.late-thanks`: a thank-you sent after its window: the first business day after the
/// interview, the next at the latest (after a Friday interview, Monday is on time).
public struct LateThanks: FeedbackRule {
    public let id = "timing.late-thanks"
    public let defaultSeverity = Severity.warning
    public let summary = "A thank-you sent more than two business days after the interview (needs the dates)."
    public let explanation =
        "Send the thank-you within a business day (after a Friday interview, Monday morning is on time), two at the latest, while the conversation is fresh; later, acknowledge the delay briefly."

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        guard document.kind == .thankYou, let today = context.today, let answers = context.answers,
            let interview = answers.interview.date
        else { return [] }
        let window = ThankYouWindow(interview: interview, calendar: answers.businessCalendar)
        guard window.isLate(on: today) else { return [] }
        let days = interview.days(until: today)
        let message =
            "Sent \(days) days after the interview on \(interview.readable); thank-yous belong by the next business day (\(window.due.readable)), \(window.latest.readable) at the latest"
        if let subject = document.subjectFinding(self, message: message) { return [subject] }
        return [document.finding(self, at: document.openingRange, message: message)]
    }
}
