import FollowUpCore
import Foundation

/// Writes an `EmailDraftMessage` as the bytes of an RFC 5322 `.eml` file.
///
/// The result opens as an editable draft (`X-Unsent: 1`) in common mail clients: CRLF line ends,
/// folded headers, RFC 2047 encoded-words for non-ASCII names and subjects, and a UTF-8 body in
/// quoted-printable so every line stays under 78 characters and stays readable.
public enum EmailDraftEncoder {
    /// The whole `.eml` file.
    public static func encode(_ message: EmailDraftMessage) -> Data {
        var lines: [String] = []
        lines.append("Date: " + rfc5322Date(message.date, in: message.timeZone))
        if let from = message.from, let header = MIMEHeaderEncoding.mailboxList(name: "From", mailboxes: [from]) {
            lines.append(header)
        }
        if let header = MIMEHeaderEncoding.mailboxList(name: "To", mailboxes: message.to) {
            lines.append(header)
        }
        if let header = MIMEHeaderEncoding.mailboxList(name: "Cc", mailboxes: message.cc) {
            lines.append(header)
        }
        lines.append(MIMEHeaderEncoding.unstructured(name: "Subject", value: message.subject))
        if let id = message.messageID.flatMap(messageIDHeaderValue) {
            lines.append("Message-ID: " + id)
        }
        lines.append("MIME-Version: 1.0")
        lines.append("Content-Type: text/plain; charset=utf-8")
        lines.append("Content-Transfer-Encoding: quoted-printable")
        lines.append("X-Unsent: 1")
        lines.append("")
        // Headers drop control characters as they are encoded (MIMEHeaderEncoding); the body
        // loses them here, and any bidirectional override a value from a file brought in.
        lines += QuotedPrintable.encodeLines(UntrustedText.cleaned(message.body, keepingLayout: true))
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// `Fri, 20 Nov 2026 09:05:00 +0100`: the instant shown in `timeZone`, with its offset at that instant.
    public static func rfc5322Date(_ date: Date, in timeZone: TimeZone) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        let day = LocalDate(daysSinceEpoch: days)
        let sign = offset < 0 ? "-" : "+"
        let offsetMinutes = abs(offset) / 60
        return "\(LocalDate.weekdayNames[day.isoWeekday - 1]), \(day.day) "
            + "\(LocalDate.monthNames[day.month - 1].prefix(3)) \(pad(day.year, 4)) "
            + "\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2)) "
            + "\(sign)\(pad(offsetMinutes / 60, 2))\(pad(offsetMinutes % 60, 2))"
    }

    /// `<left@right>`, or nil when the identifier can't be written as one (spaces, non-ASCII, no `@`).
    static func messageIDHeaderValue(_ raw: String) -> String? {
        var id = raw.trimmingCharacters(in: .whitespaces)
        if id.hasPrefix("<") && id.hasSuffix(">") { id = String(id.dropFirst().dropLast()) }
        let parts = id.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
            id.unicodeScalars.allSatisfy({ MIMEHeaderEncoding.isAtext($0) || $0 == "." || $0 == "@" }),
            id.utf8.count <= MIMEHeaderEncoding.maxLineLength - "Message-ID: <>".count
        else { return nil }
        return "<\(id)>"
    }

    static func pad(_ number: Int, _ width: Int) -> String { number.zeroPadded(width) }
}

extension EmailDraftEncoder {
    /// `From: Maya Chen <maya@example.com>` as the drafts write it (encoded and folded), or nil
    /// when the address is not a usable one.
    public static func fromHeader(name: String, address: String) -> String? {
        MIMEHeaderEncoding.mailboxList(name: "From", mailboxes: [EmailMailbox(name: name, address: address)])
    }
}
