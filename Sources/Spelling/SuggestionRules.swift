import Foundation

/// What a hunspell dictionary pair says about making suggestions, read from its `.aff` (and, for
/// the words never to suggest, its `.dic`): the `TRY` alphabet, the `REP` table, the `KEY`
/// keyboard rows and `NOSPLITSUGS`.
///
/// Only UTF-8 dictionaries are read in full: with another `SET`, the checker's words (which are
/// passed to hunspell as UTF-8) can only match ASCII, so only the ASCII part is kept.
struct SuggestionRules: Sendable {
    /// A `REP` line: `pattern` (with `^` and `$` anchors taken off) is replaced by
    /// `replacement`; `_` stands for a space in both.
    struct Replacement: Sendable, Equatable {
        var pattern: [UInt8]
        var replacement: [UInt8]
        var atStart = false
        var atEnd = false
    }

    /// The `TRY` characters, most frequent first, as the file gives them.
    var alphabet: [Character] = []
    var replacements: [Replacement] = []
    /// The `KEY` rows separated by `|` (hunspell's default when the file has none).
    var keyboard = "qwertyuiop|asdfghjkl|zxcvbnm"
    /// False with `NOSPLITSUGS`: no suggestion that splits the word in two.
    var splitsWords = true
    /// Lowercased words of the `.dic` marked with the `NOSUGGEST` flag (hunspell never proposes
    /// them, nor any form made from them: most are offensive).
    var neverSuggested: Set<String> = []

    init() {}

    /// Reads `affix` and, when it names a `NOSUGGEST` flag, `dictionary`. Unreadable files give
    /// the rules of an empty affix file.
    init(affix: String, dictionary: String) {
        guard let data = FileManager.default.contents(atPath: affix) else {
            self.init()
            return
        }
        self.init(affixText: String(decoding: data, as: UTF8.self))
        if let flag = noSuggestFlag, let words = FileManager.default.contents(atPath: dictionary) {
            neverSuggested = Self.words(in: words, flaggedWith: flag, type: flagType, aliases: flagAliases)
        }
    }

    /// How the `.dic` writes its flags (`FLAG`).
    enum FlagType: Sendable { case single, utf8, long, numeric }
    private var flagType = FlagType.single
    private var noSuggestFlag: String?
    /// The `AF` flag sets, for a `.dic` that refers to them by number (1-based).
    private var flagAliases: [String] = []

    init(affixText: String) {
        var utf8 = false
        var tryLine = ""
        var aliasCountSeen = false
        for line in affixText.split(whereSeparator: \.isNewline) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let keyword = fields.first else { continue }
            switch keyword {
            case "SET" where fields.count > 1: utf8 = fields[1].uppercased() == "UTF-8"
            case "TRY" where fields.count > 1: tryLine = String(fields[1])
            case "KEY" where fields.count > 1: keyboard = String(fields[1])
            case "NOSPLITSUGS": splitsWords = false
            case "NOSUGGEST" where fields.count > 1: noSuggestFlag = String(fields[1])
            case "FLAG" where fields.count > 1:
                switch fields[1] {
                case "UTF-8": flagType = .utf8
                case "long": flagType = .long
                case "num": flagType = .numeric
                default: flagType = .single
                }
            case "AF" where fields.count > 1:
                // The first AF line gives the count.
                if aliasCountSeen { flagAliases.append(String(fields[1])) } else { aliasCountSeen = true }
            case "REP" where fields.count > 2:
                var pattern = Array(fields[1].utf8)
                var entry = Replacement(pattern: [], replacement: Self.spaced(fields[2]))
                if pattern.first == UInt8(ascii: "^") {
                    entry.atStart = true
                    pattern.removeFirst()
                }
                if pattern.last == UInt8(ascii: "$") {
                    entry.atEnd = true
                    pattern.removeLast()
                }
                entry.pattern = Self.spaced(Substring(decoding: pattern, as: UTF8.self))
                guard !entry.pattern.isEmpty else { continue }
                replacements.append(entry)
            default: continue
            }
        }
        if !utf8 {
            tryLine = String(tryLine.unicodeScalars.filter(\.isASCII))
            keyboard = String(keyboard.unicodeScalars.filter(\.isASCII))
            replacements.removeAll { entry in !(entry.pattern + entry.replacement).allSatisfy { $0 < 0x80 } }
        }
        var seen: Set<Character> = []
        alphabet = tryLine.filter { seen.insert($0).inserted }
    }

    private static func spaced(_ text: Substring) -> [UInt8] {
        text.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }
    }

    /// The lowercased words of a `.dic` whose flags include `flag`.
    static func words(in dictionary: Data, flaggedWith flag: String, type: FlagType, aliases: [String]) -> Set<String> {
        let aliased: Set<Int> = Set(
            aliases.indices.filter { flags(aliases[$0], type: type).contains(flag) }.map { $0 + 1 })
        if !aliases.isEmpty && aliased.isEmpty { return [] }
        let flagBytes = Array(flag.utf8)
        // One flag of one byte (en_US: "!"): only the lines where that byte occurs need reading.
        let oneByte = aliases.isEmpty && type == .single && flagBytes.count == 1
        var result: Set<String> = []
        dictionary.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress else { return }
            /// Reads the line around `index`; returns where the next line starts.
            func read(lineAround index: Int) -> Int {
                var start = index
                while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
                var end = index
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                // "word/flags", then a tab or space before any morphological fields.
                var slash = start + 1
                while slash < end, bytes[slash] != UInt8(ascii: "/") || bytes[slash - 1] == UInt8(ascii: "\\") { slash += 1 }
                guard slash < end else { return end + 1 }
                var fieldEnd = slash + 1
                while fieldEnd < end, ![0x20, 0x09, 0x0D].contains(bytes[fieldEnd]) { fieldEnd += 1 }
                let field = UnsafeBufferPointer(rebasing: bytes[(slash + 1)..<fieldEnd])
                let flagged: Bool
                if !aliases.isEmpty {
                    flagged = Int(String(decoding: field, as: UTF8.self)).map(aliased.contains) ?? false
                } else if oneByte {
                    flagged = field.contains(flagBytes[0])
                } else {
                    flagged = flags(String(decoding: field, as: UTF8.self), type: type).contains(flag)
                }
                if flagged {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<slash]), as: UTF8.self)
                    result.insert(word.replacingOccurrences(of: "\\/", with: "/").lowercased())
                }
                return end + 1
            }
            var offset = 0
            while offset < bytes.count {
                if oneByte {
                    guard let hit = memchr(base + offset, Int32(flagBytes[0]), bytes.count - offset) else { break }
                    offset = read(lineAround: base.distance(to: hit.assumingMemoryBound(to: UInt8.self)))
                } else {
                    offset = read(lineAround: offset)
                }
            }
        }
        return result
    }

    /// The flags of a flag field.
    static func flags(_ field: String, type: FlagType) -> [String] {
        switch type {
        case .single: return field.utf8.map { String(decoding: [$0], as: UTF8.self) }
        case .utf8: return field.map { String($0) }
        case .numeric: return field.split(separator: ",").map { String($0) }
        case .long:
            let characters = Array(field)
            return stride(from: 0, to: characters.count, by: 2).map { String(characters[$0..<min($0 + 2, characters.count)]) }
        }
    }
}
