/// Quoted-printable (RFC 2045 6.7) for UTF-8 text bodies.
enum QuotedPrintable {
    /// Encoded lines are at most this long, the soft-break `=` included.
    static let maxLineLength = 76

    /// The encoded body as lines without their CRLF. Any line-end convention in `text` becomes a
    /// hard line break; long lines get soft breaks (`=`) that never cut an `=XX` escape.
    static func encodeLines(_ text: String) -> [String] {
        // Foundation's search is slow and finds nothing without a CR.
        let normalized =
            text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        var sourceLines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        if sourceLines.count > 1 && sourceLines.last?.isEmpty == true {
            sourceLines.removeLast()
        }
        var output: [String] = []
        for bytes in sourceLines {
            var line = ""
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let token: String
                switch byte {
                case 0x20, 0x09:
                    token = isLast ? "=" + MIMEHeaderEncoding.hexByte(byte) : String(UnicodeScalar(byte))
                case UInt8(ascii: "="):
                    token = "=3D"
                case UInt8(ascii: "F") where index == 0 && bytes.starts(with: Array("From ".utf8)):
                    // Keeps mbox-style readers from mistaking the line for a message separator.
                    token = "=46"
                case 0x21...0x7E:
                    token = String(UnicodeScalar(byte))
                default:
                    token = "=" + MIMEHeaderEncoding.hexByte(byte)
                }
                let room = isLast ? maxLineLength : maxLineLength - 1
                if line.utf8.count + token.utf8.count > room {
                    output.append(line + "=")
                    line = ""
                }
                line += token
            }
            output.append(line)
        }
        return output
    }
}
