import FollowUpFeedback
import XCTest

/// The candidate's own phrase rules (`<home>/rules/*.yaml`): used beside the built-in ones, a
/// broken file reported by file, line and column while the others still count.
final class UserPhraseRulesTests: XCTestCase {
    static let sports = """
        id: tone.sports
        severity: warning
        summary: Sports talk.
        explanation: Say what you did instead of comparing it to a game.
        phrases:
          - match: '\\bslam dunk\\b'
            message: 'Sports metaphor: say what went well'
            fix: success
        """

    static let draft = "Hi Ana,\n\nThank you for your time. The demo was a slam dunk. What are the next steps?\n\nMaya\n"

    func testARuleFileIsUsedBesideTheBuiltInRules() throws {
        let user = UserPhraseRules(files: [("rules/sports.yaml", Self.sports)])
        XCTAssertEqual(user.problems, [])
        let findings = FeedbackEngine(rules: RuleCatalog.all + user.rules).check(text: Self.draft)
        let sports = try XCTUnwrap(findings.first { $0.rule == "tone.sports" })
        XCTAssertEqual("\(sports.start)-\(sports.end) \(sports.message) \(sports.suggestions)", "3:41-3:50 Sports metaphor: say what went well [\"success\"]")
        XCTAssertTrue(findings.contains { $0.rule == "content.no-offer" }, "the built-in rules still run")
    }

    func testABrokenFileIsReportedAndTheOthersAreStillUsed() {
        let broken = "id: tone.broken\nseverity: loud\nsummary: s\nexplanation: e\nphrases:\n  - match: 'a'\n    message: m\n"
        let user = UserPhraseRules(files: [("rules/a-broken.yaml", broken), ("rules/sports.yaml", Self.sports)])
        XCTAssertEqual(user.problems.map(\.description), ["rules/a-broken.yaml:2:11: severity 'loud' is not one of error, warning, suggestion"])
        XCTAssertEqual(user.rules.map(\.id), ["tone.sports"])
        XCTAssertTrue(FeedbackEngine(rules: RuleCatalog.all + user.rules).check(text: Self.draft).contains { $0.rule == "tone.sports" })
    }

    func testAnIdThatIsTakenIsAProblemOfTheLaterFile() {
        let filler = Self.sports.replacingOccurrences(of: "tone.sports", with: "tone.filler")
        let user = UserPhraseRules(files: [("rules/filler.yaml", filler), ("rules/one.yaml", Self.sports), ("rules/two.yaml", Self.sports)])
        XCTAssertEqual(user.rules.map(\.id), ["tone.sports"])
        XCTAssertEqual(
            user.problems.map(\.description),
            [
                "rules/filler.yaml:1:5: id 'tone.filler' is already used by another rule (built in, or in another file; followup check --list-rules lists them): give this one its own, such as tone.my-filler",
                "rules/two.yaml:1:5: id 'tone.sports' is already used by another rule (built in, or in another file; followup check --list-rules lists them): give this one its own, such as tone.my-sports",
            ])
    }

    func testConfigYAMLCanRegradeARuleOfTheCandidate() throws {
        let user = UserPhraseRules(files: [("rules/sports.yaml", Self.sports)])
        let configuration = try FeedbackConfiguration.parse(
            yaml: "rules:\n  tone.sports: error\n", fileName: "config.yaml", knownRules: RuleCatalog.ids.union(user.ids))
        let findings = FeedbackEngine(rules: RuleCatalog.all + user.rules, configuration: configuration).check(text: Self.draft)
        XCTAssertEqual(findings.first { $0.rule == "tone.sports" }?.severity, .error)
    }
}
