import CHunspell
import FollowUpFeedback
import Foundation

/// A problem opening a hunspell dictionary.
public struct SpellingUnavailable: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// The engine's `SpellChecker`, backed by hunspell (`libhunspell-1.7`).
///
/// Hunspell handles are not thread-safe, so every call on a handle takes that handle's lock; the
/// type can then be shared freely. Extra words (the personal word list, names) are added to the
/// dictionary in memory.
///
/// Two handles on the same files: one answers `isCorrect` (and synchronous `suggestions`), the
/// other is opened on first use by `prefetchSuggestions` and works on a background queue, so that
/// a slow suggestion search (tens of milliseconds a word) never holds up spell checks running on
/// other threads. Both give the same answers: they are opened from the same files with the same
/// added words.
public final class HunspellChecker: SpellChecker, @unchecked Sendable {
    private let affix: String
    private let dictionary: String
    /// The spell-check handle; nil until `load` has finished (see `spellHandle`).
    private var handle: OpaquePointer?
    private var loading: DispatchGroup?
    /// Guards `handle`, `loading` and `added`.
    private let lock = NSLock()
    /// The handle used by `prefetchSuggestions`, opened on first use; guarded by `suggestLock`.
    private var suggestHandle: OpaquePointer?
    private var suggestAdded = 0
    private let suggestLock = NSLock()
    private let prefetchQueue = DispatchQueue(label: "followup.hunspell.suggestions")
    /// Words added with `add`, in order (replayed on the suggestion handle).
    private var added: [String] = []
    // Lookups repeat a lot across drafts (and suggestions are slow), so both are memoised;
    // the caches have their own lock so that a hit never waits for hunspell.
    private let cacheLock = NSLock()
    private var verdicts: [String: Bool] = [:]
    private var suggestionCache: [String: [String]] = [:]

    /// Directories searched for `<language>.aff` and `<language>.dic`, in order.
    public static let searchPaths = ["/usr/share/hunspell", "/usr/local/share/hunspell", "/usr/share/myspell", "/opt/homebrew/share/hunspell"]

    /// Opens the dictionary pair at `affix` and `dictionary`.
    ///
    /// With `inBackground`, the dictionary (tens of milliseconds to read) is read on another
    /// thread and the first lookup waits for it; only a missing or unreadable file is reported
    /// here, and a dictionary hunspell then cannot open makes every word count as correct.
    public init(affix: String, dictionary: String, inBackground: Bool = false) throws(SpellingUnavailable) {
        let manager = FileManager.default
        guard manager.isReadableFile(atPath: affix), manager.isReadableFile(atPath: dictionary) else {
            throw SpellingUnavailable(message: "no hunspell dictionary at \(affix) and \(dictionary)")
        }
        self.affix = affix
        self.dictionary = dictionary
        if inBackground {
            let group = DispatchGroup()
            loading = group
            group.enter()
            Thread.detachNewThread { [self] in
                let opened = Hunspell_create(affix, dictionary)
                lock.lock()
                handle = opened
                lock.unlock()
                group.leave()
            }
        } else {
            guard let opened = Hunspell_create(affix, dictionary) else {
                throw SpellingUnavailable(message: "hunspell could not open \(dictionary)")
            }
            handle = opened
        }
    }

    /// Opens the installed dictionary for `language` (for example `en_US`) from `searchPaths`.
    public convenience init(
        language: String = "en_US", searchPaths: [String] = HunspellChecker.searchPaths, inBackground: Bool = false
    ) throws(SpellingUnavailable) {
        for directory in searchPaths {
            let affix = "\(directory)/\(language).aff"
            let dictionary = "\(directory)/\(language).dic"
            if FileManager.default.isReadableFile(atPath: dictionary) {
                try self.init(affix: affix, dictionary: dictionary, inBackground: inBackground)
                return
            }
        }
        throw SpellingUnavailable(
            message: "no hunspell dictionary for \(language) in \(searchPaths.joined(separator: ", ")) (install hunspell-en-us)")
    }

    deinit {
        // The background load and prefetches hold a reference: none is running by now.
        if let handle { Hunspell_destroy(handle) }
        if let suggestHandle { Hunspell_destroy(suggestHandle) }
    }

    /// The spell-check handle, waiting for a background load. Call with `lock` held.
    private func spellHandle() -> OpaquePointer? {
        if let group = loading {
            lock.unlock()
            group.wait()
            lock.lock()
            loading = nil
        }
        return handle
    }

    /// Adds words to the in-memory dictionary for this run.
    public func add(_ words: some Sequence<String>) {
        // Under the suggestion lock too, so that no prefetch stores an answer from before.
        suggestLock.lock()
        defer { suggestLock.unlock() }
        lock.lock()
        let handle = spellHandle()
        for word in words {
            if let handle { _ = Hunspell_add(handle, word) }
            added.append(word)
        }
        lock.unlock()
        cacheLock.lock()
        verdicts.removeAll()
        suggestionCache.removeAll()
        cacheLock.unlock()
    }

    public func isCorrect(_ word: String) -> Bool {
        cacheLock.lock()
        let known = verdicts[word]
        cacheLock.unlock()
        if let known { return known }
        lock.lock()
        let verdict = spellHandle().map { Hunspell_spell($0, word) != 0 } ?? true
        lock.unlock()
        cacheLock.lock()
        verdicts[word] = verdict
        cacheLock.unlock()
        return verdict
    }

    private func cachedSuggestions(_ word: String) -> [String]? {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        return suggestionCache[word]
    }

    private func store(_ result: [String], for word: String) {
        cacheLock.lock()
        suggestionCache[word] = result
        cacheLock.unlock()
    }

    private static func suggest(_ handle: OpaquePointer, _ word: String) -> [String] {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = Hunspell_suggest(handle, &list, word)
        var result: [String] = []
        if count > 0, let items = list {
            result = (0..<Int(count)).compactMap { index in items[index].map { String(cString: $0) } }
            Hunspell_free_list(handle, &list, count)
        }
        return result
    }

    public func suggestions(for word: String) -> [String] {
        if let known = cachedSuggestions(word) { return known }
        // A prefetch for this word may be under way: take its answer rather than search twice.
        suggestLock.lock()
        let prefetched = cachedSuggestions(word)
        suggestLock.unlock()
        if let prefetched { return prefetched }
        lock.lock()
        let result = spellHandle().map { Self.suggest($0, word) } ?? []
        lock.unlock()
        store(result, for: word)
        return result
    }

    /// Starts the suggestion search for `word` on a background queue, with its own handle.
    public func prefetchSuggestions(for word: String) {
        if cachedSuggestions(word) != nil { return }
        prefetchQueue.async { [self] in
            suggestLock.lock()
            defer { suggestLock.unlock() }
            if cachedSuggestions(word) != nil { return }
            if suggestHandle == nil {
                suggestHandle = Hunspell_create(affix, dictionary)
            }
            guard let handle = suggestHandle else { return }
            lock.lock()
            let words = added
            lock.unlock()
            for extra in words.dropFirst(suggestAdded) { _ = Hunspell_add(handle, extra) }
            suggestAdded = words.count
            store(Self.suggest(handle, word), for: word)
        }
    }
}
