import FollowUpFeedback
import XCTest

/// The phrase families read from YAML, and the new rules of issue 14, each with a hit and a near miss.
final class PhraseRuleTests: XCTestCase {
    func testARuleFileIsReadAndChecks() throws {
        let rule = try PhraseRule.parse(
            yaml: """
                id: tone.sports
                severity: warning
                summary: Sports talk.
                explanation: Keep it about the role.
                phrases:
                  - match: '\\bslam dunk\\b'
                    message: 'Sports metaphor: say what you did'
                    fix: success
                """, fileName: "rules/sports.yaml")
        assertLint(
            rule, "Hi Ana,\n\nThe launch was a 1️⃣slam dunk2️⃣. Slam-dunking is not.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "Sports metaphor", severity: .warning, suggestion: "success")])
    }

    func testABrokenRuleFileNamesTheFileLineAndColumn() {
        XCTAssertThrowsError(
            try PhraseRule.parse(
                yaml: "id: tone.x\nseverity: loud\nsummary: s\nexplanation: e\nphrases:\n  - match: 'a'\n    message: m\n",
                fileName: "rules/x.yaml")
        ) { error in
            XCTAssertEqual("\(error)", "rules/x.yaml:2:11: severity 'loud' is not one of error, warning, suggestion")
        }
        XCTAssertThrowsError(
            try PhraseRule.parse(
                yaml: "id: tone.x\nseverity: warning\nsummary: s\nexplanation: e\nphrases:\n  - match: '(unclosed'\n    message: m\n",
                fileName: "rules/x.yaml")
        ) { error in
            XCTAssertEqual("\(error)", "rules/x.yaml:6:12: '(unclosed' is not a valid regular expression")
        }
        XCTAssertThrowsError(
            try PhraseRule.parse(yaml: "id: tone.x\nseverity: warning\nsummary: s\nexplanation: e\nphrases:\n  - message: m\n", fileName: "x.yaml")
        ) { error in
            XCTAssertTrue("\(error)".hasPrefix("x.yaml:6:5: a phrase needs 'match'"), "\(error)")
        }
        XCTAssertThrowsError(try PhraseRule.parse(yaml: "id: [unclosed\n", fileName: "x.yaml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("x.yaml:"), "\(error)")
        }
    }

    func testEveryBuiltInFamilyLoads() {
        for id in [
            "tone.desperate", "tone.demanding", "tone.apology", "tone.hedging", "tone.filler", "tone.cliche", "tone.chatspeak",
            "tone.bad-mouthing", "tone.gift", "proof.confusion", "proof.redundancy", "proof.dates",
        ] {
            XCTAssertNotNil(PhraseRule.builtIn[id], id)
            XCTAssertTrue(RuleCatalog.ids.contains(id), id)
        }
    }

    func testUltimatums() {
        let rule = PhraseRule.builtIn("tone.demanding")
        assertLint(
            rule, "Hi Ana,\n\nPlease give me your 1️⃣answer by Friday or I will take the other offer2️⃣.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "Ultimatum")])
        assertLint(
            rule, "Hi Ana,\n\n1️⃣If I don't hear back by Monday, I will assume you are not interested.\n",
            findings: [FindingSpec("1️⃣", message: "Ultimatum")])
        assertLint(rule, "Hi Ana,\n\nI have another offer, so could you tell me your timeline?\n", findings: [])
    }

    func testBadMouthingGiftsAndChatspeak() {
        assertLint(
            PhraseRule.builtIn("tone.bad-mouthing"), "Hi Ana,\n\nHonestly, 1️⃣my current manager is incompetent2️⃣.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣")])
        assertLint(PhraseRule.builtIn("tone.bad-mouthing"), "Hi Ana,\n\nMy current manager is supportive.\n", findings: [])
        assertLint(
            PhraseRule.builtIn("tone.gift"), "Hi Ana,\n\nI'd love to 1️⃣take you out to dinner2️⃣.\n", findings: [FindingSpec("1️⃣", end: "2️⃣")])
        assertLint(PhraseRule.builtIn("tone.gift"), "Hi Ana,\n\nThe team dinner sounded fun.\n", findings: [])
        assertLint(
            PhraseRule.builtIn("tone.chatspeak"), "Hi Ana,\n\nGreat to meet 1️⃣u2️⃣. See the U.S. office.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", suggestion: "you")])
        assertLint(PhraseRule.builtIn("tone.desperate"), "Hi Ana,\n\n1️⃣I would do whatever it takes2️⃣.\n", findings: [FindingSpec("1️⃣", end: "2️⃣")])
    }

    func testConfusedWords() {
        let rule = PhraseRule.builtIn("proof.confusion")
        assertLint(
            rule, "Hi Ana,\n\nThank you for 1️⃣you're2️⃣ time. I am 3️⃣an4️⃣ engineer and 5️⃣an6️⃣ part of it. More excited 7️⃣then8️⃣ ever.\n",
            findings: [
                FindingSpec("1️⃣", end: "2️⃣", suggestion: "your"), FindingSpec("5️⃣", end: "6️⃣", suggestion: "a"),
                FindingSpec("7️⃣", end: "8️⃣", suggestion: "than"),
            ])
        assertLint(rule, "Hi Ana,\n\nYou're right that its team is an hour away, and then we met.\n", findings: [])
    }

    func testCapitalization() {
        assertLint(
            Capitalization(), "1️⃣hi Ana,\n\nThank you. 2️⃣i enjoyed it. 3️⃣the role fits, e.g. the on-call work, on 4️⃣friday.\n\nBest,\n5️⃣mike\n",
            findings: [
                FindingSpec("1️⃣", suggestion: "Hi"), FindingSpec("2️⃣", suggestion: "I"), FindingSpec("3️⃣", suggestion: "The"),
                FindingSpec("4️⃣", suggestion: "Friday"), FindingSpec("5️⃣", suggestion: "Mike"),
            ])
        assertLint(Capitalization(), "Hi Ana,\n\nThank you. I use iOS and eBay, e.g. daily.\n\nBest,\nMike\nmike@example.com\n", findings: [])
    }

    func testAMarkInsideBracketsDoesNotStartASentence() {
        // "!)" and "?)" close the bracket, not the sentence: "and" is no sentence start.
        assertLint(
            Capitalization(),
            "Hi Ana,\n\nI loved the tour (the garden is lovely!) and the team. We spoke about the rota (is it fixed?) and the pay.\n",
            findings: [])
        // Near misses: a mark after the bracket, or a bracketed sentence of its own, still ends one.
        assertLint(
            Capitalization(),
            "Hi Ana,\n\nI loved the tour (the garden is lovely)! 1️⃣and the team. I met Sam. (What a garden!) 2️⃣the team was kind.\n",
            findings: [FindingSpec("1️⃣", suggestion: "And"), FindingSpec("2️⃣", suggestion: "The")])
        // The same for a quotation that ends in a mark, when the sentence goes on in lowercase.
        assertLint(
            Capitalization(), "Hi Ana,\n\nI thought “what a view!” and the team laughed. Your question “why this role?” made me think.\n",
            findings: [])
        assertLint(Capitalization(), "Hi Ana,\n\nWhat a view! 1️⃣and the team laughed.\n", findings: [FindingSpec("1️⃣", suggestion: "And")])
    }

    func testGreetingsToNobodyToSomeoneElseAndInLowercase() {
        assertLint(
            GreetingName(), "1️⃣To whom it may concern,\n\nThank you for the interview.\n",
            findings: [FindingSpec("1️⃣", message: "form letter", severity: .warning)])
        assertLint(
            GreetingName(), "Dear 1️⃣Hiring Manager,\n\nThank you for the interview.\n",
            findings: [FindingSpec("1️⃣", severity: .suggestion)])
        assertLint(GreetingName(), "Hi 1️⃣sarah2️⃣,\n\nThank you.\n", findings: [FindingSpec("1️⃣", end: "2️⃣", suggestion: "Sarah")])
        assertLint(
            GreetingName(), "Dear 1️⃣Mr. Donovan,\n\nThank you, Ms. Whitaker, for your time.\n",
            findings: [FindingSpec("1️⃣", message: "Ms. Whitaker", suggestion: "Ms. Whitaker")])
        assertLint(GreetingName(), "Dear Ana Lima,\n\nThank you, Ana, for your time. Hi Marie van der Berg.\n", findings: [])
    }

    func testUncomparablesAndCouldOf() {
        assertLint(
            PhraseRule.builtIn("proof.redundancy"), "Hi Ana,\n\nIt is 1️⃣very\nunique and the 2️⃣least possible outcome. It is at least possible.\n",
            findings: [FindingSpec("1️⃣"), FindingSpec("2️⃣")])
        assertLint(PhraseRule.builtIn("proof.confusion"), "Hi Ana,\n\nIt 1️⃣could of been.\n", findings: [FindingSpec("1️⃣", message: "have")])
    }

    func testAcronymsAreNotShouting() {
        assertLint(Shouting(), "Hi Ana,\n\nI could start ASAP and update the HRIS.\n", findings: [], context: FeedbackContext(spellChecker: sharedSpeller))
    }

    func testOneSentenceIsSingular() {
        let long = String(repeating: "word ", count: 95)
        let findings = FeedbackEngine(rules: [ParagraphLength()]).check(text: "Hi Ana,\n\n\(long)end.\n")
        XCTAssertEqual(findings.map(\.message), ["Wall of text: this paragraph has 96 words in one sentence; break it up"])
    }
}
