/// A `mailto:` link (RFC 6068) that opens a new message in the candidate's mail app with the
/// recipient, subject and body filled in, ready to edit and send.
public enum MailtoLink {
    /// `mailto:ana%40example.com?subject=…&body=…`; the address may be missing (the mail app asks).
    public static func make(to address: String?, subject: String, body: String) -> String {
        let normalized = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        return "mailto:" + encode(address ?? "", keeping: "@") + "?subject=" + encode(subject, keeping: "")
            + "&body=" + encode(normalized, keeping: "")
    }

    /// Percent-encodes UTF-8 bytes, keeping unreserved characters (RFC 3986) and `extra`.
    static func encode(_ text: String, keeping extra: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            let unreserved =
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || "-._~".unicodeScalars.contains(scalar) || extra.unicodeScalars.contains(scalar)
            if unreserved {
                out.unicodeScalars.append(scalar)
            } else {
                let digits = Array("0123456789ABCDEF")
                out += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
