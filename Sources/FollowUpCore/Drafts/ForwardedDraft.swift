/// A thank-you for someone whose address the candidate doesn't have, sent instead to the
/// recruiter with a line asking them to pass it on: the `.eml` and the plan's `mailto:` link
/// are addressed to the recruiter, and the note itself is unchanged below that line.
extension EmailDraft {
    /// This draft addressed to `recruiter` with a request to forward it, or nil when it has an
    /// address of its own, is not a thank-you, or there is no recruiter with an address to ask.
    public func forwarded(through recruiter: Contact?, tone: Tone) -> EmailDraft? {
        guard recipientEmail == nil, kind == .thankYou, let recruiter, let address = recruiter.email,
            !ListAnswer.clean(recruiter.name).isEmpty, recruiter.name != recipientName
        else { return nil }
        let greeting = PersonName.greeting(addressing: recruiter.greetingName(tone: tone), tone: tone)
        let name = PersonName.inProse(recipientName)
        // "to him" when a title says so; no "them" for one person whose title names them.
        let pronoun = PersonName(name).objectPronoun
        let request: String
        switch tone {
        case .formal:
            request =
                "I do not have an email address for \(name)\(name.hasSuffix(".") ? "" : ".") Would you be kind enough to forward the note below \(pronoun.map { "to \($0)" } ?? "on my behalf")? Thank you very much."
        case .warm:
            request =
                "I don't have an email address for \(name): could you pass the note below on \(pronoun.map { "to \($0)" } ?? "for me")? Thank you so much."
        case .brief:
            request = "I have no email address for \(name); could you forward the note below? Thanks."
        }
        var out = self
        out.recipientName = recruiter.name
        out.recipientEmail = address
        out.subject = subject
        out.body = "\(greeting)\n\n\(request)\n\n---------- Note for \(name) ----------\n\n\(body)"
        return out
    }
}
