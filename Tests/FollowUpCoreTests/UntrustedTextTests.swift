import XCTest

@testable import FollowUpCore

final class UntrustedTextTests: XCTestCase {
    private let hostile = "Evil\u{1B}]0;pwned\u{07} Corp\u{1B}[2J\u{9B}31m\u{0}\u{202E}gnp\u{7F}.exe\u{2066}"

    func testCleanedDropsSequencesAndInvisibleCharactersButKeepsWhatScriptsAndEmojiNeed() {
        XCTAssertEqual(UntrustedText.cleaned(hostile), "Evil Corpgnp.exe")
        XCTAssertEqual(UntrustedText.cleaned("one\r\ntwo\tthree\rfour\nfive"), "one two three four five")
        XCTAssertEqual(UntrustedText.cleaned("one\r\ntwo\tthree\rfour", keepingLayout: true), "one\ntwo\tthree\nfour")
        let kept = "José 李雷 👩‍💻 🏴󠁧󠁢󠁳󠁣󠁴󠁿 می‌خواهم"
        XCTAssertEqual(UntrustedText.cleaned(kept), kept)
        XCTAssertEqual(UntrustedText.cleaned("\u{1B}"), "")
        XCTAssertEqual(UntrustedText.cleaned("a\u{1B}]unterminated"), "a")
    }

    func testVisibleShowsEveryUnsafeCharacterAndNothingElseChanges() {
        XCTAssertEqual(
            UntrustedText.visible(hostile),
            "Evil\\u{1B}]0;pwned\\u{7} Corp\\u{1B}[2J\\u{9B}31m\\u{0}\\u{202E}gnp\\u{7F}.exe\\u{2066}")
        XCTAssertEqual(UntrustedText.visible("line\r\nnext\ttab\rover"), "line\r\nnext\ttab\\u{D}over")
        let plain = "José 李雷 👩‍💻 — “quoted”\n"
        XCTAssertEqual(UntrustedText.visible(plain), plain)
        // One unsafe character of two, three and four bytes of UTF-8, alone among safe ones.
        for (text, shown) in [("a\u{9B}é", "a\\u{9B}é"), ("“\u{202E}”", "“\\u{202E}”"), ("👩‍💻\u{E0001}", "👩‍💻\\u{E0001}")] {
            XCTAssertEqual(UntrustedText.visible(text), shown)
        }
    }

    func testJSONEscapedStaysValidJSONWithTheSameData() throws {
        let object = ["company": hostile, "emoji": "😀", "lines": "a\nb"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let json = String(decoding: try encoder.encode(object), as: UTF8.self)
        let escaped = UntrustedText.jsonEscaped(json)
        XCTAssertFalse(escaped.unicodeScalars.contains { UntrustedText.isUnsafe($0) && $0 != "\n" }, escaped)
        XCTAssertTrue(escaped.contains("\\u202e"), escaped)
        XCTAssertEqual(try JSONDecoder().decode([String: String].self, from: Data(escaped.utf8)), object)
    }
}
