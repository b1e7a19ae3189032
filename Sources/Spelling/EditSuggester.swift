/// Suggestions one edit away, the way hunspell's first phase (`SuggestMgr::suggest`) makes
/// them, without its slow second phase (the n-gram search over the whole dictionary).
///
/// Candidates are tried in hunspell's order, and the words hunspell accepts are kept in that
/// order: the capitalised word ("nasa" → "NASA"), the `REP` table ("alot" → "a lot"), swapped
/// neighbours ("recieve" → "receive"; double swaps in words of 4 or 5 letters), letters swapped
/// 2 to 4 apart, a neighbouring key (`KEY`) or a capital in place of a letter, a letter too many,
/// a letter missing (from the `TRY` alphabet), a letter moved 2 to 9 places, a wrong letter (from
/// `TRY`), a doubled pair of letters ("vacacation" → "vacation") and, last, two words run
/// together (each of two letters or more). Not tried: hunspell's `MAP` of related characters
/// (en_US has none), its second pass for compound words and its hyphenated pairs ("occur-ed").
///
/// One deliberate change to that order: a misspelling rarely gets the first letter wrong, so a
/// word reached by deleting, inserting or replacing the first letter comes after the others
/// (but before two words run together): "adress" → "address" before "dress". Swaps,
/// neighbouring keys and `REP` entries are exempt: they change the first letter as plausibly
/// as any other ("hte" → "the").
///
/// The word's case is kept: an initial capital or all capitals is applied to every candidate
/// before it is checked ("Beleive" → "Believe", and "Zoë" → "Zoe", which is a name), a
/// lowercase word is only corrected to lowercase words and to its own capitalised forms, and
/// a word of mixed case is edited as it is.
struct EditSuggester {
    let rules: SuggestionRules
    /// At most this many suggestions; the search stops when it has them.
    let limit: Int

    /// The kind of candidate, in the order they are tried.
    enum Edit: Int { case capitals, replacement, swap, longSwap, key, extra, missing, move, wrong, doubledPair, split }

    enum Case { case lower, initial, all, mixed }

    static func casePattern(of word: String) -> Case {
        let lower = word.lowercased()
        if word == lower { return .lower }
        if word == word.uppercased() { return .all }
        guard let first = word.first else { return .lower }
        let rest = word.dropFirst()
        return first.isUppercase && rest == Substring(rest.lowercased()) ? .initial : .mixed
    }

    /// A character and its bytes, as hunspell's C API takes them (UTF-8).
    struct Unit: Equatable {
        var character: Character
        var bytes: [CChar]
        var upper: [CChar]

        init(_ character: Character) {
            self.character = character
            bytes = String(character).utf8.map { CChar(bitPattern: $0) }
            upper = String(character).uppercased().utf8.map { CChar(bitPattern: $0) }
        }

        static func == (left: Unit, right: Unit) -> Bool { left.bytes == right.bytes }
    }

    /// Suggestions for `word`, best first. `isWord` is hunspell's spell check (of a C string);
    /// `stems` gives a word's stems, to leave out words the dictionary marks `NOSUGGEST` and words
    /// that hunspell only accepts as two words joined by a hyphen.
    func suggestions(
        for word: String, isWord: @escaping (UnsafePointer<CChar>) -> Bool, stems: @escaping (String) -> [String]
    ) -> [String] {
        guard !word.isEmpty, limit > 0 else { return [] }
        var search = Search(word: word, rules: rules, limit: limit, isWord: isWord, stems: stems)
        search.run()
        return Array((search.found + search.demoted + search.split).prefix(limit))
    }

    private struct Search {
        let word: String
        let rules: SuggestionRules
        let limit: Int
        let isWord: (UnsafePointer<CChar>) -> Bool
        let stems: (String) -> [String]
        let pattern: Case
        let units: [Unit]
        let alphabet: [Unit]
        let hyphens: Int
        var found: [String] = []
        /// Found with a wrong, missing or extra first letter: after the others.
        var demoted: [String] = []
        /// Two words run together: hunspell's last resort, after everything else.
        var split: [String] = []
        var seen: Set<String> = []
        var buffer: [CChar] = []

