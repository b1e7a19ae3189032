import XCTest

@testable import LineEditing

final class CompletionResolutionTests: XCTestCase {
    let words = ["Acme", "Acme Corp", "Anthropic", "José", "Zoë"]

    func testUniqueMatchReplacesTheWordCaseInsensitively() {
        XCTAssertEqual(
            CompletionResolution.resolve(lineBeforeCursor: "I met jo", candidates: words),
            .replace(replacedScalarCount: 2, text: "José"))
    }

    func testSeveralMatchesInsertTheirCommonPrefix() {
        XCTAssertEqual(
            CompletionResolution.resolve(lineBeforeCursor: "ac", candidates: words),
            .replace(replacedScalarCount: 2, text: "Acme"))
    }

    func testSeveralMatchesWithoutProgressAreListed() {
        XCTAssertEqual(
            CompletionResolution.resolve(lineBeforeCursor: "A", candidates: words),
            .list(["Acme", "Acme Corp", "Anthropic"]))
    }

    func testNoMatch() {
        XCTAssertEqual(CompletionResolution.resolve(lineBeforeCursor: "Q", candidates: words), .noMatch)
        XCTAssertEqual(CompletionResolution.resolve(lineBeforeCursor: "", candidates: []), .noMatch)
    }

    func testReplacedCountIsInUnicodeScalars() {
        // "Zoe\u{308}" is 3 characters but 4 scalars: libedit counts wide characters (scalars).
        XCTAssertEqual(
            CompletionResolution.resolve(lineBeforeCursor: "Zoe\u{308}", candidates: ["Zoe\u{308}lle"]),
            .replace(replacedScalarCount: 4, text: "Zoe\u{308}lle"))
    }

    func testLastWordAndCommonPrefix() {
        XCTAssertEqual(CompletionResolution.lastWord(of: "my company is Ac"), "Ac")
        XCTAssertEqual(CompletionResolution.lastWord(of: "trailing "), "")
        XCTAssertEqual(CompletionResolution.commonPrefix(of: ["José", "Josée", "Josef"]), "Jos")
        XCTAssertEqual(CompletionResolution.commonPrefix(of: []), "")
    }

    func testDuplicatesCollapse() {
        XCTAssertEqual(
            CompletionResolution.resolve(lineBeforeCursor: "Zo", candidates: ["Zoë", "Zoë"]),
            .replace(replacedScalarCount: 2, text: "Zoë"))
    }

    func testColumnsFitTheWidth() {
        XCTAssertEqual(CompletionResolution.columns(["a", "bb", "ccc"], width: 10), "a    bb\nccc")
        XCTAssertEqual(CompletionResolution.columns(["a", "bb", "ccc"], width: 80), "a    bb   ccc")
    }

    func testColumnsAlignWideNames() {
        // 李雷 and 🟢 take two terminal columns each; Zoë (with a combining mark) three.
        XCTAssertEqual(
            CompletionResolution.columns(["李雷", "Zoe\u{308}", "🟢ok", "Ana"], width: 12),
            "李雷  Zoë\n🟢ok  Ana")
    }
}
