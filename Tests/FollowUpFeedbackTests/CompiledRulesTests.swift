import TestSupport
import XCTest

@testable import FollowUpFeedback

/// The compact form of the phrase rules (`CompiledRules`): read back, it is the same rules, and
/// it is never read for other files, another build or when it is cut short.
final class CompiledRulesTests: XCTestCase {
    static let broken = "id: tone.broken\nseverity: loud\nsummary: s\nexplanation: e\nphrases:\n  - match: 'a'\n    message: m\n"
    static let files = [("rules/a-broken.yaml", broken), ("rules/sports.yaml", UserPhraseRulesTests.sports)]

    /// Everything a phrase rule is made of, as text to compare.
    static func described(_ rule: PhraseRule) -> [String] {
        [rule.id, rule.defaultSeverity.rawValue, rule.summary, rule.explanation]
            + rule.phrases.entries.map { entry in
                let required = entry.pattern.required.map { $0.map { String(decoding: $0, as: UTF8.self) }.description } ?? "nil"
                return
                    "\(entry.pattern.source) | \(entry.message) | \(entry.replacement ?? "nil") | \(required) | \(entry.pattern.separators.bytes) | \(entry.pattern.startsWithRequired)"
            }
    }

    func testTheCompactFormReadsBackAsTheSameRules() throws {
        let compiled = CompiledRules(userFiles: Self.files)
        let read = try XCTUnwrap(CompiledRules(encoded: compiled.encoded(key: "k1"), key: "k1"))
        XCTAssertEqual(Set(read.builtIn.keys), Set(PhraseRule.builtIn.keys))
        for (id, rule) in PhraseRule.builtIn {
            XCTAssertEqual(try Self.described(XCTUnwrap(read.builtIn[id])), Self.described(rule), id)
        }
        XCTAssertEqual(read.user.rules.map(Self.described), compiled.user.rules.map(Self.described))
        XCTAssertEqual(read.user.problems.map(\.description), ["rules/a-broken.yaml:2:11: severity 'loud' is not one of error, warning, suggestion"])
        XCTAssertEqual(read.rules.map(\.id), RuleCatalog.all.map(\.id) + ["tone.sports"])

        // And they find the same things (the phrase families' pre-filters included).
        let draft = """
            Hi Ana,

            Thank you for your time. The demo was a slam dunk, and I am a team player who can hit the ground running. \
            I could of started sooner. I'm sorry to bother you, but I desperately need this job ASAP!!

            Thx,
            Maya
            """
        func findings(_ rules: [any FeedbackRule]) -> [String] {
            FeedbackEngine(rules: rules).check(text: draft).map { "\($0.rule) \($0.start)-\($0.end) \($0.message)" }
        }
        XCTAssertEqual(findings(read.rules), findings(compiled.rules))
        XCTAssertGreaterThan(findings(read.rules).filter { $0.hasPrefix("tone.") }.count, 3)
    }

    func testTheCompactFormIsNotReadUnderAnotherKeyOrCutShort() {
        let bytes = CompiledRules(userFiles: Self.files).encoded(key: "k1")
        XCTAssertNil(CompiledRules(encoded: bytes, key: "k2"))
        XCTAssertNil(CompiledRules(encoded: bytes + [0x31], key: "k1"))
        for length in stride(from: 0, to: bytes.count, by: 97) {
            XCTAssertNil(CompiledRules(encoded: Array(bytes[..<length]), key: "k1"), "cut at \(length)")
        }
        XCTAssertNil(CompiledRules(encoded: Array(bytes.dropLast()), key: "k1"))
        XCTAssertNil(CompiledRules(encoded: Array("followup compiled rules k1\n-3:".utf8), key: "k1"))
        // A byte changed anywhere (such as inside a pattern's source) is noticed.
        var random = SeededRandom(seed: 14)
        for _ in 0..<200 {
            var damaged = bytes
            let index = Int.random(in: 0..<damaged.count, using: &random)
            damaged[index] ^= UInt8.random(in: 1...255, using: &random)
            XCTAssertNil(CompiledRules(encoded: damaged, key: "k1"), "byte \(index) changed")
        }
    }

    func testTheKeyChangesWithEveryFileAndTheBuild() {
        let key = CompiledRules.key(userFiles: Self.files, build: "b1")
        XCTAssertEqual(CompiledRules.key(userFiles: Self.files, build: "b1"), key)
        XCTAssertNotEqual(CompiledRules.key(userFiles: Self.files, build: "b2"), key)
        XCTAssertNotEqual(CompiledRules.key(userFiles: [Self.files[1]], build: "b1"), key)
        XCTAssertNotEqual(CompiledRules.key(userFiles: [Self.files[1], Self.files[0]], build: "b1"), key)
        XCTAssertNotEqual(CompiledRules.key(userFiles: [Self.files[0], ("rules/sports.yml", Self.files[1].1)], build: "b1"), key)
        let edited = Self.files[1].1.replacingOccurrences(of: "slam dunk", with: "home runs")
        XCTAssertNotEqual(CompiledRules.key(userFiles: [Self.files[0], ("rules/sports.yaml", edited)], build: "b1"), key)
        // Pieces are length-prefixed: moving text from a name to a file's text changes the key.
        XCTAssertNotEqual(CompiledRules.key(userFiles: [("ab", "c")], build: "b1"), CompiledRules.key(userFiles: [("a", "bc")], build: "b1"))
    }
}
