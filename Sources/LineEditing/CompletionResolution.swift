import FollowUpCore

/// What Tab does with the candidates for the word before the cursor: pure, so it can be tested.
public enum CompletionResolution: Equatable, Sendable {
    /// Nothing matches: beep.
    case noMatch
    /// Replace the last word (`replacedScalarCount` Unicode scalars before the cursor) with `text`.
    case replace(replacedScalarCount: Int, text: String)
    /// Several candidates and no longer common prefix: show them.
    case list([String])

    /// The last word of `lineBeforeCursor`: everything after the last whitespace.
    public static func lastWord(of lineBeforeCursor: String) -> Substring {
        guard let space = lineBeforeCursor.lastIndex(where: { $0.isWhitespace }) else {
            return lineBeforeCursor[...]
        }
        return lineBeforeCursor[lineBeforeCursor.index(after: space)...]
    }

    /// Decides what Tab does.
    ///
    /// Candidates are matched case-insensitively against the last word and deduplicated.
    /// One match replaces the word; several matches replace it with their common prefix when that
    /// is longer than the word, and are listed otherwise.
    public static func resolve(lineBeforeCursor: String, candidates: [String]) -> CompletionResolution {
        let word = lastWord(of: lineBeforeCursor)
        let folded = word.lowercased()
        var seen = Set<String>()
        let matches = candidates.filter { candidate in
            !candidate.isEmpty && candidate.lowercased().hasPrefix(folded) && seen.insert(candidate).inserted
        }
        let replacedScalarCount = word.unicodeScalars.count
        switch matches.count {
        case 0:
            return .noMatch
        case 1:
            return .replace(replacedScalarCount: replacedScalarCount, text: matches[0])
        default:
            let prefix = commonPrefix(of: matches)
            if prefix.count > word.count, prefix.lowercased().hasPrefix(folded) {
                return .replace(replacedScalarCount: replacedScalarCount, text: prefix)
            }
            return .list(matches)
        }
    }

    /// The longest common prefix of `words`, compared character by character.
    public static func commonPrefix(of words: [String]) -> String {
        guard var prefix = words.first.map({ Substring($0) }) else { return "" }
        for word in words.dropFirst() {
            let length = zip(prefix, word).prefix(while: { $0 == $1 }).count
            prefix = prefix.prefix(length)
        }
        return String(prefix)
    }

    /// Lays out `words` in columns that fit `width` terminal columns.
    public static func columns(_ words: [String], width: Int) -> String {
        let widest = words.map { TextWrapper.columns($0) }.max() ?? 0
        let columnWidth = widest + 2
        let perRow = max(1, width / max(1, columnWidth))
        var lines: [String] = []
        var row = ""
        for (index, word) in words.enumerated() {
            let isLastInRow = (index + 1) % perRow == 0 || index == words.count - 1
            row += isLastInRow ? word : word + String(repeating: " ", count: columnWidth - TextWrapper.columns(word))
            if isLastInRow {
                lines.append(row)
                row = ""
            }
        }
        return lines.joined(separator: "\n")
    }
}
