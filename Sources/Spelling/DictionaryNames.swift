import Foundation

/// The names a hunspell dictionary holds (its entries written with capitals: places, people,
/// organisations, products, acronyms) by their lowercase spelling, so that a word typed in a
/// hurry ("told dave", "in manchester", "our sql reports") is written as the dictionary writes
/// it ("Dave", "Manchester", "SQL").
///
/// A word is changed only when the dictionary does not accept it in lowercase (so "bill",
/// "turkey" and "may" stay as typed) and one of its entries is that word with capitals. The
/// `.dic` file is read for its capitalised entries (a few milliseconds); hunspell itself is
/// asked only about the words that have one.
public final class DictionaryNames: @unchecked Sendable {
    private let entries: [String: String]
    private let checker: HunspellChecker

    /// The names of the installed dictionary for `language` (`en_US`, `en_GB`, …), or nil when
    /// it is not installed.
    public init?(language: String, searchPaths: [String] = HunspellChecker.searchPaths) {
        guard let directory = searchPaths.first(where: { FileManager.default.isReadableFile(atPath: "\($0)/\(language).dic") }),
            let data = FileManager.default.contents(atPath: "\(directory)/\(language).dic"),
            let checker = try? HunspellChecker(affix: "\(directory)/\(language).aff", dictionary: "\(directory)/\(language).dic", inBackground: true)
        else { return nil }
        self.checker = checker
        var entries: [String: String] = [:]
        // One entry a line, "Manchester/M"; the first line is the count.
        for line in data.split(separator: UInt8(ascii: "\n")).dropFirst() {
            guard let first = line.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { continue }
            let stem = line.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }
            guard stem.count > 1, stem.allSatisfy({ $0 < 0x80 && (Character(UnicodeScalar($0)).isLetter) }) else { continue }
            let written = String(decoding: stem, as: UTF8.self)
            let lower = written.lowercased()
            // "Sam" and "SAM": the form with fewer capitals is the likelier one. ("Bill" and
            // "bill": the lowercase entry makes hunspell accept the word, so it is left alone.)
            if let known = entries[lower], known.filter(\.isUppercase).count <= written.filter(\.isUppercase).count { continue }
            entries[lower] = written
        }
        self.entries = entries
    }

    /// The names of `language`'s dictionary, read once per process (a cohort's plans share them).
    public static func cached(language: String) -> DictionaryNames? {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let known = cache[language] { return known }
        let names = DictionaryNames(language: language)
        cache[language] = names
        return names
    }
    private static let cacheLock = NSLock()
    nonisolated(unsafe) private static var cache: [String: DictionaryNames?] = [:]

    /// How the dictionary writes `word`, typed all in lowercase, when it only knows it with
    /// capitals; nil otherwise.
    /// A word of two or three letters is changed only into an acronym ("sql" → "SQL", "uk" →
    /// "UK"): short mixed-case entries are mostly symbols and abbreviations ("Te", "Chr") that
    /// a hurried note does not mean. "ie" and "eg" are abbreviations of Latin, not names.
    public func writtenForm(of word: String) -> String? {
        guard let written = entries[word], written != word, word.count > 3 || written == word.uppercased(),
            !["ie", "eg"].contains(word), !checker.isCorrect(word)
        else { return nil }
        return written
    }
}
