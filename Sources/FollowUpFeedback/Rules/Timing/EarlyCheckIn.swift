import Foundation

/// `timing.early-check-in`: a check-in sent before the company's own decision date has passed.
public struct EarlyCheckIn: FeedbackRule {
    public let id = "timing.early-check-in"
    public let defaultSeverity = Severity.warning
    public let summary = "A check-in sent on or before the stated decision date (needs the dates)."
    public let explanation =
        "Wait until the decision date has passed, then check in 1–2 business days later; earlier reads as impatient."

    /// Business days to wait after an interview with no decision date before checking in.
    public static let businessDaysWithoutDecisionDate = 7

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        guard document.kind == .checkIn, let today = context.today, let answers = context.answers else { return [] }
        let anchor: (String, Severity)
        if let decision = answers.decisionDate {
            guard today <= decision else { return [] }
            let wait = decision.adding(businessDays: 1, in: answers.businessCalendar)
            anchor = (
                "They said they would decide by \(decision.readable); check in from \(wait.readable), not before",
                defaultSeverity
            )
        } else if let interview = answers.interview.date {
            let wait = interview.adding(businessDays: Self.businessDaysWithoutDecisionDate, in: answers.businessCalendar)
            guard today < wait else { return [] }
            anchor = (
                "No decision date was given; about \(Self.businessDaysWithoutDecisionDate) business days after the interview (\(wait.readable)) is a better time to check in",
                .suggestion
            )
        } else {
            return []
        }
        var finding =
            document.subjectFinding(self, message: anchor.0)
            ?? document.finding(self, at: document.openingRange, message: anchor.0)
        finding.severity = anchor.1
        return [finding]
    }
}
