import FollowUpCore
import Foundation

/// Looks words up in a dictionary. The pure engine only sees this protocol; the `Spelling`
/// module provides a hunspell-backed implementation.
public protocol SpellChecker: Sendable {
    /// True when `word` (a single word, no spaces) is spelled correctly.
    func isCorrect(_ word: String) -> Bool
    /// Likely intended words for a misspelling, best first.
    func suggestions(for word: String) -> [String]
    /// A hint that `suggestions(for: word)` will be asked for soon: an implementation may start
    /// the search in the background. The default does nothing.
    func prefetchSuggestions(for word: String)
    /// `isCorrect(word)` when it can be answered without waiting (for a dictionary being read);
    /// otherwise nil, and the implementation may start what the answer needs in the background.
    /// The default answers `isCorrect(word)`.
    func isCorrectWithoutWaiting(_ word: String) -> Bool?
    /// `isCorrect(word)` when it is known without reading a dictionary (a word list, an
    /// answer already given); otherwise nil, and nothing is started. The default: nil.
    func isCorrectWithoutReading(_ word: String) -> Bool?
}

extension SpellChecker {
    public func prefetchSuggestions(for word: String) {}
    public func isCorrectWithoutWaiting(_ word: String) -> Bool? { isCorrect(word) }
    public func isCorrectWithoutReading(_ word: String) -> Bool? { nil }
}

/// What kind of follow-up the draft is: it changes the length limit and the timing rules.
public enum MessageKind: String, Codable, CaseIterable, Sendable {
    /// The note sent within a day or two of the interview.
    case thankYou = "thank-you"
    /// The polite "any news?" sent after the decision date has passed.
    case checkIn = "check-in"
    /// A short note to stay in touch (no question, no offer expected).
    case networking
    /// The gracious answer to a rejection.
    case rejectionReply = "rejection-reply"
}

/// Everything the rules may know besides the draft itself. All of it is passed in as values:
/// the engine reads no file and no clock.
public struct FeedbackContext: Sendable {
    /// The interview the draft follows up on, when known (from `--answers` or a session).
    public var answers: Answers?
    /// The day the message is being checked (as if sent today). Timing rules need it.
    public var today: LocalDate?
    /// When true, a draft that says the day it is meant to be sent (`Draft.sendDate`, from an
    /// e-mail's `Date:` header) is checked as of that day instead of `today`.
    public var checksAsOfSendDate = false
    /// Forces the kind of message; when nil it is guessed from the text.
    public var kind: MessageKind?
    /// The dictionary, when one is available. Without it the spelling rule is silent.
    public var spellChecker: (any SpellChecker)?
    /// Words never flagged as misspelled (the personal word list), compared case-insensitively.
    public var personalWords: Set<String>
    /// The interviewer the draft is written to (a name from `answers`), when it is known.
    public var recipient: String?
    /// Set by `FeedbackEngine.check(_ drafts:)`: spelling suggestions are left as placeholders
    /// and filled in once every draft is checked, while the search runs in the background; so
    /// is the verdict on a word the spell checker cannot answer without waiting for its
    /// dictionary (see `Misspelling.resolveSuggestions`).
    var deferredSuggestions = false

    /// `knownWords` worked out once (checked against the answers and word list it came from).
    private var knownWordsCache: KnownWords?

    public init(
        answers: Answers? = nil, today: LocalDate? = nil, kind: MessageKind? = nil,
        spellChecker: (any SpellChecker)? = nil, personalWords: Set<String> = [], recipient: String? = nil
    ) {
        self.answers = answers
        self.recipient = recipient
        self.today = today
        self.kind = kind
        self.spellChecker = spellChecker
        self.personalWords = Set(personalWords.map { $0.lowercased() })
        knownWordsCache = KnownWords(self)
    }

    /// Parses a personal word list: one word per line, `#` starts a comment.
    public static func parseWordList(_ text: String) -> Set<String> {
        var words = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            let word = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            if !word.isEmpty { words.insert(word.lowercased()) }
        }
        return words
    }

    /// The interviewer `recipient` names: by full name, first name or the form of address,
    /// ignoring case and accents.
    public var recipientInterviewer: Interviewer? {
        guard let recipient, let interviewers = answers?.interviewers else { return nil }
        let wanted = GreetingName.normalized(recipient)
        return interviewers.first { GreetingName.normalized($0.name) == wanted }
            ?? interviewers.first { person in Tone.allCases.contains { GreetingName.normalized(person.greetingName(tone: $0)) == wanted } }
            ?? GreetingName.person(named: recipient, in: interviewers)
    }

    /// Every name the context knows (people, company, role words, topics), lowercased words.
    var knownWords: Set<String> {
        if let cache = knownWordsCache, cache.matches(self) { return cache.words }
        return computeKnownWords()
    }

    /// The words the spelling rule accepts besides the dictionary's (names and words from the
    /// answers, the personal word list, everyday workplace words), lowercased: a dictionary can
    /// take them in so that its suggestions include them.
    public var acceptedWords: Set<String> { knownWordsWithWorkplaceWords }

    /// `knownWords` with `Misspelling.acceptedWords`, as the spelling rule reads them.
    var knownWordsWithWorkplaceWords: Set<String> {
        if let cache = knownWordsCache, cache.matches(self) { return cache.withWorkplaceWords }
        return computeKnownWords().union(Misspelling.acceptedWords)
    }

    func computeKnownWords() -> Set<String> {
        guard let answers else { return personalWords }
        var texts: [String] = [answers.candidate.name, answers.interview.company, answers.interview.role]
        for person in answers.interviewers {
            texts.append(person.name)
            texts += Tone.allCases.map(person.greetingName(tone:))
            texts.append(person.title ?? "")
            texts += person.topics
        }
        texts.append(answers.recruiter?.name ?? "")
        texts += answers.highlights + answers.strengths + answers.promised
        texts += answers.concerns.map(\.topic) + answers.concerns.compactMap(\.response)
        var words = personalWords
        for text in texts {
            for word in TextScanner.words(in: text) { words.insert(word.lowercased()) }
        }
        return words
    }
}

/// `FeedbackContext.knownWords` for the answers and word list it was worked out from.
private struct KnownWords: Sendable {
    let answers: Answers?
    let personalWords: Set<String>
    let words: Set<String>
    let withWorkplaceWords: Set<String>

    init(_ context: FeedbackContext) {
        answers = context.answers
        personalWords = context.personalWords
        words = context.computeKnownWords()
        withWorkplaceWords = words.union(Misspelling.acceptedWords)
    }

    func matches(_ context: FeedbackContext) -> Bool {
        context.personalWords == personalWords && context.answers == answers
    }
}