        init(
            word: String, rules: SuggestionRules, limit: Int, isWord: @escaping (UnsafePointer<CChar>) -> Bool,
            stems: @escaping (String) -> [String]
        ) {
            self.word = word
            self.rules = rules
            self.limit = limit
            self.isWord = isWord
            self.stems = stems
            let pattern = EditSuggester.casePattern(of: word)
            self.pattern = pattern
            units = (pattern == .initial || pattern == .all ? word.lowercased() : word).map(Unit.init)
            // "." is left out: hunspell accepts a word with a full stop after it ("until."). A
            // lowercased word is only edited with lowercase letters.
            alphabet = rules.alphabet.filter { $0 != "." && (pattern == .mixed || !$0.isUppercase) }.map(Unit.init)
            hyphens = word.filter { $0 == "-" }.count
        }

        var done: Bool { found.count >= limit }

        mutating func run() {
            let n = units.count
            // Each step returns as soon as `limit` suggestions are found.
            if pattern != .all, offer(text: word.uppercased(), .capitals, exactCase: true) { return }
            if replacements() { return }
            var candidate = units
            // Swapped neighbours, then double swaps in short words (ahev → have, owudl → would).
            for i in 0..<max(n - 1, 0) where units[i] != units[i + 1] {
                candidate.swapAt(i, i + 1)
                if offer(candidate, .swap) { return }
                candidate.swapAt(i, i + 1)
            }
            if n == 4 || n == 5 {
                candidate[0] = units[1]
                candidate[1] = units[0]
                candidate[2] = units[2]
                candidate[n - 2] = units[n - 1]
                candidate[n - 1] = units[n - 2]
                if offer(candidate, .swap) { return }
                if n == 5 {
                    candidate[0] = units[0]
                    candidate[1] = units[2]
                    candidate[2] = units[1]
                    if offer(candidate, .swap) { return }
                }
                candidate = units
            }
            for i in 0..<n {
                for j in stride(from: i + 2, to: min(n, i + 5), by: 1) where units[i] != units[j] {
                    candidate.swapAt(i, j)
                    if offer(candidate, .longSwap) { return }
                    candidate.swapAt(i, j)
                }
            }
            if keys() { return }
            if n >= 2 {
                for i in (0..<n).reversed() {
                    candidate.remove(at: i)
                    if offer(candidate, .extra) { return }
                    candidate.insert(units[i], at: i)
                }
            }
            for letter in alphabet {
                for i in (0...n).reversed() {
                    candidate.insert(letter, at: i)
                    if offer(candidate, .missing) { return }
                    candidate.remove(at: i)
                }
            }
            if moves() { return }
            for letter in alphabet {
                for i in (0..<n).reversed() where units[i] != letter {
                    candidate[i] = letter
                    if offer(candidate, .wrong) { return }
                    candidate[i] = units[i]
                }
            }
            if n >= 5 {
                var state = 0
                for i in 2..<n {
                    guard units[i] == units[i - 2] else {
                        state = 0
                        continue
                    }
                    state += 1
                    if state == 3 || (state == 2 && i >= 4) {
                        if offer(Array(units[..<(i - 1)] + units[(i + 1)...]), .doubledPair) { return }
                        state = 0
                    }
                }
            }
            // Two words run together; each part of two letters or more (hunspell's parts of one
            // letter, "h append", are rarely meant).
            if rules.splitsWords, n >= 4 {
                let space = Unit(" ")
                for i in 2...(n - 2) {
                    candidate.insert(space, at: i)
                    if offer(candidate, .split) { return }
                    candidate.remove(at: i)
                }
            }
        }

        /// The `REP` table, every occurrence of each pattern in turn.
        mutating func replacements() -> Bool {
            let bytes = Array(units.map { $0.bytes.map { UInt8(bitPattern: $0) } }.joined())
            for entry in rules.replacements where entry.pattern.count <= bytes.count {
                for start in 0...(bytes.count - entry.pattern.count) {
                    if entry.atStart && start != 0 { break }
                    let end = start + entry.pattern.count
                    if entry.atEnd && end != bytes.count { continue }
                    guard bytes[start..<end].elementsEqual(entry.pattern) else { continue }
                    let text = String(decoding: bytes[..<start] + entry.replacement + bytes[end...], as: UTF8.self)
                    if offer(text: cased(text), .replacement) { return true }
                }
            }
            return false
        }

