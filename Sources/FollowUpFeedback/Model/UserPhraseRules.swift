/// The candidate's own phrase rules, from the YAML files in `<home>/rules/` (the same format as
/// the built-in families in `Data/`, see `PhraseRule`). A broken file is left out and reported
/// with its file, line and column; the other files' rules are still used.
public struct UserPhraseRules: Sendable {
    /// The rules of the files that could be read, in the order of the files.
    public var rules: [PhraseRule]
    /// One problem per file that could not be used.
    public var problems: [ConfigurationError]

    /// Reads `files` (a name to report problems with, and the file's text), in order. An id
    /// that a built-in rule or an earlier file already has is a problem of the later file.
    public init(files: [(name: String, text: String)], builtInIds: Set<String> = RuleCatalog.ids) {
        rules = []
        problems = []
        var taken = builtInIds
        for file in files {
            do {
                let rule = try PhraseRule.parse(yaml: file.text, fileName: file.name, taken: taken)
                taken.insert(rule.id)
                rules.append(rule)
            } catch {
                problems.append(error)
            }
        }
    }

    init(rules: [PhraseRule], problems: [ConfigurationError]) {
        self.rules = rules
        self.problems = problems
    }

    /// The ids of the rules, for `config.yaml` to turn off or re-grade.
    public var ids: Set<String> { Set(rules.map(\.id)) }
}
