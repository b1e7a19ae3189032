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
/// Suggestions are searched for in two steps. First the words one edit away, hunspell's own first
/// step (see `EditSuggester`), each checked with `Hunspell_spell`: one to a few milliseconds a
/// word.
/// Only when none of them is a word does hunspell's full search run (`Hunspell_suggest`, whose
/// n-gram pass over the dictionary takes tens of milliseconds a word).
///
/// With a word list (`WordList`, made from the same files on first use and kept in a cache
/// folder), a word in the list is correct without asking hunspell, and the dictionary is read
/// only when a word is not in the list or a suggestion is wanted: most drafts never need it.
///
/// Two handles on the same files: one answers `isCorrect`, synchronous `suggestions` and the
/// candidates of the first step; the other is opened by `prefetchSuggestions` only when a word
/// needs the full search, which then runs on a background queue, so that it never holds up
/// spell checks running on other threads. Both give the same answers: they are opened from the
/// same files with the same added words.
public final class HunspellChecker: SpellChecker, @unchecked Sendable {
    private let affix: String
    private let dictionary: String
    /// The spell-check handle; nil until it is opened (see `spellHandle`).
    private var handle: OpaquePointer?
    /// True once the handle is opened, or being opened by `loading`.
    private var opened = false
    private var loading: DispatchGroup?
    /// Words hunspell accepts, when a list was found or made (see `WordList`).
    private let wordList: WordList?
    /// `added` as a set, for words answered from the list without the dictionary.
    private var addedSet: Set<String> = []
    /// Guards `handle`, `opened`, `loading`, `added` and `addedSet`.
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
    /// How many searches fell back to `Hunspell_suggest` (guarded by `cacheLock`).
    /// Words whose prefetch is queued or running; guarded by `cacheLock`.
    private var prefetching: Set<String> = []
    private var fullSearchCount = 0
    /// The first step of a suggestion search, made from the affix file on first use.
    private var editSuggester: EditSuggester?
    private let suggesterLock = NSLock()
    /// At most this many suggestions a word (the spelling rule shows three).
    public let suggestionLimit: Int
    /// Where `keepAnswers` keeps the dictionary's answers, beside the word list; nil without one.
    private let answersPath: String?
    /// The word list's key (see `WordList.key`), for the answers' own.
    private let wordListKey: String?
    /// The key the answers are kept under (`recallAnswers`); nil when none are to be kept.
    /// Guarded by `cacheLock`, as is `answersLearned`.
    private var answersKey: String?
    /// True once an answer was worked out from the dictionary in this run.
    private var answersLearned = false
    /// At most this many answers are kept between runs.
    static let answersKept = 10_000

    /// Directories searched for `<language>.aff` and `<language>.dic`, in order.
    public static let searchPaths = ["/usr/share/hunspell", "/usr/local/share/hunspell", "/usr/share/myspell", "/opt/homebrew/share/hunspell"]

