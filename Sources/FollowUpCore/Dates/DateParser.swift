import Foundation

/// Reads the dates and time expressions people type or say: `today`, `yesterday`, `2026-11-20`,
/// `Nov 20`, `20 Nov 2026`, `November 20, 2026`, `11/18/2026` (read by the locale), `Friday`,
/// `next week`, `by the end of next week`, `end of the month`, `in two weeks`, `within 10
/// days`, `mid December`.
///
/// Pure: the day relative expressions count from (`today`: for a decision date, the day of the
/// interview, when it was said), the order of numeric dates and the working calendar are passed
/// in. What cannot be read one way only (`12/4` with no locale, `next Friday` said early in the
/// week, `after the holidays`) is refused with a question that offers the readings.
public struct DateParser: Sendable {
    /// The day relative expressions count from.
    public let today: LocalDate
    /// How to read `12/4/2026`; nil when no locale says, and then an ambiguous one is asked about.
    public var numericOrder: NumericOrder?
    /// The working days, for "in 5 business days".
    public var calendar: BusinessCalendar

    public init(today: LocalDate, numericOrder: NumericOrder? = nil, calendar: BusinessCalendar = .weekendsOnly) {
        self.today = today
        self.numericOrder = numericOrder
        self.calendar = calendar
    }

    /// Which number comes first in a numeric date.
    public enum NumericOrder: Sendable, Equatable {
        /// `11/18/2026`: the United States and the few places that write dates as it does.
        case monthFirst
        /// `18/11/2026` and `18.11.2026`: nearly everywhere else.
        case dayFirst

        /// The order a locale writes numeric dates in (`en_US` month first, `en_GB`, `de_DE`
        /// day first); nil for `C`, none, or text that is not a locale.
        public init?(locale: String?) {
            guard let locale, let style = DateStyle(locale: locale) else { return nil }
            self = style == .us ? .monthFirst : .dayFirst
        }
    }

    /// One possible reading of an ambiguous text, with what sets it apart.
    public struct Reading: Equatable, Sendable {
        public let date: LocalDate
        /// How the text was understood ("end of next week"); nil for a plain date.
        public let phrase: String?

        public init(date: LocalDate, phrase: String? = nil) {
            self.date = date
            self.phrase = phrase
        }
    }

    /// Why a text is not a usable date, in words a user can act on.
    public enum Failure: Error, Equatable, Sendable {
        case empty
        case unrecognised(String)
        case noSuchDay(String)
        /// Two (or more) days it could mean; the question offers each.
        case ambiguous(String, [Reading])
        /// Names no day ("after the holidays"): ask what it means here.
        case vague(String)
        /// A real day, in a year outside `LocalDate.supportedYears`.
        case unsupportedYear(String, year: Int)

        public var message: String {
            switch self {
            case .empty:
                return "I need a date here."
            case .unrecognised(let text):
                return
                    "I can't read '\(text)' as a date. Try 'today', 'yesterday', '2026-11-20', 'Nov 20', 'Friday', 'end of next week', 'in two weeks' or 'mid December'."
            case .noSuchDay(let text):
                return "'\(text)' is not a day in the calendar. Check the day and the month."
            case .ambiguous(let text, let readings):
                let options = readings.map { reading in
                    reading.date.readable + (reading.phrase.map { " (\($0))" } ?? "")
                }
                let typed = readings.map { "'\($0.date.day) \(LocalDate.monthNames[$0.date.month - 1].prefix(3))'" }
                return "'\(text)' could mean \(options.joined(separator: " or ")). Which one? Type \(typed.joined(separator: " or "))."
            case .vague(let text):
                return
                    "'\(text)' doesn't name a day. Which day did they mean? Ask them if you can; otherwise give your best guess as a date ('Jan 8') or as 'early January'."
            case .unsupportedYear(let text, let year):
                return "'\(text)': " + LocalDate.unsupportedYearMessage(year)
            }
        }
    }

    /// Which way to resolve a date typed without a year or a bare weekday.
    public enum Preference: Sendable {
        /// The most recent such day (an interview that happened).
        case past
        /// The next such day (a decision that is coming).
        case future
    }

    public func parse(_ raw: String, preferring preference: Preference = .past) -> Result<LocalDate, Failure> {
        read(raw, preferring: preference).map(\.date)
    }

