import FollowUpCore

/// The practice conversation (`followup practice`, and the note in one's own words after a
/// guided session) as a state machine: read a draft line by line, have it checked, show the
/// review, then `/show`, `/edit`, a revision, or `/done`.
///
/// Like `GuidedSessionStateMachine`: an event goes in, the messages to show and one effect come
/// out. Checking a draft and running the editor are effects the shell carries out; their
/// results come back as events (`checked`, `edited`). Every state and transition is in this file.
public struct PracticeStateMachine: Equatable, Sendable {
    public enum State: Equatable, Sendable {
        /// Reading a draft, until a line holding only `.` or Ctrl-D.
        case collecting(DraftCollector)
        /// Waiting for the findings of `.check`.
        case checking
        /// Waiting for the editor opened by `.openEditor`.
        case editing
        /// The latest draft was reviewed: waiting for a command or the first line of a revision.
        case revising
        /// Practice is over: `.end` was returned.
        case ended
    }

    public private(set) var state: State = .collecting(DraftCollector())
    /// The latest draft read: the one `/show` shows, `/edit` opens and `.end` returns.
    public private(set) var latest: String?
    /// The findings of the latest draft checked, to compare the next one with.
    public private(set) var previous: [Finding]?
    /// Drafts checked so far.
    public private(set) var attempt = 0
    /// The editor `/edit` runs (`$VISUAL`, else `$EDITOR`); nil when neither is set.
    public let editor: String?
    /// How the user ends practice, as the prompt after each review says it.
    public let quitHint: String

    public init(editor: String?, quitHint: String = "/quit") {
        self.editor = editor.flatMap { $0.isEmpty ? nil : $0 }
        self.quitHint = quitHint
    }

    /// Starts with `initial` checked at once (`--file`), or by asking for a draft.
    public mutating func begin(with initial: String?) -> PracticeStep {
        if let initial { return received(initial) }
        return PracticeStep([.say(Words.pasteADraft(editor: editor))])
    }

    /// The prompt the next line is read at; nil while an effect is awaited, or once ended.
    public var prompt: String? {
        switch state {
        case .collecting(let collector): collector.lines.isEmpty ? "draft> " : "     | "
        case .revising: "practice> "
        case .checking, .editing, .ended: nil
        }
    }

    public mutating func handle(_ event: PracticeEvent) -> PracticeStep {
        switch (state, event) {
        case (.collecting(var collector), .typed(.line(let line))):
            if collector.lines.isEmpty, line.trimmingCharacters(in: .whitespaces) == "/edit" { return edit(latest ?? "") }
            collector.add(line)
            return collected(collector)
        case (.collecting(var collector), .typed(.endOfInput)):
            collector.finish()
            return collected(collector)
        case (.collecting, .typed(.interrupted)):
            return nothingNew(saying: [.say(Words.abandoned)])

        case (.revising, .typed(.line(let line))):
            switch line.trimmingCharacters(in: .whitespaces) {
            case "/quit", "/q", "/exit", "/done": return end()
            case "/show": return PracticeStep([.draft(latest ?? "")])
            case "/edit": return edit(latest ?? "")
            case "": return PracticeStep()
            default:
                var collector = DraftCollector()
                collector.add(line)
                return collected(collector)
            }
        case (.revising, .typed(.endOfInput)):
            return end()

        case (.checking, .checked(let findings)):
            attempt += 1
            let review = PracticeReview(text: latest ?? "", findings: findings, attempt: attempt, previous: previous)
            previous = findings
            state = .revising
            return PracticeStep([.review(review), .say(Words.revise(editor: editor, quitHint: quitHint))])

        case (.editing, .edited(let text)):
            guard let text else { return nothingNew(saying: []) }
            return received(text)

        default:
            // Ctrl-C at `practice>`, or an event the state is not waiting for.
            return PracticeStep()
        }
    }

    // MARK: - Transitions

