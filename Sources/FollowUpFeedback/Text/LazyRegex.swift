import Foundation

#if canImport(_FoundationICU)
    import _FoundationICU

    /// What a regex reads: the UTF-16 of the text (`FoldedText.regexText`), made once a text.
    typealias RegexText = [UInt16]
#else
    /// What a regex reads: the text itself, which `NSRegularExpression` reads.
    typealias RegexText = String
#endif

/// A case-insensitive or case-sensitive regular expression compiled on first use, shared by every
/// copy of its pattern and safe to use from several threads at once.
///
/// Where Foundation is swift-corelibs-foundation (Linux), it is ICU's regex C API on the UTF-16
/// a text keeps (`FoldedText.regexText`): `NSRegularExpression` copied every range it was given
/// to UTF-16 and set a matcher up on every call (`followup check` on 300 drafts: 743 M → 705 M
/// instructions). Each range is matched as its own text, as `NSRegularExpression` matches a range
/// (`^`, `$`, `\b` and look-arounds do not see past it). Elsewhere it is `NSRegularExpression`.
final class LazyRegex: @unchecked Sendable {
    private let source: String
    private let caseInsensitive: Bool
    /// Made from `Pattern.lowercasedSource(source)`, which is worked out on first use too (a
    /// few hundred patterns are read on every run; most never run).
    private let lowercased: Bool
    private let lock = NSLock()
    private var tried = false
    #if canImport(_FoundationICU)
        /// The compiled regex, never matched with: a matcher is used by one thread at a time,
        /// so each match takes one of its clones from `idle`, or makes one when none is free.
        private var compiled: OpaquePointer?
        private var idle: [OpaquePointer] = []
    #else
        private var made: NSRegularExpression?
    #endif

    init(_ source: String, caseInsensitive: Bool, lowercased: Bool = false) {
        self.source = source
        self.caseInsensitive = caseInsensitive
        self.lowercased = lowercased
    }

    #if canImport(_FoundationICU)
        deinit {
            for matcher in idle { swift_uregex_close(matcher) }
            if let compiled { swift_uregex_close(compiled) }
        }
    #endif

    /// False only for a lowercased regex that `Pattern.lowercasedSource` does not allow;
    /// compiles the regex the first time.
    var isAvailable: Bool {
        lock.lock()
        defer { lock.unlock() }
        if !tried {
            tried = true
            if let pattern = lowercased ? Pattern.lowercasedSource(source) : source { compile(pattern) }
        }
        #if canImport(_FoundationICU)
            return compiled != nil
        #else
            return made != nil
        #endif
    }

    #if canImport(_FoundationICU)
        private func compile(_ pattern: String) {
            let units = Array(pattern.utf16)
            var status = U_ZERO_ERROR
            guard let regex = swift_uregex_open(units, Int32(units.count), caseInsensitive ? UREGEX_CASE_INSENSITIVE.rawValue : 0, nil, &status),
                status.rawValue <= U_ZERO_ERROR.rawValue
            else { preconditionFailure("invalid pattern \(pattern): ICU error \(status.rawValue)") }
            compiled = regex
        }

        /// Runs `body` with an idle clone of the compiled regex, made when every clone is in use.
        private func withMatcher<T>(_ body: (OpaquePointer) -> T) -> T {
            guard isAvailable else { preconditionFailure("no lowercased form of \(source)") }
            lock.lock()
            var status = U_ZERO_ERROR
            let matcher = idle.popLast() ?? swift_uregex_clone(compiled, &status)
            lock.unlock()
            guard let matcher else { preconditionFailure("ICU error \(status.rawValue)") }
            defer {
                lock.lock()
                idle.append(matcher)
                lock.unlock()
            }
            return body(matcher)
        }

        /// Calls `body` with each match in `range` of `text`, in order, until it returns false.
        func enumerateMatches(in text: RegexText, range: NSRange, _ body: (NSRange) -> Bool) {
            withMatcher { matcher in
                var status = U_ZERO_ERROR
                var none: UInt16 = 0
                text.withUnsafeBufferPointer { units in
                    // The range as a text of its own, read in place (an empty text has no address).
                    withUnsafePointer(to: &none) {
                        swift_uregex_setText(matcher, units.baseAddress.map { $0 + range.location } ?? $0, Int32(range.length), &status)
                    }
                    while swift_uregex_findNext(matcher, &status) != 0, status.rawValue <= U_ZERO_ERROR.rawValue {
                        let from = Int(swift_uregex_start(matcher, 0, &status))
                        let to = Int(swift_uregex_end(matcher, 0, &status))
                        if !body(NSRange(location: range.location + from, length: to - from)) { break }
                    }
                }
            }
        }

        /// The matches in `text` that start at one of `starts` (UTF-16 offsets, in order), each
        /// tried anchored there on the whole text, as a search reaching it would try it: a start
        /// inside the last match found is passed over. With `first`, only the first match found
        /// (the starts in any order).
        func matches(in text: RegexText, startingAt starts: [Int], first: Bool = false) -> [NSRange] {
            withMatcher { matcher in
                var status = U_ZERO_ERROR
                var matches: [NSRange] = []
                var none: UInt16 = 0
                text.withUnsafeBufferPointer { units in
                    withUnsafePointer(to: &none) { swift_uregex_setText(matcher, units.baseAddress ?? $0, Int32(units.count), &status) }
                    var next = 0
                    for start in starts where start >= next {
                        guard swift_uregex_lookingAt(matcher, Int32(start), &status) != 0, status.rawValue <= U_ZERO_ERROR.rawValue else { continue }
                        let from = Int(swift_uregex_start(matcher, 0, &status))
                        let to = Int(swift_uregex_end(matcher, 0, &status))
                        matches.append(NSRange(location: from, length: to - from))
                        if first { break }
                        next = to > from ? to : from + 1
                    }
                }
                return matches
            }
        }
    #else
        private func compile(_ pattern: String) {
            do {
                made = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
            } catch {
                preconditionFailure("invalid pattern \(pattern): \(error)")
            }
        }

