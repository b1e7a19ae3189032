import FollowUpCore
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Terminal columns (`TextWrapper.columns`): what the C library's `wcwidth` says in a UTF-8
/// locale, so that emoji, CJK and combining marks line up in the terminal.
final class DisplayWidthTests: XCTestCase {
    func testLettersTakeOneColumnWithOrWithoutCombiningMarks() {
        XCTAssertEqual(TextWrapper.columns("Zoë"), 3)
        XCTAssertEqual(TextWrapper.columns("Zoe\u{308}"), 3)  // e + combining diaeresis
        XCTAssertEqual(TextWrapper.columns("a\u{301}\u{323}"), 1)  // two marks on one letter
        XCTAssertEqual(TextWrapper.columns("Ti\u{1EBF}ng Vi\u{1EC7}t"), 10)
    }

    func testCJKAndFullWidthFormsTakeTwo() {
        XCTAssertEqual(TextWrapper.columns("李雷"), 4)
        XCTAssertEqual(TextWrapper.columns("한국어"), 6)
        XCTAssertEqual(TextWrapper.columns("カタカナ"), 8)
        XCTAssertEqual(TextWrapper.columns("ＡＢ"), 4)  // full-width Latin
        XCTAssertEqual(TextWrapper.columns("ｱｲ"), 2)  // half-width katakana
        XCTAssertEqual(TextWrapper.columns("\u{1100}\u{1161}\u{11A8}"), 2)  // a Hangul syllable from its jamo
    }

    func testEmojiTakeTwoEvenOutsideTheRangesTheOldTableKnew() {
        // 🟢 ⌚ ☕ ⭐ 🆗 were one column in the hand-kept table.
        for emoji in ["😀", "🚀", "🟢", "⌚", "☕", "⭐", "🆗", "🤝"] {
            XCTAssertEqual(TextWrapper.columns(emoji), 2, emoji)
        }
        XCTAssertEqual(TextWrapper.columns("❤\u{FE0F}"), 2)  // a text symbol asked for as an emoji
        XCTAssertEqual(TextWrapper.columns("❤"), 1)
        XCTAssertEqual(TextWrapper.columns("👍🏽"), 2)  // with a skin tone
        XCTAssertEqual(TextWrapper.columns("👩\u{200D}💻"), 2)  // a ZWJ sequence is one picture
        XCTAssertEqual(TextWrapper.columns("🇮🇪"), 2)  // a flag
        XCTAssertEqual(TextWrapper.columns("ok 👍"), 5)
    }

    func testZeroWidthAndControlCharacters() {
        XCTAssertEqual(TextWrapper.columns("\u{200B}"), 0)  // zero-width space
        XCTAssertEqual(TextWrapper.columns("a\u{200B}b"), 2)
        XCTAssertEqual(TextWrapper.columns("\t"), 1)
        XCTAssertEqual(TextWrapper.columns(""), 0)
    }

    func testWidthsDoNotDependOnTheProcessLocale() {
        #if canImport(Glibc)
            // In the "C" locale wcwidth knows no character above ASCII: the widths must not change.
            let saved = String(cString: setlocale(LC_CTYPE, nil))
            setlocale(LC_CTYPE, "C")
            defer { setlocale(LC_CTYPE, saved) }
            XCTAssertEqual(TextWrapper.columns("李雷 🟢 Zoe\u{308}"), 11)
        #endif
    }

    func testWrapCountsEmojiAsTwoColumns() {
        let wrapped = TextWrapper.wrap("🟢🟢🟢🟢🟢 🟢🟢🟢🟢🟢 🟢🟢🟢🟢🟢", width: 22)
        XCTAssertEqual(wrapped, "🟢🟢🟢🟢🟢 🟢🟢🟢🟢🟢\n🟢🟢🟢🟢🟢")
        let broken = TextWrapper.wrap(String(repeating: "⭐", count: 15), width: 20)
        XCTAssertEqual(broken.split(separator: "\n").map { TextWrapper.columns($0) }, [20, 10])
    }
}