    /// The first day a free sentence names, longest phrase first ("recruiter said they'd decide
    /// by end of next week" → the end of next week), or nil when it names none plainly: an
    /// ambiguous or vague phrase is no reading. Sentences past 40 words are not searched.
    public func find(in sentence: String, preferring preference: Preference = .future) -> Reading? {
        let words = sentence.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map(String.init)
        guard words.count <= 40 else { return nil }
        for length in stride(from: min(6, words.count), through: 1, by: -1) {
            for start in 0...(words.count - length) {
                let phrase = words[start..<(start + length)].joined(separator: " ")
                // A lone number or filler word is no date ("2 rounds", "the").
                guard phrase.contains(where: \.isLetter), phrase.count > 2 else { continue }
                if case .success(let reading) = read(phrase, preferring: preference) { return reading }
            }
        }
        return nil
    }

    /// The day a text names, and how an expression was understood (to echo it back).
    public func read(_ raw: String, preferring preference: Preference = .past) -> Result<Reading, Failure> {
        var result = readAnyYear(raw, preferring: preference)
        if case .failure = result, let comma = raw.range(of: ", ", options: .backwards) {
            let head = String(raw[..<comma.lowerBound]), tail = String(raw[comma.upperBound...])
            // "next week sometime, probably thurs": that day of the week the other part names.
            let week = [head, tail].first { Self.normalised($0).contains("next week") }
            let day = [head, tail].first { $0 != week && Self.weekdayIndex(Self.normalised($0)) != nil }
            if let day, week != nil, case .success(let reading) = readAnyYear(Self.normalised(day) + " next week", preferring: preference) {
                result = .success(reading)
            } else if case .success(let reading) = readAnyYear(tail, preferring: preference) {
                // "after the holidays, probably first week of january": the part that names a day.
                result = .success(reading)
            }
        }
        // "friday or monday", "the 18th or 21st": two days offered; the later one is the one to wait for.
        if case .failure = result, let or = raw.range(of: " or ") {
            let readings = [String(raw[..<or.lowerBound]), String(raw[or.upperBound...])].compactMap { part in
                try? readAnyYear(part, preferring: preference).get()
            }
            if let later = readings.max(by: { $0.date < $1.date }) {
                result = .success(Reading(date: later.date, phrase: readings.count > 1 ? "the later of the two" : later.phrase))
            }
        }
        if case .success(let reading) = result, !reading.date.isSupported {
            return .failure(.unsupportedYear(raw, year: reading.date.year))
        }
        return result
    }

