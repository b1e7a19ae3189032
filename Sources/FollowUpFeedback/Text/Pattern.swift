import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// True when the bytes of `needle` occur in `haystack`.
func bytesContain(_ haystack: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
    bytesFind(needle, in: haystack) != nil
}

/// The offset of the first occurrence of `needle`'s bytes in `haystack`, nil when there is none:
/// memchr for its byte at `anchor` (a rare one finds fewer places to compare), then memcmp.
func bytesFind(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, anchor: Int = 0) -> Int? {
    guard needle.count > 0 else { return 0 }
    guard haystack.count >= needle.count, let h = haystack.baseAddress, let n = needle.baseAddress else { return nil }
    let key = Int32(n.load(fromByteOffset: anchor, as: UInt8.self))
    // Where the anchor byte of an occurrence can be.
    var from = anchor
    let last = haystack.count - needle.count + anchor
    while from <= last, let hit = memchr(h + from, key, last - from + 1) {
        let at = UnsafeRawPointer(hit) - h - anchor
        if h.load(fromByteOffset: at, as: UInt8.self) == n.load(as: UInt8.self), memcmp(h + at, n, needle.count) == 0 { return at }
        from = at + anchor + 1
    }
    return nil
}

/// A case-insensitive regular expression from the rule tables.
///
/// A straight apostrophe in a pattern also matches a curly one, so `don't` finds `don’t`.
///
/// Most patterns can only match text that contains one of a few literal strings ("team player",
/// "synerg"); those are worked out from the pattern once, and the regex (`LazyRegex`, the
/// slowest part) only runs on the stretches of text that hold one of them, between characters
/// no match can hold (`separators(_:)`: for most phrases, a clause). It is compiled the first
/// time it runs: most of the few hundred patterns never run on a given draft.
///
/// A class, so that a rule table's entries and the literals are copied by one reference each
/// rather than field by field.
public final class Pattern: @unchecked Sendable {
    /// The regular expression, as compiled (see `source(_:)`).
    let source: String
    private let compiled: LazyRegex
    /// The regex as `NSRegularExpression` (the tests' reference; a check runs `compiled`).
    var regex: NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: source, options: lowercased == nil ? [] : [.caseInsensitive])
        } catch {
            preconditionFailure("invalid pattern \(source): \(error)")
        }
    }
    /// The same regex matched with case, for text with its ASCII letters lowercased (and no
    /// other character that could match one without case): ICU's case-insensitive
    /// matching folds every character it compares (about 40% of its time on the big
    /// alternations). Nil for a case-sensitive pattern; its value is nil when that could find
    /// something else (see `lowercasedSource`).
    private let lowercased: LazyRegex?
    /// Every match contains one of these (ASCII-lowercased UTF-8, a byte 1 where the pattern
    /// has a word boundary: `RequiredLiterals.boundary`); nil when nothing is required.
    let required: [[UInt8]]?
    /// `required`, as searched for.
    let literals: [Literal]
    /// True when every match starts with one of `required` (where it occurs, the match may
    /// begin): the regex is then tried only there, anchored (`matches(in:folded:)`).
    let startsWithRequired: Bool
    /// See `separators(_:)`: the regex runs only on the stretches between them that hold a
    /// required literal.
    let separators: ASCIISet
    /// True when a match can neither hold a line break nor look past one: matching line by line
    /// finds the same matches.
    var withinLines: Bool { separators.contains(0x0A) }

    /// A pattern that must be valid (the built-in ones are, as `PatternTests` checks; a
    /// candidate's are checked as their file is read).
    public init(_ pattern: String, caseSensitive: Bool = false) {
        let source = Self.source(pattern)
        self.source = source
        compiled = LazyRegex(source, caseInsensitive: !caseSensitive)
        lowercased = caseSensitive ? nil : LazyRegex(source, caseInsensitive: false, lowercased: true)
        let analysis = caseSensitive ? nil : RequiredLiterals.analysis(source)
        required = analysis.map { $0.literals.sorted().map { Array($0.utf8) } }
        literals = (required ?? []).map(Literal.init)
        startsWithRequired = analysis?.startEveryMatch ?? false
        separators = Self.separators(source)
    }

    /// A case-insensitive pattern from what `init(_:)` works out from it (`source`, `required`,
    /// `separators`, `startsWithRequired`), as `CompiledRules` keeps them between runs.
    init(source: String, required: [[UInt8]]?, separators: ASCIISet, startsWithRequired: Bool) {
        self.source = source
        compiled = LazyRegex(source, caseInsensitive: true)
        lowercased = LazyRegex(source, caseInsensitive: false, lowercased: true)
        self.required = required
        literals = (required ?? []).map(Literal.init)
        self.startsWithRequired = startsWithRequired && required != nil
        self.separators = separators
    }

    /// A required literal as it is searched for.
    final class Literal {
        /// Its bytes, the boundaries left out.
        let bytes: [UInt8]
        /// The offsets in `bytes` where the text must be able to hold a word boundary.
        let boundaries: [Int]
        /// Its byte triples, as `FoldedText.triple` bit numbers: all must occur before it is
        /// worth searching for.
        let triples: [Int]
        /// The offset in `bytes` of the byte it is searched by: the one least frequent in
        /// English (`rank`). By its first byte ("i", "a", " "), the search stopped
        /// about twenty times a draft for each literal.
        let anchor: Int
        /// Each byte's rank: the space and the letters from the most to the least frequent in
        /// English text, then any other byte.
        static let rank: [UInt8] = {
            var rank = [UInt8](repeating: 27, count: 256)
            for (index, byte) in " etaoinsrhldcumfpgwybvkxjqz".utf8.enumerated() { rank[Int(byte)] = UInt8(index) }
            return rank
        }()

        init(_ marked: [UInt8]) {
            var bytes: [UInt8] = []
            var boundaries: [Int] = []
            for byte in marked {
                if byte == 1 { boundaries.append(bytes.count) } else { bytes.append(byte) }
            }
            self.bytes = bytes
            self.boundaries = boundaries
            triples = bytes.indices.dropFirst(2).map { FoldedText.triple(bytes[$0 - 2], bytes[$0 - 1], bytes[$0]) }
            var anchor = 0
            for index in bytes.indices where Self.rank[Int(bytes[index])] > Self.rank[Int(bytes[anchor])] { anchor = index }
            self.anchor = anchor
        }

        /// The offset of its first occurrence in `text` at or after `start` where each of its
        /// boundaries may be one; nil when there is none.
        func find(in text: UnsafeRawBufferPointer, from start: Int) -> Int? {
            var start = start
            while start <= text.count,
                let found = bytes.withUnsafeBytes({ bytesFind($0, in: UnsafeRawBufferPointer(rebasing: text[start...]), anchor: anchor) })
            {
                let at = start + found
                if boundaries.allSatisfy({ Self.mayBeBoundary(in: text, at: at + $0) }) { return at }
                start = at + 1
            }
            return nil
        }

        /// False only when ICU's `\b` cannot hold between the bytes before and at `offset`:
        /// both ASCII, and both or neither a word character (a letter, a digit or "_"). The
        /// start and the end of the text count as a character that is not one.
        static func mayBeBoundary(in text: UnsafeRawBufferPointer, at offset: Int) -> Bool {
            let before = offset > 0 ? text[offset - 1] : 0x20
            let after = offset < text.count ? text[offset] : 0x20
            if before >= 0x80 || after >= 0x80 { return true }
            return ASCIIByte.isAlphanumeric(before) || before == 0x5F
                ? !(ASCIIByte.isAlphanumeric(after) || after == 0x5F) : ASCIIByte.isAlphanumeric(after) || after == 0x5F
        }
    }

    /// The regular expression run for `pattern`: an apostrophe stands for either kind.
    static func source(_ pattern: String) -> String { pattern.replacingOccurrences(of: "'", with: "['’]") }

    /// True when `pattern` compiles.
    public static func isValid(_ pattern: String) -> Bool {
        (try? NSRegularExpression(pattern: source(pattern), options: [.caseInsensitive])) != nil
    }

    /// `source` with its ASCII letters lowercased, when matching that with case on text with its
    /// ASCII letters lowercased (`FoldedText.lowercased`) finds what `source` finds without case
    /// on the text itself; nil when it might not. Conservative: only the escapes `\b \B \w \W
    /// \d \D \s \S` and escaped punctuation, no group flags but `(?i:`, no set holding a capital
    /// (`[A-Z]`), and no other character with case (`é`, the Kelvin sign, `ſ`).
    static func lowercasedSource(_ source: String) -> String? {
        let scalars = Array(source.unicodeScalars)
        var result = String.UnicodeScalarView()
        var inSet = 0
        var index = 0
        while index < scalars.count {
            let c = scalars[index]
            if c == "\\" {
                guard index + 1 < scalars.count else { return nil }
                let e = scalars[index + 1]
                guard "bBwWdDsS".unicodeScalars.contains(e) || (e.isASCII && !ASCIIByte.isAlphanumeric(UInt8(e.value))) else { return nil }
                result.append(c)
                result.append(e)
                index += 2
                continue
            }
            if c == "(", index + 1 < scalars.count, scalars[index + 1] == "?" {
                let rest = String(String.UnicodeScalarView(scalars[(index + 2)...].prefix(3)))
                guard [":", "=", "!", "<=", "<!", "i:"].contains(where: { rest.hasPrefix($0) }) else { return nil }
            }
            if c == "[" { inSet += 1 }
            if c == "]", inSet > 0 { inSet -= 1 }
            if c.isASCII {
                let byte = UInt8(c.value)
                if inSet > 0, byte >= 0x41 && byte <= 0x5A { return nil }
                result.append(Unicode.Scalar(ASCIIByte.lowercased(byte)))
            } else {
                // A letter with case would match its other case in the text only without case.
                if c.properties.changesWhenCaseMapped || c.properties.changesWhenCaseFolded { return nil }
                result.append(c)
            }
            index += 1
        }
        return String(result)
    }

    /// The regex to run on `folded`'s text, and that text: with its ASCII letters lowercased
    /// when the text and the pattern allow it (`lowercased`).
    private func regex(for folded: FoldedText) -> (LazyRegex, RegexText) {
        if folded.lowercased != nil, let lower = lowercased, lower.isAvailable { return (lower, folded.regexText(lowercased: true)) }
        return (compiled, folded.regexText(lowercased: false))
    }

    /// The ASCII characters no match can hold or look past: each is neither a word character
    /// (so that `\b` and `\B` read the same at the edge of a stretch of text as beside it) nor
    /// one the pattern could match, itself or in a look-around. A stretch of text between two of
    /// them, matched on its own, holds the same matches as in the whole text; the regex then
    /// runs only on the stretches that hold a required literal (for most phrases, a clause).
    /// Conservative: none (the whole text at once) for `^`, `$`, a negated set, a set
    /// operation, a flag other than case, or an escape other than `\b \B \w \d \s \n \t \r
    /// \f`, `\p{L…} \p{M…} \p{N…}` and escaped punctuation.
    static func separators(_ source: String) -> ASCIISet {
        let scalars = Array(source.unicodeScalars)
        var matched = ASCIISet()
        func add(_ c: Unicode.Scalar) {
            guard c.isASCII else { return }  // a character that case folds into ASCII folds into a letter
            let byte = UInt8(c.value)
            matched.insert(byte)
            if ASCIIByte.isLetter(byte) {
                matched.insert(byte | 0x20)
                matched.insert(byte & ~0x20)
            }
        }
        var index = 0
        var inSet = 0
        var previous: Unicode.Scalar?  // the last plain member of a set, where a range may start
        while index < scalars.count {
            let c = scalars[index]
            index += 1
            let next = index < scalars.count ? scalars[index] : nil
            if c == "\\" {
                guard let e = next else { return ASCIISet() }
                index += 1
                previous = nil
                switch e {
                case "b", "B": if inSet > 0 { return ASCIISet() }
                case "w", "d": matched.formUnion(.word)
                case "s": [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20].forEach { matched.insert($0) }
                case "n": matched.insert(0x0A)
                case "t": matched.insert(0x09)
                case "r": matched.insert(0x0D)
                case "f": matched.insert(0x0C)
                case "p":
                    // A letter, mark or number property: in ASCII, letters and digits at most.
                    guard index < scalars.count, scalars[index] == "{",
                        let close = scalars[index...].firstIndex(of: "}"), close - index <= 3,
                        let kind = scalars.dropFirst(index + 1).first, "LMN".unicodeScalars.contains(kind)
                    else { return ASCIISet() }
                    index = close + 1
                    matched.formUnion(.word)
                default:
                    guard e.isASCII, !ASCIIByte.isAlphanumeric(UInt8(e.value)) else { return ASCIISet() }
                    add(e)
                }
                continue
            }
            if inSet > 0 {
                switch c {
                case "[":
                    guard next != "^", next != ":", next != "]" else { return ASCIISet() }
                    inSet += 1
                case "]":
                    inSet -= 1
                case "&":
                    if next == "&" { return ASCIISet() }
                    add(c)
                case "-" where previous != nil && next != nil && next != "]":
                    // A range: every ASCII character from `previous` to the next one.
                    guard let low = previous, let high = next, high != "\\", high != "[", high != "-" else { return ASCIISet() }
                    index += 1
                    if low.isASCII {
                        for value in low.value...min(high.value, 0x7F) { add(Unicode.Scalar(UInt8(value))) }
                    }
                    previous = nil
                    continue
                default:
                    add(c)
                }
                previous = c == "[" || c == "]" ? nil : c
                continue
            }
            switch c {
            case "^", "$":
                return ASCIISet()
            case ".":
                // Anything but a line break.
                for byte in UInt8(0)..<0x80 where byte != 0x0A && byte != 0x0D { matched.insert(byte) }
            case "[":
                guard next != "^", next != ":", next != "]" else { return ASCIISet() }
                inSet = 1
                previous = nil
            case "(":
                if next == "?" {
                    // A non-capturing group, a group with or without case, or a look-around:
                    // what it holds is read like the rest.
                    let rest = String(String.UnicodeScalarView(scalars[(index + 1)...].prefix(3)))
                    guard let flag = [":", "=", "!", "<=", "<!", "-i:", "i:"].first(where: { rest.hasPrefix($0) }) else { return ASCIISet() }
                    index += 1 + flag.unicodeScalars.count
                }
            case ")", "|", "?", "*", "+":
                break
            case "{":
                // A counted repeat: `{2}`, `{2,}`, `{2,5}`.
                guard let close = scalars[index...].firstIndex(of: "}"),
                    scalars[index..<close].allSatisfy({ $0 == "," || ("0"..."9").contains($0) })
                else { return ASCIISet() }
                index = close + 1
            default:
                add(c)
            }
        }
        guard inSet == 0 else { return ASCIISet() }
        var separators = ASCIISet()
        for byte in UInt8(0)..<0x80 where !ASCIIByte.isWordCharacter(byte) && !matched.contains(byte) { separators.insert(byte) }
        return separators
    }

    /// The UTF-16 ranges of `text` (whose folded form is `folded`) to run the regex on, in
    /// order: the stretches between `separators` that hold a required literal, or the whole
    /// text unless no required literal occurs in it; none when the pattern cannot match.
    func searchRanges(_ text: String, folded: FoldedText) -> [NSRange] {
        guard !separators.isEmpty, required != nil, let bytes = folded.bytes else {
            return mayMatch(folded: folded) ? [NSRange(location: 0, length: (text as NSString).length)] : []
        }
        return bytes.withUnsafeBytes { all in
            // Each literal whose byte triples all occur is searched for through the text once,
            // going on after the stretch each is found in.
            var stretches: [Range<Int>] = []
            for literal in literals where literal.triples.allSatisfy({ folded.contains(triple: $0) }) {
                var from = 0
                while let at = literal.find(in: all, from: from) {
                    var start = at
                    while start > 0, !separators.contains(all[start - 1]) { start -= 1 }
                    var end = at + literal.bytes.count
                    while end < all.count, !separators.contains(all[end]) { end += 1 }
                    stretches.append(start..<end)
                    from = end + 1
                }
            }
            guard !stretches.isEmpty else { return [] }
            // Two literals may be found in one stretch; stretches a few characters apart on one
            // line are run as one (what lies between is read, never matched: fewer calls of the
            // regex; `DraftDocument.proseTextMatches` keeps them by line).
            stretches.sort { $0.lowerBound < $1.lowerBound }
            var merged: [Range<Int>] = []
            for stretch in stretches {
                if let last = merged.last, stretch.lowerBound <= last.upperBound + 16,
                    !all[last.upperBound..<max(last.upperBound, stretch.lowerBound)].contains(0x0A)
                {
                    merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, stretch.upperBound)
                } else {
                    merged.append(stretch)
                }
            }
            var ranges: [NSRange] = []
            let utf16 = folded.ascii ? nil : folded.units.utf16Offsets()
            for stretch in merged {
                let start = utf16.map { Int($0[stretch.lowerBound]) } ?? stretch.lowerBound
                let end = utf16.map { Int($0[stretch.upperBound]) } ?? stretch.upperBound
                ranges.append(NSRange(location: start, length: end - start))
            }
            return ranges
        }
    }

    /// Every match, for a pattern whose matches all start with one of `required`: the regex is
    /// tried anchored where one occurs, on the whole text, in order, as a search reaching that
    /// place would try it (an occurrence inside the last match found is passed over). Passive
    /// voice ran over every clause holding a form of “to be”.
    private func anchoredMatches(folded: FoldedText, bytes: [UInt8]) -> [NSRange] {
        let starts = literalStarts(folded: folded, bytes: bytes)
        guard !starts.isEmpty else { return [] }
        let (regex, text) = regex(for: folded)
        return regex.matches(in: text, startingAt: starts)
    }

    /// The UTF-16 offsets, in order, where one of `required` occurs: for a pattern whose matches
    /// all start with one (`startsWithRequired`), the places where a match may start.
    private func literalStarts(folded: FoldedText, bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBytes { all in
            var found: [Int] = []
            for literal in literals where literal.triples.allSatisfy({ folded.contains(triple: $0) }) {
                var from = 0
                while let at = literal.find(in: all, from: from) {
                    found.append(at)
                    from = at + 1
                }
            }
            guard !found.isEmpty else { return [] }
            found.sort()
            guard !folded.ascii else { return found }
            let utf16 = folded.units.utf16Offsets()
            return found.map { Int(utf16[$0]) }
        }
    }

    /// False only when the pattern cannot match the text whose folded form is `folded`.
    func mayMatch(folded: FoldedText) -> Bool {
        guard required != nil, let bytes = folded.bytes else { return true }
        return bytes.withUnsafeBytes { haystack in
            literals.contains { literal in
                literal.triples.allSatisfy { folded.contains(triple: $0) } && literal.find(in: haystack, from: 0) != nil
            }
        }
    }

    /// False only when no part of the text whose folded form is `folded` (a paragraph of it,
    /// say) can match: the letters of no required literal occur in it.
    func mayMatchWithin(folded: FoldedText) -> Bool {
        guard required != nil, let bytes = folded.bytes else { return true }
        return bytes.withUnsafeBytes { all in
            literals.contains { literal in
                literal.triples.allSatisfy { folded.contains(triple: $0) }
                    && literal.bytes.withUnsafeBytes { bytesFind($0, in: all, anchor: literal.anchor) != nil }
            }
        }
    }

    /// Every match in `text`, as UTF-16 ranges.
    public func matches(in text: String) -> [NSRange] {
        matches(in: text, folded: FoldedText(text))
    }

    func matches(in text: String, folded: FoldedText) -> [NSRange] {
        if startsWithRequired, let bytes = folded.bytes { return anchoredMatches(folded: folded, bytes: bytes) }
        let ranges = searchRanges(text, folded: folded)
        guard !ranges.isEmpty else { return [] }
        let (regex, text) = regex(for: folded)
        var matches: [NSRange] = []
        for range in ranges {
            regex.enumerateMatches(in: text, range: range) {
                matches.append($0)
                return true
            }
        }
        return matches
    }

    public func firstMatch(in text: String) -> NSRange? {
        let folded = FoldedText(text)
        let ranges = searchRanges(text, folded: folded)
        guard !ranges.isEmpty else { return nil }
        let (regex, text) = regex(for: folded)
        for range in ranges {
            if let match = regex.firstMatch(in: text, range: range) { return match }
        }
        return nil
    }

    public func matches(_ text: String) -> Bool { matches(text, folded: FoldedText(text)) }

    /// True when the pattern matches `text` (whose folded form is `folded`) in one of the
    /// ranges `searchRanges` gives that `keep` keeps (for a pattern that `startsWithRequired`, at
    /// one of the places a match may start that `keep` keeps, as an empty range); `lastFirst`
    /// tries them from the end.
    func matches(_ text: String, folded: FoldedText, lastFirst: Bool = false, keeping keep: (NSRange) -> Bool = { _ in true }) -> Bool {
        if startsWithRequired, let bytes = folded.bytes {
            let starts = literalStarts(folded: folded, bytes: bytes).filter { keep(NSRange(location: $0, length: 0)) }
            guard !starts.isEmpty else { return false }
            let (regex, text) = regex(for: folded)
            return !regex.matches(in: text, startingAt: lastFirst ? starts.reversed() : starts, first: true).isEmpty
        }
        let ranges = searchRanges(text, folded: folded).filter(keep)
        guard !ranges.isEmpty else { return false }
        let (regex, text) = regex(for: folded)
        return lastFirst
            ? ranges.reversed().contains { regex.firstMatch(in: text, range: $0) != nil }
            : ranges.contains { regex.firstMatch(in: text, range: $0) != nil }
    }
}