    /// Opens the dictionary pair at `affix` and `dictionary`.
    ///
    /// With `inBackground`, the dictionary (tens of milliseconds to read) is read on another
    /// thread and the first lookup waits for it; only a missing or unreadable file is reported
    /// here, and a dictionary hunspell then cannot open makes every word count as correct.
    /// `words` join the dictionary as it opens (as `add` would, without waiting for the load):
    /// they are then correct, and offered as suggestions.
    ///
    /// With `wordListFolder`, the word list made from these files is read from that folder, or
    /// made there first (which reads the dictionary and asks it about every form: about a
    /// second, once); the dictionary itself is then read only when a word needs it.
    public init(
        affix: String, dictionary: String, inBackground: Bool = false, suggestionLimit: Int = 3, words: [String] = [],
        wordListFolder: String? = nil
    ) throws(SpellingUnavailable) {
        let manager = FileManager.default
        guard manager.isReadableFile(atPath: affix), manager.isReadableFile(atPath: dictionary) else {
            throw SpellingUnavailable(message: "no hunspell dictionary at \(affix) and \(dictionary)")
        }
        self.affix = affix
        self.dictionary = dictionary
        self.suggestionLimit = suggestionLimit
        added = words
        addedSet = Set(words)
        var list: WordList?
        let name = ((dictionary as NSString).lastPathComponent as NSString).deletingPathExtension
        let listKey = wordListFolder == nil ? nil : WordList.key(affix: affix, dictionary: dictionary)
        wordListKey = listKey
        answersPath = wordListFolder.map { $0 + "/" + name + ".answers" }
        if let folder = wordListFolder, let key = listKey {
            let path = folder + "/" + name + ".words"
            list = WordList(path: path, key: key)
            if list == nil, let made = Self.makeWordList(affix: affix, dictionary: dictionary, key: key, path: path) {
                list = made.list
                handle = made.handle
                opened = true
                for word in words { _ = Hunspell_add(made.handle, word) }
            }
        }
        wordList = list
        if opened || list != nil {
            // Opened to make the list, or to be opened when a word needs it.
        } else if inBackground {
            startLoading()
        } else {
            guard let created = Hunspell_create(affix, dictionary) else {
                throw SpellingUnavailable(message: "hunspell could not open \(dictionary)")
            }
            for word in words { _ = Hunspell_add(created, word) }
            handle = created
            opened = true
        }
    }

    /// Starts reading the dictionary on another thread, unless it is read or being read: for
    /// practice mode, where the first misspelt word should not wait for it.
    public func readAhead() {
        lock.lock()
        defer { lock.unlock() }
        if !opened { startLoading() }
    }

    /// Reads the dictionary on another thread; the first lookup waits for it. Call with `lock`
    /// held, or before the checker is shared.
    private func startLoading() {
        opened = true
        let group = DispatchGroup()
        loading = group
        group.enter()
        let words = added
        Thread.detachNewThread { [self] in
            let created = Hunspell_create(affix, dictionary)
            // Before the handle is published: nothing else can use it yet.
            if let created { for word in words { _ = Hunspell_add(created, word) } }
            lock.lock()
            handle = created
            lock.unlock()
            group.leave()
        }
    }

    /// Opens the dictionary, keeps the forms `WordList.forms` makes that it accepts, and writes
    /// them to `path`; nil when the list cannot be made or written (the checker then works
    /// without one). No list for an affix file with KEEPCASE, where a capitalised word is not
    /// always accepted when its lowercase form is.
    private static func makeWordList(affix: String, dictionary: String, key: String, path: String) -> (list: WordList, handle: OpaquePointer)? {
        // A folder that cannot be written to: no list, rather than reading the dictionary twice on every run.
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        guard FileManager.default.isWritableFile(atPath: folder),
            let affixText = try? String(contentsOfFile: affix, encoding: .utf8), !affixText.contains("KEEPCASE"),
            let dictionaryText = try? String(contentsOfFile: dictionary, encoding: .utf8),
            let handle = Hunspell_create(affix, dictionary)
        else { return nil }
        let accepted = WordList.forms(affix: affixText, dictionary: dictionaryText).filter { Hunspell_spell(handle, $0) != 0 }
        guard (try? WordList.write(accepted, key: key, to: path)) != nil, let list = WordList(path: path, key: key) else {
            Hunspell_destroy(handle)
            return nil
        }
        return (list, handle)
    }

    /// Opens the installed dictionary for `language` (for example `en_US`) from `searchPaths`.
    public convenience init(
        language: String = "en_US", searchPaths: [String] = HunspellChecker.searchPaths, inBackground: Bool = false,
        suggestionLimit: Int = 3, words: [String] = [], wordListFolder: String? = nil
    ) throws(SpellingUnavailable) {
        for directory in searchPaths {
            let affix = "\(directory)/\(language).aff"
            let dictionary = "\(directory)/\(language).dic"
            if FileManager.default.isReadableFile(atPath: dictionary) {
                try self.init(
                    affix: affix, dictionary: dictionary, inBackground: inBackground, suggestionLimit: suggestionLimit, words: words,
                    wordListFolder: wordListFolder)
                return
            }
        }
        throw SpellingUnavailable(
            message: "no hunspell dictionary for \(language) in \(searchPaths.joined(separator: ", ")) (install hunspell-en-us)")
    }

