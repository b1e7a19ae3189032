import Foundation

/// `tone.exclamation`: runs of exclamation marks, or more than one in the message.
public struct ExclamationFlood: FeedbackRule {
    public let id = "tone.exclamation"
    public let defaultSeverity = Severity.warning
    public let summary = "“!!” anywhere, or more than one exclamation mark in the message."
    public let explanation = "One exclamation mark can be warm; several read as over-eager. Let the words carry the enthusiasm."

    static let mark = Pattern("[!！]+[?!？！]*|\\?+[!！][?!？！]*")

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        var findings: [Finding] = []
        var seenSingle = false
        for range in document.proseMatches(Self.mark) {
            let text = document.text(range)
            if text.count > 1 {
                findings.append(document.finding(self, at: range, message: "“\(text)”: one mark at most", suggestions: ["."]))
            } else if seenSingle {
                findings.append(
                    document.finding(
                        self, at: range, message: "More than one exclamation mark in the message: keep one at most",
                        suggestions: ["."]))
            }
            seenSingle = true
        }
        return findings
    }
}
