import FollowUpCore
import FollowUpFeedback
import XCTest

/// The labelled fixture set: every good draft is clean (no warning, no error) and every bad
/// draft raises exactly the labelled rules at warning level or above.
final class FixtureTests: XCTestCase {
    struct Label: Decodable {
        var file: String
        var answers: String?
        var today: String?
        var expect: [String]
    }

    func fixtures() throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    }

    func testLabelledFixtures() throws {
        let root = try fixtures()
        let labels = try JSONDecoder().decode([Label].self, from: Data(contentsOf: root.appendingPathComponent("labels.json")))
        XCTAssertGreaterThanOrEqual(labels.filter { $0.expect.isEmpty }.count, 8)
        XCTAssertGreaterThanOrEqual(labels.filter { !$0.expect.isEmpty }.count, 10)
        let engine = FeedbackEngine()
        for label in labels {
            let text = try String(contentsOf: root.appendingPathComponent(label.file), encoding: .utf8)
            let answers = try label.answers.map {
                try JSONDecoder().decode(Answers.self, from: Data(contentsOf: root.appendingPathComponent("context/\($0)")))
            }
            let context = FeedbackContext(
                answers: answers, today: label.today.flatMap { LocalDate(iso8601: $0) }, spellChecker: sharedSpeller)
            let findings = engine.check(text: text, format: DraftFormat(fileName: label.file), context: context)
            let raised = Set(findings.filter { $0.severity >= .warning }.map(\.rule))
            XCTAssertEqual(
                raised, Set(label.expect),
                "\(label.file):\n" + findings.map { "  \($0.start) \($0.severity.rawValue) \($0.rule): \($0.message)" }.joined(separator: "\n"))
        }
    }

    func testEveryWarningOrErrorRuleHasABadFixture() throws {
        let root = try fixtures()
        let labels = try JSONDecoder().decode([Label].self, from: Data(contentsOf: root.appendingPathComponent("labels.json")))
        let covered = Set(labels.flatMap(\.expect))
        // Rules whose default is a suggestion, or that need long synthetic text, are covered by unit tests.
        let unitTestedOnly: Set<String> = ["length.body"]
        for rule in RuleCatalog.all where rule.defaultSeverity >= .warning && !unitTestedOnly.contains(rule.id) {
            XCTAssertTrue(covered.contains(rule.id), "no bad fixture for \(rule.id)")
        }
    }
}
