import XCTest

@testable import LineEditing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

final class TerminalSetupTests: XCTestCase {
    func testUTF8CodesetSpellings() {
        XCTAssertTrue(TerminalLocale.isUTF8("UTF-8"))
        XCTAssertTrue(TerminalLocale.isUTF8("utf8"))
        XCTAssertFalse(TerminalLocale.isUTF8("ANSI_X3.4-1968"))
        XCTAssertFalse(TerminalLocale.isUTF8(""))
    }

    func testEnsureUTF8FallsBackFromThePOSIXLocale() {
        setlocale(LC_CTYPE, "C")
        XCTAssertFalse(TerminalLocale.isUTF8(TerminalLocale.currentCodeset()))
        XCTAssertTrue(TerminalLocale.ensureUTF8())
        XCTAssertTrue(TerminalLocale.isUTF8(TerminalLocale.currentCodeset()))
    }

    func testWideCharacterRoundTrip() {
        let text = "José Zoë 李 😀"
        let wide = EditLineReader.wideCharacters(text)
        XCTAssertEqual(wide.last, 0)
        let back = wide.withUnsafeBufferPointer { EditLineReader.string(from: $0.baseAddress!, count: $0.count - 1) }
        XCTAssertEqual(Array(back.utf8), Array(text.utf8))
        XCTAssertEqual(EditLineReader.removingLineEnd("answer\r\n"), "answer")
    }

    func testHistoryFileIsPrivateAndReloads() throws {
        TerminalLocale.ensureUTF8()
        let root = NSTemporaryDirectory() + "le-history-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { _ = try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/state/followup/history"

        let first = try XCTUnwrap(EditLineReader(historyFile: path, usesBracketedPaste: false))
        first.addHistory("José 李")
        first.addHistory("   ")  // blank: skipped
        first.addHistory("Zoë")
        XCTAssertEqual(first.historyCount, 2)

        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
        XCTAssertEqual(stat(root + "/state/followup", &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700)
        XCTAssertEqual(stat(root + "/state", &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700)

        let second = try XCTUnwrap(EditLineReader(historyFile: path, usesBracketedPaste: false))
        XCTAssertEqual(second.historyCount, 2)
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(contents.hasPrefix("_HiStOrY_V2_"), contents)
    }

    func testMakeLineReaderIsPlainWhenStdinIsNotATerminal() throws {
        try XCTSkipIf(isatty(0) == 1, "standard input is a terminal")
        XCTAssertFalse(makeLineReader(historyFile: nil).isInteractive)
    }
}
