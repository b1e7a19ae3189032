import Foundation

/// `content.subject`: the subject line is missing, empty, or says nothing specific.
public struct SubjectLine: FeedbackRule {
    public let id = "content.subject"
    public let defaultSeverity = Severity.warning
    public let summary = "Subject line missing (in an e-mail file) or generic (“Follow up”, “Thank you”)."
    public let explanation =
        "A subject that names the role (and the interview day) gets opened and found again; “Follow up” is lost among a hundred others."

    static let generic: Set<String> = [
        "follow", "following", "followup", "up", "thank", "thanks", "you", "your", "for", "the", "a", "an", "my",
        "our", "today", "today's", "yesterday", "yesterday's", "interview", "interviews", "meeting", "chat", "call",
        "conversation", "checking", "check", "in", "hi", "hello", "hey", "quick", "question", "questions", "update",
        "re", "fwd", "fw", "touching", "base", "note", "email", "message", "time", "again", "just", "regarding",
        "about", "on", "of", "and", "it", "me", "i", "hope", "all", "well", "status", "application", "job",
        "position", "role", "opportunity", "with", "from", "to", "recent", "last", "week", "news", "any",
        "very", "much", "so", "greetings", "important", "urgent", "please", "read",
    ]

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        let proposal = suggestion(context: context, kind: document.kind)
        guard let subject = document.draft.subject else {
            guard document.draft.expectsSubject else { return [] }
            return [
                Finding(
                    rule: id, severity: defaultSeverity, message: "No subject line: name the role and the interview",
                    explanation: explanation, start: SourcePosition(line: 1, column: 1),
                    end: SourcePosition(line: 1, column: 1), suggestions: proposal.map { [$0] } ?? [], excerpt: "")
            ]
        }
        let words = TextScanner.words(in: subject.text).map { $0.lowercased() }
        let specific = words.filter { !Self.generic.contains($0) }
        guard specific.isEmpty else { return [] }
        let message =
            words.isEmpty
            ? "The subject line is empty"
            : "The subject “\(subject.text)” says nothing specific: name the role or the company"
        var finding = document.subjectFinding(self, message: message, suggestions: proposal.map { [$0] } ?? [])
        // "Thank you for the interview" at least says what the message is; it only lacks the role.
        let says = Set(words)
        if !says.isDisjoint(with: ["thank", "thanks"]), !says.isDisjoint(with: ["interview", "conversation", "meeting"]) {
            finding?.severity = .suggestion
            finding?.message = "The subject “\(subject.text)” could name the role, so it is easy to find again"
        }
        return finding.map { [$0] } ?? []
    }

    func suggestion(context: FeedbackContext, kind: MessageKind) -> String? {
        guard let interview = context.answers?.interview, !interview.role.isEmpty else { return nil }
        let day = interview.date.map { " on \($0.readable)" } ?? ""
        switch kind {
        case .thankYou: return "Thank you: \(interview.role) interview\(day)"
        case .checkIn: return "\(interview.role) interview\(day): checking on next steps"
        case .networking: return "Staying in touch after the \(interview.role) interview"
        case .rejectionReply: return "Thank you: \(interview.role) role at \(interview.company)"
        }
    }
}
