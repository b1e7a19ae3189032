import FollowUpFeedback
import XCTest

final class ToneRuleTests: XCTestCase {
    func testDesperateHitAndNearMiss() {
        assertLint(
            PhraseRule.builtIn("tone.desperate"),
            "Dear Ana,\n\nThank you. 1️⃣I really need this job2️⃣ and would love to hear back.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", severity: .error, suggestion: "I'm very interested in this role")])
        assertLint(
            PhraseRule.builtIn("tone.desperate"),
            "Dear Ana,\n\nThank you. I need to finish a project this week, and I'm very interested in this role.\n",
            findings: [])
    }

    func testDemandingHitsAndNearMisses() {
        assertLint(
            PhraseRule.builtIn("tone.demanding"),
            """
            Dear Ana,

            1️⃣Why haven't I heard2️⃣ back? 3️⃣I expect an answer4️⃣ by Friday.
            """,
            findings: [FindingSpec("1️⃣", end: "2️⃣"), FindingSpec("3️⃣", end: "4️⃣")])
        assertLint(
            PhraseRule.builtIn("tone.demanding"),
            "Hi Ana,\n\nI know you're aiming to decide by Friday. Let me know if I can help, and I can start as soon as possible.\n",
            findings: [])
        assertLint(
            PhraseRule.builtIn("tone.demanding"),
            "Hi Ana,\n\nThanks. 1️⃣Let me know by Friday, please.\n",
            findings: [FindingSpec("1️⃣", message: "deadline")])
    }

    func testApologyHitAndNearMiss() {
        assertLint(
            PhraseRule.builtIn("tone.apology"),
            "Hi Ana,\n\n1️⃣Sorry to bother you2️⃣ again about the role.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", suggestion: "")])
        assertLint(PhraseRule.builtIn("tone.apology"), "Hi Ana,\n\nI was sorry to miss the team lunch.\n", findings: [])
    }

    func testHedgingHitAndNearMiss() {
        assertLint(
            PhraseRule.builtIn("tone.hedging"),
            "Hi Ana,\n\nThank you. 1️⃣I guess2️⃣ my experience 3️⃣is kind of4️⃣ relevant.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", severity: .suggestion), FindingSpec("3️⃣", end: "4️⃣")])
        assertLint(PhraseRule.builtIn("tone.hedging"), "Hi Ana,\n\nThis is the kind of work I want to do.\n", findings: [])
    }

    func testFillerHitsAndNearMiss() {
        assertLint(
            PhraseRule.builtIn("tone.filler"),
            "Hi Ana,\n\n1️⃣Just checking in2️⃣ on the role. I wanted to 3️⃣touch base4️⃣ and 5️⃣circle back6️⃣.\n",
            findings: [
                FindingSpec("1️⃣", end: "2️⃣", severity: .warning), FindingSpec("3️⃣", end: "4️⃣", suggestion: "following up"),
                FindingSpec("5️⃣", end: "6️⃣"),
            ])
        assertLint(PhraseRule.builtIn("tone.filler"), "Hi Ana,\n\nI'm writing to ask whether there is any update on the role.\n", findings: [])
    }

    func testClicheHitAndNearMiss() {
        assertLint(
            PhraseRule.builtIn("tone.cliche"), "Hi Ana,\n\nI am a 1️⃣team player2️⃣ who can 3️⃣hit the ground running4️⃣.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", severity: .suggestion), FindingSpec("3️⃣", end: "4️⃣")])
        assertLint(PhraseRule.builtIn("tone.cliche"), "Hi Ana,\n\nI enjoyed meeting the team and the players' union story.\n", findings: [])
    }

    func testExclamationFloodAndSingleMark() {
        assertLint(
            ExclamationFlood(),
            "Hi Ana1️⃣!!\n\nThank you so much2️⃣! It was great3️⃣!\n",
            findings: [
                FindingSpec("1️⃣", message: "“!!”", suggestion: "."), FindingSpec("2️⃣", message: "More than one"),
                FindingSpec("3️⃣", message: "More than one"),
            ])
        assertLint(ExclamationFlood(), "Hi Ana,\n\nThank you so much! It was a pleasure.\n", findings: [])
    }

    func testShoutingFlagsCapitalsButNotAcronymsOnACJKLine() {
        let context = FeedbackContext(spellChecker: sharedSpeller)
        assertLint(
            Shouting(),
            "Hi Ana,\n\n我们的 team was 1️⃣VERY2️⃣ kind, and I am 3️⃣REALLY EXCITED4️⃣ about the AWS and SQL work.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", suggestion: "very"), FindingSpec("3️⃣", end: "4️⃣")], context: context)
        assertLint(
            Shouting(), "Hi Ana,\n\nI look forward to the NASA and HIPAA projects with the CTO.\n", findings: [], context: context)
    }

    func testOverFamiliarGreetingAndSignOff() {
        assertLint(
            OverFamiliar(),
            "1️⃣Hey2️⃣ Ana,\n\nThank you for your time.\n\n3️⃣xoxo4️⃣\nPriya\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", suggestion: "Hi"), FindingSpec("3️⃣", end: "4️⃣")])
        assertLint(OverFamiliar(), "Hi Ana,\n\nThey said hey to everyone.\n\nBest,\nPriya\n", findings: [])
    }
}

