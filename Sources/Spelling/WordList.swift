import FollowUpCore
import Foundation

/// The words a hunspell dictionary accepts, as one sorted file read in place, so that a draft
/// whose words are all in it is checked without loading the dictionary (which takes longer
/// than the rest of `followup check`).
///
/// The list is made once from the dictionary's own files: each stem of the `.dic` file with the
/// prefixes and suffixes its flags allow in the `.aff` file, keeping only the forms hunspell
/// itself accepts. So a word found here is one hunspell accepts; a word not found here is
/// asked of hunspell, and the answer is always hunspell's.
///
/// The file is UTF-8: a first line naming the dictionary files it was made from (their sizes
/// and times), then one word a line, sorted by bytes. It is searched by bisection.
public final class WordList: @unchecked Sendable {
    /// The words, one a line after the header, sorted by bytes (read-only after init).
    private let bytes: Data
    private let start: Int

    /// The list at `path`, when it was made from the files named by `key`.
    public init?(path: String, key: String) {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped),
            let newline = data.firstIndex(of: 0x0A),
            String(decoding: data[data.startIndex..<newline], as: UTF8.self) == key
        else { return nil }
        bytes = data
        start = newline + 1
    }

    /// What identifies a dictionary's files: their paths, sizes and modification times, and
    /// the version of the list's format.
    public static func key(affix: String, dictionary: String) -> String? {
        var parts = ["followup-words 1"]
        for path in [affix, dictionary] {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                let size = attributes[.size] as? Int, let date = attributes[.modificationDate] as? Date
            else { return nil }
            parts.append("\(path) \(size) \(Int(date.timeIntervalSince1970))")
        }
        return parts.joined(separator: " ")
    }

    /// True when `word` is a line of the list.
    public func contains(_ word: String) -> Bool {
        bytes.withUnsafeBytes { (all: UnsafeRawBufferPointer) -> Bool in
            SortedList.entry(Array(word.utf8), in: all.bindMemory(to: UInt8.self), from: start, separator: 0x0A) != nil
        }
    }

    /// Writes the list for `words` to `path` (through a temporary file, so that a reader never
    /// sees half a list).
    public static func write(_ words: some Sequence<String>, key: String, to path: String) throws {
        let sorted = Set(words.filter { !$0.isEmpty && !$0.contains("\n") }).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        try writeText(([key] + sorted).joined(separator: "\n") + "\n", to: path)
    }

    /// Writes `text` to `path` through a temporary file, readable by the candidate alone (as
    /// every file followup writes).
    static func writeText(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]),
            rename(temporary, path) == 0
        else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// Every form of every stem in the `.dic` text that the `.aff` text's prefixes and suffixes
    /// make (once, without a second suffix), before hunspell is asked which it accepts.
    ///
    /// Flags of one character (the default and `FLAG UTF-8`), two (`FLAG long`) or numbers
    /// (`FLAG num`); an affix's own continuation flags are not followed.
    public static func forms(affix: String, dictionary: String) -> [String] {
        let affixes = Affixes(affix)
        // Looked up by flag: an affix file has hundreds of rules, a stem a few flags.
        let prefixesByFlag = Dictionary(grouping: affixes.prefixes, by: \.flag)
        let suffixesByFlag = Dictionary(grouping: affixes.suffixes, by: \.flag)
        var result: [String] = []
        for line in dictionary.split(whereSeparator: \.isNewline).dropFirst() {
            // "word/flags morphology…"; a word without flags has no slash.
            let entry = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? ""
            let parts = entry.split(separator: "/", maxSplits: 1)
            guard let stem = parts.first, !stem.isEmpty else { continue }
            result.append(String(stem))
            guard parts.count == 2 else { continue }
            let flags = Set(affixes.flags(String(parts[1])))
            let characters = Array(stem)
            let prefixes = flags.flatMap { prefixesByFlag[$0] ?? [] }.filter { $0.applies(to: characters) }
            for prefix in prefixes { result.append(String(prefix.apply(to: characters))) }
            for suffix in flags.flatMap({ suffixesByFlag[$0] ?? [] }) where suffix.applies(to: characters) {
                let word = suffix.apply(to: characters)
                result.append(String(word))
                guard suffix.cross else { continue }
                for prefix in prefixes where prefix.cross && prefix.applies(to: word) { result.append(String(prefix.apply(to: word))) }
            }
        }
        return result
    }

    /// The prefix and suffix rules of an affix file.
    struct Affixes {
        enum FlagKind { case character, long, number }
        var kind = FlagKind.character
        var prefixes: [Rule] = []
        var suffixes: [Rule] = []

        struct Rule {
            var flag: String
            var isPrefix: Bool
            var cross: Bool
            var strip: [Character]
            var add: [Character]
            /// One character set a position, from the word's start (prefix) or end (suffix).
            var condition: [(members: Set<Character>, negated: Bool)]

            func applies(to word: [Character]) -> Bool {
                guard word.count > strip.count, word.count >= condition.count else { return false }
                if isPrefix ? !word.starts(with: strip) : !word.reversed().starts(with: strip.reversed()) { return false }
                let offset = isPrefix ? 0 : word.count - condition.count
                for (index, test) in condition.enumerated() where test.members.contains(word[offset + index]) == test.negated {
                    return false
                }
                return true
            }

            func apply(to word: [Character]) -> [Character] {
                isPrefix ? add + word.dropFirst(strip.count) : word.dropLast(strip.count) + add
            }
        }

        init(_ text: String) {
            var pending: (isPrefix: Bool, cross: Bool)?
            for line in text.split(whereSeparator: \.isNewline) {
                let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard fields.count >= 2 else { continue }
                if fields[0] == "FLAG" {
                    kind = fields[1] == "long" ? .long : fields[1] == "num" ? .number : .character
                    continue
                }
                guard fields[0] == "PFX" || fields[0] == "SFX", fields.count >= 4 else { continue }
                let isPrefix = fields[0] == "PFX"
                // "SFX flag Y count" opens a rule; "SFX flag strip add condition" is one entry.
                if fields.count == 4, fields[2] == "Y" || fields[2] == "N", Int(fields[3]) != nil {
                    pending = (isPrefix, fields[2] == "Y")
                    continue
                }
                guard let header = pending, fields.count >= 5 || fields.count == 4 else { continue }
                let add = fields[3].split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                let rule = Rule(
                    flag: fields[1], isPrefix: isPrefix, cross: header.cross, strip: fields[2] == "0" ? [] : Array(fields[2]),
                    add: add == "0" ? [] : Array(add), condition: Self.condition(fields.count >= 5 ? fields[4] : "."))
                if isPrefix { prefixes.append(rule) } else { suffixes.append(rule) }
            }
        }

        /// "[^aeiou]y" → one set a position; "." is no condition.
        static func condition(_ text: String) -> [(members: Set<Character>, negated: Bool)] {
            var result: [(Set<Character>, Bool)] = []
            var characters = Array(text)[...]
            while let first = characters.popFirst() {
                if first == "." {
                    result.append(([], true))
                } else if first == "[" {
                    let negated = characters.first == "^"
                    if negated { characters.removeFirst() }
                    var members = Set<Character>()
                    while let member = characters.popFirst(), member != "]" { members.insert(member) }
                    result.append((members, negated))
                } else {
                    result.append(([first], false))
                }
            }
            return result
        }

        /// The flags of a stem, as written after its slash.
        func flags(_ text: String) -> [String] {
            switch kind {
            case .character: return text.map { String($0) }
            case .number: return text.split(separator: ",").map(String.init)
            case .long:
                let characters = Array(text)
                return stride(from: 0, to: characters.count - 1, by: 2).map { String(characters[$0...$0 + 1]) }
            }
        }
    }
}