/// A set of ASCII bytes.
struct ASCIISet: Equatable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// `[A-Za-z0-9_]`
    static let word: ASCIISet = {
        var set = ASCIISet()
        for byte in UInt8(0)..<0x80 where ASCIIByte.isWordCharacter(byte) { set.insert(byte) }
        return set
    }()

    var isEmpty: Bool { low == 0 && high == 0 }

    /// Its bytes, in order.
    var bytes: [UInt8] { (UInt8(0)..<0x80).filter(contains) }

    init() {}

    init(_ bytes: some Sequence<UInt8>) {
        for byte in bytes where byte < 0x80 { insert(byte) }
    }

    @inline(__always) func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }

    mutating func insert(_ byte: UInt8) {
        if byte < 64 { low |= 1 << UInt64(byte) } else if byte < 128 { high |= 1 << UInt64(byte - 64) }
    }

    mutating func formUnion(_ other: ASCIISet) {
        low |= other.low
        high |= other.high
    }
}

/// Text as the literal pre-filter sees it: UTF-8 with ASCII letters lowercased. `bytes` is nil
/// when the text holds a character that case-insensitive matching could equate with ASCII
/// letters (`ſ`, `ß`, the Kelvin sign, ligatures…): then every pattern runs.
struct FoldedText: Sendable {
    /// The text itself.
    let text: String
    let bytes: [UInt8]?
    /// True when every byte is ASCII (UTF-16 offsets are then byte offsets).
    let ascii: Bool
    /// The text with its ASCII letters lowercased (`bytes` as a string), nil with `bytes`.
    let lowercased: String?
    /// A set of the (hashed) runs of three bytes of `bytes`: about 32 bits a byte of text, up to
    /// 32,768 bits. (Letters and the space differ in their low five bits: in the full set their
    /// triples never collide.)
    let triples: [UInt64]
    /// The bit numbers in `triples` are `triple(…) & mask`.
    let mask: Int
    /// Its UTF-16 and its lowercased form's, for the regexes (`regexText(lowercased:)`).
    let units: UTF16Cache

