import FollowUpCore
import Foundation

/// RFC 5322 header lines: folding, RFC 2047 encoded-words for non-ASCII text, and mailbox syntax.
///
/// Every line this produces is at most `maxLineLength` characters before its CRLF, as long as no
/// single address is longer than a line (an address can't be folded or encoded).
enum MIMEHeaderEncoding {
    /// Characters per header line before the CRLF; RFC 5322 asks for at most 78.
    static let maxLineLength = 76
    /// Room for one encoded-word: short enough to share the first line with the longest header name used.
    static let maxEncodedWordLength = 64
    private static let encodedWordOverhead = "=?utf-8?q??=".count

    // MARK: Folding

    /// Joins `tokens` with single spaces after `name: `, starting a continuation line (CRLF and a
    /// space) before any token that would push the line past the limit. No trailing CRLF.
    static func fold(name: String, tokens: [String]) -> String {
        var lines: [String] = []
        var line = name + ":"
        var lineHasToken = false
        for token in tokens {
            if lineHasToken && line.utf8.count + 1 + token.utf8.count > maxLineLength {
                lines.append(line)
                line = ""
            }
            line += " " + token
            lineHasToken = true
        }
        lines.append(line)
        return lines.joined(separator: "\r\n")
    }

    // MARK: Unstructured text (Subject)

    /// A folded `Subject`-style header. Whitespace runs collapse to one space; text that is not plain
    /// printable ASCII is written entirely as encoded-words.
    static func unstructured(name: String, value: String) -> String {
        let text = collapsingWhitespace(value)
        let words = text.split(separator: " ").map(String.init)
        let plain =
            text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F } && !text.contains("=?")
            && words.allSatisfy { $0.utf8.count <= maxLineLength - 1 - name.utf8.count - 1 }
        return fold(name: name, tokens: plain ? words : encodedWords(text, forPhrase: false))
    }

    // MARK: Mailboxes (From, To, Cc)

    /// A folded address-list header, or nil when no mailbox has a usable address.
    static func mailboxList(name: String, mailboxes: [EmailMailbox]) -> String? {
        let usable = mailboxes.compactMap { mailbox -> (String, String)? in
            guard let address = mailbox.address?.trimmingCharacters(in: .whitespaces), EmailAddress.isValid(address)
            else { return nil }
            return (mailbox.name, address)
        }
        guard !usable.isEmpty else { return nil }
        var tokens: [String] = []
        for (index, (displayName, address)) in usable.enumerated() {
            var mailboxTokens = phraseTokens(displayName)
            mailboxTokens.append(mailboxTokens.isEmpty ? address : "<\(address)>")
            if index < usable.count - 1 {
                mailboxTokens[mailboxTokens.count - 1] += ","
            }
            tokens += mailboxTokens
        }
        return fold(name: name, tokens: tokens)
    }

    /// A display name as header tokens: atoms as they are, a quoted-string when it holds specials
    /// (comma, period, quotes), encoded-words when it holds non-ASCII.
    static func phraseTokens(_ displayName: String) -> [String] {
        let text = collapsingWhitespace(displayName)
        if text.isEmpty { return [] }
        let isPrintableASCII = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        if !isPrintableASCII || text.contains("=?") {
            return encodedWords(text, forPhrase: true)
        }
        let words = text.split(separator: " ").map(String.init)
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let tokens = words.allSatisfy({ $0.unicodeScalars.allSatisfy(isAtext) }) ? words : ["\"\(escaped)\""]
        // A quoted-string or a word too long for a line can't be folded; encoded-words can.
        if tokens.contains(where: { $0.utf8.count > maxEncodedWordLength }) {
            return encodedWords(text, forPhrase: true)
        }
        return tokens
    }

    /// `atext` from RFC 5322 3.2.3: the characters an unquoted word may hold.
    static func isAtext(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": return true
        default: return "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(scalar)
        }
    }

    // MARK: Encoded-words (RFC 2047)

    /// `text` as UTF-8 encoded-words of at most `maxEncodedWordLength` characters each: Q encoding,
    /// which stays readable for accented Latin text, unless B is much shorter (CJK, emoji). A word never ends inside a character (nor, when it fits,
    /// inside a grapheme cluster such as an emoji sequence).
    static func encodedWords(_ text: String, forPhrase: Bool) -> [String] {
        let bytes = Array(text.utf8)
        let qLength = bytes.reduce(0) { $0 + qEncoded($1).count }
        let bLength = (bytes.count + 2) / 3 * 4
        let useQ = qLength * 2 <= bLength * 3
        let payloadRoom = maxEncodedWordLength - encodedWordOverhead

        func payloadLength(_ chunk: [UInt8]) -> Int {
            useQ ? chunk.reduce(0) { $0 + qEncoded($1).count } : (chunk.count + 2) / 3 * 4
        }
        // Pieces that must not be split: whole characters, or single scalars for oversized clusters.
        var pieces: [[UInt8]] = []
        for character in text {
            let piece = Array(String(character).utf8)
            if payloadLength(piece) <= payloadRoom {
                pieces.append(piece)
            } else {
                pieces += character.unicodeScalars.map { Array(String($0).utf8) }
            }
        }
        var chunks: [[UInt8]] = []
        var current: [UInt8] = []
        for piece in pieces {
            if !current.isEmpty && payloadLength(current + piece) > payloadRoom {
                chunks.append(current)
                current = []
            }
            current += piece
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks.map { chunk in
            if useQ {
                return "=?utf-8?q?" + chunk.map(qEncoded).joined() + "?="
            }
            return "=?utf-8?b?" + Data(chunk).base64EncodedString() + "?="
        }
    }

    /// One byte in RFC 2047 Q encoding, restricted to the characters allowed inside a phrase.
    private static func qEncoded(_ byte: UInt8) -> String {
        switch byte {
        case 0x20: return "_"
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: "-"), UInt8(ascii: "/"):
            return String(UnicodeScalar(byte))
        default:
            return "=" + hexByte(byte)
        }
    }

    static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// Control and invisible characters (`UntrustedText.isUnsafe`) and line breaks become spaces; runs of whitespace become one space.
    static func collapsingWhitespace(_ text: String) -> String {
        let cleaned = String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    UntrustedText.isUnsafe(scalar) || scalar.properties.isWhitespace ? " " : scalar
                }))
        return cleaned.split(separator: " ").joined(separator: " ")
    }
}
