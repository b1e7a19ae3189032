/// The offer, when `followup` starts, to resume an unfinished session: Enter or anything but
/// "n…" resumes it, "n…" keeps it (saying how to come back to it) and starts a new one, Ctrl-C
/// or Ctrl-D stops.
///
/// Like `GuidedSessionStateMachine`: a line goes in, the messages to show and one effect come
/// out; the shell reads the line and carries out the effect.
public struct ResumeOfferStateMachine: Equatable, Sendable {
    public enum State: Equatable, Sendable {
        case asking
        /// Answered: `effect` was returned and the offer is over.
        case answered(ResumeOfferEffect)
    }

    public private(set) var state: State = .asking
    /// The unfinished session.
    public let sessionID: String
    /// The session as the user knows it: `Acme, Engineer (id 20261120-143000)`.
    public let label: String

    public init(sessionID: String, label: String) {
        self.sessionID = sessionID
        self.label = label
    }

    /// What is said before the question.
    public var opening: [ShellMessage] { [.say("You have an unfinished session: \(label).")] }

    /// The question, on the line the answer is typed on; nil once answered.
    public var prompt: String? { state == .asking ? "Resume it? [Y/n] " : nil }

    /// Takes the answer. The offer is answered by the first line; after that, nothing changes.
    public mutating func handle(_ input: TypedLine) -> (messages: [ShellMessage], effect: ResumeOfferEffect) {
        if case .answered(let effect) = state { return ([], effect) }
        let effect: ResumeOfferEffect
        var messages: [ShellMessage] = []
        switch input {
        case .line(let text) where !text.lowercased().hasPrefix("n"):
            effect = .resume
        case .interrupted, .endOfInput:
            effect = .stop
        case .line:
            effect = .startNew
            messages = [
                .say(CoachScript.Remark.oldSessionKept(label: label)),
                .command("followup resume \(sessionID)"),
                .command("followup delete \(sessionID)"),
            ]
        }
        state = .answered(effect)
        return (messages, effect)
    }
}

/// What the shell does once the resume offer is answered.
public enum ResumeOfferEffect: Equatable, Sendable {
    /// Carry on with the unfinished session.
    case resume
    /// Keep it, and start a new session.
    case startNew
    /// Stop (exit 130): Ctrl-C or Ctrl-D at the offer.
    case stop
}
