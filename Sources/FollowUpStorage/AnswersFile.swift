import FollowUpCore
import Foundation
import Yams

/// The answers file: everything the guided session asks, written down in advance, for
/// non-interactive use (`followup plan --answers FILE`) and as the session's export format.
///
/// YAML with `snake_case` keys (JSON works too: it is read as YAML):
/// ```yaml
/// candidate: {name: Maya Chen, email: maya@example.com, phone: "+1 555 0100"}
/// interview: {company: Acme, role: Platform Engineer, date: 2026-11-20, timezone: Europe/Paris, format: video, round: final}
/// interviewers:
///   - {name: José Pérez, title: CTO, email: jose@acme.example, address_as: José, topics: [on-call, Rust]}
/// highlights: [..]
/// strengths: [..]
/// concerns: [{topic: .., response: ..}]
/// promised: [..]
/// decision_date: 2026-12-04
/// next_steps: ..
/// recruiter: {name: .., email: ..}
/// tone: warm
/// locale: en_GB   # optional: how dates are written (en_US: "Friday, December 11")
/// ```
/// Reading checks the whole file and reports every problem at once, each with its key path
/// (`interviewers[1].name`, indices from 0), its line when known, what is wrong and how to fix it.
/// Unknown keys are errors, not warnings: a misspelt `promise:` or `interviewer:` would
/// otherwise drop what the candidate wrote without a word, and fixing it is a one-word edit.
public enum AnswersFile {
    /// The bytes of the answers file at `path`, at most `InputLimits.answersFile`; nil when
    /// there is no such file.
    public static func read(_ path: String) throws -> Data? {
        try AtomicFile.read(path, limit: InputLimits.answersFile, what: "an answers file")
    }

