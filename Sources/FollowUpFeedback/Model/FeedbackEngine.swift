import Dispatch

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
        var context = context
        if context.checksAsOfSendDate, let day = document.draft.sendDate { context.today = day }
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

    /// The findings of many drafts, one list per draft in the same order, each exactly as
    /// `check(_:context:)` would give it. The drafts are made (`draft(index)`, which may parse)
    /// and checked on every core, each document dropped once checked; spelling suggestions are
    /// searched for in the background and filled in at the end.
    public func check(count: Int, context: FeedbackContext, draft: @Sendable (Int) -> Draft) -> [[Finding]] {
        var context = context
        let speller = context.spellChecker
        context.deferredSuggestions = speller != nil
        var results = Self.concurrentMap(count) { [context] in
            check(DraftDocument(draft: draft($0), kind: context.kind), context: context)
        }
        if let speller {
            var resolved: [String: [String]?] = [:]
            for index in results.indices where results[index].contains(where: { $0.rule == "proof.spelling" }) {
                var kept: [Finding] = []
                for var finding in results[index] {
                    if finding.rule != "proof.spelling" || Misspelling.resolveSuggestions(&finding, speller: speller, resolved: &resolved) {
                        kept.append(finding)
                    }
                }
                results[index] = kept
            }
        }
        return results
    }

    /// The same drafts as `check(count:context:draft:)`.
    public func check(_ drafts: [Draft], context: FeedbackContext = FeedbackContext()) -> [[Finding]] {
        check(count: drafts.count, context: context) { drafts[$0] }
    }

    /// `(0..<count).map(transform)`, in order, with the calls spread over the cores in up to
    /// 16 contiguous chunks.
    public static func concurrentMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        let chunks = min(count, 16)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each index is written by exactly one chunk.
            guard let base = buffer.baseAddress else { preconditionFailure("a buffer of \(count) elements has an address") }
            let slots = Slots(base: base)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                    (slots.base + index).initialize(to: transform(index))
                }
            }
            initialized = count
        }
    }
}

private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