    private func readAnyYear(_ raw: String, preferring preference: Preference) -> Result<Reading, Failure> {
        let text = Self.normalised(raw)
        if text.isEmpty { return .failure(.empty) }
        switch text {
        case "today", "now", "this morning", "this afternoon", "tonight": return .success(Reading(date: today))
        case "yesterday": return .success(Reading(date: today.adding(days: -1)))
        case "tomorrow": return .success(Reading(date: today.adding(days: 1)))
        default: break
        }
        if Self.vaguePhrases.contains(where: { text == $0 || text.hasPrefix($0 + " ") }) {
            return .failure(.vague(raw.trimmingCharacters(in: .whitespaces)))
        }
        if let reading = relative(text) { return .success(reading) }
        if text.contains("-"), text.first?.isNumber == true, !text.contains("/"), !text.contains(".") {
            let parts = text.split(separator: "-")
            if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
                if !LocalDate.supportedYears.contains(y) { return .failure(.unsupportedYear(raw, year: y)) }
                guard let date = LocalDate(year: y, month: m, day: d) else { return .failure(.noSuchDay(raw)) }
                return .success(Reading(date: date))
            }
            if parts.count == 3 { return numeric(text, separator: "-", raw: raw, preferring: preference) }
            return .failure(.unrecognised(raw))
        }
        if text.first?.isNumber == true, let separator = ["/", "."].first(where: { text.contains($0) }),
            text.allSatisfy({ $0.isNumber || String($0) == separator })
        {
            return numeric(text, separator: Character(separator), raw: raw, preferring: preference)
        }
        // "by the 5th", "on the 21st": that day of this month, or of the next once it has passed.
        // A regex literal is parsed each time it runs: only a text opening with a digit can match.
        if text.first?.isNumber == true, let ordinal = text.firstMatch(of: /^(\d{1,2})(st|nd|rd|th)$/), let day = Int(ordinal.1), (1...31).contains(day) {
            var (y, m) = (today.year, today.month)
            let wanted = { (y: Int, m: Int) in LocalDate(year: y, month: m, day: min(day, LocalDate.daysIn(month: m, year: y))) }
            if preference == .future, day < today.day { (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1) }
            if preference == .past, day > today.day { (y, m) = m == 1 ? (y - 1, 12) : (y, m - 1) }
            if let date = wanted(y, m) { return .success(Reading(date: date, phrase: "the \(text), \(date.readable)")) }
        }
        if let reading = weekday(text, raw: raw, preferring: preference) { return reading }
        return named(text, raw: raw, preferring: preference).map { Reading(date: $0) }
    }

    // MARK: Expressions

    /// Phrases that name no day: the coach asks what they mean here.
    static let vaguePhrases = [
        "after the holidays", "after the holiday", "after christmas", "after new year", "after the new year", "in the new year",
        "soon", "shortly", "in due course", "asap", "later", "sometime", "at some point", "after the break",
    ]

    /// Lowercased, without the small words around a date: "By the end of next week." → "end of next week".
    static func normalised(_ raw: String) -> String {
        var text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        while let last = text.last, ".!;".contains(last) { text.removeLast() }
        text = text.replacingOccurrences(of: "-", with: " ", options: [], range: nil)
            .split(separator: " ").joined(separator: " ")
        // Hyphens stay in numeric dates ("2026-11-20", "18-11-2026").
        if raw.trimmingCharacters(in: .whitespaces).first?.isNumber == true, raw.contains("-"), !raw.contains(" ") {
            text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        }
        let fillers = [
            "they said ", "they'd decide ", "they will decide ", "decide ", "decision ", "hopefully ", "probably ", "maybe ", "around ",
            "about ", "approximately ", "roughly ", "by ", "on ", "before ", "until ", "till ", "no later than ", "at the latest ", "sometime ",
            "some time ", "the ", "at ",
        ]
        var changed = true
        while changed {
            changed = false
            for filler in fillers where text.hasPrefix(filler) && text.count > filler.count {
                text = String(text.dropFirst(filler.count))
                changed = true
            }
        }
        // "next week sometime", "friday hopefully", "mid dec i think": the hedge after the day.
        let hedges = [
            " at the latest", " latest", " or so", " ish", " sometime", " some time", " hopefully", " probably", " maybe", " i think",
            " apparently", " they said", " they think", " or thereabouts",
        ]
        changed = true
        while changed {
            changed = false
            for suffix in hedges where text.hasSuffix(suffix) && text.count > suffix.count {
                text = String(text.dropLast(suffix.count))
                changed = true
            }
        }
        // Shorthand: "end of next wk", "within 2 wks", "next fortnight", "xmas".
        text = text.replacingOccurrences(of: "a fortnight", with: "two weeks")
        let words = text.split(separator: " ").map { word -> String in
            switch word {
            case "wk": return "week"
            case "wks": return "weeks"
            case "fortnight": return "two weeks"
            case "fortnights": return "weeks"
            case "xmas": return "christmas"
            default: return String(word)
            }
        }
        text = words.joined(separator: " ")
        for (typed, meant) in [("next two weeks", "in two weeks"), ("a two weeks", "in two weeks")] where text == typed { text = meant }
        return text
    }

    static let numberWords: [String: Int] = [
        "a": 1, "one": 1, "a couple of": 2, "a couple": 2, "couple of": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
        "thirty": 30, "a few": 3, "few": 3,
    ]

    /// "this week", "end of next week", "end of the month", "in two weeks", "within 10 days",
    /// "early December" and the like, counted from `today`.
    private func relative(_ text: String) -> Reading? {
        let fridayThisWeek = today.adding(days: 5 - today.isoWeekday)
        switch text {
        case "this week", "end of this week", "end of week", "end of the week", "close of this week", "close of the week", "this friday",
            "end of business this week", "eow":
            // The working week ends on Friday; said at a weekend, the week ahead is meant.
            let friday = fridayThisWeek >= today ? fridayThisWeek : fridayThisWeek.adding(days: 7)
            return Reading(date: friday, phrase: "the end of the week, Friday")
        case "next week", "end of next week", "close of next week", "sometime next week", "the week after", "during next week":
            let friday = fridayThisWeek.adding(days: 7)
            return Reading(date: friday, phrase: text == "next week" ? "next week, by its Friday" : "the end of next week, Friday")
        case "end of the month", "end of this month", "end of month", "month end", "this month", "eom", "the end of the month":
            return Reading(date: lastDay(year: today.year, month: today.month), phrase: "the end of the month")
        case "end of next month", "next month":
            let (y, m) = today.month == 12 ? (today.year + 1, 1) : (today.year, today.month + 1)
            return Reading(date: lastDay(year: y, month: m), phrase: "the end of next month")
        case "early next week", "beginning of next week", "start of next week":
            return Reading(date: fridayThisWeek.adding(days: 4), phrase: "early next week, by its Tuesday")
        case "mid next week", "middle of next week":
            return Reading(date: fridayThisWeek.adding(days: 5), phrase: "the middle of next week, Wednesday")
        default: break
        }
        // "w/c 7th dec", "week commencing 7 December", "week of the 7th": by the Friday of that week.
        for lead in ["w/c ", "wc ", "week commencing ", "week beginning ", "week of ", "w/b "] where text.hasPrefix(lead) {
            guard case .success(let start) = readAnyYear(String(text.dropFirst(lead.count)), preferring: .future) else { return nil }
            let friday = start.date.adding(days: 5 - start.date.isoWeekday)
            return Reading(date: friday, phrase: "the week of \(start.date.readable), by its Friday")
        }
        // "before christmas": the last working day before it.
        if text == "christmas" || text == "christmas eve" {
            let year = today.month == 12 && today.day > 24 ? today.year + 1 : today.year
            return LocalDate(year: year, month: 12, day: 24).map { eve in
                Reading(date: eve.adding(days: -max(0, eve.isoWeekday - 5)), phrase: "before Christmas")
            }
        }
        // "friday week" (British): that day of the week after this one.
        if text.hasSuffix(" week"), let day = Self.weekdayIndex(String(text.dropLast(" week".count))) {
            let monday = fridayThisWeek.adding(days: 3)
            return Reading(date: monday.adding(days: day - 1), phrase: "\(Prose.weekdayNames[day - 1]) week")
        }
        // "thurs next week", "wednesday next week": that day of the week after this one.
        if text.hasSuffix(" next week"), let day = Self.weekdayIndex(String(text.dropLast(" next week".count))) {
            let monday = fridayThisWeek.adding(days: 3)
            return Reading(date: monday.adding(days: day - 1), phrase: "\(Prose.weekdayNames[day - 1]) of next week")
        }
        // "in two weeks", "within 10 days", "in 5 business days", "two weeks from now", "10 days".
        var rest = text
        for prefix in ["in ", "within ", "inside ", "in the next ", "within the next ", "over the next "] where rest.hasPrefix(prefix) {
            rest = String(rest.dropFirst(prefix.count))
            break
        }
        for suffix in [" from now", " from today", " time", " after the interview"] where rest.hasSuffix(suffix) {
            rest = String(rest.dropLast(suffix.count))
        }
        let units: [(String, String)] = [
            ("business days", "b"), ("business day", "b"), ("working days", "b"), ("working day", "b"), ("days", "d"), ("day", "d"),
            ("weeks", "w"), ("week", "w"), ("months", "m"), ("month", "m"),
        ]
        for (unit, kind) in units where rest.hasSuffix(" " + unit) || rest == unit {
            var countText = rest == unit ? "a" : String(rest.dropLast(unit.count + 1))
            // "ride along one day next week": "one day" alone is some day, not tomorrow.
            if rest == text, unit == "day", ["one", "a"].contains(countText) { continue }
            // "1-2 weeks" (read as "1 2 weeks"), "2 or 3 weeks": the later end.
            for joint in [" or ", " to ", " "] where countText.contains(joint) {
                let ends = countText.components(separatedBy: joint)
                if ends.count == 2, ends.allSatisfy({ Int($0) != nil || Self.numberWords[$0] != nil }), let last = ends.last { countText = last }
            }
            guard let count = Int(countText) ?? Self.numberWords[countText], (1...120).contains(count) else { return nil }
            let plural = unit.hasSuffix("s") ? unit : unit + "s"
            let phrase = "\(count) \(count == 1 ? String(plural.dropLast()) : plural) from \(today.readable)"
            // "in a fortnight" said on a Saturday: the Friday before, a working day, as the README says
            // of every such span (a day or two ahead stays as counted).
            func workday(_ date: LocalDate) -> LocalDate { date.adding(days: -max(0, date.isoWeekday - 5)) }
            switch kind {
            case "b": return Reading(date: today.adding(businessDays: count, in: calendar), phrase: phrase)
            case "d": return Reading(date: count >= 7 ? workday(today.adding(days: count)) : today.adding(days: count), phrase: phrase)
            case "w": return Reading(date: workday(today.adding(days: 7 * count)), phrase: phrase)
            default:
                var (y, m) = (today.year, today.month + count)
                while m > 12 { (y, m) = (y + 1, m - 12) }
                let day = min(today.day, LocalDate.daysIn(month: m, year: y))
                return LocalDate(year: y, month: m, day: day).map { Reading(date: workday($0), phrase: phrase) }
            }
        }
        // "early December", "mid-Dec", "late december 2026", "end of December", "beginning of January";
        // "first week of january" (by its 7th), "second week of …", "last week of …".
        var parts = text.split(separator: " ").map(String.init)
        var weekEnd: Int?
        if parts.count >= 3, ["week", "weeks"].contains(parts[1]), let end = ["first": 7, "second": 14, "third": 21, "last": 31][parts[0]] {
            weekEnd = end
            parts = [end == 31 ? "end" : "early"] + parts.dropFirst(2)
        }
        let part: String
        var words = parts
        switch parts.first {
        case "early", "beginning", "start": part = "early"
        case "mid", "middle", "midmonth": part = "mid"
        case "late", "end": part = "late"
        default: return nil
        }
        words.removeFirst()
        if words.first == "of" { words.removeFirst() }
        if words.first == "the" { words.removeFirst() }
        guard let monthWord = words.first, let month = monthIndex(monthWord), words.count <= 2 else { return nil }
        var year = month >= today.month ? today.year : today.year + 1
        if words.count == 2 {
            guard let y = Int(words[1]), (1000...9999).contains(y) else { return nil }
            year = y
        }
        let name = LocalDate.monthNames[month - 1]
        // A working day: "mid December" said of 2026 is no Sunday the 20th, which put the
        // check-in in Christmas week.
        func workday(_ day: Int) -> LocalDate? {
            guard let date = LocalDate(year: year, month: month, day: day) else { return nil }
            return date.adding(days: -max(0, date.isoWeekday - 5))
        }
        if let weekEnd, weekEnd < 31 {
            let ordinal = ["first", "second", "third"][weekEnd / 7 - 1]
            return workday(weekEnd).map { Reading(date: $0, phrase: "the \(ordinal) week of \(name), by \($0.readable)") }
        }
        switch part {
        case "early": return workday(10).map { Reading(date: $0, phrase: "early \(name), by \($0.readable)") }
        case "mid": return workday(15).map { Reading(date: $0, phrase: "mid \(name), by \($0.readable)") }
        default: return workday(LocalDate.daysIn(month: month, year: year)).map { Reading(date: $0, phrase: "the end of \(name)") }
        }
    }

    private func lastDay(year: Int, month: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year)) ?? today
    }

    /// "Friday", "this Friday", "next Tuesday", "last Friday". "next Friday" said while this
    /// week's Friday is still ahead could mean either: both are offered.
    private func weekday(_ text: String, raw: String, preferring preference: Preference) -> Result<Reading, Failure>? {
        var dayName = text
        var qualifier = ""
        for prefix in ["next ", "this ", "last ", "coming ", "this coming "] where dayName.hasPrefix(prefix) {
            qualifier = prefix.trimmingCharacters(in: .whitespaces)
            dayName = String(dayName.dropFirst(prefix.count))
        }
        guard let weekday = Self.weekdayIndex(dayName) else { return nil }
        func coming(after day: LocalDate) -> LocalDate {
            var date = day.adding(days: 1)
            while date.isoWeekday != weekday { date = date.adding(days: 1) }
            return date
        }
        func before(_ day: LocalDate) -> LocalDate {
            var date = day.adding(days: -1)
            while date.isoWeekday != weekday { date = date.adding(days: -1) }
            return date
        }
        switch qualifier {
        case "last": return .success(Reading(date: before(today)))
        case "this", "coming":
            return .success(Reading(date: coming(after: today.adding(days: -1))))
        case "next":
            let first = coming(after: today)
            // In this same week (Monday to Sunday): "next" may mean it, or the one a week later.
            if first.days(until: today.adding(days: 7 - today.isoWeekday)) >= 0 {
                let name = Prose.weekdayNames[weekday - 1]
                return .failure(
                    .ambiguous(
                        raw.trimmingCharacters(in: .whitespaces),
                        [Reading(date: first, phrase: "this \(name)"), Reading(date: first.adding(days: 7), phrase: "\(name) of next week")]))
            }
            return .success(Reading(date: first))
        default:
            // A bare weekday: the most recent for what happened, the coming one for what is expected.
            // Said on that very weekday, a decision means the next one; an interview, that day.
            return .success(Reading(date: preference == .future ? coming(after: today) : before(today.adding(days: 1))))
        }
    }

    /// `11/18/2026`, `18.11.2026`, `12/4`: read by `numericOrder`; when both orders give a day
    /// and no locale says which, both are offered.
    private func numeric(_ text: String, separator: Character, raw: String, preferring preference: Preference) -> Result<Reading, Failure> {
        let fields = text.split(separator: separator, omittingEmptySubsequences: false)
        let numbers = fields.compactMap { Int($0) }
        guard numbers.count == fields.count, (2...3).contains(numbers.count) else { return .failure(.unrecognised(raw)) }
        var year: Int?
        var (a, b) = (numbers[0], numbers[1])
        if numbers.count == 3 {
            if fields[0].count == 4 {
                // 2026/11/18: year first, then month and day.
                year = a
                (a, b) = (numbers[2], numbers[1])
                return dayMonth(day: a, month: b, year: year, raw: raw, preferring: preference)
            }
            year = numbers[2] < 100 ? 2000 + numbers[2] : numbers[2]
        }
        let dayFirst = dayMonth(day: a, month: b, year: year, raw: raw, preferring: preference)
        let monthFirst = dayMonth(day: b, month: a, year: year, raw: raw, preferring: preference)
        switch (dayFirst, monthFirst) {
        case (.success(let d), .success(let m)) where d.date == m.date:
            return .success(d)
        // "11/12/2026" for a decision said on 27 November, with no locale to say the order:
        // only 11 December is still to come.
        case (.success(let d), .success(let m)) where numericOrder == nil && preference == .future && (d.date >= today) != (m.date >= today):
            return .success(d.date >= today ? d : m)
        case (.success(let d), .success(let m)):
            switch numericOrder {
            case .dayFirst: return .success(d)
            case .monthFirst: return .success(m)
            case nil:
                return .failure(
                    .ambiguous(
                        raw.trimmingCharacters(in: .whitespaces), [Reading(date: m.date, phrase: "month first"), Reading(date: d.date, phrase: "day first")]))
            }
        case (.success(let d), _): return .success(d)
        case (_, .success(let m)): return .success(m)
        case (.failure(let failure), _):
            if case .unsupportedYear = failure { return .failure(failure) }
            return .failure(.noSuchDay(raw))
        }
    }

    private func dayMonth(day: Int, month: Int, year: Int?, raw: String, preferring preference: Preference) -> Result<Reading, Failure> {
        guard (1...12).contains(month) else { return .failure(.noSuchDay(raw)) }
        let rest = year.map { " \($0)" } ?? ""
        return named("\(day) \(LocalDate.monthNames[month - 1].lowercased())\(rest)", raw: raw, preferring: preference).map { Reading(date: $0) }
    }

    /// Words and numbers in any order: "nov 20", "20 nov 2026", "november 20, 2026".
    private func named(_ text: String, raw: String, preferring preference: Preference) -> Result<LocalDate, Failure> {
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
            } else if token == "of" || Self.weekdayIndex(token) != nil {
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

    /// 1 for "mon", "monday"; 2 for "tue", "tues", "tuesday"; … nil for no weekday.
    static func weekdayIndex(_ token: String) -> Int? {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        guard token.count >= 3 else { return nil }
        return names.firstIndex(where: { $0 == token || $0.hasPrefix(token) && token.count >= 3 }).map { $0 + 1 }
            ?? (["tues", "weds", "thurs", "thur"].firstIndex(of: token).map { [2, 3, 4, 4][$0] })
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
