import FollowUpCore
import Foundation

/// Writes a `ReminderCalendar` as RFC 5545 iCalendar text.
///
/// CRLF line ends; TEXT values escaped; content lines folded at 75 octets without cutting a
/// UTF-8 character. All-day events use `DTSTART;VALUE=DATE` and an exclusive `DTEND` on the
/// next day, which every common calendar reads as "that whole day".
public enum ReminderCalendarEncoder {
    /// Octets per content line before the CRLF, continuation space included (RFC 5545 3.1).
    public static let maxLineOctets = 75

    /// The whole `.ics` file. `stamp` is the `DTSTAMP` of every event: when the file was made.
    public static func encode(_ calendar: ReminderCalendar, stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:" + escapeText(calendar.productID),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        if let name = calendar.name {
            lines.append("X-WR-CALNAME:" + escapeText(name))
        }
        let dtstamp = utcStamp(stamp)
        for event in calendar.events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escapeText(event.uid),
                "DTSTAMP:" + dtstamp,
                "DTSTART;VALUE=DATE:" + basicDate(event.date),
                "DTEND;VALUE=DATE:" + basicDate(event.date.adding(days: 1)),
                "SUMMARY:" + escapeText(event.summary),
                "DESCRIPTION:" + escapeText(event.description),
                "TRANSP:TRANSPARENT",
            ]
            if let alarm = event.alarm {
                let text = alarm.description.trimmingCharacters(in: .whitespacesAndNewlines)
                let fallback = event.summary.trimmingCharacters(in: .whitespacesAndNewlines)
                lines += [
                    "BEGIN:VALARM",
                    "ACTION:DISPLAY",
                    "TRIGGER;RELATED=START:" + duration(minutes: alarm.minutesAfterStart),
                    "DESCRIPTION:" + escapeText(text.isEmpty ? (fallback.isEmpty ? "Follow-up reminder" : fallback) : text),
                    "END:VALARM",
                ]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any line break as `\n`,
    /// other control and invisible characters (`UntrustedText.isUnsafe`) dropped.
    public static func escapeText(_ text: String) -> String {
        var out = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            // CRLF, CR and LF all end a line (one scan; Foundation's replacingOccurrences was
            // a tenth of a whole plan on Linux).
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !afterCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if !UntrustedText.isUnsafe(scalar) {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Splits one content line into folded physical lines joined by CRLF + space, each at most
    /// `maxLineOctets` octets, breaking only between Unicode scalars.
    public static func fold(_ line: String) -> String {
        var physical: [String] = []
        var current = ""
        var currentOctets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if currentOctets + size > maxLineOctets {
                physical.append(current)
                current = " "
                currentOctets = 1
            }
            current.unicodeScalars.append(scalar)
            currentOctets += size
        }
        physical.append(current)
        return physical.joined(separator: "\r\n")
    }

    /// `20261120T143000Z`.
    static func utcStamp(_ date: Date) -> String {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(total) / 86_400).rounded(.down))
        let seconds = total - days * 86_400
        return basicDate(LocalDate(daysSinceEpoch: days)) + "T"
            + EmailDraftEncoder.pad(seconds / 3600, 2) + EmailDraftEncoder.pad(seconds / 60 % 60, 2)
            + EmailDraftEncoder.pad(seconds % 60, 2) + "Z"
    }

    /// `20261120`.
    static func basicDate(_ date: LocalDate) -> String {
        date.iso8601.replacingOccurrences(of: "-", with: "")
    }

    /// `PT9H`, `PT9H30M`, `-PT15M`, `PT0S`.
    static func duration(minutes: Int) -> String {
        if minutes == 0 { return "PT0S" }
        let sign = minutes < 0 ? "-" : ""
        let magnitude = abs(minutes)
        let days = magnitude / 1440
        let hours = magnitude % 1440 / 60
        let mins = magnitude % 60
        var text = sign + "P"
        if days > 0 { text += "\(days)D" }
        if hours > 0 || mins > 0 {
            text += "T"
            if hours > 0 { text += "\(hours)H" }
            if mins > 0 { text += "\(mins)M" }
        }
        return text
    }
}
