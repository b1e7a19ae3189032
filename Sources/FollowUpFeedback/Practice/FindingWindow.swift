import FollowUpCore

/// The line a finding is on, cut to fit the terminal around the finding, with the finding's
/// words marked as a compiler marks them: `^` under the first column, `~` under the rest.
///
/// ```text
/// …I really need this job. PLEASE respond asap. Why havent I heard back?…
///                          ^~~~~~
/// ```
///
/// Widths are terminal columns (`TextWrapper.columns`: CJK and emoji take two). Characters that
/// could drive a terminal are shown escaped (`\u{1B}`) and counted as shown; a tab is shown as
/// one space so that the caret stays under its word.
public struct FindingWindow: Equatable, Sendable {
    /// The shown text before the finding (with `…` in front where the line was cut).
    public var before: String
    /// The finding's own words (on its first line, when it spans several).
    public var marked: String
    /// The shown text after it (with `…` at the end where the line was cut).
    public var after: String

    /// The line as shown.
    public var text: String { before + marked + after }

    /// `^~~~` as wide as the finding (one `^` for an empty span).
    public var marks: String { "^" + String(repeating: "~", count: max(0, TextWrapper.columns(marked) - 1)) }

    /// Spaces up to the finding, then `marks`: the line to print under `text`.
    public var caret: String { String(repeating: " ", count: TextWrapper.columns(before)) + marks }

    public init(before: String, marked: String, after: String) {
        self.before = before
        self.marked = marked
        self.after = after
    }

    /// The window for `finding` in `lines` (the draft's lines), at most `width` columns wide
    /// (at least 20). Nil when the finding's line is not among `lines`.
    public init?(finding: Finding, lines: [String], width: Int) {
        let index = finding.start.line - 1
        guard lines.indices.contains(index) else { return nil }
        let shown = lines[index].map { $0 == "\t" ? " " : UntrustedText.visible(String($0)) }
        let widths = shown.map { TextWrapper.columns($0) }
        let start = min(max(0, finding.start.column - 1), shown.count)
        var end = finding.end.line == finding.start.line ? finding.end.column - 1 : shown.count
        end = min(max(start, end), shown.count)

        var low = 0
        var high = shown.count
        let width = max(20, width)
        if widths.reduce(0, +) > width {
            // Room for a `…` on each side; the finding first, then its neighbours one by one on
            // either side while they fit (so a long finding is shown from its start).
            let room = width - 2
            low = start
            high = start
            var used = 0
            while high < end, used + widths[high] <= room {
                used += widths[high]
                high += 1
            }
            if high == start, high < shown.count {
                used += widths[high]
                high += 1
            }
            var grew = high == end
            while grew {
                grew = false
                if low > 0, used + widths[low - 1] <= room {
                    low -= 1
                    used += widths[low]
                    grew = true
                }
                if high < shown.count, used + widths[high] <= room {
                    used += widths[high]
                    high += 1
                    grew = true
                }
            }
        }
        let markedEnd = min(end, high)
        self.init(
            before: (low > 0 ? "…" : "") + shown[low..<start].joined(),
            marked: shown[start..<markedEnd].joined(),
            after: shown[markedEnd..<high].joined() + (high < shown.count ? "…" : ""))
    }
}
