/// Every built-in rule, in the order they are documented.
public enum RuleCatalog {
    /// A place in the catalog: a rule written in Swift, or a phrase family from `Data/` by id.
    enum Entry {
        case rule(any FeedbackRule)
        case family(String)
    }

    static let entries: [Entry] = [
        .rule(NoThanks()), .rule(NoNextSteps()), .rule(NoOffer()), .rule(GenericMessage()), .rule(GreetingName()),
        .rule(SubjectLine()), .rule(PromisedItem()), .rule(UnaddressedConcern()), .rule(UnfilledPlaceholder()),
        .rule(BodyLength()), .rule(SentenceLength()), .rule(ParagraphLength()), .rule(ReadingEase()),
        .family("tone.desperate"), .family("tone.demanding"), .family("tone.apology"), .family("tone.hedging"),
        .family("tone.filler"), .family("tone.cliche"), .family("tone.chatspeak"), .family("tone.bad-mouthing"),
        .family("tone.gift"),
        .rule(ExclamationFlood()), .rule(Shouting()), .rule(OverFamiliar()),
        .rule(Misspelling()), .rule(RepeatedWord()), .rule(PassiveVoice()), .rule(Capitalization()), .family("proof.confusion"),
        .family("proof.redundancy"), .family("proof.dates"),
        .rule(LateThanks()), .rule(EarlyCheckIn()),
    ]

    /// Every built-in rule, with the phrase families read from their YAML (`PhraseRule.builtIn`).
    public static let all: [any FeedbackRule] = rules(families: PhraseRule.builtIn)

    /// Every built-in rule, with the phrase families taken from `families` (which holds every
    /// built-in family by id), such as those `CompiledRules` read from its compact form.
    public static func rules(families: [String: PhraseRule]) -> [any FeedbackRule] {
        entries.map { entry in
            switch entry {
            case .rule(let rule):
                return rule
            case .family(let id):
                guard let rule = families[id] else { preconditionFailure("no built-in phrase rule \(id)") }
                return rule
            }
        }
    }

    /// The ids of all built-in rules, known without reading the phrase families' files.
    public static let ids: Set<String> = Set(
        entries.map { entry in
            switch entry {
            case .rule(let rule): rule.id
            case .family(let id): id
            }
        })

    public static func rule(id: String) -> (any FeedbackRule)? { all.first { $0.id == id } }
}
