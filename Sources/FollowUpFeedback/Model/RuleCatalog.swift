/// Every built-in rule, in the order they are documented.
public enum RuleCatalog {
    public static let all: [any FeedbackRule] = [
        NoThanks(), NoNextSteps(), NoOffer(), GenericMessage(), GreetingName(), SubjectLine(), PromisedItem(),
        UnaddressedConcern(), UnfilledPlaceholder(),
        BodyLength(), SentenceLength(), ParagraphLength(), ReadingEase(),
        DesperatePhrasing(), DemandingPhrasing(), ApologeticPhrasing(), HedgingPhrasing(), EmptyFiller(), Cliche(),
        ExclamationFlood(), Shouting(), OverFamiliar(),
        Misspelling(), RepeatedWord(), PassiveVoice(),
        LateThanks(), EarlyCheckIn(),
    ]

    /// The ids of all built-in rules.
    public static let ids: Set<String> = Set(all.map(\.id))

    public static func rule(id: String) -> (any FeedbackRule)? { all.first { $0.id == id } }
}
