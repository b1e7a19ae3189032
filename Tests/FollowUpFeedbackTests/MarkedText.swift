import FollowUpCore
import FollowUpFeedback
import Spelling
import XCTest

/// Text with position markers (`1️⃣`, `2️⃣`, …) in the style of swift-format's rule tests: the
/// markers are removed and their 1-based line and character column remembered.
struct MarkedText {
    let text: String
    let markers: [String: SourcePosition]

    static let markerCharacters: [Character] = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]

    init(_ marked: String) {
        var output = ""
        var markers: [String: SourcePosition] = [:]
        var line = 1
        var column = 1
        for character in marked {
            if Self.markerCharacters.contains(character) {
                markers[String(character)] = SourcePosition(line: line, column: column)
                continue
            }
            output.append(character)
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        text = output
        self.markers = markers
    }
}

/// What a test expects of one finding: where it starts (a marker), optionally where it ends,
/// and words its message must contain.
struct FindingSpec {
    var marker: String
    var end: String?
    var message: String?
    var severity: Severity?
    var suggestion: String?

    init(_ marker: String, end: String? = nil, message: String? = nil, severity: Severity? = nil, suggestion: String? = nil) {
        self.marker = marker
        self.end = end
        self.message = message
        self.severity = severity
        self.suggestion = suggestion
    }
}

/// The real dictionary, opened once for all tests.
let sharedSpeller: HunspellChecker? = try? HunspellChecker()

/// Runs one rule over marked text and checks that exactly the expected findings come out.
func assertLint(
    _ rule: any FeedbackRule, _ marked: String, findings expected: [FindingSpec],
    context: FeedbackContext = FeedbackContext(), format: DraftFormat = .plain,
    file: StaticString = #filePath, line: UInt = #line
) {
    let input = MarkedText(marked)
    let engine = FeedbackEngine(rules: [rule])
    let actual = engine.check(text: input.text, format: format, context: context)
    guard actual.count == expected.count else {
        XCTFail(
            "expected \(expected.count) finding(s) of \(rule.id), got \(actual.count):\n"
                + actual.map { "  \($0.start)-\($0.end) \($0.message)" }.joined(separator: "\n"),
            file: file, line: line)
        return
    }
    let ordered = expected.sorted { (input.markers[$0.marker] ?? .init(line: 0, column: 0)) < (input.markers[$1.marker] ?? .init(line: 0, column: 0)) }
    for (finding, spec) in zip(actual, ordered) {
        guard let start = input.markers[spec.marker] else {
            XCTFail("marker \(spec.marker) is not in the text", file: file, line: line)
            continue
        }
        XCTAssertEqual(finding.rule, rule.id, file: file, line: line)
        XCTAssertEqual(finding.start, start, "start of “\(finding.message)”", file: file, line: line)
        if let end = spec.end {
            XCTAssertEqual(finding.end, input.markers[end], "end of “\(finding.message)”", file: file, line: line)
        }
        if let message = spec.message {
            XCTAssertTrue(finding.message.contains(message), "“\(finding.message)” lacks “\(message)”", file: file, line: line)
        }
        if let severity = spec.severity {
            XCTAssertEqual(finding.severity, severity, file: file, line: line)
        }
        if let suggestion = spec.suggestion {
            XCTAssertTrue(
                finding.suggestions.contains(suggestion), "\(finding.suggestions) lacks “\(suggestion)”", file: file, line: line)
        }
    }
}

/// A context for the Acme interview used across the tests.
func acmeAnswers() -> Answers {
    Answers(
        candidate: Candidate(name: "Priya Raman"),
        interview: Interview(company: "Acme Robotics", role: "Backend Engineer", date: LocalDate(year: 2026, month: 11, day: 16)),
        interviewers: [
            Interviewer(name: "Ana Lima", title: "Engineering Manager", topics: ["the Kafka migration", "on-call rotation"]),
            Interviewer(name: "María Pérez", title: "Director", addressAs: "Dr. Pérez", topics: ["hiring plans for Lisbon"]),
        ],
        highlights: ["whiteboard session on rate limiting"],
        concerns: [Concern(topic: "Terraform experience", response: "I have since built a staging cluster with Terraform")],
        promised: ["portfolio link"],
        decisionDate: LocalDate(year: 2026, month: 11, day: 27))
}
