import FollowUpCore
import FollowUpFeedback
import XCTest

/// Odd inputs: nothing crashes, and every finding points inside the text it was given.
final class RobustnessTests: XCTestCase {
    let inputs = [
        "", "\n", "\n\n\n", "   ", "!!!!", "Subject:", "Subject: \n", "Dear", "Hi ,", "Best,\n", ".\n.\n.",
        "Hi Ana,\r\n\r\nThank you!!\r\n", "\t\tThank\tyou\t!!", "e\u{301}e\u{301} 👩‍👩‍👧 THANK YOU!!! 日本語のテキスト。",
        "Dear Dr.\n\nDr. Dr. Dr. e.g. i.e. etc.", String(repeating: "word ", count: 2_000),
        String(repeating: "A", count: 5_000), "```\ncode the the\n```\n> quoted recieve\n",
        "Hi Ana,\n\n- one\n- two\n* three\n1. four\n", "Subject: =?UTF-8?Q?broken", "Yo!!!\nxoxo",
    ]

    func testEveryInputEveryFormat() {
        let engine = FeedbackEngine()
        let context = FeedbackContext(
            answers: acmeAnswers(), today: LocalDate(year: 2026, month: 12, day: 1), spellChecker: sharedSpeller)
        for text in inputs {
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            for format in DraftFormat.allCases {
                for finding in engine.check(text: text, format: format, context: context) {
                    XCTAssertGreaterThanOrEqual(finding.start.line, 1, "\(finding.rule) in \(text.debugDescription)")
                    XCTAssertGreaterThanOrEqual(finding.start.column, 1, "\(finding.rule) in \(text.debugDescription)")
                    XCTAssertLessThanOrEqual(finding.start, finding.end, "\(finding.rule) in \(text.debugDescription)")
                    XCTAssertLessThanOrEqual(finding.end.line, max(1, lines.count), "\(finding.rule) in \(text.debugDescription)")
                    let lineLength = lines.indices.contains(finding.end.line - 1) ? lines[finding.end.line - 1].count : 0
                    XCTAssertLessThanOrEqual(finding.end.column, lineLength + 1, "\(finding.rule) in \(text.debugDescription)")
                }
            }
        }
    }

    func testExcerptsAreTheSameAsNSStringSubstrings() {
        let bodies =
            inputs + [
                "Dear Dr. Pérez,\n\nThank you, José! 👩‍👩‍👧 e\u{301}e\u{301} 日本語\n\nBest,\nZoë", "Hi Ana,\n\nplain ASCII text here.\n",
                "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂🙂 ok",
            ]
        for text in bodies {
            let document = DraftDocument(draft: DraftParser.parse(text, format: .plain))
            let ns = document.body as NSString
            var ranges = document.words.map(\.range) + document.sentences.map(\.range) + document.paragraphs.map(\.range)
            for start in stride(from: 0, through: ns.length, by: 3) {
                for length in [0, 1, 2, 5, 11] where start + length <= ns.length { ranges.append(NSRange(location: start, length: length)) }
            }
            for range in ranges {
                // Compared as bytes: String equality would let "é" pass for "e\u{301}".
                XCTAssertEqual(Array(document.text(range).utf8), Array(ns.substring(with: range).utf8), "\(range) of \(document.body.debugDescription)")
            }
        }
    }

    func testQuotedAndCodeLinesAreNotChecked() {
        let findings = FeedbackEngine(rules: [Misspelling(), RepeatedWord()]).check(
            text: "Hi Ana,\n\n```\ncode the the\n```\n> quoted recieve\n", context: FeedbackContext(spellChecker: sharedSpeller))
        XCTAssertEqual(findings, [])
    }
}
