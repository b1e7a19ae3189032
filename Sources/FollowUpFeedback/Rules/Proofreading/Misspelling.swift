import Foundation

/// `proof.spelling`: words the dictionary does not know.
///
/// Never flagged: names and words from the context, the personal word list, words with digits,
/// acronyms in capitals, capitalised words inside a sentence (names of people, products and
/// places), and anything inside a URL or an e-mail address.
///
/// A word longer than `longestWord` never reaches the dictionary (whose suggestion search grows
/// with the square of the word's length): it is reported as too long for a word.
public struct Misspelling: FeedbackRule {
    public let id = "proof.spelling"
    public let defaultSeverity = Severity.error
    public let summary = "Misspelt words (hunspell), with suggestions."
    public let explanation = "Proofread: a typo in a follow-up undoes the care the message is meant to show."

    /// The longest word looked up: longer than any English word in the dictionary
    /// ("pneumonoultramicroscopicsilicovolcanoconiosis" has 45 letters).
    public static let longestWord = 45

    public init() {}

    /// The finding for a word too long to be one, or nil when `word` is not that long. Decided
    /// on its UTF-8 length first, so a long word costs one pass.
    func overlong(_ word: String, _ makeFinding: (String) -> Finding?) -> Finding? {
        guard word.utf8.count > Self.longestWord else { return nil }
        let length = word.count
        guard length > Self.longestWord else { return nil }
        return makeFinding(
            "“\(word.prefix(20))…” is \(Self.grouped(length)) letters long, too long for a word: check for a missing space")
    }

