import FollowUpFeedback
import XCTest

final class ConfigurationTests: XCTestCase {
    func testOffAndRegrade() throws {
        let configuration = try FeedbackConfiguration.parse(
            yaml: "tone: warm\nrules:\n  tone.filler: off\n  length.sentence: suggestion\n", fileName: "config.yaml")
        XCTAssertEqual(configuration.settings["tone.filler"], .off)
        XCTAssertEqual(configuration.settings["length.sentence"], .severity(.suggestion))

        let engine = FeedbackEngine(configuration: configuration)
        let findings = engine.check(text: "Hi Ana,\n\nJust checking in. Thank you!!\n")
        XCTAssertFalse(findings.contains { $0.rule == "tone.filler" })
        XCTAssertTrue(findings.contains { $0.rule == "tone.exclamation" })
    }

    func testFlowStyleMappingAndEmptyFile() throws {
        let configuration = try FeedbackConfiguration.parse(
            yaml: "rules: {tone.filler: off, proof.passive: error}", fileName: "config.yaml")
        XCTAssertEqual(configuration.settings.count, 2)
        XCTAssertEqual(try FeedbackConfiguration.parse(yaml: "", fileName: "config.yaml"), FeedbackConfiguration())
    }

    func testUnknownRuleIsReportedWithItsLine() {
        XCTAssertThrowsError(
            try FeedbackConfiguration.parse(yaml: "rules:\n  tone.filler: off\n  tone.fillr: off\n", fileName: "config.yaml")
        ) { error in
            let error = error as? ConfigurationError
            XCTAssertEqual(error?.line, 3)
            XCTAssertEqual(error?.column, 3)
            XCTAssertEqual(error?.description, "config.yaml:3:3: unknown rule 'tone.fillr' (did you mean tone.filler?)")
        }
    }

    func testBadSeverityAndBadShape() {
        XCTAssertThrowsError(try FeedbackConfiguration.parse(yaml: "rules:\n  tone.filler: loud\n", fileName: "c.yaml")) {
            XCTAssertEqual(($0 as? ConfigurationError)?.line, 2)
            XCTAssertTrue("\($0)".contains("'loud' is not one of off, error, warning, suggestion"))
        }
        XCTAssertThrowsError(try FeedbackConfiguration.parse(yaml: "rules: [a, b]\n", fileName: "c.yaml")) {
            XCTAssertEqual(($0 as? ConfigurationError)?.line, 1)
        }
        XCTAssertThrowsError(try FeedbackConfiguration.parse(yaml: "rules:\n  tone.filler: [off\n", fileName: "c.yaml"))
    }

    func testWordList() {
        XCTAssertEqual(FeedbackContext.parseWordList("Kubectl\n# comment\n\nterraform # tool\n"), ["kubectl", "terraform"])
    }

    func testEveryRuleHasAUniqueWellFormedID() {
        let ids = RuleCatalog.all.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count)
        for rule in RuleCatalog.all {
            XCTAssertNotNil(rule.category, rule.id)
            XCTAssertFalse(rule.explanation.isEmpty, rule.id)
            XCTAssertFalse(rule.summary.isEmpty, rule.id)
        }
    }
}

final class PracticeTests: XCTestCase {
    func finding(_ rule: String, _ excerpt: String, _ severity: Severity = .warning, line: Int = 1) -> Finding {
        Finding(
            rule: rule, severity: severity, message: "", explanation: "", start: SourcePosition(line: line, column: 1),
            end: SourcePosition(line: line, column: 2), excerpt: excerpt)
    }

    func testComparisonMatchesByRuleAndTextNotPosition() {
        let previous = [
            finding("tone.filler", "just checking in"), finding("tone.exclamation", "!!"), finding("tone.exclamation", "!!"),
            finding("proof.spelling", "recieve", .error),
        ]
        let current = [
            finding("tone.exclamation", "!!", line: 5), finding("content.no-offer", "Thanks.", line: 3),
        ]
        let comparison = AttemptComparison(previous: previous, current: current)
        XCTAssertEqual(comparison.fixed.map(\.rule), ["tone.filler", "tone.exclamation", "proof.spelling"])
        XCTAssertEqual(comparison.new.map(\.rule), ["content.no-offer"])
        XCTAssertEqual(comparison.remaining.map(\.start.line), [5])
        XCTAssertEqual(comparison.previousScore.value, 100 - 15 - 3 * 6)
        XCTAssertEqual(comparison.score.value, 100 - 2 * 6)
        XCTAssertEqual(comparison.scoreChange, 21)
    }

    func testScoreFloorsAtZero() {
        XCTAssertEqual(PracticeScore(findings: Array(repeating: finding("x", "y", .error), count: 10)).value, 0)
        XCTAssertEqual(PracticeScore(findings: []).value, 100)
    }

    func testDraftCollectorEndsOnADotOrCtrlD() {
        var collector = DraftCollector()
        XCTAssertFalse(collector.add("Hi Ana,"))
        XCTAssertFalse(collector.add(""))
        XCTAssertFalse(collector.add("Thank you."))
        XCTAssertFalse(collector.add(""))
        XCTAssertTrue(collector.add(" . "))
        XCTAssertEqual(collector.text, "Hi Ana,\n\nThank you.")

        var empty = DraftCollector()
        empty.add("")
        empty.finish()
        XCTAssertTrue(empty.isComplete)
        XCTAssertNil(empty.text)
    }
}
