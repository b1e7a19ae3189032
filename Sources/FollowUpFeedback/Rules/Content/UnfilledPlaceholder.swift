import FollowUpCore
import Foundation

/// `content.unfilled-placeholder`: a placeholder left in the draft (`[paste the link to your
/// portfolio here]`, `[NAME]`, `{{company}}`, `XXX`), in the subject or the body.
public struct UnfilledPlaceholder: FeedbackRule {
    public let id = "content.unfilled-placeholder"
    public let defaultSeverity = Severity.error
    public let summary = "A placeholder still in the draft (“[paste the link … here]”, “[NAME]”, “{{company}}”, “XXX”)."
    public let explanation =
        "A promise is kept only with the thing itself: paste the link, attach the file, fill in the name. A placeholder sent as it is tells the reader the message was a template."

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        var findings: [Finding] = []
        if let subject = document.draft.subject {
            let text = subject.text
            for span in Placeholder.spans(in: text) {
                let start = text.distance(from: text.startIndex, to: span.lowerBound)
                let end = text.distance(from: text.startIndex, to: span.upperBound)
                if let finding = document.subjectFinding(self, characters: start..<end, message: message(String(text[span]))) {
                    findings.append(finding)
                }
            }
        }
        let body = document.body
        for span in Placeholder.spans(in: body) {
            let range = NSRange(span, in: body)
            // Quoted earlier mail is not the candidate's to fill in.
            guard document.roles[document.lineIndex(ofOffset: range.location)] != .quoted else { continue }
            findings.append(document.finding(self, at: range, message: message(String(body[span]))))
        }
        return findings
    }

    private func message(_ placeholder: String) -> String {
        "Fill in this placeholder before sending: \(placeholder)"
    }
}
