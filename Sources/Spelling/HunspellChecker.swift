import CHunspell
import Foundation
import FollowUpFeedback

/// A problem opening a hunspell dictionary.
public struct SpellingUnavailable: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// The engine's `SpellChecker`, backed by hunspell (`libhunspell-1.7`).
///
/// Hunspell handles are not thread-safe, so every call takes a lock; the type can then be shared
/// freely. Extra words (the personal word list, names) are added to the dictionary in memory.
public final class HunspellChecker: SpellChecker, @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()
    // Lookups repeat a lot across drafts (and suggestions are slow), so both are memoised.
    private var verdicts: [String: Bool] = [:]
    private var suggestionCache: [String: [String]] = [:]

    /// Directories searched for `<language>.aff` and `<language>.dic`, in order.
    public static let searchPaths = ["/usr/share/hunspell", "/usr/local/share/hunspell", "/usr/share/myspell", "/opt/homebrew/share/hunspell"]

    /// Opens the dictionary pair at `affix` and `dictionary`.
    public init(affix: String, dictionary: String) throws(SpellingUnavailable) {
        let manager = FileManager.default
        guard manager.isReadableFile(atPath: affix), manager.isReadableFile(atPath: dictionary) else {
            throw SpellingUnavailable(message: "no hunspell dictionary at \(affix) and \(dictionary)")
        }
        guard let handle = Hunspell_create(affix, dictionary) else {
            throw SpellingUnavailable(message: "hunspell could not open \(dictionary)")
        }
        self.handle = handle
    }

    /// Opens the installed dictionary for `language` (for example `en_US`) from `searchPaths`.
    public convenience init(language: String = "en_US", searchPaths: [String] = HunspellChecker.searchPaths) throws(SpellingUnavailable) {
        for directory in searchPaths {
            let affix = "\(directory)/\(language).aff"
            let dictionary = "\(directory)/\(language).dic"
            if FileManager.default.isReadableFile(atPath: dictionary) {
                try self.init(affix: affix, dictionary: dictionary)
                return
            }
        }
        throw SpellingUnavailable(
            message: "no hunspell dictionary for \(language) in \(searchPaths.joined(separator: ", ")) (install hunspell-en-us)")
    }

    deinit {
        Hunspell_destroy(handle)
    }

    /// Adds words to the in-memory dictionary for this run.
    public func add(_ words: some Sequence<String>) {
        lock.lock()
        defer { lock.unlock() }
        for word in words { _ = Hunspell_add(handle, word) }
        verdicts.removeAll()
        suggestionCache.removeAll()
    }

    public func isCorrect(_ word: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let known = verdicts[word] { return known }
        let verdict = Hunspell_spell(handle, word) != 0
        verdicts[word] = verdict
        return verdict
    }

    public func suggestions(for word: String) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        if let known = suggestionCache[word] { return known }
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = Hunspell_suggest(handle, &list, word)
        var result: [String] = []
        if count > 0, let items = list {
            result = (0..<Int(count)).compactMap { index in items[index].map { String(cString: $0) } }
            Hunspell_free_list(handle, &list, count)
        }
        suggestionCache[word] = result
        return result
    }
}
