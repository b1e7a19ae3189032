import Foundation

/// How to read a file into a `Draft`.
public enum DraftFormat: String, Sendable, CaseIterable {
    /// `.txt` and `.md`: an optional first line `Subject: …`, then the body.
    case plain
    /// `.eml`: RFC 5322 headers and a body, possibly quoted-printable or base64, possibly multipart.
    case email

    /// Picks the format from a file name: `.eml` is e-mail, everything else (and stdin) is plain.
    public init(fileName: String) {
        self = fileName.lowercased().hasSuffix(".eml") ? .email : .plain
    }
}

/// Turns file text into a `Draft` whose lines know their place in the file.
public enum DraftParser {
    public static func parse(_ text: String, format: DraftFormat) -> Draft {
        let lines = splitLines(text)
        switch format {
        case .plain: return parsePlain(lines)
        case .email: return parseEmail(lines)
        }
    }

    /// Splits on `\n`, `\r\n` and `\r`, keeping empty lines.
    static func splitLines(_ text: String) -> [String] {
        var lines = onlyLineFeeds(text) ? splitOnLineFeeds(text) : text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" && lines.count > 1 { lines.removeLast() }
        return lines
    }

    /// `text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)` as strings, found with memchr.
    static func splitOnLineFeeds(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            guard let base = bytes.baseAddress else { return [""] }
            var start = 0
            while true {
                let end = memchr(base + start, 0x0A, bytes.count - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                if end == bytes.count { return lines }
                start = end + 1
            }
        }
    }

