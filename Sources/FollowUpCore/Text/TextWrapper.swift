/// Wraps text to a terminal width without splitting a word or a multi-byte character.
///
/// Widths are counted in terminal columns: East Asian wide characters take two.
public enum TextWrapper {
    /// Wraps each paragraph of `text` to `width` columns; continuation lines get `indent`.
    /// Lines that start with spaces keep that indentation on their continuation lines.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> String {
        let width = max(width, 20)
        var output: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let leading = String(line.prefix(while: { $0 == " " }))
            let prefix = indent + leading
            let words = line.split(separator: " ")
            if words.isEmpty {
                output.append("")
                continue
            }
            var current = leading
            var currentWidth = columns(leading)
            var lineHasWord = false
            for word in words {
                var word = Substring(word)
                let wordWidth = columns(word)
                if lineHasWord, currentWidth + 1 + wordWidth > width {
                    output.append(current)
                    current = prefix
                    currentWidth = columns(prefix)
                    lineHasWord = false
                }
                if lineHasWord {
                    current += " "
                    currentWidth += 1
                }
                // A word longer than a whole line is broken at character boundaries.
                while currentWidth + columns(word) > width, !word.isEmpty, width - currentWidth > 0 {
                    var piece = ""
                    var pieceWidth = 0
                    var index = word.startIndex
                    while index < word.endIndex {
                        let w = columns(word[index])
                        if currentWidth + pieceWidth + w > width { break }
                        piece.append(word[index])
                        pieceWidth += w
                        index = word.index(after: index)
                    }
                    if piece.isEmpty { break }
                    output.append(current + piece)
                    current = prefix
                    currentWidth = columns(prefix)
                    word = word[index...]
                }
                current += word
                currentWidth += columns(word)
                lineHasWord = true
            }
            output.append(current)
        }
        return output.joined(separator: "\n")
    }

    /// Terminal columns taken by a string.
    public static func columns(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + columns($1) }
    }

    /// Terminal columns taken by one character: 2 for wide East Asian characters and emoji, else 1.
    public static func columns(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let v = scalar.value
        if v < 0x1100 { return 1 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1FAFF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }
}
