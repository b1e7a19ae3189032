/// Runs the rules over a draft and applies the configuration. Pure: same input, same findings.
public struct FeedbackEngine: Sendable {
    public var rules: [any FeedbackRule]
    public var configuration: FeedbackConfiguration

    public init(rules: [any FeedbackRule] = RuleCatalog.all, configuration: FeedbackConfiguration = FeedbackConfiguration()) {
        self.rules = rules
        self.configuration = configuration
    }

    /// All findings for `draft`, re-graded by the configuration, in report order.
    public func check(_ draft: Draft, context: FeedbackContext = FeedbackContext()) -> [Finding] {
        let document = DraftDocument(draft: draft, kind: context.kind)
        return check(document, context: context)
    }

    /// Same as `check(_:context:)` for text in a given format.
    public func check(text: String, format: DraftFormat = .plain, context: FeedbackContext = FeedbackContext()) -> [Finding] {
        check(DraftParser.parse(text, format: format), context: context)
    }

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        var findings: [Finding] = []
        for rule in rules {
            let setting = configuration.settings[rule.id]
            if setting == .off { continue }
            for var finding in rule.check(document, context: context) {
                if case .severity(let severity) = setting { finding.severity = severity }
                findings.append(finding)
            }
        }
        return findings.sorted(by: Finding.reportOrder)
    }
}
