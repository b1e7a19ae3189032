import Foundation

/// Golden files: text a person reads (plans, drafts, help, `check` output), recorded once,
/// read in `git diff`, then compared on every run. `FOLLOWUP_RECORD_GOLDEN=1` writes them
/// instead, and the test still fails, so that a record run is never taken for a pass (see
/// Tests/FollowUpStorageTests/Golden/README.md).
public enum GoldenFile {
    public static var recording: Bool { ProcessInfo.processInfo.environment["FOLLOWUP_RECORD_GOLDEN"] == "1" }

    /// What is wrong with `actual` against the golden file at `url`, or nil when they are the
    /// same. When recording, writes `actual` there if it differs and always says so.
    public static func problem(with actual: String, goldenFile url: URL) -> String? {
        let name = url.pathComponents.suffix(2).joined(separator: "/")
        let recorded = try? String(contentsOf: url, encoding: .utf8)
        if recording {
            guard recorded != actual else { return "recording: \(name) unchanged; run again without FOLLOWUP_RECORD_GOLDEN" }
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url, options: .atomic)
            } catch {
                return "could not record \(name): \(error)"
            }
            return "recorded \(name): read it (git diff), then run again without FOLLOWUP_RECORD_GOLDEN"
        }
        guard let recorded else {
            return "no golden file \(name): record it with FOLLOWUP_RECORD_GOLDEN=1, read it, and commit it"
        }
        guard recorded != actual else { return nil }
        return "\(name) differs from the output now (- recorded, + now; re-record with FOLLOWUP_RECORD_GOLDEN=1 once "
            + "the change is reviewed):\n" + GoldenDiff.unified(expected: recorded, actual: actual, name: name)
    }
}

/// A line diff in the unified style (`@@ -a,b +c,d @@`, ` ` context, `-` recorded, `+` now),
/// from a longest common subsequence of lines: the golden files are a few hundred lines at most.
public enum GoldenDiff {
    /// At most `maxLines` lines of hunks, starting at the first difference.
    public static func unified(expected: String, actual: String, name: String, context: Int = 3, maxLines: Int = 60) -> String {
        let old = lines(expected)
        let new = lines(actual)
        let script = editScript(old, new)
        guard script.contains(where: { $0.kind != .same }) else {
            return "(the texts differ only in their line endings or a final newline)"
        }
        var out = ["--- \(name) (recorded)", "+++ \(name) (now)"]
        var shown = 0
        var index = 0
        while index < script.count, shown < maxLines {
            guard let change = script[index...].firstIndex(where: { $0.kind != .same }) else { break }
            // Extend the hunk while the next change is within 2 × context lines.
            var end = change
            var cursor = change
            while cursor < script.count {
                if script[cursor].kind != .same {
                    end = cursor
                    cursor += 1
                    continue
                }
                let nextChange = script[cursor...].firstIndex(where: { $0.kind != .same })
                guard let nextChange, nextChange - end <= 2 * context else { break }
                cursor = nextChange
            }
            let start = max(index, change - context)
            let stop = min(script.count, end + context + 1)
            let hunk = script[start..<stop]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1
            let newStart = (hunk.first?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .added }.count
            let newCount = hunk.filter { $0.kind != .removed }.count
            out.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for step in hunk {
                guard shown < maxLines else {
                    out.append("… (diff cut at \(maxLines) lines)")
                    break
                }
                switch step.kind {
                case .same: out.append(" " + old[step.oldLine])
                case .removed: out.append("-" + old[step.oldLine])
                case .added: out.append("+" + new[step.newLine])
                }
                shown += 1
            }
            index = stop
        }
        return out.joined(separator: "\n")
    }

    struct Step {
        enum Kind { case same, removed, added }
        var kind: Kind
        /// The line in the old text (for `.added`: the old line it comes before).
        var oldLine: Int
        /// The line in the new text (for `.removed`: the new line it comes before).
        var newLine: Int
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func editScript(_ old: [String], _ new: [String]) -> [Step] {
        // lcs[i][j]: the longest common subsequence of old[i...] and new[j...].
        var lcs = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var steps: [Step] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                steps.append(Step(kind: .same, oldLine: i, newLine: j))
                i += 1
                j += 1
            } else if i < old.count, j == new.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                // Removed lines first, as `diff -u` prints them.
                steps.append(Step(kind: .removed, oldLine: i, newLine: j))
                i += 1
            } else {
                steps.append(Step(kind: .added, oldLine: i, newLine: j))
                j += 1
            }
        }
        return steps
    }
}