    /// A draft arrived (typed, from the editor or from a file): check it, unless it is over the limits.
    private mutating func received(_ text: String) -> PracticeStep {
        latest = text
        if let problem = DraftLimits.problem(with: text, name: "The draft") {
            state = .revising
            return PracticeStep([.error(problem), .say(Words.revise(editor: editor, quitHint: quitHint))])
        }
        state = .checking
        return PracticeStep(effect: .check(text))
    }

    /// A line was added to the draft being read: more to read, or the draft is complete.
    private mutating func collected(_ collector: DraftCollector) -> PracticeStep {
        guard collector.isComplete else {
            state = .collecting(collector)
            return PracticeStep()
        }
        guard let text = collector.text else { return nothingNew(saying: []) }
        return received(text)
    }

    /// No new draft (abandoned, blank, or the editor gave nothing back): back to the latest
    /// one; without one, a first draft abandoned or blank ends practice, and one the editor
    /// did not give is asked for again.
    private mutating func nothingNew(saying messages: [PracticeMessage]) -> PracticeStep {
        if latest != nil {
            state = .revising
            return PracticeStep(messages)
        }
        if state == .editing {
            state = .collecting(DraftCollector())
            return PracticeStep(messages)
        }
        state = .ended
        return PracticeStep(messages, effect: .end(nil))
    }

    private mutating func edit(_ text: String) -> PracticeStep {
        guard editor != nil else { return PracticeStep([.say(Words.noEditor)]) }
        state = .editing
        return PracticeStep(effect: .openEditor(text))
    }

    private mutating func end() -> PracticeStep {
        state = .ended
        return PracticeStep(effect: .end(latest))
    }

    /// What practice says.
    enum Words {
        static func pasteADraft(editor: String?) -> String {
            "Paste or type your follow-up email. End with a line holding only a dot (.) or press Ctrl-D."
                + (editor != nil ? " Type /edit to write it in your editor instead." : "")
        }
        static func revise(editor: String?, quitHint: String) -> String {
            "Paste a revised version (end with .)" + (editor.map { ", /edit to revise this one in \($0)" } ?? "")
                + ", /show to see it again, or \(quitHint)."
        }
        static let abandoned = "Draft abandoned."
        static let noEditor = "Set $EDITOR to use /edit; meanwhile paste the draft here."
    }
}

/// What happens to the practice conversation.
public enum PracticeEvent: Equatable, Sendable {
    /// A line typed at `prompt`, Ctrl-C or Ctrl-D.
    case typed(TypedLine)
    /// The findings of the draft `.check` asked about.
    case checked([Finding])
    /// The editor closed: the text it saved, or nil (nothing saved, or it could not run).
    case edited(String?)
}

/// What one event produced: messages to show, then one effect for the shell.
public struct PracticeStep: Equatable, Sendable {
    public var messages: [PracticeMessage]
    public var effect: PracticeEffect

    public init(_ messages: [PracticeMessage] = [], effect: PracticeEffect = .none) {
        self.messages = messages
        self.effect = effect
    }
}

public enum PracticeEffect: Equatable, Sendable {
    /// Read the next line at `prompt`.
    case none
    /// Check this draft and send back `.checked(findings)`.
    case check(String)
    /// Open the editor on this text and send back `.edited(text)`.
    case openEditor(String)
    /// Practice is over: the latest draft, nil when none was written.
    case end(String?)
}

public enum PracticeMessage: Equatable, Sendable {
    case say(String)
    /// A draft that cannot be checked (over the limits), said on standard error.
    case error(String)
    /// `/show`: the latest draft as it was written.
    case draft(String)
    /// A checked draft: its findings, and how it compares with the attempt before.
    case review(PracticeReview)
}

/// One checked draft, for the shell to show.
public struct PracticeReview: Equatable, Sendable {
    public var text: String
    public var findings: [Finding]
    /// 1 for the first draft checked.
    public var attempt: Int
    /// The findings of the attempt before; nil for the first.
    public var previous: [Finding]?

    public init(text: String, findings: [Finding], attempt: Int, previous: [Finding]?) {
        self.text = text
        self.findings = findings
        self.attempt = attempt
        self.previous = previous
    }
}