    /// Decodes and validates an answers file.
    ///
    /// - Parameter fileName: used in messages, e.g. `acme.yaml`.
    /// - Parameter locale: how numeric dates (`12/4/2026`) are read when the file names no
    ///   `locale:`; with neither, an ambiguous one is reported with both readings.
    /// - Throws: `AnswersFileError` listing every problem found.
    public static func decode(_ data: Data, fileName: String, locale: String? = nil) throws -> Answers {
        guard let text = String(data: data, encoding: .utf8) else {
            throw AnswersFileError(
                fileName: fileName,
                problems: [AnswersFileProblem(keyPath: "", message: "The file is not UTF-8 text. Save it as UTF-8 and try again.")])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: isJSON(text, fileName: fileName) ? combiningSurrogatePairs(text) : text)
        } catch {
            throw AnswersFileError(fileName: fileName, problems: [syntaxProblem(error, fileName: fileName)])
        }
        // A document that is only a null (`~`, `null`, `---`) is as empty as no document at all.
        let isNull: Bool
        if case .scalar(let scalar)? = root, scalar.tag == Tag(.null) || ["~", "null", "Null", "NULL", ""].contains(scalar.string) {
            isNull = scalar.style == .plain || scalar.tag == Tag(.null)
        } else {
            isNull = false
        }
        guard let root, !isNull else {
            throw AnswersFileError(
                fileName: fileName,
                problems: [
                    AnswersFileProblem(
                        keyPath: "",
                        message: "The file is empty. It needs at least interview (company, role, date), interviewers and candidate.name; "
                            + "`followup export SESSION-ID --answers` writes one from a guided session.")
                ])
        }
        var reader = AnswersFileReader(defaultLocale: locale)
        let answers = reader.readAnswers(root)
        if !reader.problems.isEmpty {
            throw AnswersFileError(fileName: fileName, problems: reader.problems)
        }
        return answers
    }

    /// The one of `allowed` a misspelt `key` most likely meant, if any (`nmae` → `name`).
    public static func closest(to key: String, in allowed: [String]) -> String? {
        AnswersFileReader.closest(to: key, in: allowed)
    }

    /// The 1-based line of the value at `keyPath` (`concerns[1]`, `concerns[1].response`) in a
    /// file that `decode` read, or nil when it is not there.
    public static func line(of keyPath: String, in data: Data) -> Int? {
        lines(in: data)(keyPath)
    }

    /// `line(of:in:)` for many key paths of one file: the file is parsed once.
    public static func lines(in data: Data) -> (String) -> Int? {
        guard let text = String(data: data, encoding: .utf8),
            let root = try? Yams.compose(yaml: isJSON(text, fileName: "") ? combiningSurrogatePairs(text) : text)
        else { return { _ in nil } }
        return { keyPath in line(of: keyPath, from: root) }
    }

    private static func line(of keyPath: String, from root: Node) -> Int? {
        var node = root
        for part in keyPath.split(separator: ".") {
            let name = part.prefix { $0 != "[" }
            let index = part.dropFirst(name.count + 1).dropLast().isEmpty ? nil : Int(part.dropFirst(name.count + 1).dropLast())
            if !name.isEmpty {
                guard let value = node.mapping?[String(name)] else { return node.mark?.line }
                node = value
            }
            if let index {
                guard let items = node.sequence, items.indices.contains(index) else { return node.mark?.line }
                node = items[index]
            }
        }
        return node.mark?.line
    }

    /// JSON by its name, or by its first character (`{` or `[`).
    static func isJSON(_ text: String, fileName: String) -> Bool {
        fileName.lowercased().hasSuffix(".json") || text.first(where: { !$0.isWhitespace }).map { $0 == "{" || $0 == "[" } == true
    }

    /// JSON writes a character above U+FFFF as two escapes, a UTF-16 surrogate pair
    /// (`"\ud83d\ude00"`, as Python's `json.dump` and JavaScript do); YAML, which reads the file,
    /// wants one (`"\U0001F600"`). Rewrites each pair as that one escape; nothing else changes.
    static func combiningSurrogatePairs(_ text: String) -> String {
        guard text.contains("\\u") else { return text }
        let bytes = Array(text.utf8)
        let backslash = UInt8(ascii: "\\")
        let u = UInt8(ascii: "u")
        func hex4(at index: Int) -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            return UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == backslash, i + 1 < bytes.count else {
                out.append(bytes[i])
                i += 1
                continue
            }
            if bytes[i + 1] == u, let high = hex4(at: i + 2), (0xD800...0xDBFF).contains(high),
                i + 7 < bytes.count, bytes[i + 6] == backslash, bytes[i + 7] == u,
                let low = hex4(at: i + 8), (0xDC00...0xDFFF).contains(low)
            {
                let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                let hex = String(scalar, radix: 16, uppercase: true)
                out += Array(("\\U" + String(repeating: "0", count: 8 - hex.count) + hex).utf8)
                i += 12
            } else {
                // Any other escape, `\\` included, is copied with the character it escapes.
                out += [bytes[i], bytes[i + 1]]
                i += 2
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func syntaxProblem(_ error: any Error, fileName: String) -> AnswersFileProblem {
        let isJSON = fileName.lowercased().hasSuffix(".json")
        let kind = isJSON ? "JSON" : "YAML"
        let hint =
            isJSON
            ? "Check the JSON near there: a missing comma or quote, or a tab used for indentation."
            : "Check the indentation and quoting near there: list items start with '- ', and text holding ': ' or ' #' needs quotes."
        guard let yamlError = error as? YamlError else {
            return AnswersFileProblem(keyPath: "", message: "The file can't be read as \(kind). \(hint)")
        }
        switch yamlError {
        case .reader(_, let offset, let value, let yaml):
            // libyaml reads only printable characters: a raw DEL, C1 control (U+0080 to U+009F)
            // or other control character stops it before any parsing.
            let hex = String(max(0, value), radix: 16, uppercase: true)
            let digits = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            var line: Int?
            var column = ""
            if let offset, offset <= yaml.count {
                let before = yaml.prefix(offset)
                let lineStart = before.lastIndex(where: \.isNewline).map { before.index(after: $0) } ?? before.startIndex
                line = before.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
                column = " at column \(before[lineStart...].count + 1)"
            }
            return AnswersFileProblem(
                keyPath: "",
                message: "The file holds the invisible control character U+\(digits)\(column), which a \(kind) answers file can't hold as it is. "
                    + "Delete it (most editors don't show it), or if it belongs in the text write it as \\u\(digits) inside double quotes.",
                line: line)
        case .scanner(_, let problem, let mark, _) where problem.contains("escape"):
            return AnswersFileProblem(
                keyPath: "",
                message: "Not valid \(kind): \(problem) at column \(mark.column). A \\u escape names one character in 4 hex digits; "
                    + "above U+FFFF write a pair, as in \"\\ud83d\\ude00\" for 😀, or the character itself.",
                line: mark.line)
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return AnswersFileProblem(
                keyPath: "", message: "Not valid \(kind): \(problem) at column \(mark.column). \(hint)",
                line: mark.line)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = Set(duplicates).sorted().joined(separator: ", ")
            return AnswersFileProblem(
                keyPath: "", message: "The key '\(keys)' appears twice in the same section. Keep one and merge what they say.",
                line: context.mark.line)
        default:
            return AnswersFileProblem(keyPath: "", message: "The file can't be read as \(kind). \(hint)")
        }
    }
}

/// One thing wrong in an answers file.
public struct AnswersFileProblem: Equatable, Sendable, CustomStringConvertible {
    /// Where: `interview.date`, `interviewers[1].name` (indices from 0); empty for the file as a whole.
    public var keyPath: String
    /// What is wrong and how to fix it, as a sentence or two.
    public var message: String
    /// The 1-based line in the file, when known.
    public var line: Int?

    public init(keyPath: String, message: String, line: Int? = nil) {
        self.keyPath = keyPath
        self.message = message
        self.line = line
    }

    /// `key.path: message (line N)`.
    public var description: String {
        let place = line.map { " (line \($0))" } ?? ""
        return keyPath.isEmpty ? message + place : "\(keyPath): \(message)\(place)"
    }
}

/// An answers file that can't be used, with every problem found in it.
public struct AnswersFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var fileName: String
    public var problems: [AnswersFileProblem]

    public init(fileName: String, problems: [AnswersFileProblem]) {
        self.fileName = fileName
        self.problems = problems
    }

    /// One line per problem: `FILE: key.path: message (line N)`.
    public var description: String {
        problems.map { "\(fileName): \($0)" }.joined(separator: "\n")
    }
}

extension AnswersFileError: LocalizedError {
    /// The same lines as `description`, so `localizedDescription` shows every problem.
    public var errorDescription: String? { description }
}
