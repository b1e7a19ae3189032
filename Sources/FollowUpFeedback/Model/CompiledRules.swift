/// The phrase rules a check uses, the built-in families and the candidate's own files together,
/// with a compact form of them to keep between runs.
///
/// Reading the rule files (YAML) and working out each pattern's pre-filter (`Pattern`) was 41%
/// of a one-email `followup check` (perf, docs/performance.md). The compact form holds the
/// result, so that a run whose rule files have not changed reads no YAML and no pattern: the
/// command keeps it in `<home>/cache` under a `key` made from every file it was read from
/// (`FeedbackSetup+Rules.swift`).
///
/// A user file's problems are kept too, with their file, line and column, so that a broken file
/// is reported on every run until it is fixed.
public struct CompiledRules: Sendable {
    /// The built-in families, by id.
    public var builtIn: [String: PhraseRule]
    /// The candidate's rules, and the problems of the files that could not be used.
    public var user: UserPhraseRules

    /// Reads the built-in families and the candidate's `userFiles` (a name to report problems
    /// with, and the text, in order) from their YAML.
    public init(userFiles: [(name: String, text: String)]) {
        builtIn = PhraseRule.builtIn
        user = UserPhraseRules(files: userFiles)
    }

    /// Every rule to check with: the built-in ones (in `RuleCatalog` order), then the candidate's.
    public var rules: [any FeedbackRule] { RuleCatalog.rules(families: builtIn) + user.rules }

    /// Changes whenever the compact form would: made from this format's version, the built-in
    /// files, each of `userFiles` (name and text, in order) and `build` (something that changes
    /// with the program, so that a new build never reads what an older one worked out).
    public static func key(userFiles: [(name: String, text: String)], build: String) -> String {
        var hash = StableHash()
        hash.add("compiled-rules 4")
        hash.add(build)
        for (id, bytes) in PhraseRule.builtInFiles {
            hash.add(id)
            hash.add(bytes)
        }
        for file in userFiles {
            hash.add(file.name)
            hash.add(file.text)
        }
        return hash.hex
    }

    /// The compact form, stored under `key`: a header line with the key and a hash of the rest,
    /// so that a file damaged on disk is made again rather than read (a pattern's source is
    /// not compiled until a draft needs it, and a broken one would then stop the program).
    public func encoded(key: String) -> [UInt8] {
        var writer = Writer()
        let families = PhraseRule.builtInFiles.compactMap { builtIn[$0.id] }
        writer.int(families.count)
        families.forEach { writer.rule($0) }
        writer.int(user.rules.count)
        user.rules.forEach { writer.rule($0) }
        writer.int(user.problems.count)
        for problem in user.problems {
            writer.string(problem.file)
            writer.int(problem.line)
            writer.int(problem.column)
            writer.string(problem.message)
        }
        var hash = StableHash()
        hash.add(writer.bytes)
        return Array("followup compiled rules \(key) \(hash.hex)\n".utf8) + writer.bytes
    }

    /// The rules in `encoded`, or nil when it was stored under another key or cannot be read
    /// (cut short, or from another version): the files are then read again.
    public init?(encoded: [UInt8], key: String) {
        let header = Array("followup compiled rules \(key) ".utf8)
        let hashEnd = header.count + 16
        guard encoded.count > hashEnd, encoded[..<header.count].elementsEqual(header), encoded[hashEnd] == UInt8(ascii: "\n") else {
            return nil
        }
        var hash = StableHash()
        hash.add(Array(encoded[(hashEnd + 1)...]))
        guard encoded[header.count..<hashEnd].elementsEqual(hash.hex.utf8) else { return nil }
        var reader = Reader(bytes: encoded, index: hashEnd + 1)
        guard let familyCount = reader.int(), familyCount >= 0 else { return nil }
        var builtIn: [String: PhraseRule] = [:]
        for _ in 0..<familyCount {
            guard let rule = reader.rule() else { return nil }
            builtIn[rule.id] = rule
        }
        guard PhraseRule.builtInFiles.allSatisfy({ builtIn[$0.id] != nil }), let userCount = reader.int(), userCount >= 0 else { return nil }
        var rules: [PhraseRule] = []
        for _ in 0..<userCount {
            guard let rule = reader.rule() else { return nil }
            rules.append(rule)
        }
        guard let problemCount = reader.int(), problemCount >= 0 else { return nil }
        var problems: [ConfigurationError] = []
        for _ in 0..<problemCount {
            guard let file = reader.string(), let line = reader.int(), let column = reader.int(), let message = reader.string() else {
                return nil
            }
            problems.append(ConfigurationError(file: file, line: line, column: column, message: message))
        }
        guard reader.index == encoded.count else { return nil }
        self.builtIn = builtIn
        user = UserPhraseRules(rules: rules, problems: problems)
    }
}