    /// The dictionary for a locale name such as `en_GB.UTF-8`, `en-AU` or `en_CA`: that English
    /// dictionary when it is installed, else `en_US` (whose spelling rule also accepts British
    /// spellings).
    public static func language(forLocale locale: String?, searchPaths: [String] = HunspellChecker.searchPaths) -> String {
        let name = (locale ?? "").split(whereSeparator: { $0 == "." || $0 == "@" }).first ?? ""
        let parts = name.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard parts.count >= 2, parts[0].lowercased() == "en" else { return "en_US" }
        let language = "en_" + parts[1].uppercased()
        let installed = searchPaths.contains { FileManager.default.isReadableFile(atPath: "\($0)/\(language).dic") }
        return installed ? language : "en_US"
    }

    deinit {
        // The background load and prefetches hold a reference: none is running by now.
        if let handle { Hunspell_destroy(handle) }
        if let suggestHandle { Hunspell_destroy(suggestHandle) }
    }

    /// The spell-check handle, waiting for a background load, or opening it now. Call with
    /// `lock` held.
    private func spellHandle() -> OpaquePointer? {
        if let group = loading {
            lock.unlock()
            group.wait()
            lock.lock()
            loading = nil
        }
        if !opened {
            opened = true
            handle = Hunspell_create(affix, dictionary)
            if let handle { for word in added { _ = Hunspell_add(handle, word) } }
        }
        return handle
    }

    /// True once the dictionary has been read (for tests).
    var isLoaded: Bool {
        lock.lock()
        defer { lock.unlock() }
        return opened
    }

    /// Adds words to the in-memory dictionary for this run.
    public func add(_ words: some Sequence<String>) {
        // Under the suggestion lock too, so that no prefetch stores an answer from before.
        suggestLock.lock()
        defer { suggestLock.unlock() }
        lock.lock()
        // Not yet opened: the words join it when it is.
        let handle = opened ? spellHandle() : nil
        for word in words {
            if let handle { _ = Hunspell_add(handle, word) }
            added.append(word)
            addedSet.insert(word)
        }
        lock.unlock()
        cacheLock.lock()
        verdicts.removeAll()
        suggestionCache.removeAll()
        // The answers are kept for the words added at the start only.
        answersKey = nil
        cacheLock.unlock()
    }

    public func isCorrect(_ word: String) -> Bool {
        if let known = cachedVerdict(word) { return known }
        lock.lock()
        let inList = listed(word)
        let handle = inList ? nil : spellHandle()
        let verdict = inList || handle.map { Hunspell_spell($0, word) != 0 } ?? true
        lock.unlock()
        remember(verdict, for: word, learned: handle != nil)
        return verdict
    }

    /// The verdict given for `word` before, if any.
    private func cachedVerdict(_ word: String) -> Bool? {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        return verdicts[word]
    }

    /// Keeps `verdict` for the rest of the run; one `learned` from the dictionary, for the next
    /// runs too (`keepAnswers`).
    private func remember(_ verdict: Bool, for word: String, learned: Bool = false) {
        cacheLock.lock()
        verdicts[word] = verdict
        if learned { answersLearned = true }
        cacheLock.unlock()
    }

    /// `isCorrect(word)`, unless that would wait for the dictionary to be read: then nil, and
    /// the dictionary is read on another thread from now (if it is not already being read).
    public func isCorrectWithoutWaiting(_ word: String) -> Bool? {
        if let known = cachedVerdict(word) { return known }
        lock.lock()
        var answerable = listed(word)
        if !answerable {
            if !opened { startLoading() }
            answerable = loading.map { $0.wait(timeout: .now()) == .success } ?? true
        }
        lock.unlock()
        return answerable ? isCorrect(word) : nil
    }

