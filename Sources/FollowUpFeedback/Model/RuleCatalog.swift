/// Every built-in rule, in the order they are documented.
public enum RuleCatalog {
    public static let all: [any FeedbackRule] = [
        NoThanks(), NoNextSteps(), NoOffer(), GenericMessage(), GreetingName(), SubjectLine(), PromisedItem(),
        UnaddressedConcern(), UnfilledPlaceholder(),
        BodyLength(), SentenceLength(), ParagraphLength(), ReadingEase(),
        phrases("tone.desperate"), phrases("tone.demanding"), phrases("tone.apology"), phrases("tone.hedging"),
        phrases("tone.filler"), phrases("tone.cliche"), phrases("tone.chatspeak"), phrases("tone.bad-mouthing"),
        phrases("tone.gift"),
        ExclamationFlood(), Shouting(), OverFamiliar(),
        Misspelling(), RepeatedWord(), PassiveVoice(), Capitalization(), phrases("proof.confusion"),
        phrases("proof.redundancy"), phrases("proof.dates"),
        LateThanks(), EarlyCheckIn(),
    ]

    /// A phrase family from `Data/<id>.yaml`.
    static func phrases(_ id: String) -> PhraseRule { PhraseRule.builtIn(id) }

    /// The ids of all built-in rules.
    public static let ids: Set<String> = Set(all.map(\.id))

    public static func rule(id: String) -> (any FeedbackRule)? { all.first { $0.id == id } }
}