/// 64-bit FNV-1a over length-prefixed pieces: the same pieces give the same hash in every run
/// (Swift's `Hasher` is seeded per process).
public struct StableHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(_ text: String) { add(Array(text.utf8)) }

    public mutating func add(_ bytes: [UInt8]) {
        var length = UInt64(bytes.count)
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: length))
            length >>= 8
        }
        for byte in bytes { mix(byte) }
    }

    private mutating func mix(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    public var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Writes the compact form: every value a string of bytes, preceded by its length in decimal
/// and a colon, so that no text in a rule can be taken for a separator.
private struct Writer {
    var bytes: [UInt8] = []

    mutating func raw(_ value: some Collection<UInt8>) {
        bytes += String(value.count).utf8
        bytes.append(UInt8(ascii: ":"))
        bytes += value
    }

    mutating func string(_ value: String) { raw(value.utf8) }
    mutating func int(_ value: Int) { string(String(value)) }
    mutating func bool(_ value: Bool) { string(value ? "1" : "0") }

    mutating func rule(_ rule: PhraseRule) {
        string(rule.id)
        string(rule.defaultSeverity.rawValue)
        string(rule.summary)
        string(rule.explanation)
        int(rule.phrases.entries.count)
        for entry in rule.phrases.entries {
            string(entry.pattern.source)
            string(entry.message)
            bool(entry.replacement != nil)
            if let replacement = entry.replacement { string(replacement) }
            if let required = entry.pattern.required {
                int(required.count)
                required.forEach { raw($0) }
            } else {
                int(-1)
            }
            raw(entry.pattern.separators.bytes)
            bool(entry.pattern.startsWithRequired)
        }
    }
}

/// Reads what `Writer` wrote; every read is nil once the bytes do not have the expected shape.
private struct Reader {
    let bytes: [UInt8]
    var index: Int

    mutating func raw() -> ArraySlice<UInt8>? {
        var length = 0
        var digits = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: ":") {
            let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
            guard (0...9).contains(digit), digits < 9 else { return nil }
            length = length * 10 + digit
            digits += 1
            index += 1
        }
        guard digits > 0, index < bytes.count, bytes.count - index - 1 >= length else { return nil }
        let start = index + 1
        index = start + length
        return bytes[start..<index]
    }

    mutating func string() -> String? { raw().map { String(decoding: $0, as: UTF8.self) } }

    mutating func int() -> Int? { string().flatMap { Int($0) } }

    mutating func bool() -> Bool? {
        switch string() {
        case "1": true
        case "0": false
        default: nil
        }
    }

    mutating func rule() -> PhraseRule? {
        guard let id = string(), let severity = string().flatMap(Severity.init(rawValue:)), let summary = string(),
            let explanation = string(), let count = int(), count >= 0
        else { return nil }
        var entries: [PhraseEntry] = []
        for _ in 0..<count {
            guard let source = string(), let message = string(), let hasReplacement = bool() else { return nil }
            var replacement: String?
            if hasReplacement {
                guard let text = string() else { return nil }
                replacement = text
            }
            guard let requiredCount = int(), requiredCount >= -1 else { return nil }
            var required: [[UInt8]]?
            if requiredCount >= 0 {
                var literals: [[UInt8]] = []
                for _ in 0..<requiredCount {
                    guard let literal = raw() else { return nil }
                    literals.append(Array(literal))
                }
                required = literals
            }
            guard let separators = raw(), let startsWithRequired = bool() else { return nil }
            let pattern = Pattern(source: source, required: required, separators: ASCIISet(separators), startsWithRequired: startsWithRequired)
            entries.append(PhraseEntry(pattern: pattern, message: message, replacement: replacement))
        }
        return PhraseRule(id: id, defaultSeverity: severity, summary: summary, explanation: explanation, phrases: PhraseTable(entries))
    }
}
