import FollowUpCore
import FollowUpFeedback
import XCTest

/// The window practice mode shows under each finding: the line cut to the terminal around the
/// finding, and `^~~~` under exactly its words.
final class FindingWindowTests: XCTestCase {
    func finding(line: Int = 1, from start: Int, to end: Int, endLine: Int? = nil) -> Finding {
        Finding(
            rule: "test.rule", severity: .warning, message: "", explanation: "", start: SourcePosition(line: line, column: start),
            end: SourcePosition(line: endLine ?? line, column: end))
    }

    func testAShortLineIsShownWholeWithTheCaretUnderTheSpan() throws {
        let window = try XCTUnwrap(FindingWindow(finding: finding(from: 8, to: 11), lines: ["Hey Ana!!!"], width: 80))
        XCTAssertEqual(window.text, "Hey Ana!!!")
        XCTAssertEqual(window.caret, "       ^~~")
    }

    func testALongLineIsCutToTheWidthAroundTheFinding() throws {
        let line = String(repeating: "word ", count: 60) + "havent " + String(repeating: "more ", count: 60)
        let window = try XCTUnwrap(FindingWindow(finding: finding(from: 301, to: 307), lines: [line], width: 40))
        XCTAssertEqual(window.text, "… word word word havent more more more …")
        XCTAssertEqual(window.caret, "                 ^~~~~~")
        XCTAssertEqual(TextWrapper.columns(window.text), 40)
    }

    func testWideCharactersMoveTheCaretByTheirColumns() throws {
        // 日本 and 🚀 take two columns each on a terminal.
        let window = try XCTUnwrap(FindingWindow(finding: finding(from: 4, to: 7), lines: ["日本 🚀havent it"], width: 80))
        XCTAssertEqual(window.marked, "🚀ha")
        XCTAssertEqual(window.caret, "     ^~~~")
    }

    func testWideCharactersCountWhenTheLineIsCut() throws {
        let line = String(repeating: "日本語", count: 40) + " dont " + String(repeating: "日本語", count: 40)
        let window = try XCTUnwrap(FindingWindow(finding: finding(from: 122, to: 126), lines: [line], width: 30))
        XCTAssertEqual(window.marked, "dont")
        XCTAssertLessThanOrEqual(TextWrapper.columns(window.text), 30)
        XCTAssertEqual(window.text, "…日本語日本語 dont 日本語日本…")
        XCTAssertEqual(window.caret, "              ^~~~")
    }

    func testAFindingLongerThanTheWidthIsShownFromItsStart() throws {
        let line = "Intro. " + String(repeating: "a", count: 100)
        let window = try XCTUnwrap(FindingWindow(finding: finding(from: 8, to: 108), lines: [line], width: 20))
        XCTAssertEqual(window.text, "…" + String(repeating: "a", count: 18) + "…")
        XCTAssertEqual(window.caret, " ^" + String(repeating: "~", count: 17))
    }

    func testAFindingOverSeveralLinesIsMarkedToTheEndOfItsFirst() throws {
        let window = try XCTUnwrap(FindingWindow(finding: finding(from: 5, to: 3, endLine: 2), lines: ["One two", "three"], width: 80))
        XCTAssertEqual(window.caret, "    ^~~")
    }

    func testAnEmptySpanAtTheEndOfTheLineGetsOneCaret() throws {
        let window = try XCTUnwrap(FindingWindow(finding: finding(from: 5, to: 5), lines: ["Best"], width: 80))
        XCTAssertEqual(window.text, "Best")
        XCTAssertEqual(window.caret, "    ^")
    }

    func testEscapesAreShownAndCountedAsShown() throws {
        let window = try XCTUnwrap(FindingWindow(finding: finding(from: 4, to: 8), lines: ["\u{1B}[ dont"], width: 80))
        XCTAssertEqual(window.text, "\\u{1B}[ dont")
        XCTAssertEqual(window.caret, "        ^~~~")
    }

    func testAFindingOnALineThatIsNotThereHasNoWindow() {
        XCTAssertNil(FindingWindow(finding: finding(line: 3, from: 1, to: 2), lines: ["One"], width: 80))
    }

    /// The case: a 600-character paragraph with ten findings is shown as ten windows of
    /// at most the terminal's width, each with its finding's words marked, never as the whole
    /// paragraph.
    func testEveryFindingOfALongParagraphGetsItsOwnNarrowWindow() throws {
        let paragraph = String(
            repeating: "I just wanted to touch base because I really need this job and I will do whatever it takes. ",
            count: 7)
        let findings = FeedbackEngine().check(text: "Dear Ana,\n\n\(paragraph)\n\nMaya\n").filter { $0.start.line == 3 }
        XCTAssertGreaterThanOrEqual(findings.count, 10)
        XCTAssertGreaterThan(paragraph.count, 600)
        for finding in findings {
            let window = try XCTUnwrap(FindingWindow(finding: finding, lines: ["Dear Ana,", "", paragraph], width: 72))
            XCTAssertLessThanOrEqual(TextWrapper.columns(window.text), 72)
            XCTAssertTrue(finding.excerpt.hasPrefix(window.marked) || window.marked.hasPrefix(finding.excerpt), "\(finding.rule)")
            let column = TextWrapper.columns(window.caret.prefix { $0 == " " })
            XCTAssertEqual(String(Array(window.text)[column...].prefix(window.marked.count)), window.marked)
        }
    }
}
