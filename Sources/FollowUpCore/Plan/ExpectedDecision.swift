/// When the company expects to decide, and what the candidate was told about the next steps:
/// read once, for the plan's dates and for the drafts' closing sentences alike.
public struct ExpectedDecision: Equatable, Sendable {
    /// The day the decision is expected: the `decision_date` given, or a day the next steps name
    /// in a sentence about hearing back ("dave said theyd decide by friday"), counted from the
    /// interview. Nil when neither says.
    public var date: LocalDate?
    /// The next-steps answer the date was read from, when it came from there.
    public var readFromNextSteps: String?
    /// True when the next steps say what comes next ("second round with the CTO"), so a note
    /// need not ask; false when they are empty or say nobody knows ("not sure, they didn't say").
    public var nextStepsKnown: Bool
    /// True when the day was read from loose words ("prob mid dec", "monday or tuesday", "in a
    /// week or so"): good enough to plan a check-in by, not to be told back as a date.
    public var isApproximate: Bool
    /// True when the day is that of a next step ("a second interview, first week of january"),
    /// not of a decision: the check-ins wait for it, but nothing calls it a decision.
    public var isNextStep = false

    /// Words that make a day read from the next steps a guess.
    static let approximate = [
        "mid", "early", "late", " or ", "prob", "maybe", "around", "ish", "couple", "few", "roughly", "approx", "sometime",
        "some time", "within", "might", "one day",
    ]

    /// True for a day said loosely ("mid dec", "early January", "in a couple of weeks", "around
    /// the 18th", "friday or monday"): a hedge alone ("before christmas hopefully") still names the day.
    public static func isLoose(_ said: String) -> Bool {
        let words = said.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let loose: Set<String> = [
            "mid", "early", "late", "or", "prob", "probably", "maybe", "around", "roughly", "approx", "approximately",
            "sometime", "couple", "few", "ish", "possibly", "perhaps", "within",
        ]
        return words.contains(where: loose.contains)
    }

    /// Only a sentence about hearing back gives a decision date: "final round next week" does not.
    static let aboutAnswer = ["decide", "decision", "hear", "know", "back to", "result", "answer", "offer", "phone", "call", "update", "outcome"]
    /// Next steps that say nothing is known.
    static let unknown = [
        "not sure", "no idea", "unsure", "unclear", "didn't say", "didnt say", "did not say", "don't know", "dont know", "no timeline", "n/a", "?",
    ]

    public init(_ answers: Answers, interviewDay: LocalDate?) {
        let said = Prose.firstNonEmpty(answers.nextSteps)
        let lowered = said?.lowercased() ?? ""
        nextStepsKnown = said != nil && !Self.unknown.contains { lowered.contains($0) } && lowered != "none" && lowered != "no"
        isApproximate = false
        if let given = answers.decisionDate {
            date = given
            isApproximate = answers.decisionDateIsApproximate == true
        } else if let said, let interviewDay, Self.aboutAnswer.contains(where: { lowered.contains($0) }),
            let reading = DateParser(today: interviewDay, calendar: answers.businessCalendar).find(in: said), reading.date > interviewDay
        {
            date = reading.date
            readFromNextSteps = said
            isApproximate = Self.approximate.contains { lowered.contains($0) }
        } else if let said, let interviewDay, let reading = DateParser(today: interviewDay, calendar: answers.businessCalendar).find(in: said),
            reading.date > interviewDay
        {
            // "a second interview, probably first week of january": no decision before that step,
            // so the check-ins wait for it; the day is the step's, never told back as a decision.
            date = reading.date
            readFromNextSteps = said
            isApproximate = true
            isNextStep = true
        }
    }
}
