import Foundation

/// `proof.passive`: passive constructions, offered as a suggestion only.
public struct PassiveVoice: FeedbackRule {
    public let id = "proof.passive"
    public let defaultSeverity = Severity.suggestion
    public let summary = "Passive voice (“the project was led by me”)."
    public let explanation = "Active sentences name who did what; in a follow-up that is usually you, and it is worth saying."

    static let passive = Pattern(
        "\\b(am|is|are|was|were|be|been|being)\\s+(?:\\w+ly\\s+)?(\\w+ed|known|given|taken|shown|seen|done|made|written|sent|told|held|built|brought|chosen|driven|spoken|found|kept|paid|run|sold|thought|understood|won|led|taught)\\b"
    )
    /// Participles that are used as adjectives after "to be": "I am excited", "she was impressed".
    static let adjectives: Set<String> = [
        "interested", "excited", "pleased", "delighted", "impressed", "thrilled", "tired", "based", "located",
        "involved", "qualified", "experienced", "dedicated", "committed", "inspired", "motivated",
        "surprised", "concerned", "engaged", "fascinated", "intrigued", "honored", "honoured", "energized",
        "energised", "prepared", "convinced", "confused", "disappointed", "satisfied", "relieved", "focused",
        "skilled", "talented", "organized", "organised", "detailed", "advanced", "supposed", "used", "tasked",
        "scheduled", "expected", "required", "needed", "limited", "aligned", "blessed", "attached",
        "enclosed", "included", "invited",
    ]

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        let matches =
            Self.scan(document.body, folded: document.foldedBody)?.filter { document.isProse(line: document.lineIndex(ofOffset: $0.location)) }
            ?? document.proseMatches(Self.passive)
        return matches.compactMap { range in
            let words = document.text(range).split(whereSeparator: \.isWhitespace)
            guard let participle = words.last.map({ $0.lowercased() }), !Self.adjectives.contains(participle),
                participle.count > 3
            else { return nil }
            return document.finding(
                self, at: range, message: "Passive voice: “\(document.text(range))”; say who did it")
        }
    }

    static let beForms: Set<[UInt8]> = Set(["am", "is", "are", "was", "were", "be", "been", "being"].map { Array($0.utf8) })
    static let irregular: Set<[UInt8]> = Set(
        [
            "known", "given", "taken", "shown", "seen", "done", "made", "written", "sent", "told", "held", "built",
            "brought", "chosen", "driven", "spoken", "found", "kept", "paid", "run", "sold", "thought", "understood",
            "won", "led", "taught",
        ].map { Array($0.utf8) })

    /// What a scalar is to `passive`: a word character (`\w`), white space (`\s`), or neither.
    enum ByteClass { case word, space, other, unknown }

    /// The matches of `passive` in `text` (UTF-16 ranges, in order), found without the regex over
    /// the folded bytes; nil when the text holds something the scan does not model exactly (a
    /// letter, mark or space outside ASCII next to a candidate, a vertical tab or form feed, a
    /// character that folds to ASCII), and the regex must run.
    ///
    /// The regex can only match from a whole word (a maximal `\w` run) that is a form of "be",
    /// followed by white space, an optional whole word ending in "ly" and white space, then a whole
    /// word ending in "ed" (three letters or more) or one of the irregular participles.
    static func scan(_ text: String, folded: FoldedText) -> [NSRange]? {
        guard let bytes = folded.bytes else { return nil }
        return bytes.withUnsafeBufferPointer { b -> [NSRange]? in
            let n = b.count
            guard let base = b.baseAddress else { return [] }  // empty text: nothing passive
            // Vertical tab and form feed: ICU's \s and the documentation disagree on them.
            if memchr(base, 0x0B, n) != nil || memchr(base, 0x0C, n) != nil { return nil }
            @inline(__always) func ascii(_ c: UInt8) -> ByteClass {
                if ASCIIByte.isWordCharacter(c) { return .word }
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { return .space }
                return .other
            }
            // Non-ASCII punctuation that is surely neither \w nor \s (nor a mark): quotes, dashes, ellipsis.
            func punctuation(_ start: Int) -> Bool {
                guard start + 2 < n, b[start] == 0xE2, b[start + 1] == 0x80 else { return false }
                let last = b[start + 2]
                return last == 0x93 || last == 0x94 || (last >= 0x98 && last <= 0x9F) || last == 0xA6
            }
            /// The class of the scalar starting at `index` (`.other` past the end).
            func forward(_ index: Int) -> ByteClass {
                guard index < n else { return .other }
                let c = b[index]
                if c < 0x80 { return ascii(c) }
                return punctuation(index) ? .other : .unknown
            }
            /// The class of the scalar ending just before `index` (`.other` at the start).
            func backward(_ index: Int) -> ByteClass {
                guard index > 0 else { return .other }
                let c = b[index - 1]
                if c < 0x80 { return ascii(c) }
                return index >= 3 && punctuation(index - 3) ? .other : .unknown
            }
            func runEnd(_ start: Int) -> Int {
                var end = start
                while end < n, ascii(b[end]) == .word { end += 1 }
                return end
            }
            func spaceEnd(_ start: Int) -> Int {
                var end = start
                while end < n, b[end] < 0x80, ascii(b[end]) == .space { end += 1 }
                return end
            }
            func equal(_ start: Int, _ end: Int, in set: Set<[UInt8]>) -> Bool {
                end - start <= 10 && set.contains(Array(b[start..<end]))
            }
            func endsWith(_ end: Int, _ start: Int, _ x: UInt8, _ y: UInt8) -> Bool {
                end - start >= 3 && b[end - 2] == x && b[end - 1] == y
            }
            var found: [Range<Int>] = []
            var index = 0
            while index < n {
                let c = b[index]
                guard c < 0x80, ascii(c) == .word else { index += 1; continue }
                let start = index
                let end = runEnd(start)
                index = end
                let first = b[start]
                guard end - start >= 2, end - start <= 5, first == 0x61 || first == 0x69 || first == 0x77 || first == 0x62,
                    equal(start, end, in: beForms)
                else { continue }
                // A form of "be" that is a whole word, then white space.
                let before = backward(start)
                let after = forward(end)
                if before == .unknown || after == .unknown { return nil }
                guard before != .word, after == .space else { continue }
                let k = spaceEnd(end)
                if forward(k) == .unknown { return nil }
                guard forward(k) == .word else { continue }
                let m = runEnd(k)
                let afterFirst = forward(m)
                if afterFirst == .unknown { return nil }
                func participle(_ start: Int, _ end: Int) -> Bool {
                    endsWith(end, start, 0x65, 0x64) || equal(start, end, in: irregular)
                }
                var matchEnd: Int? = nil
                // With an adverb first ("was quickly done").
                if endsWith(m, k, 0x6C, 0x79), afterFirst == .space {
                    let q = spaceEnd(m)
                    let atQ = forward(q)
                    if atQ == .unknown { return nil }
                    if atQ == .word {
                        let r = runEnd(q)
                        let atR = forward(r)
                        if atR == .unknown { return nil }
                        if atR != .word, participle(q, r) { matchEnd = r }
                    }
                }
                if matchEnd == nil, afterFirst != .word, participle(k, m) { matchEnd = m }
                if let matchEnd {
                    found.append(start..<matchEnd)
                    index = matchEnd
                }
            }
            if folded.ascii { return found.map { NSRange(location: $0.lowerBound, length: $0.count) } }
            // Byte offsets to UTF-16 offsets.
            var result: [NSRange] = []
            var utf16 = 0
            var counted = 0
            func offset(_ byte: Int) -> Int {
                for i in counted..<byte {
                    let x = b[i]
                    if x & 0xC0 != 0x80 { utf16 += 1 }
                    if x >= 0xF0 { utf16 += 1 }
                }
                counted = byte
                return utf16
            }
            for range in found {
                let location = offset(range.lowerBound)
                result.append(NSRange(location: location, length: offset(range.upperBound) - location))
            }
            return result
        }
    }
}
