import FollowUpCore
import Foundation

/// After a guided session has written its files: the offer to write one thank-you note in the
/// candidate's own words, practised with feedback that knows the interview, and saved beside
/// the generated note (never over it).
///
/// Like the other conversations: an event goes in, messages and one effect come out. Getting
/// practice ready, practising (`PracticeStateMachine`, run by the shell) and saving are effects;
/// their results come back as events.
public struct OwnNoteStateMachine: Equatable, Sendable {
    public enum State: Equatable, Sendable {
        /// Waiting for the number of a thank-you note, or Enter to finish.
        case offering
        /// Waiting for `practiceReady` or `practiceUnavailable`, then for `practised`.
        case practising(EmailDraft)
        /// Waiting for `saved` or `notSaved`.
        case saving(EmailDraft)
        case ended
    }

    public private(set) var state: State
    /// The thank-you notes on offer, in the plan's order.
    public let thankYous: [EmailDraft]
    /// The generated drafts' file names, by draft id (`01-thank-you-ana-perez.eml`).
    public let fileNames: [String: String]

    /// An offer of the thank-you notes among `drafts`; with none, the offer is over before it starts.
    public init(drafts: [EmailDraft], fileNames: [String: String]) {
        thankYous = drafts.filter { $0.kind == .thankYou }
        self.fileNames = fileNames
        state = thankYous.isEmpty ? .ended : .offering
    }

    /// The offer, and a line for each note.
    public var opening: [ShellMessage] {
        guard state == .offering else { return [] }
        let offer = "Would you rather write a thank-you note in your own words? Type its number to practise it here with feedback, or press Enter to finish."
        return [.say(offer)] + thankYous.enumerated().map { .choice("\($0.offset + 1)  to \($0.element.recipientName)") }
    }

    /// The prompt the choice is typed at; nil once made.
    public var prompt: String? { state == .offering ? "» " : nil }

    public mutating func handle(_ event: OwnNoteEvent) -> (messages: [ShellMessage], effect: OwnNoteEffect) {
        switch (state, event) {
        case (.offering, .typed(let input)):
            guard case .line(let text) = input, let number = Int(text.trimmingCharacters(in: .whitespaces)),
                thankYous.indices.contains(number - 1)
            else { return end([]) }
            let draft = thankYous[number - 1]
            state = .practising(draft)
            return ([], .preparePractice(draft))
        case (.practising, .practiceUnavailable(let reason)):
            return end([.error("practice is not available: \(reason)")])
        case (.practising(let draft), .practiceReady):
            let hint = fileNames[draft.id].map {
                ShellMessage.aside("The generated note is in drafts/\($0) if you want a starting point; /edit opens your editor.")
            }
            return (hint.map { [$0] } ?? [], .practise(quitHint: "/done to keep your latest version"))
        case (.practising(let draft), .practised(let text)):
            guard let text else { return end([]) }
            let own = Self.note(draft, rewrittenAs: text)
            state = .saving(own)
            let base = (fileNames[draft.id] ?? "\(draft.id).eml").replacingOccurrences(of: ".eml", with: "")
            return ([], .save(own, fileNameStem: base + "-yours"))
        case (.saving, .saved(let fileName)):
            return end([.say("Saved your version as drafts/\(fileName); the generated one is still beside it.")])
        case (.saving, .notSaved(let reason)):
            return end([.error(reason)])
        default:
            return ([], state == .ended ? .end : .none)
        }
    }

    private mutating func end(_ messages: [ShellMessage]) -> (messages: [ShellMessage], effect: OwnNoteEffect) {
        state = .ended
        return (messages, .end)
    }

    /// The generated note with the candidate's text: a first line `Subject: …` is the subject,
    /// not part of the body the interviewer reads.
    static func note(_ draft: EmailDraft, rewrittenAs text: String) -> EmailDraft {
        let parsed = DraftParser.parse(text, format: .plain)
        var own = draft
        own.body = parsed.lines.map(\.text).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if let subject = parsed.subject?.text.trimmingCharacters(in: .whitespaces), !subject.isEmpty {
            own.subject = subject
        }
        return own
    }
}

public enum OwnNoteEvent: Equatable, Sendable {
    /// The choice typed at `prompt`.
    case typed(TypedLine)
    /// Practice could be set up for the chosen note (its feedback knows the interview).
    case practiceReady
    /// Practice could not be set up (a broken configuration file, say).
    case practiceUnavailable(reason: String)
    /// Practice ended: the last version written, or nil when none was.
    case practised(String?)
    /// The candidate's note was saved as `drafts/<fileName>`.
    case saved(fileName: String)
    case notSaved(reason: String)
}

public enum OwnNoteEffect: Equatable, Sendable {
    /// Read the next line at `prompt`, or wait for the result of the last effect.
    case none
    /// Set up practice for this note; send back `practiceReady` or `practiceUnavailable`.
    case preparePractice(EmailDraft)
    /// Run practice (`PracticeStateMachine`) with this way out; send back `practised`.
    case practise(quitHint: String)
    /// Save this note as `drafts/<stem>.eml`, or `<stem>-2.eml` and on if that is taken; send
    /// back `saved` or `notSaved`.
    case save(EmailDraft, fileNameStem: String)
    /// The offer is over.
    case end
}
