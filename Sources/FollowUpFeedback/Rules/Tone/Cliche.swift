/// `tone.cliche`: clichés and corporate speak.
public struct Cliche: FeedbackRule {
    public let id = "tone.cliche"
    public let defaultSeverity = Severity.suggestion
    public let summary = "Clichés and corporate speak (“team player”, “hit the ground running”, “synergy”)."
    public let explanation =
        "Stock phrases are what every other candidate writes; a concrete detail from the interview is more convincing."

    static let entries = PhraseTable([
        PhraseEntry("\\bthink(ing)? outside (of )?the box\\b", "Cliché: give the example instead"),
        PhraseEntry("\\bsynerg(y|ies|istic)\\b", "Corporate speak: say what you would do together"),
        PhraseEntry("\\bteam player\\b", "Cliché: describe how you worked with a team"),
        PhraseEntry("\\bhit the ground running\\b", "Cliché: say what you would do first", replace: "start contributing quickly"),
        PhraseEntry("\\bgo-getter\\b|\\bself-starter\\b|\\bresults-driven\\b|\\brock ?star\\b|\\bninja\\b", "Cliché: show it with an example"),
        PhraseEntry("\\bperfect fit\\b", "Cliché: say which need you match", replace: "strong fit"),
        PhraseEntry("\\b(the )?best candidate\\b", "Overclaims: say which need you match"),
        PhraseEntry("\\bat the end of the day\\b", "Cliché", replace: "ultimately"),
        PhraseEntry("\\blow-hanging fruit\\b|\\bmove the needle\\b|\\bvalue[- ]add\\b|\\bwin-win\\b|\\bgame[- ]changer\\b", "Corporate speak: be concrete"),
        PhraseEntry("\\bI hope this (email|message|note) finds you well\\b", "Stock opener: start with the thanks instead"),
        PhraseEntry("\\bgive (it )?110 ?%|\\b110 ?percent\\b", "Cliché: be concrete"),
        PhraseEntry("\\bdream job\\b", "Cliché: say what draws you to the role"),
        PhraseEntry("\\bwear (many|multiple) hats\\b", "Cliché: name the roles"),
    ])

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        phraseFindings(Self.entries, in: document)
    }
}
