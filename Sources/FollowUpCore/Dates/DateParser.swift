import Foundation

/// Reads the dates people type: `today`, `yesterday`, `2026-11-20`, `Nov 20`, `20 Nov 2026`,
/// `November 20, 2026`, `20/11/2026` is refused as ambiguous.
///
/// Pure: "today" is whatever the caller passes in.
public struct DateParser: Sendable {
    public let today: LocalDate

    public init(today: LocalDate) {
        self.today = today
    }

    /// Why a text is not a usable date, in words a user can act on.
    public enum Failure: Error, Equatable, Sendable {
        case empty
        case unrecognised(String)
        case noSuchDay(String)
        case ambiguous(String)
        /// A real day, in a year outside `LocalDate.supportedYears`.
        case unsupportedYear(String, year: Int)

        public var message: String {
            switch self {
            case .empty:
                return "I need a date here."
            case .unrecognised(let text):
                return "I can't read '\(text)' as a date. Try 'today', 'yesterday', '2026-11-20', 'Nov 20' or '20 Nov 2026'."
            case .noSuchDay(let text):
                return "'\(text)' is not a day in the calendar. Check the day and the month."
            case .ambiguous(let text):
                return "'\(text)' could be read two ways. Write the month as a word ('20 Nov') or use 2026-11-20."
            case .unsupportedYear(let text, let year):
                return "'\(text)': " + LocalDate.unsupportedYearMessage(year)
            }
        }
    }

    /// Which way to resolve a date typed without a year.
    public enum Preference: Sendable {
        /// The most recent such day (an interview that happened).
        case past
        /// The next such day (a decision that is coming).
        case future
    }

    public func parse(_ raw: String, preferring preference: Preference = .past) -> Result<LocalDate, Failure> {
        let result = parseAnyYear(raw, preferring: preference)
        if case .success(let date) = result, !date.isSupported {
            return .failure(.unsupportedYear(raw, year: date.year))
        }
        return result
    }

    private func parseAnyYear(_ raw: String, preferring preference: Preference) -> Result<LocalDate, Failure> {
        let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if text.isEmpty { return .failure(.empty) }
        switch text {
        case "today", "now", "this morning", "this afternoon", "tonight": return .success(today)
        case "yesterday": return .success(today.adding(days: -1))
        case "tomorrow": return .success(today.adding(days: 1))
        default: break
        }
        if text.contains("-"), text.first?.isNumber == true {
            let parts = text.split(separator: "-")
            if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
                if !LocalDate.supportedYears.contains(y) { return .failure(.unsupportedYear(raw, year: y)) }
                guard let date = LocalDate(year: y, month: m, day: d) else { return .failure(.noSuchDay(raw)) }
                return .success(date)
            }
            return .failure(.unrecognised(raw))
        }
        if text.contains("/") {
            let numbers = text.split(separator: "/").compactMap { Int($0) }
            if numbers.count >= 2, numbers[0] > 12 || numbers[1] > 12 {
                // 31/12 or 12/31: only one reading is a date.
                let (day, month) = numbers[0] > 12 ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
                let names = LocalDate.monthNames.map { $0.lowercased() }
                guard (1...12).contains(month) else { return .failure(.noSuchDay(raw)) }
                let rest = numbers.count > 2 ? " \(numbers[2])" : ""
                return parse("\(day) \(names[month - 1])\(rest)", preferring: preference)
            }
            return .failure(.ambiguous(raw))
        }
        var dayName = text
        var wantsNext = false
        var wantsLast = false
        for prefix in ["next ", "this ", "last "] where dayName.hasPrefix(prefix) {
            wantsNext = prefix == "next "
            wantsLast = prefix == "last "
            dayName = String(dayName.dropFirst(prefix.count))
        }
        if let weekday = weekdayIndex(dayName) {
            // A weekday is the most recent such day for something that happened, the coming
            // one for something expected; "next friday" is the one after today, "last friday"
            // the one before it.
            let step = wantsNext ? 1 : wantsLast ? -1 : (preference == .future ? 1 : -1)
            var date = wantsNext ? today.adding(days: 1) : wantsLast ? today.adding(days: -1) : today
            while date.isoWeekday != weekday { date = date.adding(days: step) }
            return .success(date)
        }

        // Words and numbers in any order: "nov 20", "20 nov 2026", "november 20, 2026".
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
            .map { String($0) }
        var month: Int?
        var numbers: [Int] = []
        for token in tokens {
            if let m = monthIndex(token) {
                if month != nil { return .failure(.unrecognised(raw)) }
                month = m
            } else if let n = Int(token.trimmingSuffix(["st", "nd", "rd", "th"])) {
                numbers.append(n)
            } else if token == "of" || weekdayIndex(token) != nil {
                continue
            } else {
                return .failure(.unrecognised(raw))
            }
        }
        guard let month else { return .failure(.unrecognised(raw)) }
        let day: Int
        var year: Int?
        switch numbers.count {
        case 1: day = numbers[0]
        case 2:
            if numbers[0] > 31 { (year, day) = (numbers[0], numbers[1]) } else { (day, year) = (numbers[0], numbers[1]) }
        default: return .failure(.unrecognised(raw))
        }
        if let y = year, y < 100 { year = 2000 + y }
        if let year {
            if !LocalDate.supportedYears.contains(year) { return .failure(.unsupportedYear(raw, year: year)) }
            guard let date = LocalDate(year: year, month: month, day: day) else { return .failure(.noSuchDay(raw)) }
            return .success(date)
        }
        guard day >= 1, day <= LocalDate.daysIn(month: month, year: 2024) else { return .failure(.noSuchDay(raw)) }
        switch preference {
        case .past:
            // The most recent such day that is not more than a month ahead.
            for candidateYear in [today.year + 1, today.year, today.year - 1] {
                if let date = LocalDate(year: candidateYear, month: month, day: day), date.daysSinceEpoch <= today.daysSinceEpoch + 31 {
                    return .success(date)
                }
            }
        case .future:
            // The next such day, allowing for one that passed in the last week.
            for candidateYear in [today.year - 1, today.year, today.year + 1] {
                if let date = LocalDate(year: candidateYear, month: month, day: day), date.daysSinceEpoch >= today.daysSinceEpoch - 7 {
                    return .success(date)
                }
            }
        }
        return .failure(.noSuchDay(raw))
    }

    private func monthIndex(_ token: String) -> Int? {
        guard token.count >= 3 else { return nil }
        for (index, name) in LocalDate.monthNames.enumerated() {
            let lower = name.lowercased()
            if lower == token || (token.count >= 3 && lower.hasPrefix(token)) || (token == "sept" && index == 8) {
                return index + 1
            }
        }
        return nil
    }

    private func weekdayIndex(_ token: String) -> Int? {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        guard token.count >= 3 else { return nil }
        return names.firstIndex(where: { $0 == token || $0.hasPrefix(token) && token.count >= 3 }).map { $0 + 1 }
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffixes: [String]) -> String {
        for suffix in suffixes where hasSuffix(suffix) && count > suffix.count && first?.isNumber == true {
            return String(dropLast(suffix.count))
        }
        return self
    }
}
