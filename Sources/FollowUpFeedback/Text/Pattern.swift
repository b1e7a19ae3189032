import Foundation

/// A compiled, case-insensitive regular expression from the rule tables.
///
/// A straight apostrophe in a pattern also matches a curly one, so `don't` finds `don’t`.
public struct Pattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and safe to share between threads.
    let regex: NSRegularExpression

    public init(_ pattern: String, caseSensitive: Bool = false) {
        let source = pattern.replacingOccurrences(of: "'", with: "['’]")
        do {
            regex = try NSRegularExpression(
                pattern: source, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            preconditionFailure("invalid built-in pattern \(pattern): \(error)")
        }
    }

    /// Every match in `text`, as UTF-16 ranges.
    public func matches(in text: String) -> [NSRange] {
        regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map(\.range)
    }

    public func firstMatch(in text: String) -> NSRange? {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length))?.range
    }

    public func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }
}

/// Splits text into words: letters and digits, with inner apostrophes (`don't`, `O’Neil`).
public enum TextScanner {
    static let word = Pattern("[\\p{L}\\p{M}\\p{N}]+(?:'[\\p{L}\\p{M}]+)*")

    public static func words(in text: String) -> [String] {
        let ns = text as NSString
        return word.matches(in: text).map { ns.substring(with: $0) }
    }

    /// Lowercased words of four letters or more that are not common function words: the part of
    /// a topic ("the Kafka migration") worth looking for in a draft.
    public static func keywords(in text: String) -> [String] {
        words(in: text).map { $0.lowercased() }.filter { $0.count >= 4 && !stopWords.contains($0) }
    }

    /// A crude stem so that "migrating" finds "migration": the first six letters of words longer than six.
    public static func stem(_ word: String) -> String {
        let lower = word.lowercased()
        return lower.count > 6 ? String(lower.prefix(6)) : lower
    }

    static let stopWords: Set<String> = [
        "about", "after", "again", "also", "been", "being", "both", "could", "does", "done", "each",
        "from", "have", "having", "here", "into", "just", "like", "make", "more", "most", "much",
        "only", "other", "over", "really", "same", "should", "some", "such", "than", "that", "their",
        "them", "then", "there", "these", "they", "this", "those", "very", "what", "when", "where",
        "which", "while", "will", "with", "would", "your", "yours", "team", "work", "role", "company",
        "thing", "things", "well", "good", "great", "interview", "talked", "discussed", "asked",
    ]
}
