/// A 0–100 score for one attempt: 100 with no findings, minus a cost per finding by severity.
public struct PracticeScore: Equatable, Sendable {
    public static let errorCost = 15
    public static let warningCost = 6
    public static let suggestionCost = 2

    public let value: Int

    public init(findings: [Finding]) {
        let cost = findings.reduce(0) { total, finding in
            switch finding.severity {
            case .error: return total + Self.errorCost
            case .warning: return total + Self.warningCost
            case .suggestion: return total + Self.suggestionCost
            }
        }
        value = max(0, 100 - cost)
    }
}

/// What changed between two attempts at the same draft: findings fixed, new, and remaining.
///
/// Positions move when text is edited, so a finding is recognised across attempts by its rule
/// and the offending text (case-insensitive), not by its line and column. Repeats are matched
/// one for one, so fixing one of two "!!" counts as one fixed and one remaining.
public struct AttemptComparison: Equatable, Sendable {
    public let fixed: [Finding]
    public let new: [Finding]
    public let remaining: [Finding]
    public let previousScore: PracticeScore
    public let score: PracticeScore

    public init(previous: [Finding], current: [Finding]) {
        func key(_ finding: Finding) -> String { finding.rule + "\u{1F}" + finding.excerpt.lowercased() }
        var unmatched: [String: [Int]] = [:]
        for (index, finding) in previous.enumerated() { unmatched[key(finding), default: []].append(index) }
        var matchedPrevious = Set<Int>()
        var new: [Finding] = []
        var remaining: [Finding] = []
        for finding in current {
            if var candidates = unmatched[key(finding)], !candidates.isEmpty {
                matchedPrevious.insert(candidates.removeFirst())
                unmatched[key(finding)] = candidates
                remaining.append(finding)
            } else {
                new.append(finding)
            }
        }
        fixed = previous.enumerated().filter { !matchedPrevious.contains($0.offset) }.map(\.element)
        self.new = new
        self.remaining = remaining
        previousScore = PracticeScore(findings: previous)
        score = PracticeScore(findings: current)
    }

    /// Score change since the previous attempt (positive is better).
    public var scoreChange: Int { score.value - previousScore.value }
}
