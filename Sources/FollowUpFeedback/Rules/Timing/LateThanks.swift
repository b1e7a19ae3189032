import Foundation

/// `timing.late-thanks`: a thank-you sent more than 48 hours after the interview.
public struct LateThanks: FeedbackRule {
    public let id = "timing.late-thanks"
    public let defaultSeverity = Severity.warning
    public let summary = "A thank-you sent more than two days after the interview (needs the dates)."
    public let explanation =
        "Send the thank-you within 24 hours, 48 at the latest, while the conversation is fresh; later, acknowledge the delay briefly."

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        guard document.kind == .thankYou, let today = context.today,
            let interview = context.answers?.interview.date
        else { return [] }
        let days = interview.days(until: today)
        guard days > 2 else { return [] }
        let message =
            "Sent \(days) days after the interview on \(interview.readable); thank-yous belong within 48 hours"
        if let subject = document.subjectFinding(self, message: message) { return [subject] }
        return [document.finding(self, at: document.openingRange, message: message)]
    }
}
