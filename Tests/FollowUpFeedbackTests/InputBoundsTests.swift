import FollowUpCore
import FollowUpFeedback
import Spelling
import XCTest

/// Inputs far larger than any follow-up: the work stays bounded.
final class InputBoundsTests: XCTestCase {
    /// Records which words reach the dictionary, and answers with the real one.
    final class RecordingSpeller: SpellChecker, @unchecked Sendable {
        let speller: HunspellChecker
        private let lock = NSLock()
        private var asked: [String] = []
        init(_ speller: HunspellChecker) { self.speller = speller }
        var longestWordAsked: Int {
            lock.lock()
            defer { lock.unlock() }
            return asked.map(\.count).max() ?? 0
        }
        private func record(_ word: String) {
            lock.lock()
            asked.append(word)
            lock.unlock()
        }
        func isCorrect(_ word: String) -> Bool {
            record(word)
            return speller.isCorrect(word)
        }
        func suggestions(for word: String) -> [String] {
            record(word)
            return speller.suggestions(for: word)
        }
        func prefetchSuggestions(for word: String) {
            record(word)
            speller.prefetchSuggestions(for: word)
        }
    }

    static let longWord = String(repeating: "qwertyuiop", count: 1_000)
    static let draft = "Hi Ana,\n\nThank you for \(longWord) the chat.\n\nBest,\nMaya\n"

    func testAWordOverTheLimitIsReportedWithoutAskingTheDictionary() throws {
        let speller = RecordingSpeller(try XCTUnwrap(sharedSpeller))
        let findings = FeedbackEngine().check(text: Self.draft, context: FeedbackContext(spellChecker: speller))
        let long = try XCTUnwrap(findings.first { $0.rule == "proof.spelling" })
        XCTAssertEqual(long.start, SourcePosition(line: 3, column: 15))
        XCTAssertEqual(long.end, SourcePosition(line: 3, column: 10_015))
        XCTAssertEqual(long.message, "“qwertyuiopqwertyuiop…” is 10,000 letters long, too long for a word: check for a missing space")
        XCTAssertEqual(long.suggestions, [])
        XCTAssertLessThanOrEqual(speller.longestWordAsked, Misspelling.longestWord)
    }

    /// The issue asks for this one: a 10,000-character word is checked, with the real dictionary,
    /// in under a second (a debug build; it took over 120 s before words were bounded).
    func testATenThousandCharacterWordIsCheckedUnderASecond() throws {
        let speller = try XCTUnwrap(sharedSpeller)
        XCTAssertTrue(speller.isCorrect("interview"))  // the dictionary is loaded before the clock starts
        let engine = FeedbackEngine()
        let start = Date()
        let results = engine.check([DraftParser.parse(Self.draft, format: .plain)], context: FeedbackContext(spellChecker: speller))
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertTrue(results[0].contains { $0.rule == "proof.spelling" })
        XCTAssertLessThan(elapsed, 1.0, "a 10,000-character word took \(elapsed) s")
    }

    /// Every finding on a long line that is not ASCII points at its own characters (positions
    /// come from a map of the line made once, not from a walk along the line for each finding).
    func testFindingsOnALongLineOutsideASCIIPointAtTheirCharacters() {
        let text = "Thank you, Zoë: " + String(repeating: "café ", count: 3_000)
        let repeated = FeedbackEngine(rules: [RepeatedWord()]).check(text: text)
        XCTAssertEqual(repeated.count, 2_999)
        // Each finding is the second word with the space before it: what deleting it removes.
        for (index, finding) in repeated.enumerated() {
            XCTAssertEqual(finding.start, SourcePosition(line: 1, column: 21 + 5 * index))
            XCTAssertEqual(finding.end, SourcePosition(line: 1, column: 21 + 5 * index + 5))
            XCTAssertEqual(finding.excerpt, " café")
        }
    }

    /// Pasted or piped lines that never end with "." stop being collected past the limit,
    /// and the draft is then refused as too large.
    func testACollectedDraftEndsOnceOverTheLimit() throws {
        var collector = DraftCollector()
        let line = String(repeating: "y", count: 1_023)
        var added = 0
        while !collector.isComplete, added < 2_000 {
            collector.add(line)
            added += 1
        }
        XCTAssertTrue(collector.isComplete)
        XCTAssertEqual(added, 1_025)
        let text = try XCTUnwrap(collector.text)
        XCTAssertEqual(DraftLimits.problem(with: text, name: "The draft"), DraftLimits.tooLarge("The draft"))
    }
}
