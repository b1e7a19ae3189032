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
    /// Decodes and validates an answers file.
    ///
    /// - Parameter fileName: used in messages, e.g. `acme.yaml`.
    /// - Throws: `AnswersFileError` listing every problem found.
    public static func decode(_ data: Data, fileName: String) throws -> Answers {
        guard let text = String(data: data, encoding: .utf8) else {
            throw AnswersFileError(
                fileName: fileName,
                problems: [AnswersFileProblem(keyPath: "", message: "The file is not UTF-8 text. Save it as UTF-8 and try again.")])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
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
        var reader = AnswersFileReader()
        let answers = reader.readAnswers(root)
        if !reader.problems.isEmpty {
            throw AnswersFileError(fileName: fileName, problems: reader.problems)
        }
        return answers
    }

    /// The 1-based line of the value at `keyPath` (`concerns[1]`, `concerns[1].response`) in a
    /// file that `decode` read, or nil when it is not there.
    public static func line(of keyPath: String, in data: Data) -> Int? {
        guard let text = String(data: data, encoding: .utf8), var node = try? Yams.compose(yaml: text) else { return nil }
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

    private static func syntaxProblem(_ error: any Error, fileName: String) -> AnswersFileProblem {
        let isJSON = fileName.lowercased().hasSuffix(".json")
        let hint =
            isJSON
            ? "Check the JSON near there: a missing comma or quote, or a tab used for indentation."
            : "Check the indentation and quoting near there: list items start with '- ', and text holding ': ' or ' #' needs quotes."
        guard let yamlError = error as? YamlError else {
            return AnswersFileProblem(keyPath: "", message: "The file can't be read as \(isJSON ? "JSON" : "YAML"). \(hint)")
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return AnswersFileProblem(
                keyPath: "", message: "Not valid \(isJSON ? "JSON" : "YAML"): \(problem) at column \(mark.column). \(hint)",
                line: mark.line)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = Set(duplicates).sorted().joined(separator: ", ")
            return AnswersFileProblem(
                keyPath: "", message: "The key '\(keys)' appears twice in the same section. Keep one and merge what they say.",
                line: context.mark.line)
        default:
            return AnswersFileProblem(keyPath: "", message: "The file can't be read as \(isJSON ? "JSON" : "YAML"). \(hint)")
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
