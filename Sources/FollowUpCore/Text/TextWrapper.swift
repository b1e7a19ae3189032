#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Wraps text to a terminal width without splitting a word or a multi-byte character.
///
/// Widths are counted in terminal columns (`columns(_:)`): East Asian wide characters and emoji take two.
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

    /// Terminal columns taken by one character (a grapheme cluster), as the C library's
    /// `wcwidth` gives them in a UTF-8 locale, whatever locale the process runs in: its widest
    /// scalar, so 2 for East Asian wide characters and emoji, 1 for a letter with combining
    /// marks, 0 for a lone zero-width scalar. A flag (two regional indicators) or a symbol
    /// asked for as an emoji (U+FE0F) takes 2, as terminals draw them; a control character 1.
    public static func columns(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if let first = scalars.first, first.value >= 0x20, first.value < 0x7F, scalars.count == 1 { return 1 }
        let previous = uselocale(utf8CharacterTypes)
        defer { uselocale(previous) }
        var widest = 0
        for scalar in scalars {
            if scalar == "\u{FE0F}" || (0x1F1E6...0x1F1FF).contains(scalar.value) {
                return 2
            }
            let width = wcwidth(Int32(bitPattern: scalar.value))
            widest = max(widest, width < 0 ? 1 : Int(width))
        }
        return widest
    }

    /// A locale used only for its UTF-8 character types (`LC_CTYPE`), read by `wcwidth`.
    private nonisolated(unsafe) static let utf8CharacterTypes = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
}

/// `wcwidth(3)`: in the C library, but left out of Glibc's Swift module (an XSI extension).
@_silgen_name("wcwidth")
private func wcwidth(_ character: Int32) -> Int32
