import Foundation
import Yams

/// What the user's configuration says about one rule.
public enum RuleSetting: Hashable, Sendable {
    case off
    case severity(Severity)
}

/// A problem in `config.yaml`, with the place to fix it.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Per-rule overrides from the `rules:` section of `<home>/config.yaml`:
///
/// ```yaml
/// rules:
///   tone.filler: off
///   length.sentence: suggestion
/// ```
///
/// Other top-level keys belong to other parts of the tool and are ignored here.
public struct FeedbackConfiguration: Equatable, Sendable {
    public var settings: [String: RuleSetting]

    public init(settings: [String: RuleSetting] = [:]) {
        self.settings = settings
    }

    /// Parses the configuration text. Unknown rule ids and unknown values are errors, reported
    /// with the file name and the line of the bad entry.
    public static func parse(
        yaml: String, fileName: String, knownRules: Set<String> = RuleCatalog.ids
    ) throws(ConfigurationError) -> FeedbackConfiguration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw yamlError(error, fileName: fileName)
        } catch {
            throw ConfigurationError(file: fileName, line: 1, column: 1, message: "cannot read YAML: \(error)")
        }
        guard let root else { return FeedbackConfiguration() }
        guard let top = root.mapping else {
            throw at(root, fileName, "the configuration must be a mapping of keys to values")
        }
        guard let rulesNode = top["rules"] else { return FeedbackConfiguration() }
        if rulesNode.null != nil { return FeedbackConfiguration() }
        guard let rules = rulesNode.mapping else {
            throw at(rulesNode, fileName, "'rules' must map rule ids to off, error, warning or suggestion")
        }
        var settings: [String: RuleSetting] = [:]
        for (key, value) in rules {
            guard let id = key.string else { throw at(key, fileName, "a rule id must be text") }
            guard knownRules.contains(id) else {
                let hint = closest(to: id, in: knownRules).map { " (did you mean \($0)?)" } ?? ""
                throw at(key, fileName, "unknown rule '\(id)'\(hint)")
            }
            // YAML 1.1 reads a bare `off` as false; accept both spellings.
            let raw = value.string?.lowercased() ?? ""
            switch raw {
            case "off", "false", "no", "disabled": settings[id] = .off
            case "on", "true", "yes": settings[id] = nil
            default:
                guard let severity = Severity(rawValue: raw) else {
                    throw at(value, fileName, "rule '\(id)': '\(raw)' is not one of off, error, warning, suggestion")
                }
                settings[id] = .severity(severity)
            }
        }
        return FeedbackConfiguration(settings: settings)
    }

    static func at(_ node: Node, _ file: String, _ message: String) -> ConfigurationError {
        let mark = node.mark
        return ConfigurationError(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
    }

    static func yamlError(_ error: YamlError, fileName: String) -> ConfigurationError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return ConfigurationError(file: fileName, line: mark.line, column: mark.column, message: problem)
        case .composer(_, let problem, let mark, _):
            return ConfigurationError(file: fileName, line: mark.line, column: mark.column, message: problem)
        default:
            return ConfigurationError(file: fileName, line: 1, column: 1, message: "\(error)")
        }
    }

    static func closest(to word: String, in candidates: Set<String>) -> String? {
        let best = candidates.map { ($0, editDistance(word, $0)) }.min { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let best, best.1 <= max(2, word.count / 4) else { return nil }
        return best.0
    }
}

/// Levenshtein distance between two strings, in characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
