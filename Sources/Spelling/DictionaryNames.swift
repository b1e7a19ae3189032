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
        entries.reserveCapacity(20_000)
        // One entry a line, "Manchester/M"; the first line is the count. Only lines that start
        // with a capital are looked at, byte by byte (a String per line took most of a plan).
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                let start = index
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                let end = index
                index += 1
                guard start > 0, end - start > 1, bytes[start] >= 0x41, bytes[start] <= 0x5A else { continue }
                var stemEnd = start
                var letters = true
                while stemEnd < end, bytes[stemEnd] != 0x2F, bytes[stemEnd] != 0x09, bytes[stemEnd] != 0x20, bytes[stemEnd] != 0x0D {
                    let byte = bytes[stemEnd] | 0x20
                    if byte < 0x61 || byte > 0x7A { letters = false }
                    stemEnd += 1
                }
                guard letters, stemEnd - start > 1 else { continue }
                let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stemEnd]), as: UTF8.self)
                let lower = written.lowercased()
                // "Sam" and "SAM": the form with fewer capitals is the likelier one. ("Bill" and
                // "bill": the lowercase entry makes hunspell accept the word, so it is left alone.)
                if let known = entries[lower], known.utf8.filter({ $0 < 0x61 }).count <= written.utf8.filter({ $0 < 0x61 }).count { continue }
                entries[lower] = written
            }
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
    /// True when `word`, in lowercase, is no word of the dictionary and no name it knows
    /// ("ponsonby", "mt"): likely part of a name it does not know.
    public func isUnknown(_ word: String) -> Bool {
        entries[word] == nil && !checker.isCorrect(word)
    }

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
