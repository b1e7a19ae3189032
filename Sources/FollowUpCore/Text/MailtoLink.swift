/// A `mailto:` link (RFC 6068) that opens a new message in the candidate's mail app with the
/// recipient, subject and body filled in, ready to edit and send.
public enum MailtoLink {
    /// `mailto:ana%40example.com?subject=…&body=…`; the address may be missing (the mail app asks).
    public static func make(to address: String?, subject: String, body: String) -> String {
        return "mailto:" + encode(address ?? "", keeping: "@") + "?subject=" + encode(subject, keeping: "")
            + "&body=" + encode(withCRLF(body), keeping: "")
    }

    /// Every line break as CRLF. Foundation's search took a third of a link, so a body without
    /// CR, whose line feeds are each followed by ASCII (no combining mark the search would take
    /// with them), is done byte by byte, to the same result.
    static func withCRLF(_ body: String) -> String {
        let bytes = Array(body.utf8)
        guard !bytes.contains(0x0D), !zip(bytes, bytes.dropFirst()).contains(where: { $0 == 0x0A && $1 >= 0x80 }) else {
            return body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 32)
        for byte in bytes {
            if byte == 0x0A { out.append(0x0D) }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Percent-encodes UTF-8 bytes, keeping unreserved characters (RFC 3986) and `extra`.
    static func encode(_ text: String, keeping extra: String) -> String {
        let kept = Array("-._~".utf8) + Array(extra.utf8)
        let digits = Array("0123456789ABCDEF".utf8)
        // Bytes in, bytes out: appending to the string a character at a time cost more than the rest of the link.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            let unreserved =
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte < 0x80 && kept.contains(byte)
            if unreserved {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
