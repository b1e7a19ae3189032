import XCTest

@testable import LineEditing

final class TerminalInputDecoderTests: XCTestCase {
    private func decode(_ chunks: [[UInt8]]) -> String {
        var decoder = TerminalInputDecoder()
        var scalars = String.UnicodeScalarView()
        for chunk in chunks {
            decoder.feed(chunk)
            while let scalar = decoder.next() {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    func testDecodesUTF8EvenWhenSplitByteByByte() {
        let text = "José Zoë 李 😀"
        XCTAssertEqual(decode([bytes(text)]), text)
        XCTAssertEqual(decode(bytes(text).map { [$0] }), text)
    }

    func testInvalidBytesBecomeReplacementCharacters() {
        XCTAssertEqual(decode([[0x61, 0xFF, 0x62, 0xC3, 0x28, 0xED, 0xA0, 0x80]]), "a\u{FFFD}b\u{FFFD}(\u{FFFD}")
    }

    func testKeysOutsideAPastePassThrough() {
        XCTAssertEqual(decode([bytes("\u{1B}[Aa\tb\r")]), "\u{1B}[Aa\tb\r")
        XCTAssertEqual(decode([bytes("\u{1B}"), bytes("b")]), "\u{1B}b")  // Meta-b typed as ESC, b
    }

    func testPasteBecomesOneLine() {
        let paste = "\u{1B}[200~Dear Ana,\r\n\r\nthanks\tfor the chat.\nJosé 李\n\u{1B}[201~"
        XCTAssertEqual(decode([bytes(paste)]), "Dear Ana, thanks for the chat. José 李")
    }

    func testAHugePasteIsCutAndTypingAfterItStillWorks() {
        let huge = String(repeating: "abcdefghij", count: 100_000)  // a pasted megabyte
        let text = decode([bytes("\u{1B}[200~" + huge + "\u{1B}[201~"), bytes("x\r")])
        XCTAssertEqual(text.unicodeScalars.count, TerminalInputDecoder.maximumPastedCharacters + 2)
        XCTAssertTrue(text.hasSuffix("jx\r"))
        var decoder = TerminalInputDecoder()
        decoder.feed(bytes("\u{1B}[200~" + huge + "\u{1B}[201~"))
        while decoder.next() != nil {}
        XCTAssertTrue(decoder.takePasteWasCut())
        XCTAssertFalse(decoder.takePasteWasCut())
    }

    func testPasteMarkersSplitAcrossReads() {
        let paste = bytes("\u{1B}[200~one\ntwo\u{1B}[201~\r")
        XCTAssertEqual(decode(paste.map { [$0] }), "one two\r")
    }

    func testPasteDropsControlCharactersAndLeadingBreaks() {
        XCTAssertEqual(decode([bytes("\u{1B}[200~\n\nA\u{03}\u{04}B\u{1B}[201~")]), "AB")
    }

    func testIncompleteMarkerWaitsForMoreBytes() {
        var decoder = TerminalInputDecoder()
        decoder.feed(bytes("\u{1B}[20"))
        XCTAssertNil(decoder.next())
        XCTAssertTrue(decoder.hasBufferedBytes)
        decoder.feed(bytes("0~x"))
        XCTAssertEqual(decoder.next(), "x")
        XCTAssertTrue(decoder.isInPaste)
    }
}
