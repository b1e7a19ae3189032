import FollowUpCore

/// Reads the day out of an e-mail's `Date:` header (RFC 5322 section 3.3, with the obsolete
/// forms of 4.3): `Mon, 14 Dec 2026 09:00:00 -0500` is 14 December, the day in the header's own
/// offset, whatever the reader's time zone.
public enum EmailDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// The calendar day the header names, or nil when it is not a date (a missing day, month or
    /// year, a time that is not `hh:mm[:ss]`, a day that does not exist, or a day of the week
    /// that does not match the date).
    public static func day(fromHeader value: String) -> LocalDate? {
        // Comments such as "(UTC)" are not part of the date.
        var text = ""
        var depth = 0
        for character in value {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                text.append(character)
            }
        }
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map { $0.lowercased() }
        var weekday: Int?
        if let first = tokens.first, first.first?.isLetter == true {
            guard let index = weekdays.firstIndex(of: first) else { return nil }
            weekday = index + 1
            tokens.removeFirst()
        }
        guard tokens.count >= 4,
            tokens[0].count <= 2, let day = Int(tokens[0]),
            let monthIndex = months.firstIndex(of: tokens[1]),
            tokens[2].allSatisfy(\.isASCII), let year = year(tokens[2]),
            isTime(tokens[3])
        else { return nil }
        guard let date = LocalDate(year: year, month: monthIndex + 1, day: day) else { return nil }
        if let weekday, weekday != date.isoWeekday { return nil }
        return date
    }

    /// Four digits (or more), or the obsolete two and three digits (`26` is 2026, `99` is 1999).
    private static func year(_ token: String) -> Int? {
        guard token.count >= 2, token.allSatisfy(\.isNumber), let value = Int(token) else { return nil }
        switch token.count {
        case 2: return value < 50 ? 2000 + value : 1900 + value
        case 3: return 1900 + value
        default: return value
        }
    }

    /// `hh:mm` or `hh:mm:ss`.
    private static func isTime(_ token: String) -> Bool {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return false }
        return parts.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