final class LengthRuleTests: XCTestCase {
    func words(_ count: Int) -> String {
        (0..<count).map { $0 % 10 == 9 ? "work." : "work" }.joined(separator: " ")
    }

    func testBodyLengthPointsWhereTheLimitIsCrossed() {
        let limit = BodyLength.limit(for: .thankYou)
        let body = (0..<limit).map { _ in "word" }.joined(separator: " ")
        assertLint(
            BodyLength(), "Hi Ana,\n\n\(body) 1️⃣extra more2️⃣\n\nBest,\nPriya\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "\(limit + 2) words")],
            context: FeedbackContext(kind: .thankYou))
        assertLint(BodyLength(), "Hi Ana,\n\n\(body)\n", findings: [], context: FeedbackContext(kind: .thankYou))
    }

    func testCheckInsHaveALowerLimit() {
        let body = (0..<160).map { _ in "word" }.joined(separator: " ")
        let engine = FeedbackEngine(rules: [BodyLength()])
        XCTAssertEqual(engine.check(text: "Hi Ana,\n\n\(body)\n", context: FeedbackContext(kind: .checkIn)).count, 1)
        XCTAssertEqual(engine.check(text: "Hi Ana,\n\n\(body)\n", context: FeedbackContext(kind: .thankYou)).count, 0)
    }

    func testSentenceLength() {
        let long = "Word " + (0..<35).map { _ in "word" }.joined(separator: " ")
        let ok = (0..<35).map { _ in "word" }.joined(separator: " ")
        assertLint(
            SentenceLength(), "Hi Ana,\n\nShort one. 1️⃣\(long).2️⃣ Another short one.\n",
            findings: [FindingSpec("1️⃣", end: "2️⃣", message: "36 words")])
        assertLint(SentenceLength(), "Hi Ana,\n\n\(ok). Dr. Lima said so, e.g. twice.\n", findings: [])
    }

    func testParagraphLength() {
        let sentences = (0..<6).map { "Sentence \($0) is here." }.joined(separator: " ")
        assertLint(
            ParagraphLength(), "Hi Ana,\n\n1️⃣\(sentences)\n\nBest,\nPriya\n",
            findings: [FindingSpec("1️⃣", message: "6 sentences")])
        let five = (0..<5).map { "Sentence \($0) is here." }.joined(separator: " ")
        assertLint(ParagraphLength(), "Hi Ana,\n\n\(five)\n\n\(five)\n", findings: [])
    }

    func testReadabilityPointsAtTheHardestSentence() {
        let hard =
            "Notwithstanding organizational considerations, the institutionalization of interdisciplinary methodologies necessitates comprehensive reconsideration."
        let easy = "I liked the talk. The team was kind. I want to help."
        let body = Array(repeating: hard, count: 5).joined(separator: " ") + " " + easy
        let engine = FeedbackEngine(rules: [ReadingEase()])
        let findings = engine.check(text: "Hi Ana,\n\n\(body)\n")
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings.first?.severity, .suggestion)
        XCTAssertEqual(findings.first?.start, SourcePosition(line: 3, column: 1))
        // The first of the hardest sentences, wherever it is.
        let later = engine.check(text: "Hi Ana,\n\n\(easy) \(Array(repeating: hard, count: 5).joined(separator: " "))\n")
        XCTAssertEqual(later.first?.start, SourcePosition(line: 3, column: easy.count + 2))
        let plain = Array(repeating: easy, count: 8).joined(separator: " ")
        XCTAssertEqual(engine.check(text: "Hi Ana,\n\n\(plain)\n"), [])
    }

    func testSyllables() {
        XCTAssertEqual(Readability.syllableCount("cat"), 1)
        XCTAssertEqual(Readability.syllableCount("table"), 2)
        XCTAssertEqual(Readability.syllableCount("interview"), 3)
        XCTAssertEqual(Readability.syllableCount("make"), 1)
    }
}
