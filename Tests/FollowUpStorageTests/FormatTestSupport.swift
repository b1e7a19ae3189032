import Foundation
import XCTest

/// Small independent decoders for checking encoder output in tests: RFC 2047 words, quoted-printable,
/// header unfolding, iCalendar unfolding and unescaping.
enum FormatTestSupport {
    /// Splits on CRLF; fails the test on any bare CR or LF. The text must end with CRLF.
    static func crlfLines(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
                XCTFail("bare LF at byte \(index)", file: file, line: line)
            }
            if byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A) {
                XCTFail("bare CR at byte \(index)", file: file, line: line)
            }
        }
        XCTAssertTrue(text.hasSuffix("\r\n"), "must end with CRLF", file: file, line: line)
        var lines = text.components(separatedBy: "\r\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Header section of an `.eml` as unfolded `(name, raw value)` pairs, plus the body lines.
    static func parseEML(_ data: Data, file: StaticString = #filePath, line: UInt = #line) -> (headers: [(String, String)], body: [String]) {
        let text = String(decoding: data, as: UTF8.self)
        let lines = crlfLines(text, file: file, line: line)
        var headers: [(String, String)] = []
        var index = 0
        while index < lines.count, !lines[index].isEmpty {
            let current = lines[index]
            if current.hasPrefix(" ") || current.hasPrefix("\t"), !headers.isEmpty {
                headers[headers.count - 1].1 += current
            } else if let colon = current.firstIndex(of: ":") {
                headers.append((String(current[..<colon]), String(current[current.index(after: colon)...].dropFirst())))
            } else {
                XCTFail("not a header line: \(current)", file: file, line: line)
            }
            index += 1
        }
        return (headers, Array(lines.dropFirst(min(lines.count, index + 1))))
    }

    static func header(_ name: String, in headers: [(String, String)]) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    /// Decodes one `=?utf-8?q?...?=` or `=?utf-8?b?...?=` word to its bytes, or nil if malformed.
    static func decodeEncodedWordBytes(_ word: String) -> [UInt8]? {
        guard word.hasPrefix("=?"), word.hasSuffix("?="), word.count >= 8 else { return nil }
        let parts = word.dropFirst(2).dropLast(2).split(separator: "?", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].lowercased() == "utf-8" else { return nil }
        switch parts[1].lowercased() {
        case "b":
            return Data(base64Encoded: String(parts[2])).map(Array.init)
        case "q":
            var bytes: [UInt8] = []
            var chars = Array(parts[2].utf8)[...]
            while let c = chars.popFirst() {
                if c == UInt8(ascii: "_") {
                    bytes.append(0x20)
                } else if c == UInt8(ascii: "=") {
                    guard chars.count >= 2, let value = UInt8(String(decoding: chars.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                    bytes.append(value)
                    chars = chars.dropFirst(2)
                } else {
                    bytes.append(c)
                }
            }
            return bytes
        default:
            return nil
        }
    }

    /// Decodes a run of encoded-words separated by whitespace (which RFC 2047 says to drop).
    /// Each word must be valid UTF-8 on its own: a word never splits a character.
    static func decodeEncodedWords(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        var result = ""
        for word in text.split(separator: " ") {
            XCTAssertLessThanOrEqual(word.count, 75, "encoded-word longer than 75: \(word)", file: file, line: line)
            guard let bytes = decodeEncodedWordBytes(String(word)) else { return nil }
            guard let piece = String(validating: bytes, as: UTF8.self) else {
                XCTFail("encoded-word \(word) splits a UTF-8 character", file: file, line: line)
                return nil
            }
            result += piece
        }
        return result
    }

    /// Decodes quoted-printable lines (soft breaks joined) into text with `\n` line ends.
    static func decodeQuotedPrintable(_ lines: [String]) -> String? {
        var bytes: [UInt8] = []
        for line in lines {
            var chars = Array(line.utf8)[...]
            var soft = false
            while let c = chars.popFirst() {
                if c == UInt8(ascii: "=") {
                    if chars.isEmpty { soft = true; break }
                    guard chars.count >= 2, let value = UInt8(String(decoding: chars.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                    bytes.append(value)
                    chars = chars.dropFirst(2)
                } else {
                    bytes.append(c)
                }
            }
            if !soft { bytes.append(0x0A) }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Unfolds iCalendar content lines (CRLF + one space or tab is removed).
    static func unfoldICS(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), !result.isEmpty {
                result[result.count - 1] += line.dropFirst()
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// Reverses RFC 5545 TEXT escaping.
    static func unescapeICSText(_ text: String) -> String {
        var out = ""
        var escaping = false
        for c in text {
            if escaping {
                out.append(c == "n" || c == "N" ? "\n" : c)
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// 2026-11-20 08:05:09 UTC.
    static let sampleInstant = Date(timeIntervalSince1970: 1_795_161_909)
}
