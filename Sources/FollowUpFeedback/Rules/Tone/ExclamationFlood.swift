import Foundation

/// `tone.exclamation`: runs of exclamation marks, or more than one in the message.
public struct ExclamationFlood: FeedbackRule {
    public let id = "tone.exclamation"
    public let defaultSeverity = Severity.warning
    public let summary = "“!!” or “??” anywhere, or more than one exclamation mark in the message."
    public let explanation = "One exclamation mark can be warm; several read as over-eager. Let the words carry the enthusiasm."

    static let mark = Pattern("[!！]+[?!？！]*|[?？]+[!！][?!？！]*|[?？]{2,}")

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        var findings: [Finding] = []
        var seenSingle = false
        let greeting = document.greetingLine
        let matches = Self.mark.matches(in: document.body, folded: document.foldedBody).filter { range in
            let line = document.lineIndex(ofOffset: range.location)
            return document.isProse(line: line) || line == greeting
        }
        for range in matches {
            let text = document.text(range)
            if text.count > 1 {
                let replacement = text.contains("?") ? "?" : "."
                findings.append(
                    document.finding(self, at: range, message: "“\(text)”: one mark at most", suggestions: [replacement]))
            } else if seenSingle {
                findings.append(
                    document.finding(
                        self, at: range, message: "More than one exclamation mark in the message: keep one at most",
                        suggestions: ["."]))
            }
            if text.contains("!") || text.contains("！") { seenSingle = true }
        }
        return findings
    }
}
