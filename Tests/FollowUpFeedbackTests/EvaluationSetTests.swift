import FollowUpCore
import FollowUpFeedback
import Spelling
import XCTest

/// The evaluation set (`Fixtures/evaluation`): good follow-ups written in the styles career sites
/// hold up (short, formal, warm, British, Canadian and Australian spelling, check-ins, replies to
/// a rejection), which must raise no error and no warning; and bad ones, each fault listed in
/// `cases.json` with the rule that must flag it and the text it must cover.
final class EvaluationSetTests: XCTestCase {
    struct Case: Decodable {
        var file: String
        var answers: String?
        var today: String?
        var faults: [Fault]
    }

    /// One fault of a bad email: `rule` must raise a finding covering the first occurrence of
    /// `text` (with `suggestion` first, when given), or, with `absent`, must not.
    struct Fault: Decodable {
        var rule: String
        var text: String
        var suggestion: String?
        var absent: Bool?
    }

    struct Cases: Decodable {
        var bad: [Case]
    }

    func root() throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("evaluation")
    }

    func context(_ answers: String?, today: String?) throws -> FeedbackContext {
        let fixtures = try root().deletingLastPathComponent()
        let answers = try answers.map {
            try JSONDecoder().decode(Answers.self, from: Data(contentsOf: fixtures.appendingPathComponent("context/\($0)")))
        }
        return FeedbackContext(answers: answers, today: today.flatMap { LocalDate(iso8601: $0) }, spellChecker: sharedSpeller)
    }

    func testGoodEmailsRaiseNoErrorAndNoWarning() throws {
        let directory = try root().appendingPathComponent("good")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        XCTAssertGreaterThanOrEqual(files.count, 25)
        let engine = FeedbackEngine()
        var errors = 0
        var warnings = 0
        var report: [String] = []
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            let findings = engine.check(text: text, format: DraftFormat(fileName: file), context: try context(nil, today: nil))
            for finding in findings where finding.severity >= .warning {
                if finding.severity == .error { errors += 1 } else { warnings += 1 }
                report.append("  \(file):\(finding.start) \(finding.severity.rawValue) \(finding.rule): \(finding.message)")
            }
        }
        print("evaluation, good emails: \(files.count) emails, \(errors) errors, \(warnings) warnings")
        XCTAssertEqual(errors + warnings, 0, "\n" + report.joined(separator: "\n"))
    }

    /// The dictionary follows the candidate's locale: with each installed English dictionary,
    /// no word of a good email is called misspelt (British, Canadian, Australian and American
    /// spellings, terms of a trade, and words one dictionary lacks, such as en_GB's
    /// "reconciliations").
    func testGoodEmailsHaveNoMisspeltWordWithAnyEnglishDictionary() throws {
        let directory = try root().appendingPathComponent("good")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        let engine = FeedbackEngine(rules: [Misspelling()])
        var report: [String] = []
        var dictionaries = 0
        for language in ["en_US", "en_GB", "en_CA", "en_AU"] {
            guard let speller = try? HunspellChecker(language: language) else { continue }
            dictionaries += 1
            for file in files {
                let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                for finding in engine.check(text: text, format: DraftFormat(fileName: file), context: FeedbackContext(spellChecker: speller)) {
                    report.append("  \(language) \(file):\(finding.start) \(finding.message)")
                }
            }
        }
        XCTAssertGreaterThan(dictionaries, 0, "no English hunspell dictionary is installed")
        XCTAssertEqual(report, [], "\n" + report.joined(separator: "\n"))
    }

    func testBadEmailsHaveTheirFaultsCaught() throws {
        let root = try root()
        let cases = try JSONDecoder().decode(Cases.self, from: Data(contentsOf: root.appendingPathComponent("cases.json")))
        let engine = FeedbackEngine()
        var caught = 0
        var total = 0
        var missed: [String] = []
        for item in cases.bad {
            let text = try String(contentsOf: root.appendingPathComponent(item.file), encoding: .utf8)
            let findings = engine.check(
                text: text, format: DraftFormat(fileName: item.file), context: try context(item.answers, today: item.today))
            for fault in item.faults {
                total += 1
                let span = try XCTUnwrap(Self.span(of: fault.text, in: text), "\(item.file): no “\(fault.text)”")
                let covering = findings.filter { $0.rule == fault.rule && Self.overlaps($0, span) }
                let ok: Bool
                if fault.absent == true {
                    ok = covering.isEmpty
                } else if let suggestion = fault.suggestion {
                    ok = covering.contains { $0.suggestions.first == suggestion }
                } else {
                    ok = !covering.isEmpty
                }
                if ok {
                    caught += 1
                } else {
                    let found = findings.map { "    \($0.start)-\($0.end) \($0.rule): \($0.message) \($0.suggestions)" }
                    missed.append(
                        "  \(item.file): \(fault.absent == true ? "wrongly flagged" : "missed") \(fault.rule) on “\(fault.text)”"
                            + (fault.suggestion.map { " (suggesting “\($0)”)" } ?? "") + "\n" + found.joined(separator: "\n"))
                }
            }
        }
        print("evaluation, bad emails: \(caught) of \(total) faults handled")
        XCTAssertEqual(caught, total, "\n" + missed.joined(separator: "\n"))
    }

    /// Whether the finding covers part of the span (an empty finding: whether it sits inside it).
    static func overlaps(_ finding: Finding, _ span: (start: SourcePosition, end: SourcePosition)) -> Bool {
        if finding.start == finding.end { return span.start <= finding.start && finding.start < span.end }
        return finding.start < span.end && span.start < finding.end
    }

    /// The start and (exclusive) end of the first occurrence of `needle`, in lines and columns.
    static func span(of needle: String, in text: String) -> (start: SourcePosition, end: SourcePosition)? {
        guard let range = text.range(of: needle) else { return nil }
        func position(_ index: String.Index) -> SourcePosition {
            let before = text[..<index]
            let line = before.filter(\.isNewline).count + 1
            let lineStart = before.lastIndex(where: \.isNewline).map { text.index(after: $0) } ?? text.startIndex
            return SourcePosition(line: line, column: text[lineStart..<index].count + 1)
        }
        return (position(range.lowerBound), position(range.upperBound))
    }
}