        /// Calls `body` with each match in `range` of `text`, in order, until it returns false.
        func enumerateMatches(in text: RegexText, range: NSRange, _ body: (NSRange) -> Bool) {
            guard isAvailable, let regex = made else { preconditionFailure("no lowercased form of \(source)") }
            // (Foundation on Linux declares the block escaping; it is not kept.)
            withoutActuallyEscaping(body) { body in
                regex.enumerateMatches(in: text, options: [], range: range) { match, _, stop in
                    if let match, !body(match.range) { stop.pointee = true }
                }
            }
        }

        /// The matches in `text` that start at one of `starts` (UTF-16 offsets, in order), each
        /// tried anchored there on the whole text, as a search reaching it would try it: a start
        /// inside the last match found is passed over. With `first`, only the first match found
        /// (the starts in any order).
        func matches(in text: RegexText, startingAt starts: [Int], first: Bool = false) -> [NSRange] {
            guard isAvailable, let regex = made else { preconditionFailure("no lowercased form of \(source)") }
            let length = (text as NSString).length
            var matches: [NSRange] = []
            var next = 0
            for start in starts where start >= next {
                let range = NSRange(location: start, length: length - start)
                guard let match = regex.firstMatch(in: text, options: [.anchored, .withTransparentBounds, .withoutAnchoringBounds], range: range)
                else { continue }
                matches.append(match.range)
                if first { break }
                next = match.range.length > 0 ? NSMaxRange(match.range) : match.range.location + 1
            }
            return matches
        }
    #endif

    /// The first match in `range` of `text`, if any.
    func firstMatch(in text: RegexText, range: NSRange) -> NSRange? {
        var first: NSRange?
        enumerateMatches(in: text, range: range) {
            first = $0
            return false
        }
        return first
    }
}

extension FoldedText {
    /// The text a regex reads: the UTF-16 of the text, or of `lowercased` (made the first time
    /// a regex runs on it).
    func regexText(lowercased: Bool) -> RegexText {
        #if canImport(_FoundationICU)
            units.text(lowercased: lowercased)
        #else
            lowercased ? self.lowercased ?? text : text
        #endif
    }
}

/// The UTF-16 of a text and of its lowercased form, each made when first asked for.
final class UTF16Cache: @unchecked Sendable {
    private let text: String
    private let lowercased: String?
    private let lock = NSLock()
    private var made: [UInt16]?
    private var madeLowercased: [UInt16]?
    private var madeOffsets: [Int32]?

    /// True when the text is ASCII: its bytes are its UTF-16 units.
    private let ascii: Bool

    init(_ text: String, lowercased: String?, ascii: Bool) {
        self.text = text
        self.lowercased = lowercased
        self.ascii = ascii
    }

    /// The UTF-16 of the text, or of its lowercased form.
    func text(lowercased: Bool) -> [UInt16] {
        lock.lock()
        defer { lock.unlock() }
        if lowercased, let lower = self.lowercased {
            if let madeLowercased { return madeLowercased }
            madeLowercased = Self.utf16(lower, ascii: ascii)
            return madeLowercased ?? []
        }
        if let made { return made }
        made = Self.utf16(text, ascii: ascii)
        return made ?? []
    }

    /// The UTF-16 offset of each UTF-8 offset of the text (and of its end), for text that is not
    /// ASCII: each pattern that found a literal walked the bytes before it to count them.
    func utf16Offsets() -> [Int32] {
        lock.lock()
        defer { lock.unlock() }
        if let madeOffsets { return madeOffsets }
        var text = text
        let offsets = text.withUTF8 { u in
            [Int32](unsafeUninitializedCapacity: u.count + 1) { buffer, count in
                var utf16: Int32 = 0
                for index in u.indices {
                    buffer[index] = utf16
                    let byte = u[index]
                    if byte & 0xC0 != 0x80 { utf16 += 1 }
                    if byte >= 0xF0 { utf16 += 1 }
                }
                buffer[u.count] = utf16
                count = u.count + 1
            }
        }
        madeOffsets = offsets
        return offsets
    }

    /// `Array(text.utf16)`, transcoded from the UTF-8 storage (the standard library's UTF-16
    /// view of a native string takes tens of instructions a unit); `ascii` says it is ASCII.
    static func utf16(_ text: String, ascii: Bool) -> [UInt16] {
        var text = text
        return text.withUTF8 { u in
            // Never more UTF-16 units than UTF-8 bytes; ASCII bytes are their units.
            [UInt16](unsafeUninitializedCapacity: u.count) { buffer, count in
                if ascii {
                    for index in u.indices { buffer[index] = UInt16(u[index]) }
                    count = u.count
                    return
                }
                var i = 0
                var o = 0
                while i < u.count {
                    let b0 = u[i]
                    if b0 < 0x80 {
                        buffer[o] = UInt16(b0)
                        i += 1
                        o += 1
                        continue
                    }
                    let value: UInt32
                    if b0 < 0xE0 {
                        value = UInt32(b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = UInt32(b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value =
                            UInt32(b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6
                            | UInt32(u[i + 3] & 0x3F)
                        i += 4
                    }
                    if value >= 0x10000 {
                        buffer[o] = UInt16(0xD800 + ((value - 0x10000) >> 10))
                        buffer[o + 1] = UInt16(0xDC00 + ((value - 0x10000) & 0x3FF))
                        o += 2
                    } else {
                        buffer[o] = UInt16(value)
                        o += 1
                    }
                }
                count = o
            }
        }
    }
}