    /// `isCorrect(word)` when it was answered before or the word list or the added words say
    /// it; nil otherwise, without reading the dictionary.
    public func isCorrectWithoutReading(_ word: String) -> Bool? {
        if let known = cachedVerdict(word) { return known }
        lock.lock()
        let inList = listed(word)
        lock.unlock()
        guard inList else { return nil }
        remember(true, for: word)
        return true
    }

    /// True when the word list or the added words say hunspell accepts `word`: as it is, or
    /// capitalised ("Thank" for "thank"). Call with `lock` held.
    private func listed(_ word: String) -> Bool {
        if addedSet.contains(word) { return true }
        guard let wordList else { return false }
        if wordList.contains(word) { return true }
        guard let first = word.first, first.isUppercase, word.dropFirst().allSatisfy({ !$0.isUppercase }) else { return false }
        return wordList.contains(first.lowercased() + word.dropFirst())
    }

    private func cachedSuggestions(_ word: String) -> [String]? {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        return suggestionCache[word]
    }

    private func store(_ result: [String], for word: String) {
        cacheLock.lock()
        suggestionCache[word] = result
        answersLearned = true
        cacheLock.unlock()
    }

    // MARK: - Answers kept between runs

    /// Reads the answers an earlier run kept (`keepAnswers`): the dictionary's verdicts on
    /// words outside the word list and its suggestions, so that a word met before (a name, a
    /// habitual typo) is answered without reading the dictionary again, which takes longer
    /// than the rest of a check. They are read only under the key they were kept under, made
    /// from the word list's (the dictionary's files), the words added at the start and `build`
    /// (the program, whose suggestion search they come from). Every answer is still
    /// hunspell's, worked out once.
    public func recallAnswers(build: String) {
        guard let path = answersPath, let listKey = wordListKey else { return }
        var hash = StableHash()
        hash.add("followup-answers 1")
        hash.add(build)
        hash.add(listKey)
        lock.lock()
        for word in added { hash.add(word) }
        lock.unlock()
        let key = hash.hex
        cacheLock.lock()
        defer { cacheLock.unlock() }
        answersKey = key
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard lines.first == key[...] else { return }
        // `word<TAB>1` or `word<TAB>0`: a verdict; `word<TAB>?<TAB>suggestion…`: suggestions.
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, !fields[0].isEmpty else { continue }
            switch fields[1] {
            case "1": verdicts[fields[0]] = true
            case "0": verdicts[fields[0]] = false
            case "?": suggestionCache[fields[0]] = Array(fields.dropFirst(2))
            default: continue
            }
        }
    }

    /// Writes the answers recalled and those worked out in this run for the next run (see
    /// `recallAnswers`); nothing when none is new, when words were added since the start, or
    /// when there would be more than `answersKept`.
    public func keepAnswers() {
        cacheLock.lock()
        let key = answersKey
        let learned = answersLearned
        let verdicts = verdicts
        let suggestions = suggestionCache
        cacheLock.unlock()
        guard let key, learned, let path = answersPath else { return }
        lock.lock()
        let asked = verdicts.filter { !listed($0.key) }
        lock.unlock()
        guard asked.count + suggestions.count <= Self.answersKept else { return }
        func plain(_ word: String) -> Bool { !word.isEmpty && !word.contains("\t") && !word.contains("\n") }
        var lines = [key]
        for (word, verdict) in asked.sorted(by: { $0.key < $1.key }) where plain(word) { lines.append(word + (verdict ? "\t1" : "\t0")) }
        for (word, list) in suggestions.sorted(by: { $0.key < $1.key }) where plain(word) && list.allSatisfy(plain) {
            lines.append(([word, "?"] + list).joined(separator: "\t"))
        }
        try? WordList.writeText(lines.joined(separator: "\n") + "\n", to: path)
    }

    private static func suggest(_ handle: OpaquePointer, _ word: String) -> [String] {
        stringList(handle, word, Hunspell_suggest)
    }

    /// The list a hunspell call of the `Hunspell_suggest` shape fills in, as strings.
    private static func stringList(
        _ handle: OpaquePointer, _ word: String,
        _ call: (OpaquePointer?, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?, UnsafePointer<CChar>?) -> Int32
    ) -> [String] {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = call(handle, &list, word)
        var result: [String] = []
        if count > 0, let items = list {
            result = (0..<Int(count)).compactMap { index in items[index].map { String(cString: $0) } }
            Hunspell_free_list(handle, &list, count)
        }
        return result
    }

    /// The suggestions one edit away (the first step), best first; empty when none is a word.
    /// Each candidate is checked under the lock on its own, so spell checks on other threads
    /// are never held up for long.
    func editSuggestions(for word: String) -> [String] {
        suggesterLock.lock()
        let suggester = editSuggester ?? EditSuggester(rules: SuggestionRules(affix: affix, dictionary: dictionary), limit: suggestionLimit)
        editSuggester = suggester
        suggesterLock.unlock()
        return suggester.suggestions(
            for: word,
            isWord: { [self] candidate in
                lock.lock()
                defer { lock.unlock() }
                return spellHandle().map { Hunspell_spell($0, candidate) != 0 } ?? false
            },
            stems: { [self] candidate in
                lock.lock()
                defer { lock.unlock() }
                return spellHandle().map { Self.stems($0, candidate) } ?? []
            })
    }

    /// Hunspell's full search (`Hunspell_suggest`) on the spell-check handle, uncached.
    func fullSuggestions(for word: String) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return spellHandle().map { Self.suggest($0, word) } ?? []
    }

    /// True once the second handle is open (for tests).
    var hasSuggestionHandle: Bool {
        suggestLock.lock()
        defer { suggestLock.unlock() }
        return suggestHandle != nil
    }

    /// Returns when the prefetches started so far are done (for tests).
    func waitForPrefetches() { prefetchQueue.sync {} }

    /// How many searches fell back to hunspell's full search (for tests).
    var fullSearches: Int {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        return fullSearchCount
    }

    private func countFullSearch() {
        cacheLock.lock()
        fullSearchCount += 1
        cacheLock.unlock()
    }

    private static func stems(_ handle: OpaquePointer, _ word: String) -> [String] {
        stringList(handle, word, Hunspell_stem)
    }

    public func suggestions(for word: String) -> [String] {
        if let known = cachedSuggestions(word) { return known }
        // A prefetch for this word may be queued or under way: take its answer rather than search twice.
        cacheLock.lock()
        let pending = prefetching.contains(word)
        cacheLock.unlock()
        if pending { prefetchQueue.sync {} }
        suggestLock.lock()
        let prefetched = cachedSuggestions(word)
        suggestLock.unlock()
        if let prefetched { return prefetched }
        var result = editSuggestions(for: word)
        if result.isEmpty {
            countFullSearch()
            result = Array(fullSuggestions(for: word).prefix(suggestionLimit))
        }
        store(result, for: word)
        return result
    }

    /// Starts the suggestion search for `word` on a background queue; the full search, when
    /// the first step finds nothing, runs on a handle of its own (opened then).
    public func prefetchSuggestions(for word: String) {
        if cachedSuggestions(word) != nil { return }
        cacheLock.lock()
        prefetching.insert(word)
        cacheLock.unlock()
        prefetchQueue.async { [self] in
            suggestLock.lock()
            defer {
                suggestLock.unlock()
                cacheLock.lock()
                prefetching.remove(word)
                cacheLock.unlock()
            }
            if cachedSuggestions(word) != nil { return }
            let quick = editSuggestions(for: word)
            if !quick.isEmpty {
                store(quick, for: word)
                return
            }
            if suggestHandle == nil {
                suggestHandle = Hunspell_create(affix, dictionary)
            }
            guard let handle = suggestHandle else { return }
            lock.lock()
            let words = added
            lock.unlock()
            for extra in words.dropFirst(suggestAdded) { _ = Hunspell_add(handle, extra) }
            suggestAdded = words.count
            countFullSearch()
            store(Array(Self.suggest(handle, word).prefix(suggestionLimit)), for: word)
        }
    }
}
