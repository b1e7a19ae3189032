/// How the drafts write a day, following the reader's convention (month names always: a
/// numeric 11/12 means different days in different countries).
///
/// - `us`: "Friday, December 11", for American English (en_US, and en_CA, en_PH and the US
///   territories, where month-first is the usual form in English).
/// - `international`: "Friday 11 December", for British and Commonwealth English (en_GB, en_IE,
///   en_AU, en_NZ, en_IN, en_ZA, en_SG, …) and for every other language. It is also the
///   default when no locale is known: day-before-month with the month spelt out is read the
///   same way everywhere.
public enum DateStyle: String, Codable, CaseIterable, Sendable {
    case us
    case international

    /// English-speaking regions that write the month first.
    static let monthFirstRegions: Set<String> = ["US", "CA", "PH", "UM", "AS", "GU", "MP", "PR", "VI"]

    /// The style of a POSIX or BCP 47 locale name: `en_US.UTF-8`, `en_GB`, `en-IE`, `fr_FR@euro`,
    /// `en` (American). Nil for `C`, `POSIX`, an empty string, or text that is not a locale name.
    public init?(locale: String) {
        var name = Substring(locale.trimmingCharacters(in: .whitespaces))
        if let cut = name.firstIndex(where: { $0 == "." || $0 == "@" }) { name = name[..<cut] }
        let parts = name.split(separator: "_", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: "-", omittingEmptySubsequences: false)
        }
        guard let languagePart = parts.first else { return nil }
        let language = languagePart.lowercased()
        guard (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        guard language == "en" else {
            self = .international
            return
        }
        // The region is the first two-letter or three-digit part after the language (en-Latn-US).
        let region = parts.dropFirst().first { part in
            (part.count == 2 && part.allSatisfy { $0.isASCII && $0.isLetter }) || (part.count == 3 && part.allSatisfy(\.isNumber))
        }
        guard let region else {
            self = .us
            return
        }
        self = Self.monthFirstRegions.contains(region.uppercased()) ? .us : .international
    }

    /// The day in full, with the weekday: "Friday, December 11" or "Friday 11 December".
    public func long(_ date: LocalDate) -> String {
        let weekday = Prose.weekdayNames[date.isoWeekday - 1]
        let month = LocalDate.monthNames[date.month - 1]
        switch self {
        case .us: return "\(weekday), \(month) \(date.day)"
        case .international: return "\(weekday) \(date.day) \(month)"
        }
    }
}