    @inline(__always) static func triple(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        (Int(a) << 10 ^ Int(b) << 5 ^ Int(c)) & 32767
    }

    /// False only when no run of three bytes hashing to `triple` (a `triple(…)` value) occurs.
    @inline(__always) func contains(triple: Int) -> Bool {
        let bit = triple & mask
        return triples[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    init(_ text: String) {
        var text = text
        var ascii = true
        var words = 1
        while words < 512 && words * 2 < text.utf8.count { words *= 2 }
        let mask = words * 64 - 1
        var triples = [UInt64](repeating: 0, count: words)
        let bytes = text.withUTF8 { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { buffer, initialized in
                triples.withUnsafeMutableBufferPointer { triples in
                    guard let input = source.baseAddress, let output = buffer.baseAddress, let set = triples.baseAddress else { return }
                    var first: UInt8 = 0
                    var second: UInt8 = 0
                    var high: UInt8 = 0
                    for index in 0..<source.count {
                        let byte = input[index]
                        high |= byte
                        let folded = ASCIIByte.lowercased(byte)
                        output[index] = folded
                        let bit = FoldedText.triple(first, second, folded) & mask
                        set[bit >> 6] |= 1 << UInt64(bit & 63)
                        first = second
                        second = folded
                    }
                    ascii = high < 0x80
                }
                initialized = source.count
            }
        }
        self.triples = triples
        self.mask = mask
        self.ascii = ascii
        self.text = text
        if !ascii, text.unicodeScalars.contains(where: { !$0.isASCII && FoldedText.mayFoldToASCII($0) }) {
            self.bytes = nil
            lowercased = nil
        } else {
            self.bytes = bytes
            lowercased = String(decoding: bytes, as: UTF8.self)
        }
        units = UTF16Cache(text, lowercased: lowercased, ascii: ascii)
    }

    /// True when case mapping can reach ASCII from `scalar`, directly or through another
    /// case mapping (ẞ lowercases to ß, which uppercases to "SS"; ICU matches ẞ with "ss").
    static func mayFoldToASCII(_ scalar: Unicode.Scalar, depth: Int = 2) -> Bool {
        let properties = scalar.properties
        if !properties.changesWhenCaseMapped && !properties.changesWhenCaseFolded { return false }
        let mapped = [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping]
        if mapped.contains(where: { $0.unicodeScalars.contains(where: \.isASCII) }) { return true }
        guard depth > 1 else { return false }
        return mapped.contains { $0.unicodeScalars.contains { $0 != scalar && mayFoldToASCII($0, depth: depth - 1) } }
    }
}

/// Works out, from a regex source, literal strings one of which every match must contain.
enum RequiredLiterals {
    struct Unsupported: Error {}

    /// What is known about the strings a piece of pattern matches.
    struct Info {
        /// The piece matches exactly one of these (nil: not a small finite set).
        var exact: Set<String>?
        /// Every match contains one of these (nil: nothing useful).
        var required: Set<String>?
        /// Every match starts with one of these, when `exact` is nil (nil: not known).
        var prefix: Set<String>? = nil
        /// Every match starts with one of `requirement` (as a big alternation's do, whose starts
        /// are too many to list in `prefix`).
        var leads = false

        static let unknown = Info(exact: nil, required: nil)
        static let empty = Info(exact: [""], required: nil)

        var requirement: Set<String>? {
            if let required { return required }
            if let exact, !exact.contains(where: RequiredLiterals.isBlank) { return exact }
            return nil
        }

        /// Every match starts with one of these (nil: not known).
        var starts: Set<String>? { exact ?? prefix }

        /// True when every match starts with one of `requirement`.
        var requirementLeads: Bool { requirement != nil && (leads || requirement == starts) }
    }

    static let limit = 32

    /// Stands in a literal for a word boundary (`\b`): the text there must be able to hold one
    /// (see `Pattern.find`). U+0001 is never part of a literal otherwise.
    static let boundary = "\u{1}"

    /// True when `literal` holds nothing but boundaries: every text may contain it.
    static func isBlank(_ literal: String) -> Bool { literal.utf8.allSatisfy { $0 == 1 } }

    /// How many bytes of `literal` must occur (its boundaries left out).
    static func weight(_ literal: String) -> Int { literal.utf8.count { $0 != 1 } }

    /// The required literals (lowercase), or nil when the pattern requires none that can be found.
    static func of(_ source: String) -> Set<String>? { analysis(source)?.literals }

    /// The required literals (lowercase), and whether every match also starts with one of them;
    /// nil when the pattern requires none that can be found.
    static func analysis(_ source: String) -> (literals: Set<String>, startEveryMatch: Bool)? {
        var parser = Parser(scalars: Array(source.unicodeScalars))
        guard let info = try? parser.alternation(), parser.index == parser.scalars.count else { return nil }
        guard let required = info.requirement, !required.isEmpty, !required.contains(where: isBlank) else { return nil }
        return (required, info.requirementLeads)
    }

    static func better(_ lhs: Set<String>?, _ rhs: Set<String>?) -> Set<String>? {
        guard let lhs else { return rhs }
        guard let rhs else { return lhs }
        let l = lhs.map(weight).min() ?? 0
        let r = rhs.map(weight).min() ?? 0
        if l != r { return l > r ? lhs : rhs }
        if lhs.count != rhs.count { return lhs.count < rhs.count ? lhs : rhs }
        // The same letters: the one that says where words begin and end finds fewer places.
        return lhs.map(\.utf8.count).reduce(0, +) >= rhs.map(\.utf8.count).reduce(0, +) ? lhs : rhs
    }

    static func product(_ lhs: Set<String>, _ rhs: Set<String>, limit: Int = limit) -> Set<String>? {
        guard lhs.count * rhs.count <= limit else { return nil }
        if rhs.count == 1, let suffix = rhs.first { return suffix.isEmpty ? lhs : Set(lhs.map { $0 + suffix }) }
        var result = Set<String>()
        for a in lhs { for b in rhs { result.insert(a + b) } }
        return result
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        /// The largest set of strings worked out exactly.
        var limit = RequiredLiterals.limit

        var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func alternation() throws -> Info {
            var branches = [try concatenation()]
            while peek == "|" {
                index += 1
                branches.append(try concatenation())
            }
            if branches.count == 1 { return branches[0] }
            var exact: Set<String>? = []
            var required: Set<String>? = []
            var prefix: Set<String>? = []
            for branch in branches {
                if let e = branch.exact, let sofar = exact { exact = sofar.union(e) } else { exact = nil }
                if let r = branch.requirement, let sofar = required { required = sofar.union(r) } else { required = nil }
                if let p = branch.starts, let sofar = prefix { prefix = sofar.union(p) } else { prefix = nil }
            }
            if let e = exact, e.count > limit { exact = nil }
            if let p = prefix, p.count > limit { prefix = nil }
            return Info(exact: exact, required: required, prefix: prefix, leads: required != nil && branches.allSatisfy(\.requirementLeads))
        }

        mutating func concatenation() throws -> Info {
            var pieces: [Info] = []
            while let next = peek, next != "|", next != ")" {
                // A run of plain ASCII letters, digits and spaces ("team player") is read at once:
                // the same string a letter at a time would give, without a set for every letter.
                var run = ""
                while let c = peek, c.isASCII, ASCIIByte.isAlphanumeric(UInt8(c.value)) || c == " " {
                    // A letter a quantifier applies to is read on its own.
                    if index + 1 < scalars.count, "?*+{".unicodeScalars.contains(scalars[index + 1]) { break }
                    run.unicodeScalars.append(Unicode.Scalar(ASCIIByte.lowercased(UInt8(c.value))))
                    index += 1
                }
                pieces.append(run.isEmpty ? try quantified() : Info(exact: [run], required: nil))
            }
            var exact: Set<String>? = [""]
            var best: Set<String>? = nil
            var run: Set<String>? = [""]
            // What every match starts with: the leading pieces' exact strings, then the first other
            // piece's start (a shorter start is kept when the product would grow too large).
            var lead: Set<String> = [""]
            var leading = true
            // Whether every match starts with one of `best`: it is a piece's requirement that
            // leads, after pieces that match nothing but the empty string (`\b`, look-arounds).
            var bestLeads = false
            var emptyBefore = true
            func take(_ candidate: Set<String>?, leads: Bool) {
                let chosen = RequiredLiterals.better(best, candidate)
                if chosen != best { bestLeads = leads } else if chosen == candidate { bestLeads = bestLeads || leads }
                best = chosen
            }
            for piece in pieces {
                if leading {
                    if let grown = piece.starts.flatMap({ RequiredLiterals.product(lead, $0, limit: limit) }) {
                        lead = grown
                        leading = piece.exact != nil
                    } else {
                        leading = false
                    }
                }
                take(piece.requirement, leads: emptyBefore && piece.requirementLeads)
                emptyBefore = emptyBefore && piece.exact?.allSatisfy(RequiredLiterals.isBlank) == true
                if let e = piece.exact {
                    exact = exact.flatMap { RequiredLiterals.product($0, e, limit: limit) }
                    if let grown = run.flatMap({ RequiredLiterals.product($0, e, limit: limit) }) {
                        run = grown
                    } else {
                        if let run, !run.contains(where: RequiredLiterals.isBlank) { take(run, leads: false) }
                        run = e
                    }
                } else {
                    exact = nil
                    if let run, !run.contains(where: RequiredLiterals.isBlank) { take(run, leads: false) }
                    // The run, then what the piece starts with, is in every match too.
                    if let start = piece.prefix, let grown = run.flatMap({ RequiredLiterals.product($0, start, limit: limit) }),
                        !grown.contains(where: RequiredLiterals.isBlank)
                    {
                        take(grown, leads: false)
                    }
                    run = [""]
                }
            }
            if let run, !run.contains(where: RequiredLiterals.isBlank) { take(run, leads: false) }
            return Info(exact: exact, required: best, prefix: lead, leads: bestLeads)
        }

        mutating func quantified() throws -> Info {
            var info = try atom()
            while let next = peek {
                var minimum: Int
                var maximum: Int?
                switch next {
                case "?": minimum = 0; maximum = 1; index += 1
                case "*": minimum = 0; maximum = nil; index += 1
                case "+": minimum = 1; maximum = nil; index += 1
                case "{":
                    index += 1
                    var text = ""
                    while let c = peek, c != "}" { text.unicodeScalars.append(c); index += 1 }
                    guard peek == "}" else { throw Unsupported() }
                    index += 1
                    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
                    guard let low = parts.first.flatMap({ Int($0) }) else { throw Unsupported() }
                    minimum = low
                    maximum = parts.count == 1 ? low : Int(parts[1])
                default:
                    return info
                }
                // Lazy or possessive forms match the same strings.
                if peek == "?" || peek == "+" { index += 1 }
                if minimum == 1 && maximum == 1 { continue }
                if minimum == 0 {
                    if maximum == 1, let e = info.exact { info = Info(exact: e.union([""]), required: nil) } else { info = .unknown }
                } else {
                    info = Info(exact: nil, required: info.requirement, prefix: info.starts, leads: info.requirementLeads)
                }
            }
            return info
        }

        static func fold(_ scalar: Unicode.Scalar) throws -> String {
            if scalar.isASCII { return String(Character(scalar)).lowercased() }
            let properties = scalar.properties
            if properties.changesWhenCaseMapped || properties.changesWhenCaseFolded { throw Unsupported() }
            return String(Character(scalar))
        }

        mutating func atom() throws -> Info {
            guard let c = peek else { throw Unsupported() }
            index += 1
            switch c {
            case "(":
                var lookaround = false
                var lookahead = false
                if peek == "?" {
                    index += 1
                    switch peek {
                    case ":": index += 1
                    case "=": index += 1; lookaround = true; lookahead = true
                    case "!": index += 1; lookaround = true
                    case "-", "i":
                        // `(?-i:…)`, `(?i:…)`: a group matched with or without case; what it
                        // matches holds the same letters in some case, which the folded text has.
                        if peek == "-" { index += 1 }
                        guard peek == "i", index + 1 < scalars.count, scalars[index + 1] == ":" else { throw Unsupported() }
                        index += 2
                    case "<":
                        index += 1
                        guard peek == "=" || peek == "!" else { throw Unsupported() }
                        index += 1
                        lookaround = true
                    default: throw Unsupported()
                    }
                }
                let inner = try alternation()
                guard peek == ")" else { throw Unsupported() }
                index += 1
                // A look-ahead that ends the pattern (“a(?= [aeio])”) reads text a match is
                // followed by: the text holds it just after the match, as if it were matched.
                if lookahead, scalars[index...].allSatisfy({ $0 == ")" }) { return inner }
                return lookaround ? .empty : inner
            case "[":
                return try characterClass()
            case "\\":
                guard let e = peek else { throw Unsupported() }
                index += 1
                switch e {
                case "b":
                    return Info(exact: [RequiredLiterals.boundary], required: nil)
                case "B":
                    return .empty
                case "s", "S", "w", "W", "d", "D": return .unknown
                case "p", "P":
                    if peek == "{" {
                        while let x = peek, x != "}" { index += 1; _ = x }
                        index += 1
                    } else {
                        index += 1
                    }
                    return .unknown
                case "n": return Info(exact: ["\n"], required: nil)
                case "t": return Info(exact: ["\t"], required: nil)
                default:
                    if e.properties.isAlphabetic || e.properties.numericType != nil { throw Unsupported() }
                    return Info(exact: [try Self.fold(e)], required: nil)
                }
            case "^", "$":
                return .empty
            case ".": return .unknown
            case ")", "|", "?", "*", "+", "{": throw Unsupported()
            default:
                return Info(exact: [try Self.fold(c)], required: nil)
            }
        }

        mutating func characterClass() throws -> Info {
            var members = Set<String>()
            var known = true
            if peek == "^" { index += 1; known = false }
            var first = true
            while let c = peek, c != "]" || first {
                first = false
                index += 1
                if c == "\\" {
                    guard let e = peek else { throw Unsupported() }
                    index += 1
                    if e.properties.isAlphabetic || e.properties.numericType != nil {
                        known = false
                        if (e == "p" || e == "P") && peek == "{" {
                            while let x = peek, x != "}" { index += 1; _ = x }
                            index += 1
                        }
                    } else {
                        members.insert(try Self.fold(e))
                    }
                } else if c == "[" {
                    // A set inside the set ("[['’]’]"): its members are not read, so the set is unknown.
                    while let x = peek, x != "]" {
                        index += 1
                        if x == "[" || x == "\\" { throw Unsupported() }
                    }
                    guard peek == "]" else { throw Unsupported() }
                    index += 1
                    known = false
                } else if c == "-", peek != "]", !members.isEmpty {
                    known = false  // a range
                } else {
                    if let folded = try? Self.fold(c) { members.insert(folded) } else { known = false }
                }
            }
            guard peek == "]" else { throw Unsupported() }
            index += 1
            guard known, !members.isEmpty, members.count <= 8 else { return .unknown }
            return Info(exact: members, required: nil)
        }
    }
}

/// Splits text into words: letters and digits, with inner apostrophes (`don't`, `O’Neil`).
public enum TextScanner {
    static let word = Pattern("[\\p{L}\\p{M}\\p{N}]+(?:'[\\p{L}\\p{M}]+)*")

    public static func words(in text: String) -> [String] {
        var result: [String] = []
        scan(text) { _, word in result.append(word) }
        return result
    }

    /// The same words as `word.matches(in:)`, with their UTF-16 ranges, without the regex.
    ///
    /// Reads the UTF-8 directly (a Swift string's UTF-8 is always valid), decoding a scalar only
    /// where a byte is not ASCII; each word is made from its bytes.
    static func scan(_ text: String, _ body: (NSRange, String) -> Void) {
        var text = text
        text.withUTF8 { u in
            let n = u.count
            /// The scalar starting at byte `i`, and its length in bytes.
            @inline(__always) func decode(_ i: Int) -> (scalar: Unicode.Scalar, length: Int) {
                let b0 = u[i]
                if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
                let value: UInt32
                let length: Int
                if b0 < 0xE0 {
                    value = UInt32(b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F)
                    length = 2
                } else if b0 < 0xF0 {
                    value = UInt32(b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
                    length = 3
                } else {
                    value =
                        UInt32(b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6
                        | UInt32(u[i + 3] & 0x3F)
                    length = 4
                }
                return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
            }
            var index = 0
            var offset = 0  // UTF-16 offset of `index`
            while index < n {
                let (scalar, length) = decode(index)
                guard isWordScalar(scalar) else {
                    offset += length == 4 ? 2 : 1
                    index += length
                    continue
                }
                let start = index
                let startOffset = offset
                // [\p{L}\p{M}\p{N}]+
                while index < n {
                    let (scalar, length) = decode(index)
                    guard isWordScalar(scalar) else { break }
                    offset += length == 4 ? 2 : 1
                    index += length
                }
                // (?:['’][\p{L}\p{M}]+)*
                while index < n {
                    let (apostrophe, apostropheLength) = decode(index)
                    guard apostrophe == "'" || apostrophe == "\u{2019}" else { break }
                    let next = index + apostropheLength
                    guard next < n, isLetterOrMark(decode(next).scalar) else { break }
                    offset += 1
                    index = next
                    while index < n {
                        let (scalar, length) = decode(index)
                        guard isLetterOrMark(scalar) else { break }
                        offset += length == 4 ? 2 : 1
                        index += length
                    }
                }
                body(
                    NSRange(location: startOffset, length: offset - startOffset),
                    String(decoding: UnsafeBufferPointer(rebasing: u[start..<index]), as: UTF8.self))
            }
        }
    }

    /// `[\p{L}\p{M}\p{N}]`
    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return ASCIIByte.isAlphanumeric(UInt8(value))
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// `[\p{L}\p{M}]`
    @inline(__always) static func isLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return ASCIIByte.isLetter(UInt8(value)) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
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
