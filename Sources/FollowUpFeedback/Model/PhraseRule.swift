import Foundation
import Yams

/// A rule made of phrases, read from a YAML file in the spirit of Vale's existence and
/// substitution rules. The built-in families live in `Data/<id>.yaml`; candidates can add their
/// own in `<home>/rules/` (`UserPhraseRules`):
///
/// ```yaml
/// id: tone.chatspeak
/// severity: warning
/// summary: Chatspeak (“thx”, “lmk”).
/// explanation: Write words out: a follow-up is a letter, not a text message.
/// phrases:
///   - match: '\bthx\b'              # a case-insensitive regular expression
///     message: 'Chatspeak: write “thanks”'
///     fix: thanks                   # optional; '' means "delete it"
/// ```
///
/// Every phrase is found where it occurs in prose; where two overlap, the earlier one wins.
public struct PhraseRule: FeedbackRule {
    public let id: String
    public let defaultSeverity: Severity
    public let summary: String
    public let explanation: String
    public let phrases: PhraseTable

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        phraseFindings(phrases, in: document)
    }

    /// The built-in phrase families' files in `Data/`: each family's id (the file's name
    /// without `.yaml`) and the file's bytes, in the order `RuleCatalog` lists them.
    static let builtInFiles: [(id: String, bytes: [UInt8])] = [
        ("tone.desperate", PackageResources.tone_desperate_yaml),
        ("tone.demanding", PackageResources.tone_demanding_yaml),
        ("tone.apology", PackageResources.tone_apology_yaml),
        ("tone.hedging", PackageResources.tone_hedging_yaml),
        ("tone.filler", PackageResources.tone_filler_yaml),
        ("tone.cliche", PackageResources.tone_cliche_yaml),
        ("tone.chatspeak", PackageResources.tone_chatspeak_yaml),
        ("tone.bad-mouthing", PackageResources.tone_bad_mouthing_yaml),
        ("tone.gift", PackageResources.tone_gift_yaml),
        ("proof.confusion", PackageResources.proof_confusion_yaml),
        ("proof.redundancy", PackageResources.proof_redundancy_yaml),
        ("proof.dates", PackageResources.proof_dates_yaml),
    ]

    /// The built-in phrase families, by id, read from their YAML in `Data/` on first use. A
    /// check run by the command reads them from a compact form instead (`CompiledRules`).
    public static let builtIn: [String: PhraseRule] = {
        var rules: [String: PhraseRule] = [:]
        for (id, bytes) in builtInFiles {
            do {
                let rule = try parse(yaml: String(decoding: bytes, as: UTF8.self), fileName: "Data/\(id).yaml", checkingPatterns: false)
                precondition(rule.id == id, "Data/\(id).yaml has the id \(rule.id)")
                rules[rule.id] = rule
            } catch {
                preconditionFailure("built-in phrase rule \(error)")
            }
        }
        return rules
    }()

    /// The value of `key` in `mapping`, found by comparing the keys' text (Yams' subscript
    /// resolves a tag for every key it compares, which is most of the time spent reading the
    /// built-in families).
    static func value(_ mapping: Node.Mapping, _ key: String) -> Node? {
        mapping.first { $0.key.string == key }?.value
    }

    /// The built-in family `id` (one of the files in `Data/`).
    public static func builtIn(_ id: String) -> PhraseRule {
        guard let rule = builtIn[id] else { preconditionFailure("no built-in phrase rule \(id)") }
        return rule
    }

    /// Reads one rule file. Errors name the file, the line and the column of what is wrong and
    /// say how to fix it. An id in `taken` (a built-in rule's, or another file's) is an error.
    ///
    /// Each phrase's regular expression is compiled to check it, unless `checkingPatterns` is
    /// false (the built-in families, whose patterns `PatternTests` compiles).
    public static func parse(
        yaml: String, fileName: String, taken: Set<String> = [], checkingPatterns: Bool = true
    ) throws(ConfigurationError) -> PhraseRule {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw FeedbackConfiguration.yamlError(error, fileName: fileName)
        } catch {
            throw ConfigurationError(file: fileName, line: 1, column: 1, message: "cannot read YAML: \(error)")
        }
        func fail(_ node: Node, _ message: String) -> ConfigurationError { FeedbackConfiguration.at(node, fileName, message) }
        guard let root, let top = root.mapping else {
            throw ConfigurationError(
                file: fileName, line: 1, column: 1, message: "a rule file is a mapping with id, severity, summary, explanation and phrases")
        }
        func text(_ key: String) throws(ConfigurationError) -> String {
            guard let node = Self.value(top, key) else { throw fail(root, "missing '\(key)'") }
            guard let value = node.string, !value.isEmpty else { throw fail(node, "'\(key)' must be text") }
            return value
        }
        let id = try text("id")
        let parts = id.split(separator: ".")
        guard parts.count == 2, RuleCategory(rawValue: String(parts[0])) != nil else {
            let categories = RuleCategory.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(Self.value(top, "id") ?? root, "id '\(id)' must be category.name, with category one of \(categories)")
        }
        guard !taken.contains(id) else {
            throw fail(
                Self.value(top, "id") ?? root,
                "id '\(id)' is already used by another rule (built in, or in another file; followup check --list-rules lists them): give this one its own, such as \(parts[0]).my-\(parts[1])"
            )
        }
        let severityText = try text("severity")
        guard let severity = Severity(rawValue: severityText.lowercased()) else {
            throw fail(Self.value(top, "severity") ?? root, "severity '\(severityText)' is not one of error, warning, suggestion")
        }
        let summary = try text("summary")
        let explanation = try text("explanation")
        guard let phrasesNode = Self.value(top, "phrases") else { throw fail(root, "missing 'phrases': a list of match and message") }
        guard let list = phrasesNode.sequence, !list.isEmpty else {
            throw fail(phrasesNode, "'phrases' must be a list of entries, each with match and message")
        }
        var entries: [PhraseEntry] = []
        for item in list {
            guard let entry = item.mapping else { throw fail(item, "each phrase is a mapping with match and message") }
            guard let matchNode = Self.value(entry, "match"), let match = matchNode.string, !match.isEmpty else {
                throw fail(item, "a phrase needs 'match': a regular expression such as '\\bteam player\\b'")
            }
            guard let message = Self.value(entry, "message")?.string, !message.isEmpty else {
                throw fail(item, "a phrase needs 'message': what is wrong and how to fix it")
            }
            guard !checkingPatterns || Pattern.isValid(match) else { throw fail(matchNode, "'\(match)' is not a valid regular expression") }
            entries.append(PhraseEntry(match, message, replace: Self.value(entry, "fix")?.string))
        }
        return PhraseRule(id: id, defaultSeverity: severity, summary: summary, explanation: explanation, phrases: PhraseTable(entries))
    }
}
