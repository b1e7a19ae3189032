import Foundation

/// `tone.familiar`: openings and closings too casual for a hiring manager.
public struct OverFamiliar: FeedbackRule {
    public let id = "tone.familiar"
    public let defaultSeverity = Severity.warning
    public let summary = "Over-familiar greetings or sign-offs (“Hey”, “Yo”, “xoxo”)."
    public let explanation =
        "Stay courteous even if the interview was relaxed: “Dear” or “Hi” and the person's name, and a plain sign-off."

    static let greeting = Pattern("^\\s*(hey there|hey|heya|hiya|yo|howdy|sup|what's up)\\b")
    static let closing = Pattern("^\\s*(love|xoxo|hugs|later|peace|ttyl|cheers mate)\\b")
    static let address = Pattern("\\b(dude|bro|buddy|pal)\\b")

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        var findings: [Finding] = []
        let formal = context.answers?.tone == .formal
        if let line = document.greetingLine {
            let base = document.range(ofLine: line)
            let text = document.text(base)
            if let match = Self.greeting.firstMatch(in: text) {
                let range = NSRange(location: base.location + match.location, length: match.length)
                findings.append(
                    document.finding(
                        self, at: range, message: "“\(document.text(range))” is too casual for a follow-up",
                        suggestions: [formal ? "Dear" : "Hi"]))
            }
        }
        if let line = document.signOffLine {
            let base = document.range(ofLine: line)
            if let match = Self.closing.firstMatch(in: document.text(base)) {
                let range = NSRange(location: base.location + match.location, length: match.length)
                findings.append(
                    document.finding(
                        self, at: range, message: "“\(document.text(range))” is too casual a sign-off",
                        suggestions: ["Best regards"]))
            }
        }
        for range in document.proseMatches(Self.address) {
            findings.append(document.finding(self, at: range, message: "“\(document.text(range))” is too casual"))
        }
        return findings
    }
}
