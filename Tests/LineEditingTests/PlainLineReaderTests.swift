import Dispatch
import XCTest

@testable import LineEditing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Feeds bytes through a real pipe, from another thread, and reads them with `PlainLineReader`.
final class PlainLineReaderTests: XCTestCase {
    private func readAll(_ input: [UInt8], chunkSize: Int = 64 * 1024, maximumLineBytes: Int = LineSplitter.defaultMaximumLineBytes) -> [LineReadResult] {
        var ends: [Int32] = [-1, -1]
        XCTAssertEqual(pipe(&ends), 0)
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let written = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            input.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let count = write(writeEnd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                    if count <= 0 { break }
                    offset += count
                }
            }
            close(writeEnd)
            written.signal()
        }
        let reader = PlainLineReader(fileDescriptor: readEnd, maximumLineBytes: maximumLineBytes, chunkSize: chunkSize)
        var results: [LineReadResult] = []
        while true {
            let result = reader.readLine(prompt: "ignored> ")
            results.append(result)
            if result == .endOfInput || results.count > 10_000 { break }
        }
        // Reading past the end keeps answering endOfInput.
        results.append(reader.readLine(prompt: ""))
        written.wait()
        close(readEnd)
        return results
    }

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    func testLineFeedAndCRLFEndings() {
        XCTAssertEqual(
            readAll(bytes("first\r\nsecond\nthird\r\n")),
            [.line("first"), .line("second"), .line("third"), .endOfInput, .endOfInput])
    }

    func testCRLFSplitAcrossReads() {
        XCTAssertEqual(
            readAll(bytes("a\r\nb\r\n"), chunkSize: 1),
            [.line("a"), .line("b"), .endOfInput, .endOfInput])
    }

    func testFinalLineWithoutNewlineIsReturnedBeforeEnd() {
        XCTAssertEqual(readAll(bytes("x\nlast")), [.line("x"), .line("last"), .endOfInput, .endOfInput])
        XCTAssertEqual(readAll(bytes("last\r")), [.line("last"), .endOfInput, .endOfInput])
    }

    func testEmptyInputIsEndOfInput() {
        XCTAssertEqual(readAll([]), [.endOfInput, .endOfInput])
    }

    func testBlankLinesAndBareCarriageReturnAreKept() {
        XCTAssertEqual(readAll(bytes("\n\na\rb\n")), [.line(""), .line(""), .line("a\rb"), .endOfInput, .endOfInput])
    }

    func testInvalidUTF8BecomesReplacementCharacter() {
        let input: [UInt8] = [0x61, 0xFF, 0x62, 0xC3, 0x0A, 0x4A, 0x6F, 0x73, 0xC3, 0xA9, 0x0A]
        XCTAssertEqual(readAll(input), [.line("a\u{FFFD}b\u{FFFD}"), .line("José"), .endOfInput, .endOfInput])
    }

    func testNonASCIIComesBackByteForByte() {
        let text = "José\nZoë\n李\n"
        let lines = readAll(bytes(text)).compactMap { result -> [UInt8]? in
            if case .line(let line) = result { return Array(line.utf8) }
            return nil
        }
        XCTAssertEqual(lines, [bytes("José"), bytes("Zoë"), bytes("李")])
    }

    func testNULBytesAreDropped() {
        XCTAssertEqual(readAll([0x00, 0x61, 0x00, 0x62, 0x0A, 0x00]), [.line("ab"), .line(""), .endOfInput, .endOfInput])
    }

    func testOneMegabyteLineIsCappedWithoutHanging() {
        let cap = LineSplitter.defaultMaximumLineBytes
        var input = [UInt8](repeating: UInt8(ascii: "x"), count: 3 * cap)
        input += bytes("\nnext\n")
        let started = Date()
        let results = readAll(input)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(results.count, 4)
        guard case .line(let long) = results[0] else { return XCTFail("expected a line, got \(results[0])") }
        XCTAssertEqual(long.utf8.count, cap)
        XCTAssertEqual(Array(results.dropFirst()), [.line("next"), .endOfInput, .endOfInput])
    }

    func testLineOfExactlyTheCapIsKeptWhole() {
        let cap = LineSplitter.defaultMaximumLineBytes
        let input = [UInt8](repeating: UInt8(ascii: "y"), count: cap) + [0x0A]
        guard case .line(let line) = readAll(input)[0] else { return XCTFail("expected a line") }
        XCTAssertEqual(line.utf8.count, cap)
    }

    func testIsNotInteractive() {
        let reader = PlainLineReader(fileDescriptor: -1)
        XCTAssertFalse(reader.isInteractive)
        XCTAssertEqual(reader.readLine(prompt: "x"), .endOfInput)
    }
}
