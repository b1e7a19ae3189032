/// The finite set of strings a pattern such as `\b(next steps?|timeline|hear back)\b` matches,
/// in a byte trie, so that "does the text contain a match?" needs no regex.
///
/// Built only for a case-insensitive pattern made of an optional leading `\b`, one sequence
/// without a top-level `|` (groups, literal runs, classes…) and no other assertion, and an
/// optional trailing `\b`,
/// whose strings number at most `limit`. The strings are lowercased ASCII-wise, as
/// `FoldedText` bytes are, so a walk over those bytes finds what the regex would: the regex
/// finds a match exactly when one of these strings occurs with the boundaries holding.
struct LiteralLanguage: Sendable {
    static let limit = 4_096

    let leadingBoundary: Bool
    let trailingBoundary: Bool
    /// The trie node reached from the root by each byte, or -1.
    let root: [Int32]
    /// Node `n`'s children are `childBytes[childStart[n]..<childStart[n + 1]]`, with the node
    /// each leads to at the same index of `childNodes`.
    let childStart: [Int32]
    let childBytes: [UInt8]
    let childNodes: [Int32]
    /// True when the path to the node spells a whole string of the set.
    let terminal: [Bool]

    init?(_ source: String) {
        var scalars = Array(source.unicodeScalars)
        let leading = scalars.starts(with: ["\\", "b"])
        if leading { scalars.removeFirst(2) }
        // A trailing `\b`, not an escaped backslash followed by "b".
        var backslashes = 0
        if scalars.count >= 2, scalars[scalars.count - 1] == "b" {
            var index = scalars.count - 2
            while index >= 0, scalars[index] == "\\" {
                backslashes += 1
                index -= 1
            }
        }
        let trailing = backslashes % 2 == 1
        if trailing { scalars.removeLast(2) }
        var parser = RequiredLiterals.Parser(scalars: scalars)
        parser.limit = Self.limit
        // One concatenation: it stops at a top-level `|`, whose branches the boundaries would
        // not both apply to.
        guard let info = try? parser.concatenation(), parser.index == scalars.count, parser.assertions == 0,
            let strings = info.exact, !strings.isEmpty, !strings.contains("")
        else { return nil }
        leadingBoundary = leading
        trailingBoundary = trailing

        // Build the trie with dictionaries, then lay it out flat.
        var children: [[UInt8: Int]] = [[:]]
        var ends: [Bool] = [false]
        for string in strings {
            var node = 0
            for byte in string.utf8 {
                if let next = children[node][byte] {
                    node = next
                } else {
                    children.append([:])
                    ends.append(false)
                    children[node][byte] = children.count - 1
                    node = children.count - 1
                }
            }
            ends[node] = true
        }
        var root = [Int32](repeating: -1, count: 256)
        for (byte, node) in children[0] { root[Int(byte)] = Int32(node) }
        var starts: [Int32] = []
        var bytes: [UInt8] = []
        var nodes: [Int32] = []
        for node in children.indices {
            starts.append(Int32(bytes.count))
            for (byte, child) in children[node].sorted(by: { $0.key < $1.key }) {
                bytes.append(byte)
                nodes.append(Int32(child))
            }
        }
        starts.append(Int32(bytes.count))
        self.root = root
        childStart = starts
        childBytes = bytes
        childNodes = nodes
        terminal = ends
    }

    /// Whether one of the strings occurs in `bytes` (`FoldedText.bytes`) where the boundaries
    /// hold; nil when a boundary next to a possible match cannot be decided here (a combining
    /// mark or format character beside it, which ICU skips over): then ask the regex.
    func occurs(in bytes: [UInt8]) -> Bool? {
        bytes.withUnsafeBufferPointer { text -> Bool? in
            let count = text.count
            var undecided = false
            for start in 0..<count {
                let byte = text[start]
                var node = Int(root[Int(byte)])
                if node < 0 { continue }
                if leadingBoundary {
                    // Inside a run of ASCII word characters (most places): no boundary.
                    if start > 0, byte < 0x80, ASCIIByte.isWordCharacter(byte), ASCIIByte.isWordCharacter(text[start - 1]) { continue }
                    guard let boundary = WordBoundary.at(start, in: text) else {
                        undecided = true
                        continue
                    }
                    if !boundary { continue }
                }
                var next = start + 1
                while true {
                    if terminal[node] {
                        if !trailingBoundary { return true }
                        if let boundary = WordBoundary.at(next, in: text) {
                            if boundary { return true }
                        } else {
                            undecided = true
                        }
                    }
                    guard next < count else { break }
                    let byte = text[next]
                    var child = -1
                    for index in Int(childStart[node])..<Int(childStart[node + 1]) where childBytes[index] == byte {
                        child = Int(childNodes[index])
                        break
                    }
                    if child < 0 { break }
                    node = child
                    next += 1
                }
            }
            return undecided ? nil : false
        }
    }
}

/// ICU's `\b` (without `UREGEX_UWORD`): a word character on one side and not on the other,
/// where a word character is `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]`. ICU skips combining marks
/// and format characters (ZWJ among them) to find the neighbour; those are left undecided here.
enum WordBoundary {
    /// Whether there is a boundary before byte `offset` of valid UTF-8 `text`; nil when a
    /// neighbour is a combining mark or a format character (ICU looks past those).
    static func at(_ offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool? {
        var after = false
        if offset < text.count {
            guard let word = isWord(startingAt: offset, in: text) else { return nil }
            after = word
        }
        var before = false
        if offset > 0 {
            var start = offset - 1
            while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
            guard let word = isWord(startingAt: start, in: text) else { return nil }
            before = word
        }
        return before != after
    }

    /// Whether the character starting at byte `offset` is a word character; nil for a combining
    /// mark or a format character.
    @inline(__always) static func isWord(startingAt offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool? {
        let lead = text[offset]
        if lead < 0x80 { return ASCIIByte.isWordCharacter(lead) }
        var value: UInt32
        var length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F)
            length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F)
            length = 3
        } else {
            value = UInt32(lead & 0x07)
            length = 4
        }
        guard offset + length <= text.count else { return nil }
        for index in (offset + 1)..<(offset + length) { value = value << 6 | UInt32(text[index] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let properties = scalar.properties
        if properties.isGraphemeExtend || properties.generalCategory == .format { return nil }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return properties.isAlphabetic
        }
    }
}
