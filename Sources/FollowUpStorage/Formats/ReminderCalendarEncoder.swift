import FollowUpCore
import Foundation

/// Writes a `ReminderCalendar` as RFC 5545 iCalendar text.
///
/// CRLF line ends; TEXT values escaped; content lines folded at 75 octets without cutting a
/// UTF-8 character. Events are short and timed, at the calendar's hour in its zone, with the
/// zone's `VTIMEZONE`; each carries its `SEQUENCE` and `STATUS` so re-imports update it.
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
        let time = calendar.time
        let isUTC = time.timeZone.secondsFromGMT() == 0 && time.timeZone.nextDaylightSavingTimeTransition == nil
        if !isUTC, let first = calendar.events.map(\.date).min(), let last = calendar.events.map(\.date).max() {
            lines += timeZoneLines(time.timeZone, from: first.adding(days: -366), to: last.adding(days: 1))
        }
        let dtstamp = UTCTimestamp.string(stamp, basic: true)
        for event in calendar.events {
            let startMinutes = time.hour * 60 + time.minute
            let endMinutes = startMinutes + time.durationMinutes
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escapeText(event.uid),
                "DTSTAMP:" + dtstamp,
                dateTime("DTSTART", event.date, minutes: startMinutes, zone: time.timeZone, isUTC: isUTC),
                dateTime("DTEND", event.date, minutes: endMinutes, zone: time.timeZone, isUTC: isUTC),
                "SUMMARY:" + escapeText(event.summary),
                "DESCRIPTION:" + escapeText(event.description),
                "SEQUENCE:\(event.sequence)",
                "STATUS:" + (event.isCancelled ? "CANCELLED" : "CONFIRMED"),
                "TRANSP:TRANSPARENT",
            ]
            if let alarm = event.alarm, !event.isCancelled {
                let text = alarm.description.trimmingCharacters(in: .whitespacesAndNewlines)
                let fallback = event.summary.trimmingCharacters(in: .whitespacesAndNewlines)
                lines += [
                    "BEGIN:VALARM",
                    "ACTION:DISPLAY",
                    "TRIGGER;RELATED=START:" + duration(minutes: -alarm.minutesBeforeStart),
                    "DESCRIPTION:" + escapeText(text.isEmpty ? (fallback.isEmpty ? "Follow-up reminder" : fallback) : text),
                    "END:VALARM",
                ]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `DTSTART;TZID=Europe/Paris:20261121T090000`, or `DTSTART:20261121T090000Z` in UTC.
    /// Minutes past midnight may run into the next day.
    static func dateTime(_ name: String, _ date: LocalDate, minutes: Int, zone: TimeZone, isUTC: Bool) -> String {
        let day = date.adding(days: minutes / 1440)
        let m = minutes % 1440
        let local = basicDate(day) + "T" + EmailDraftEncoder.pad(m / 60, 2) + EmailDraftEncoder.pad(m % 60, 2) + "00"
        return isUTC ? "\(name):\(local)Z" : "\(name);TZID=\(zone.identifier):\(local)"
    }

    /// The zone's `VTIMEZONE` (RFC 5545 3.6.5) from `from` to `to`: its offset on the first day,
    /// then one observance per change of offset (summer time), as the system's zone data says.
    static func timeZoneLines(_ zone: TimeZone, from: LocalDate, to: LocalDate) -> [String] {
        let start = Date(timeIntervalSince1970: Double(from.daysSinceEpoch) * 86_400)
        let end = Date(timeIntervalSince1970: Double(to.daysSinceEpoch) * 86_400)
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + zone.identifier]
        var offset = zone.secondsFromGMT(for: start)
        lines += observance(daylight: zone.isDaylightSavingTime(for: start), at: start, from: offset, to: offset)
        var instant = start
        while let next = zone.nextDaylightSavingTimeTransition(after: instant), next < end {
            let newOffset = zone.secondsFromGMT(for: next)
            lines += observance(daylight: zone.isDaylightSavingTime(for: next), at: next, from: offset, to: newOffset)
            offset = newOffset
            instant = next
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    /// One `STANDARD` or `DAYLIGHT` block starting at `instant` (written in the old offset's local time).
    static func observance(daylight: Bool, at instant: Date, from: Int, to: Int) -> [String] {
        let kind = daylight ? "DAYLIGHT" : "STANDARD"
        let local = UTCTimestamp.string(instant.addingTimeInterval(Double(from)), basic: true).dropLast()
        return [
            "BEGIN:\(kind)", "DTSTART:\(local)", "TZOFFSETFROM:" + utcOffset(from), "TZOFFSETTO:" + utcOffset(to), "END:\(kind)",
        ]
    }

    /// `+0100`, `-0330`, `+053328` (seconds only when there are some).
    static func utcOffset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        var text = sign + EmailDraftEncoder.pad(magnitude / 3600, 2) + EmailDraftEncoder.pad(magnitude / 60 % 60, 2)
        if magnitude % 60 != 0 { text += EmailDraftEncoder.pad(magnitude % 60, 2) }
        return text
    }

    /// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any line break as `\n`,
    /// other control and invisible characters (`UntrustedText.isUnsafe`) dropped.
    public static func escapeText(_ text: String) -> String {
        // UTF-8 bytes: `String.unicodeScalars.append` a scalar at a time was slow.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var afterCR = false
        for scalar in text.unicodeScalars {
            // CRLF, CR and LF all end a line (one scan; Foundation's replacingOccurrences was
            // a tenth of a whole plan on Linux).
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\".utf8
            case ";": out += "\\;".utf8
            case ",": out += "\\,".utf8
            case "\r": out += "\\n".utf8
            case "\n": if !afterCR { out += "\\n".utf8 }
            case "\t": out.append(contentsOf: scalar.utf8)
            default:
                if !UntrustedText.isUnsafe(scalar) {
                    out.append(contentsOf: scalar.utf8)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Splits one content line into folded physical lines joined by CRLF + space, each at most
    /// `maxLineOctets` octets, breaking only between Unicode scalars.
    public static func fold(_ line: String) -> String {
        // UTF-8 bytes, with CRLF and a space at each fold: the string a scalar at a time was slow.
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count + line.utf8.count / 24)
        var currentOctets = 0
        for scalar in line.unicodeScalars {
            let size = scalar.utf8.count
            if currentOctets + size > maxLineOctets {
                out += [0x0D, 0x0A, 0x20]
                currentOctets = 1
            }
            out.append(contentsOf: scalar.utf8)
            currentOctets += size
        }
        return String(decoding: out, as: UTF8.self)
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