    /// `number` with a comma between thousands ("10,000").
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        guard let speller = context.spellChecker else { return [] }
        // The names the greeting gives ("Hi Meera and Tom") are names wherever they come again.
        let known = context.knownWordsWithWorkplaceWords.union(GreetingName.greetedNameWords(in: document))
        var verdicts: [String: Bool] = [:]
        func acceptedAnyway(_ word: String) -> Bool {
            if let cached = verdicts[word] { return cached }
            let verdict = Self.acceptedAnyway(word, speller: speller)
            verdicts[word] = verdict
            return verdict
        }
        var findings: [Finding] = []
        let ns = document.body as NSString
        // Only lines with an address-like mark need the (slower) URL and e-mail test.
        let addressLines = document.draft.lines.map { Self.mayHoldAddress($0.text) }
        for word in document.words where word.isProse || document.roles[word.lineIndex] == .greeting {
            guard let ascii = Self.isCheckable(word.text, startsSentence: word.startsSentence),
                !addressLines[word.lineIndex] || !insideAddress(word.range, body: ns)
            else { continue }
            if let finding = overlong(word.text, { document.finding(self, at: word.range, message: $0) }) {
                findings.append(finding)
                continue
            }
            // The names and words of the context first: asking the dictionary about them may read it
            // (see `HunspellChecker`), only to be told that a name is not a word.
            let normalized = ascii ? word.text : Self.straightenApostrophes(word.text)
            // Most words are in the speller's word list: that answer costs less than the names'.
            if speller.isCorrectWithoutReading(normalized) == true || isKnown(word.text, known: known) { continue }
            // Checking many drafts, a word that would wait for the dictionary is decided once they
            // are all checked (`resolveSuggestions`), so that no core waits while it is read.
            let verdict = context.deferredSuggestions ? speller.isCorrectWithoutWaiting(normalized) : speller.isCorrect(normalized)
            guard let verdict else {
                speller.prefetchSuggestions(for: normalized)
                findings.append(
                    document.finding(
                        self, at: word.range, message: "“\(word.text)” may be misspelt", suggestions: [Self.unverifiedMarker + normalized]))
                continue
            }
            if verdict || acceptedAnyway(normalized) { continue }
            findings.append(
                document.finding(
                    self, at: word.range, message: "“\(word.text)” may be misspelt",
                    suggestions: Self.suggestions(for: normalized, speller: speller, context: context)))
        }
        if let subject = document.draft.subject {
            let firstLetter = subject.text.prefix(while: { !$0.isLetter }).count
            for token in Self.subjectWords(subject.text) {
                guard let ascii = Self.isCheckable(token.text, startsSentence: token.start == firstLetter) else { continue }
                if let finding = overlong(token.text, { document.subjectFinding(self, characters: token.start..<token.end, message: $0) }) {
                    findings.append(finding)
                    continue
                }
                let normalized = ascii ? token.text : Self.straightenApostrophes(token.text)
                if known.contains(stripPossessive(token.text).lowercased()) || speller.isCorrect(normalized) || acceptedAnyway(normalized) {
                    continue
                }
                if let finding = document.subjectFinding(
                    self, characters: token.start..<token.end, message: "“\(token.text)” may be misspelt",
                    suggestions: Self.suggestions(for: normalized, speller: speller, context: context))
                {
                    findings.append(finding)
                }
            }
        }
        return findings
    }

    /// The first three suggestions for `word`; when the engine defers them, a placeholder that
    /// `resolveSuggestions` replaces with exactly that list once the background search is done.
    static func suggestions(for word: String, speller: any SpellChecker, context: FeedbackContext) -> [String] {
        guard context.deferredSuggestions else { return ranked(speller.suggestions(for: word), for: word, speller: speller) }
        speller.prefetchSuggestions(for: word)
        return [deferredMarker + word]
    }

    /// Starts a deferred suggestion list: U+FFFE is a noncharacter, never part of a scanned word.
    static let deferredMarker = "\u{FFFE}suggestions-for:"

    /// Starts the suggestion list of a finding whose word is not yet known to be misspelt.
    static let unverifiedMarker = "\u{FFFE}unverified:"

    /// For a word the dictionary does not know: whether a spelling it knows stands for it.
    static func acceptedAnyway(_ word: String, speller: any SpellChecker) -> Bool {
        // "café", "résumé": accepted when the dictionary knows the unaccented spelling.
        // (ASCII has no diacritics to fold: skip the slow Foundation call.)
        let folded = word.utf8.allSatisfy { $0 < 0x80 } ? word : word.folding(options: .diacriticInsensitive, locale: nil)
        return (folded != word && speller.isCorrect(folded)) || britishVariants(of: word).contains { speller.isCorrect($0) }
    }

    /// `finding` with a deferred suggestion list replaced by the real one; false when its word
    /// was left undecided (`unverifiedMarker`) and turns out to be correct: the finding goes.
    /// `resolved` keeps what each word already came to (ranking a list again, with its
    /// apostrophe forms, gives the same list: the speller's answers do not change within a run).
    static func resolveSuggestions(_ finding: inout Finding, speller: any SpellChecker, resolved: inout [String: [String]?]) -> Bool {
        guard finding.suggestions.count == 1 else { return true }
        let marker = finding.suggestions[0]
        let unverified = marker.hasPrefix(unverifiedMarker)
        guard unverified || marker.hasPrefix(deferredMarker) else { return true }
        let word = String(marker.dropFirst(unverified ? unverifiedMarker.count : deferredMarker.count))
        let key = (unverified ? "?" : "") + word
        if resolved[key] == nil {
            let misspelt = !unverified || !(speller.isCorrect(word) || acceptedAnyway(word, speller: speller))
            resolved[key] = .some(misspelt ? ranked(speller.suggestions(for: word), for: word, speller: speller) : nil)
        }
        guard let suggestions = resolved[key] ?? nil else { return false }
        finding.suggestions = suggestions
        return true
    }

    /// What marks a line that may hold a URL, an e-mail address or a file name.
    static let addressMarks = ["@", "/", "www.", ".com", ".io", ".org", ".net"]
    /// Each mark's bytes, with the place in it of its "@", "/" or "." (every mark has one).
    static let addressMarkBytes: [(bytes: [UInt8], key: Int)] = addressMarks.map { mark in
        let bytes = Array(mark.utf8)
        return (bytes, bytes.firstIndex { isAddressKey($0) } ?? 0)
    }

    @inline(__always) static func isAddressKey(_ byte: UInt8) -> Bool { byte == 0x40 || byte == 0x2F || byte == 0x2E }

    /// True when the line holds one of `addressMarks`.
    ///
    /// A byte search first, only around each "@", "/" and ".": Foundation's `contains` is slow,
    /// and cannot find what the bytes lack.
    static func mayHoldAddress(_ line: String) -> Bool {
        var line = line
        let marked = line.withUTF8 { bytes in
            bytes.indices.contains { index in
                let byte = bytes[index]
                guard isAddressKey(byte) else { return false }
                return addressMarkBytes.contains { mark in
                    let start = index - mark.key
                    return mark.bytes[mark.key] == byte && start >= 0 && start + mark.bytes.count <= bytes.count
                        && mark.bytes.indices.allSatisfy { bytes[start + $0] == mark.bytes[$0] }
                }
            }
        }
        return marked && addressMarks.contains { containsBytes(line, $0) && line.contains($0) }
    }

    /// `text` with curly apostrophes made straight (Foundation only when there is one to replace).
    static func straightenApostrophes(_ text: String) -> String {
        containsBytes(text, "’") ? text.replacingOccurrences(of: "’", with: "'") : text
    }

    /// True when the UTF-8 of `text` contains that of `needle`: necessary for any match.
    static func containsBytes(_ text: String, _ needle: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { needle in bytesContain(UnsafeRawBufferPointer(haystack), UnsafeRawBufferPointer(needle)) }
        }
    }

    /// Everyday workplace words the stock en_US dictionary does not know.
    static let workplaceWords: Set<String> = [
        "onboarding", "offboarding", "upskilling", "reskilling", "roadmap", "roadmaps", "stakeholder", "stakeholders",
        "workflow", "workflows", "dataset", "datasets", "backend", "frontend", "fullstack", "devops", "microservice",
        "microservices", "kubernetes", "repo", "repos", "async", "linkedin", "github", "gitlab", "startup", "startups",
        "teammate", "teammates", "hybrid", "remote", "cybersecurity", "analytics", "scalable", "scalability",
        "onsite", "offsite", "runbook", "runbooks", "postmortem", "postmortems", "codebase", "codebases", "toolchain",
        "observability", "deployable", "webinar", "webinars", "preprint", "preprints", "ux", "ui", "fintech", "edtech", "healthtech", "saas",
        "rollout", "rollouts", "standup", "standups", "hackathon", "hackathons", "walkthrough", "walkthroughs", "upskill", "upskilled",
        "timebox", "timeboxed", "timeboxing", "monorepo", "monorepos", "webhook", "webhooks", "deprioritize", "deprioritized",
        "deprioritization", "autoscaling", "hotfix", "hotfixes", "changelog", "changelogs", "livestream", "livestreams", "whiteboarding",
    ]

    /// American spellings of a possibly British word ("organising" → "organizing",
    /// "colour" → "color", "centre" → "center", "travelled" → "traveled"), so that British
    /// English is not flagged by an American dictionary.
    static func britishVariants(of word: String) -> [String] {
        let lower = word.lowercased()
        let rules: [(String, String)] = [
            ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ise", "ize"), ("ises", "izes"),
            ("yse", "yze"), ("ysing", "yzing"), ("ysed", "yzed"), ("our", "or"), ("tre", "ter"), ("tres", "ters"),
            ("lled", "led"), ("lling", "ling"), ("ogue", "og"), ("ence", "ense"), ("mme", "m"),
        ]
        var variants: [String] = []
        // An ASCII word is searched byte by byte (the same answer, without Foundation).
        let ascii = lower.utf8.allSatisfy { $0 < 0x80 }
        for (british, american) in rules where ascii ? containsBytes(lower, british) : lower.contains(british) {
            variants.append(lower.replacingOccurrences(of: british, with: american))
        }
        return variants
    }

    func stripPossessive(_ word: String) -> String {
        // Each suffix ends in "s", "'" or the last byte of "’" (0x99); `hasSuffix` compares
        // characters, slowly, and most words end in none of them.
        guard let last = word.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "'") || last == 0x99 else { return word }
        for suffix in ["'s", "’s", "'", "’"] where word.hasSuffix(suffix) { return String(word.dropLast(suffix.count)) }
        return word
    }

    /// Whether the word is one to look up, and if so whether it is ASCII; nil when it is not
    /// (too short, with digits, in capitals, a capitalised word inside a sentence, another script).
    static func isCheckable(_ text: String, startsSentence: Bool) -> Bool? {
        // An ASCII word is tested on its bytes, in one pass (over its UTF-8 storage: the UTF-8
        // view is slower).
        var storage = text
        let asciiVerdict: Bool?? = storage.withUTF8 { bytes in
            var hasLetter = false
            var hasLower = false
            for byte in bytes {
                if byte >= 0x80 { return .none }
                if byte >= 0x30 && byte <= 0x39 { return .some(nil) }
                if byte >= 0x61 && byte <= 0x7A { hasLetter = true; hasLower = true } else if byte >= 0x41 && byte <= 0x5A { hasLetter = true }
            }
            if bytes.count < 2 || !hasLetter || !hasLower { return .some(nil) }
            if !startsSentence, let first = bytes.first, first >= 0x41 && first <= 0x5A { return .some(nil) }
            return .some(true)
        }
        if let asciiVerdict { return asciiVerdict }
        if text.count < 2 || text.contains(where: \.isNumber) { return nil }
        if !text.contains(where: { $0.isLetter && $0.isASCII }) { return nil }  // CJK and other scripts: no dictionary
        if text.filter(\.isLetter).allSatisfy(\.isUppercase) { return nil }
        if !startsSentence, text.first?.isUppercase == true { return nil }
        return false
    }

    /// True when the word (or the word without "'s") is a known name or word from the context.
    private func isKnown(_ text: String, known: Set<String>) -> Bool {
        if known.contains(text.lowercased()) { return true }
        let stripped = stripPossessive(text)
        return stripped.utf8.count != text.utf8.count && known.contains(stripped.lowercased())
    }

    /// True when the word is part of a URL, an e-mail address or a file name.
    private func insideAddress(_ range: NSRange, body: NSString) -> Bool {
        var start = range.location
        var end = range.location + range.length
        let separators = CharacterSet.whitespacesAndNewlines
        while start > 0, let scalar = UnicodeScalar(body.character(at: start - 1)), !separators.contains(scalar) { start -= 1 }
        while end < body.length, let scalar = UnicodeScalar(body.character(at: end)), !separators.contains(scalar) { end += 1 }
        let token = body.substring(with: NSRange(location: start, length: end - start))
        if token.contains("@") || token.contains("://") || token.lowercased().hasPrefix("www.") { return true }
        // "github.com/ana": a dot between letters, not at the end of a sentence.
        let trimmed = token.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)(\"'"))
        return trimmed.contains(".") && trimmed.contains("/") || trimmed.hasSuffix(".com") || trimmed.hasSuffix(".io")
    }

    /// The words of the subject line (letters, digits and inner apostrophes) with their
    /// character offsets.
    static func subjectWords(_ text: String) -> [(text: String, start: Int, end: Int)] {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiSubjectWords(text) : characterSubjectWords(text)
    }

    /// `subjectWords`, a character at a time.
    static func characterSubjectWords(_ text: String) -> [(text: String, start: Int, end: Int)] {
        var result: [(String, Int, Int)] = []
        var current = ""
        var start = 0
        for (index, character) in text.enumerated() {
            if character.isLetter || character.isNumber || ((character == "'" || character == "’") && !current.isEmpty) {
                if current.isEmpty { start = index }
                current.append(character)
            } else if !current.isEmpty {
                result.append((current, start, index))
                current = ""
            }
        }
        if !current.isEmpty { result.append((current, start, text.count)) }
        return result.map { token in
            var word = token.0
            var end = token.2
            while word.last == "'" || word.last == "’" {
                word.removeLast()
                end -= 1
            }
            return (word, token.1, end)
        }
    }

    /// `subjectWords` for ASCII text, where a character is a byte.
    static func asciiSubjectWords(_ text: String) -> [(text: String, start: Int, end: Int)] {
        var result: [(String, Int, Int)] = []
        var text = text
        text.withUTF8 { bytes in
            let isWordByte = ASCIIByte.isAlphanumeric
            var index = 0
            while index < bytes.count {
                guard isWordByte(bytes[index]) else {
                    index += 1
                    continue
                }
                let start = index
                while index < bytes.count, isWordByte(bytes[index]) || bytes[index] == 0x27 { index += 1 }
                var end = index
                while bytes[end - 1] == 0x27 { end -= 1 }  // no trailing apostrophes
                result.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), start, end))
            }
        }
        return result
    }
}
