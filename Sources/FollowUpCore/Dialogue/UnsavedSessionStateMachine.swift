/// Stopping a session that could not be saved: says what is not saved, then offers to try
/// again, to save it in another folder, or to stop without saving, until a save works or the
/// user stops.
///
/// Like `GuidedSessionStateMachine`: a line goes in, messages and one effect come out; the
/// shell carries out the save and sends its result back (`saved`, `notSaved`).
public struct UnsavedSessionStateMachine: Equatable, Sendable {
    public enum State: Equatable, Sendable {
        /// Waiting for r, a folder, or q.
        case asking
        /// Waiting for the result of `.retry` (`elsewhere` false) or `.saveIn` (true).
        case saving(elsewhere: Bool)
        /// Over: `.stop` was returned.
        case stopped(saved: Bool)
    }

    public private(set) var state: State = .asking
    /// Answers accepted since the last save that reached the disk.
    public let unsavedAnswers: Int
    /// The session file that could not be written.
    public let path: String
    /// Why the last save failed.
    public private(set) var reason: String

    public init(unsavedAnswers: Int, path: String, reason: String) {
        self.unsavedAnswers = unsavedAnswers
        self.path = path
        self.reason = reason
    }

    /// What is not saved, and the choices.
    public var opening: [CoachMessage] {
        [.problem(CoachScript.Remark.notSaved(answers: unsavedAnswers, path: path, reason: reason)), .say(CoachScript.Remark.unsavedChoices)]
    }

    /// The prompt the choice is typed at; nil while a save is awaited, or once stopped.
    public var prompt: String? { state == .asking ? "save> " : nil }

    public mutating func handle(_ event: UnsavedSessionEvent) -> (messages: [CoachMessage], effect: UnsavedSessionEffect) {
        switch (state, event) {
        case (.asking, .typed(.line(let line))):
            let answer = line.trimmingCharacters(in: .whitespaces)
            switch answer.lowercased() {
            case "q", "quit", "/quit":
                return stop(saved: false, [])
            case "r", "retry", "", "/save":
                state = .saving(elsewhere: false)
                return ([], .retry)
            default:
                state = .saving(elsewhere: true)
                return ([], .saveIn(folder: answer))
            }
        case (.asking, .typed):
            // Ctrl-C or Ctrl-D: stop without saving.
            return stop(saved: false, [])
        case (.saving(let elsewhere), .saved):
            return stop(saved: true, [.say(elsewhere ? CoachScript.Remark.savedElsewhere : CoachScript.Remark.stoppedAndSaved)])
        case (.saving, .notSaved(let why)):
            reason = why
            state = .asking
            return (opening, .none)
        case (.stopped(let saved), _):
            return ([], .stop(saved: saved))
        default:
            return ([], .none)
        }
    }

    private mutating func stop(saved: Bool, _ messages: [CoachMessage]) -> (messages: [CoachMessage], effect: UnsavedSessionEffect) {
        state = .stopped(saved: saved)
        return (messages, .stop(saved: saved))
    }
}

public enum UnsavedSessionEvent: Equatable, Sendable {
    /// The choice typed at `prompt`, Ctrl-C or Ctrl-D.
    case typed(TypedLine)
    /// The save asked for reached the disk.
    case saved
    /// The save asked for failed, for this reason.
    case notSaved(reason: String)
}

public enum UnsavedSessionEffect: Equatable, Sendable {
    /// Read the next line at `prompt`.
    case none
    /// Save the session where it was; send back `saved` or `notSaved`.
    case retry
    /// Save the session under this data folder (as typed); send back `saved` or `notSaved`.
    case saveIn(folder: String)
    /// Over: the session is saved somewhere, or the user stopped without saving it.
    case stop(saved: Bool)
}
