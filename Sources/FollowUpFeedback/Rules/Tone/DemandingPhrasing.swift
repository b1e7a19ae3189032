/// `tone.demanding`: impatient or demanding phrasing.
public struct DemandingPhrasing: FeedbackRule {
    public let id = "tone.demanding"
    public let defaultSeverity = Severity.error
    public let summary = "Impatient or demanding phrasing (“I expect an answer by”, “why haven't I heard back”)."
    public let explanation =
        "Ask politely about the timeline; demands and reproaches push the reader away and rarely speed anything up."

    static let entries = PhraseTable([
        PhraseEntry(
            "\\bI expect (an? |your )?(answer|response|reply|decision|update|to hear)\\b", "Demanding: ask about the timeline instead",
            replace: "Could you let me know when you expect"),
        PhraseEntry(
            "\\bwhy (haven't|have|hasn't|has) (I|anyone|nobody|no one)( not)? (heard|received|gotten|got|replied|responded|contacted|called)\\b",
            "Reproachful: ask whether there is an update instead", replace: "Is there any update on"),
        PhraseEntry("\\bwhy (is|has) (this|it) tak(ing|en) so long\\b", "Impatient: ask about the timeline instead"),
        PhraseEntry(
            "\\bstill (haven't|have not) (heard|received|gotten) (anything|a (single )?(word|reply|response|thing))\\b",
            "Reproachful: state that you are following up, without blame"),
        PhraseEntry(
            "(?:(?<=^)|(?<=\\n)|(?<=[.!?] )|(?<=please ))(respond|reply|answer|get back to me|let me know) (by|before|no later than|within)\\b",
            "Sets a deadline for the reader: ask when they expect to decide instead"),
        PhraseEntry(
            "\\bI need (an answer|a response|a decision|to know|to hear)( back)? (by|before|now|immediately|today|asap|soon)\\b",
            "Demanding: ask politely when they expect to decide"),
        PhraseEntry(
            "\\b(let me know|respond|reply|get back to me|answer|update me)( \\w+){0,3} (asap|as soon as possible|immediately|right away|urgently)\\b",
            "Impatient: drop the urgency and ask about the timeline"),
        PhraseEntry("\\bI demand\\b|\\bI insist\\b", "Demanding: ask instead"),
        PhraseEntry(
            "\\byou (need|have|must|should) to (respond|reply|let me know|get back to me|decide|tell me|answer)\\b",
            "Tells the reader what to do: ask instead"),
        PhraseEntry(
            "\\bI('ve| have) been waiting (for )?(\\w+ )?(days|weeks|forever|ages|a long time)\\b",
            "Reproachful: leave the waiting out"),
        PhraseEntry(
            "\\bit's been (over |more than )?(a|an|one|two|three|four|five|several|many|\\d+) (days?|weeks?)( now)?,? (and|with|but) (still )?(no|nothing|not)\\b",
            "Reproachful: mention the date of the interview without blame"),
        PhraseEntry("\\bwhat('s| is) the hold[- ]?up\\b", "Impatient and over-familiar"),
        PhraseEntry(
            "\\b(I'm|I am) (still )?waiting (on|for) (you|your (reply|response|answer|decision)|an answer|a response)\\b",
            "Impatient: ask about the timeline instead"),
    ])

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        phraseFindings(Self.entries, in: document)
    }
}
