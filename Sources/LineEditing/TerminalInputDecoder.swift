/// Turns the bytes a terminal sends into the characters handed to libedit, one at a time.
///
/// It decodes UTF-8 itself (invalid bytes become U+FFFD), so non-ASCII input never depends on
/// libedit's own multibyte handling. It also recognises bracketed paste (`ESC [200~` … `ESC [201~`):
/// inside a paste, each run of line breaks becomes one space (none at the start or end of the
/// paste), tabs become spaces and other control characters are dropped, so a pasted block
/// arrives as ordinary text on one line and can never press Enter or Tab.
public struct TerminalInputDecoder: Sendable {
    static let pasteStart: [UInt8] = Array("\u{1B}[200~".utf8)
    static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

    private var bytes: [UInt8] = []
    private var start = 0
    /// True between the paste-start and paste-end markers.
    public private(set) var isInPaste = false
    /// Characters kept from the paste in progress; the rest of a very large paste is dropped.
    private var pastedCount = 0
    /// Typing a pasted megabyte into the line editor one character at a time would take
    /// minutes; no answer is anywhere near this long.
    public static let maximumPastedCharacters = 10_000
    /// True once a paste was cut since the last `takePasteWasCut()`.
    private var pasteWasCut = false

    /// Whether a paste was cut since the last call, clearing the flag.
    public mutating func takePasteWasCut() -> Bool {
        defer { pasteWasCut = false }
        return pasteWasCut
    }
    private var pasteHasText = false
    private var pendingPasteSpace = false
    private var queued: Unicode.Scalar?

    /// Creates an empty decoder.
    public init() {}

    /// True when bytes are buffered that have not been turned into characters yet.
    public var hasBufferedBytes: Bool { start < bytes.count }

    /// Adds bytes read from the terminal.
    public mutating func feed(_ newBytes: UnsafeBufferPointer<UInt8>) {
        if start > 0, start == bytes.count {
            bytes.removeAll(keepingCapacity: true)
            start = 0
        }
        bytes.append(contentsOf: newBytes)
    }

    /// Adds bytes read from the terminal.
    public mutating func feed(_ newBytes: [UInt8]) {
        newBytes.withUnsafeBufferPointer { feed($0) }
    }

    /// Forgets buffered bytes and any paste in progress.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        start = 0
        isInPaste = false
        pastedCount = 0
        pasteHasText = false
        pendingPasteSpace = false
        queued = nil
    }

    /// The next character, or nil when more bytes are needed to decide.
    public mutating func next() -> Unicode.Scalar? {
        if let scalar = queued {
            queued = nil
            return scalar
        }
        while start < bytes.count {
            if bytes[start] == 0x1B {
                let marker = isInPaste ? Self.pasteEnd : Self.pasteStart
                switch match(marker) {
                case .needMore:
                    return nil
                case .matched:
                    start += marker.count
                    isInPaste.toggle()
                    pastedCount = 0
                    pasteHasText = false
                    pendingPasteSpace = false
                    continue
                case .different:
                    break
                }
            }
            guard let (scalar, length) = decodeScalar() else { return nil }
            start += length
            if !isInPaste {
                return scalar
            }
            if pastedCount >= Self.maximumPastedCharacters {
                pasteWasCut = true
                continue
            }
            if let pasted = pastedReplacement(for: scalar) {
                pastedCount += 1
                return pasted
            }
        }
        return nil
    }

    private enum MarkerMatch { case matched, needMore, different }

    private func match(_ marker: [UInt8]) -> MarkerMatch {
        let available = bytes.count - start
        let compared = min(available, marker.count)
        for offset in 0..<compared where bytes[start + offset] != marker[offset] {
            return .different
        }
        return compared == marker.count ? .matched : .needMore
    }

    /// Inside a paste: what `scalar` becomes (nil when nothing is shown for it yet).
    private mutating func pastedReplacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let shown: Unicode.Scalar
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
            pendingPasteSpace = pasteHasText
            return nil
        case "\t":
            shown = " "
        default:
            let value = scalar.value
            if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) {
                return nil
            }
            shown = scalar
        }
        pasteHasText = true
        if pendingPasteSpace {
            pendingPasteSpace = false
            queued = shown
            return " "
        }
        return shown
    }

    /// Decodes one UTF-8 sequence at `start`; nil when it is incomplete so far.
    private func decodeScalar() -> (Unicode.Scalar, Int)? {
        let lead = bytes[start]
        let expected: Int
        var value: UInt32
        switch lead {
        case 0x00...0x7F:
            return (Unicode.Scalar(lead), 1)
        case 0xC2...0xDF:
            expected = 1
            value = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            expected = 2
            value = UInt32(lead & 0x0F)
        case 0xF0...0xF4:
            expected = 3
            value = UInt32(lead & 0x07)
        default:
            return (Unicode.Scalar.replacement, 1)
        }
        for offset in 1...expected {
            guard start + offset < bytes.count else { return nil }
            let byte = bytes[start + offset]
            guard byte & 0xC0 == 0x80 else { return (Unicode.Scalar.replacement, offset) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = expected == 1 ? 0x80 : expected == 2 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else {
            return (Unicode.Scalar.replacement, expected + 1)
        }
        return (scalar, expected + 1)
    }
}

extension Unicode.Scalar {
    /// U+FFFD, shown in place of bytes that are not valid UTF-8.
    static let replacement: Unicode.Scalar = "\u{FFFD}"
}
