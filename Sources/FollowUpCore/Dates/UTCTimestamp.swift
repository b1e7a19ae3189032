import Foundation

/// An instant in UTC to the second, as ISO 8601: `2026-11-22T02:15:44Z` (the session and
/// tracker files), or in the basic form iCalendar's `DTSTAMP` takes, `20261122T021544Z`.
/// Worked out from the seconds since 1970, without `ISO8601DateFormatter` (and its ICU data).
public enum UTCTimestamp {
    public static func string(_ instant: Date, basic: Bool = false) -> String {
        let total = Int(instant.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(total) / 86_400).rounded(.down))
        let seconds = total - days * 86_400
        let date = LocalDate(daysSinceEpoch: days).iso8601
        let time = [seconds / 3600, seconds / 60 % 60, seconds % 60].map { $0.zeroPadded(2) }
        return basic
            ? date.filter { $0 != "-" } + "T" + time.joined() + "Z"
            : date + "T" + time.joined(separator: ":") + "Z"
    }
}
