/// `tone.desperate`: pleading that makes the candidate sound desperate.
public struct DesperatePhrasing: FeedbackRule {
    public let id = "tone.desperate"
    public let defaultSeverity = Severity.error
    public let summary = "Desperate phrasing (“I really need this job”, “please give me a chance”)."
    public let explanation =
        "Show enthusiasm for the role, not need: pleading makes the reader doubt the fit and puts pressure on them."

    static let entries = PhraseTable([
        PhraseEntry(
            "\\bI (really |truly |desperately |badly |so )?need (this|the|that) (job|position|role|offer|opportunity)\\b",
            "Sounds desperate: say why you want the role instead", replace: "I'm very interested in this role"),
        PhraseEntry("\\bdesperate(ly)?\\b", "“Desperate” undercuts you: say what draws you to the role"),
        PhraseEntry(
            "\\bplease (just )?(give me a chance|hire me|pick me|choose me)\\b", "Pleading: let your qualifications make the case"),
        PhraseEntry("\\bI('ll| will) do (anything|whatever it takes)\\b", "Sounds desperate: name what you would bring instead"),
        PhraseEntry("\\b(I'm |I am )?begging\\b|\\bI beg (you|of you)\\b", "Begging puts pressure on the reader"),
        PhraseEntry("\\bmy (last|only) (chance|hope)\\b", "Sounds desperate: keep the focus on the role"),
        PhraseEntry("\\bI('ll| will) (take|accept) any (salary|offer|position|role|job)\\b", "Undersells you and sounds desperate"),
        PhraseEntry("\\b(I'm|I am) (praying|begging)\\b", "Sounds desperate: keep it professional"),
        PhraseEntry("\\bI can't afford to (lose|miss) (this|out)\\b", "Sounds desperate: say what interests you instead"),
    ])

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        phraseFindings(Self.entries, in: document)
    }
}