        /// Capitals in place of lowercase letters, then the keys next to each letter.
        mutating func keys() -> Bool {
            let keyboard = Array(rules.keyboard)
            var candidate = units
            for i in units.indices {
                let unit = units[i]
                let capital = String(unit.character).uppercased()
                if pattern == .lower || pattern == .mixed, unit.upper != unit.bytes, let letter = capital.first, capital.count == 1 {
                    candidate[i] = Unit(letter)
                    if offer(candidate, .key, exactCase: true) { return true }
                }
                for k in keyboard.indices where keyboard[k] == unit.character {
                    if k > 0, keyboard[k - 1] != "|" {
                        candidate[i] = Unit(keyboard[k - 1])
                        if offer(candidate, .key) { return true }
                    }
                    if k + 1 < keyboard.count, keyboard[k + 1] != "|" {
                        candidate[i] = Unit(keyboard[k + 1])
                        if offer(candidate, .key) { return true }
                    }
                }
                candidate[i] = unit
            }
            return false
        }

        /// A letter moved 2 to 9 places forwards, then backwards (as hunspell's `movechar`).
        mutating func moves() -> Bool {
            let n = units.count
            for p in 0..<n {
                var candidate = units
                for q in (p + 1)..<min(n, p + 10) {
                    candidate.swapAt(q, q - 1)
                    if q - p >= 2, offer(candidate, .move) { return true }
                }
            }
            for p in (0..<n).reversed() {
                var candidate = units
                for q in stride(from: p - 1, through: max(0, p - 9), by: -1) {
                    candidate.swapAt(q, q + 1)
                    if p - q >= 2, offer(candidate, .move) { return true }
                }
            }
            return false
        }

        func cased(_ text: String) -> String {
            switch pattern {
            case .lower, .mixed: return text
            case .all: return text.uppercased()
            case .initial: return text.prefix(1).uppercased() + text.dropFirst()
            }
        }

        /// Checks `candidate` (with the word's case) and keeps it when it is a word; true once
        /// there are `limit` suggestions.
        mutating func offer(_ candidate: [Unit], _ edit: Edit, exactCase: Bool = false) -> Bool {
            buffer.removeAll(keepingCapacity: true)
            var spaced = false
            for (index, unit) in candidate.enumerated() {
                buffer.append(contentsOf: pattern == .all || pattern == .initial && index == 0 ? unit.upper : unit.bytes)
                spaced = spaced || unit.character == " "
            }
            if spaced { return offer(text: String(decoding: buffer.map { UInt8(bitPattern: $0) }, as: UTF8.self), edit) }
            buffer.append(0)
            guard buffer.withUnsafeBufferPointer({ $0.baseAddress.map(isWord) ?? false }) else { return false }
            let text = String(decoding: buffer.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            // A wrong, missing or extra first letter is unlikely (see the type's comment).
            let lateEdit = edit == .extra || edit == .missing || edit == .wrong
            return keep(text, into: lateEdit && candidate.first != units.first ? \.demoted : \.found, exactCase: exactCase)
        }

        /// Checks `text`, which may be several words separated by spaces (each must be a word).
        mutating func offer(text: String, _ edit: Edit, exactCase: Bool = false) -> Bool {
            let parts = text.split(separator: " ", omittingEmptySubsequences: false)
            guard !parts.contains(where: \.isEmpty), text != word, !seen.contains(text) else { return false }
            guard parts.allSatisfy({ String($0).withCString(isWord) }) else { return false }
            return keep(text, into: edit == .split ? \.split : \.found, exactCase: exactCase)
        }

        /// Keeps a candidate hunspell accepts. With `exactCase` (the word with capitals put in),
        /// only a word the dictionary has in exactly that case: hunspell accepts any word in
        /// capitals ("PARIS") or with an initial capital ("Calender"), which are no corrections.
        mutating func keep(_ text: String, into list: WritableKeyPath<Search, [String]>, exactCase: Bool) -> Bool {
            guard text != word, seen.insert(text).inserted else { return false }
            if exactCase && !stems(text).contains(text) { return false }
            for part in text.split(separator: " ") where !suggestible(String(part)) { return false }
            self[keyPath: list].append(text)
            return done
        }

        /// False for a word marked `NOSUGGEST` (or made from one), and for two words that
        /// hunspell accepts only because they are joined by a hyphen ("a-dress").
        func suggestible(_ part: String) -> Bool {
            let extraHyphen = part.filter { $0 == "-" }.count > hyphens
            guard extraHyphen || !rules.neverSuggested.isEmpty else { return true }
            let roots = stems(part)
            if extraHyphen && roots.isEmpty { return false }
            if rules.neverSuggested.contains(part.lowercased()) { return false }
            return !roots.contains { rules.neverSuggested.contains($0.lowercased()) }
        }
    }
}
