import Foundation

/// `content.no-next-steps`: nothing asks about, or looks ahead to, the next step.
public struct NoNextSteps: FeedbackRule {
    public let id = "content.no-next-steps"
    public let defaultSeverity = Severity.warning
    public let summary =
        "No question or sentence about the next steps or the timeline (check-ins, and thank-yous of more than \(DraftDocument.shortNoteWords) words; a suggestion on a shorter, complete thank-you)."
    public let explanation =
        "Politely ask what comes next or when a decision is expected: it shows interest and tells you when to check in."

    static let nextSteps = Pattern(
        "\\b(next steps?|timeline|time ?frame|timing|decision|decide|hear (back|from you)|hearing (back|from you)|moving forward|(the|hiring|interview) process|what comes next|next (round|stage)|update|expect to|look(ing)? forward to (hearing|speaking|talking|the next|our next|learning more|meeting))\\b"
    )

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        guard document.kind == .thankYou || document.kind == .checkIn, !document.proseWords.isEmpty,
            !document.proseTextMatches(Self.nextSteps)
        else { return [] }
        var finding = document.finding(
            self, at: document.closingRange,
            message: "Nothing about next steps: ask when they expect to decide or what comes next",
            suggestions: ["Could you let me know what the next steps are and when you expect to decide?"])
        // A short thank-you that thanks them and says something specific is complete as it is:
        // career offices hold such notes up as models. The question is then only an idea.
        if document.kind == .thankYou, document.isShortCompleteNote(context: context) { finding.severity = .suggestion }
        return [finding]
    }
}