    /// True when `\n` is the only newline character in `text` (no `\r`, vertical tab, form feed,
    /// U+0085, U+2028 or U+2029): splitting on the byte 0x0A is then the same as splitting on
    /// `Character.isNewline` (a `\n` is always a character of its own), and much faster.
    static func onlyLineFeeds(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte >= 0x0B && byte <= 0x0D { return false }
                if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0x85 { return false }
                if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    return false
                }
                index += 1
            }
            return true
        }
    }

    private static func parsePlain(_ lines: [String]) -> Draft {
        var subject: DraftLine?
        var bodyStart = 0
        if let first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
            let value = headerValue(lines[first], name: "subject")
        {
            subject = DraftLine(text: value.text, origin: .direct(line: first + 1, firstColumn: value.column))
            bodyStart = first + 1
        }
        let body = lines.enumerated().dropFirst(bodyStart).map {
            DraftLine(text: $0.element, origin: .direct(line: $0.offset + 1, firstColumn: 1))
        }
        return Draft(subject: subject, expectsSubject: subject != nil, lines: body)
    }

    /// `Subject: Hello` → ("Hello", column of "H").
    private static func headerValue(_ line: String, name: String) -> (text: String, column: Int)? {
        guard let colon = line.firstIndex(of: ":"),
            line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == name
        else { return nil }
        let rest = line[line.index(after: colon)...]
        let leading = rest.prefix(while: { $0 == " " || $0 == "\t" }).count
        let column = line.distance(from: line.startIndex, to: colon) + 2 + leading
        return (String(rest.dropFirst(leading)), column)
    }

    // MARK: - E-mail

    private struct Part {
        var headers: [String: (value: String, line: Int, column: Int)]
        var bodyLines: Range<Int>
    }

    private static func parseEmail(_ lines: [String]) -> Draft {
        let part = readPart(lines, in: 0..<lines.count)
        var subject: DraftLine?
        if let header = part.headers["subject"] {
            if header.value.contains("=?") {
                let decoded = decodeEncodedWords(header.value)
                let start = SourcePosition(line: header.line, column: header.column)
                subject = DraftLine(text: decoded, origin: .mapped(Array(repeating: start, count: decoded.count + 1)))
            } else {
                subject = DraftLine(text: header.value, origin: .direct(line: header.line, firstColumn: header.column))
            }
        }
        let textPart = findTextPart(lines, part: part)
        let encoding =
            textPart.headers["content-transfer-encoding"]?.value.lowercased()
            .trimmingCharacters(in: .whitespaces) ?? ""
        let body: [DraftLine]
        switch encoding {
        case "quoted-printable": body = decodeQuotedPrintable(lines, range: textPart.bodyLines)
        case "base64": body = decodeBase64(lines, range: textPart.bodyLines)
        default:
            body = textPart.bodyLines.map { DraftLine(text: lines[$0], origin: .direct(line: $0 + 1, firstColumn: 1)) }
        }
        let sendDate = part.headers["date"].flatMap { EmailDate.day(fromHeader: $0.value) }
        return Draft(subject: subject, expectsSubject: true, lines: body, sendDate: sendDate)
    }

    /// Reads headers (unfolding continuation lines) up to the first empty line.
    private static func readPart(_ lines: [String], in range: Range<Int>) -> Part {
        var headers: [String: (value: String, line: Int, column: Int)] = [:]
        var index = range.lowerBound
        var lastName: String?
        while index < range.upperBound {
            let line = lines[index]
            if line.allSatisfy(\.isWhitespace) { index += 1; break }
            if let first = line.first, first == " " || first == "\t", let name = lastName, let existing = headers[name] {
                let extra = line.trimmingCharacters(in: .whitespaces)
                headers[name] = (existing.value + " " + extra, existing.line, existing.column)
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                if let value = headerValue(line, name: name) {
                    headers[name] = (value.text, index + 1, value.column)
                    lastName = name
                }
            }
            index += 1
        }
        return Part(headers: headers, bodyLines: min(index, range.upperBound)..<range.upperBound)
    }

    /// For `multipart/*`, the first `text/plain` part (or the first part); otherwise the part itself.
    private static func findTextPart(_ lines: [String], part: Part) -> Part {
        guard let type = part.headers["content-type"]?.value, type.lowercased().hasPrefix("multipart/"),
            let boundary = parameter("boundary", in: type)
        else { return part }
        var parts: [Part] = []
        var start: Int?
        for index in part.bodyLines {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line == "--" + boundary || line == "--" + boundary + "--" {
                if let s = start { parts.append(readPart(lines, in: s..<index)) }
                start = line.hasSuffix(boundary + "--") ? nil : index + 1
            }
        }
        if let s = start { parts.append(readPart(lines, in: s..<part.bodyLines.upperBound)) }
        let plain = parts.first { ($0.headers["content-type"]?.value.lowercased() ?? "text/plain").hasPrefix("text/plain") }
        guard let chosen = plain ?? parts.first else { return part }
        return findTextPart(lines, part: chosen)
    }

    private static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// Decodes quoted-printable, keeping for every decoded character the file position it came from.
    private static func decodeQuotedPrintable(_ lines: [String], range: Range<Int>) -> [DraftLine] {
        var result: [DraftLine] = []
        var bytes: [UInt8] = []
        var origins: [SourcePosition] = []
        var lineEnd = SourcePosition(line: 1, column: 1)

        func flush() {
            result.append(makeLine(bytes: bytes, origins: origins, end: lineEnd))
            bytes = []
            origins = []
        }

        for index in range {
            let chars = Array(lines[index])
            var softBreak = false
            var column = 0
            // Trailing whitespace is not part of the content in quoted-printable.
            var count = chars.count
            while count > 0, chars[count - 1] == " " || chars[count - 1] == "\t" { count -= 1 }
            while column < count {
                let position = SourcePosition(line: index + 1, column: column + 1)
                let char = chars[column]
                if char == "=" {
                    if column == count - 1 {
                        softBreak = true
                        column += 1
                        continue
                    }
                    if column + 2 < count, let byte = UInt8(String([chars[column + 1], chars[column + 2]]), radix: 16) {
                        bytes.append(byte)
                        origins.append(position)
                        column += 3
                        continue
                    }
                }
                for byte in String(char).utf8 {
                    bytes.append(byte)
                    origins.append(position)
                }
                column += 1
            }
            lineEnd = SourcePosition(line: index + 1, column: count + 1)
            if !softBreak { flush() }
        }
        if !bytes.isEmpty { flush() }
        return result
    }

    private static func makeLine(bytes: [UInt8], origins: [SourcePosition], end: SourcePosition) -> DraftLine {
        let text = String(decoding: bytes, as: UTF8.self)
        var positions: [SourcePosition] = []
        var offset = 0
        for character in text {
            positions.append(offset < origins.count ? origins[offset] : end)
            offset += character.utf8.count
        }
        positions.append(end)
        return DraftLine(text: text, origin: .mapped(positions))
    }

    /// Decodes a base64 body. The decoded text has no column-for-column link to the file, so
    /// every character of decoded line `k` points at the first column of encoded line `k`
    /// (or the last encoded line).
    private static func decodeBase64(_ lines: [String], range: Range<Int>) -> [DraftLine] {
        let joined = range.map { lines[$0].trimmingCharacters(in: .whitespaces) }.joined()
        guard let data = Data(base64Encoded: joined, options: .ignoreUnknownCharacters) else {
            return range.map { DraftLine(text: lines[$0], origin: .direct(line: $0 + 1, firstColumn: 1)) }
        }
        let text = String(decoding: data, as: UTF8.self)
        let firstLine = range.lowerBound + 1
        let lastLine = max(firstLine, range.upperBound)
        return splitLines(text).enumerated().map { offset, line in
            let anchor = SourcePosition(line: min(firstLine + offset, lastLine), column: 1)
            return DraftLine(text: line, origin: .mapped(Array(repeating: anchor, count: line.count + 1)))
        }
    }

    /// Decodes RFC 2047 encoded words (`=?UTF-8?Q?Caf=C3=A9?=`, `=?UTF-8?B?...?=`).
    static func decodeEncodedWords(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let start = rest.range(of: "=?") {
            output += rest[..<start.lowerBound]
            let afterStart = rest[start.upperBound...]
            let pieces = afterStart.split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
            guard pieces.count == 4, pieces[3].hasPrefix("="), pieces[1].count == 1 else {
                output += "=?"
                rest = afterStart
                continue
            }
            let encoded = pieces[2]
            var decoded: String?
            if pieces[1].uppercased() == "B" {
                decoded = Data(base64Encoded: String(encoded)).map { String(decoding: $0, as: UTF8.self) }
            } else {
                var bytes: [UInt8] = []
                var index = encoded.startIndex
                while index < encoded.endIndex {
                    let char = encoded[index]
                    if char == "_" {
                        bytes.append(0x20)
                    } else if char == "=", let hexEnd = encoded.index(index, offsetBy: 3, limitedBy: encoded.endIndex),
                        let byte = UInt8(encoded[encoded.index(after: index)..<hexEnd], radix: 16)
                    {
                        bytes.append(byte)
                        index = encoded.index(before: hexEnd)
                    } else {
                        bytes += Array(String(char).utf8)
                    }
                    index = encoded.index(after: index)
                }
                decoded = String(decoding: bytes, as: UTF8.self)
            }
            output += decoded ?? String(encoded)
            rest = pieces[3].dropFirst()
            // Whitespace between two adjacent encoded words is dropped.
            let trimmed = rest.drop(while: { $0 == " " })
            if trimmed.hasPrefix("=?") { rest = trimmed }
        }
        output += rest
        return output
    }
}
