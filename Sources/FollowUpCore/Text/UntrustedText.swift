/// Text that came from outside (typed, or read from a file) made safe for where it goes next.
///
/// Two ways, one notion of what is unsafe: `cleaned` drops it (what is kept as an answer and
/// written into files), `visible` shows it as `\u{1B}` (what is printed on a terminal, so a
/// hostile value is seen, never executed). Unsafe are the control characters (C0 but line
/// breaks and tabs, DEL, C1 such as U+009B), invisible format characters (the bidirectional
/// overrides and isolates such as U+202E, zero-width spaces, the byte-order mark; not the
/// joiners emoji and scripts need) and the line and paragraph separators.
public enum UntrustedText {
    /// True for a character that could drive a terminal or hide or reorder text.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII, nearly every character, without a look-up of its category.
        if (0x20..<0x7F).contains(scalar.value) { return false }
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator:
            return true
        case .format:
            // Zero-width joiner and non-joiner (emoji sequences, Indic and Persian text) and
            // the tag characters of flag emoji are kept.
            return !(scalar.value == 0x200C || scalar.value == 0x200D || (0xE0020...0xE007F).contains(scalar.value))
        default:
            return false
        }
    }

    /// The text without unsafe characters: an escape sequence (`ESC [ … m`, `ESC ] … BEL`) is
    /// dropped whole. With `keepingLayout` (a document) line breaks (as `\n`) and tabs stay;
    /// without (one answer) each becomes a space.
    public static func cleaned(_ text: String, keepingLayout: Bool = false) -> String {
        // Line breaks and tabs are unsafe too: a text without any unsafe character is kept as it is.
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        // UTF-8, appended a scalar at a time (`String.unicodeScalars.append` took a tenth of a plan's export).
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        func append(_ scalar: Unicode.Scalar) { out.append(contentsOf: scalar.utf8) }
        var scalars = text.unicodeScalars.makeIterator()
        var afterCR = false
        // A character that ended a malformed sequence, to be taken on its own.
        var pending: Unicode.Scalar?
        while let scalar = pending ?? scalars.next() {
            pending = nil
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\u{1B}":
                if let introducer = scalars.next() { pending = skipSequence(after: introducer, &scalars) }
            case "\u{9B}", "\u{9D}", "\u{90}", "\u{98}", "\u{9E}", "\u{9F}":
                // The one-character (C1) forms of `ESC [`, `ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _`.
                pending = skipSequence(after: Unicode.Scalar(UInt8(scalar.value - 0x40)), &scalars)
            case "\t":
                append(keepingLayout ? "\t" : " ")
            case "\r", "\n":
                if scalar == "\n", afterCR { continue }
                append(keepingLayout ? "\n" : " ")
            default:
                if !isUnsafe(scalar) { append(scalar) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text as a terminal should show it: every unsafe character written out as `\u{1B}`,
    /// `\u{202E}`, so it is seen and never acted on. Line breaks (LF, CRLF) and tabs stay.
    public static func visible(_ text: String) -> String {
        guard containsShownEscaped(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let endsCRLF = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
            if isShownEscaped(scalar), !endsCRLF {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// JSON text with every unsafe character written as JSON's own `\u` escape (a pair of them
    /// above U+FFFF): the same data, still valid JSON, and nothing hidden on a terminal. For the
    /// output of `JSONEncoder`, where such characters can only be inside strings.
    public static func jsonEscaped(_ json: String) -> String {
        guard containsShownEscaped(json) else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count + 16)
        for scalar in json.unicodeScalars {
            guard isShownEscaped(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return out
    }

    /// Unsafe, but for the line breaks and tabs a terminal shows as such.
    private static func isShownEscaped(_ scalar: Unicode.Scalar) -> Bool {
        isUnsafe(scalar) && scalar != "\n" && scalar != "\t"
    }

    /// `text.unicodeScalars.contains(where: isShownEscaped)`, reading the UTF-8 storage: a byte
    /// of printable ASCII, a line feed or a tab is passed over as it is, anything else decoded.
    /// (The scalar view took 8.6 M instructions over `followup check`'s report on 300 drafts,
    /// before it was printed.)
    private static func containsShownEscaped(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if (0x20..<0x7F).contains(byte) || byte == 0x0A || byte == 0x09 {
                    index += 1
                    continue
                }
                if byte < 0x80 { return true }
                // A lead byte (the storage is valid UTF-8): its scalar.
                let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                var value = UInt32(byte & (0xFF >> (length + 1)))
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                if let scalar = Unicode.Scalar(value), isShownEscaped(scalar) { return true }
                index += length
            }
            return false
        }
    }

    /// Skips the rest of an escape sequence whose introducer (after ESC) was just read: a CSI
    /// (`[`, parameter and intermediate bytes, one final byte), a string command (`]`, `P`, `X`,
    /// `^`, `_`, up to BEL, ST or `ESC \`); any other introducer is the whole sequence. Returns
    /// the character that cut a CSI short, which is not part of it.
    private static func skipSequence(
        after introducer: Unicode.Scalar, _ scalars: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        switch introducer {
        case "[":
            while let c = scalars.next() {
                if (0x40...0x7E).contains(c.value) { return nil }
                if !(0x20...0x3F).contains(c.value) { return c }
            }
        case "]", "P", "X", "^", "_":
            while let c = scalars.next() {
                if c == "\u{07}" || c == "\u{9C}" { return nil }
                if c == "\u{1B}" {
                    _ = scalars.next()
                    return nil
                }
            }
        default:
            break
        }
        return nil
    }
}
