/// Splits raw bytes into lines for `PlainLineReader`: pure, so it can be tested without a file descriptor.
///
/// Lines end at LF; a CR right before the LF is dropped (CRLF input). NUL bytes are dropped.
/// Invalid UTF-8 becomes U+FFFD. A line longer than `maximumLineBytes` keeps its first
/// `maximumLineBytes` bytes (cut back to a whole character) and the rest of that line is discarded,
/// so one huge line costs linear time and bounded memory.
public struct LineSplitter: Sendable {
    /// The cap on one line, in bytes: 1 MiB.
    public static let defaultMaximumLineBytes = 1 << 20

    /// The cap this splitter applies.
    public let maximumLineBytes: Int
    private var current: [UInt8] = []
    private var currentHasBytes = false
    private var discardingRestOfLine = false
    private var pendingCarriageReturn = false
    private var completed: [String] = []
    private var completedStart = 0

    /// Creates a splitter with the given cap on one line (in bytes).
    public init(maximumLineBytes: Int = LineSplitter.defaultMaximumLineBytes) {
        self.maximumLineBytes = max(1, maximumLineBytes)
    }

    /// Adds bytes read from the input.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            if byte == 0x0A {
                pendingCarriageReturn = false
                finishLine()
                continue
            }
            if pendingCarriageReturn {
                pendingCarriageReturn = false
                append(0x0D)
            }
            switch byte {
            case 0x00:
                currentHasBytes = true
            case 0x0D:
                currentHasBytes = true
                pendingCarriageReturn = true
            default:
                append(byte)
            }
        }
    }

    /// Adds bytes read from the input.
    public mutating func feed(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { feed($0) }
    }

    /// The next complete line, if one is ready.
    public mutating func nextLine() -> String? {
        guard completedStart < completed.count else { return nil }
        let line = completed[completedStart]
        completedStart += 1
        if completedStart == completed.count {
            completed.removeAll(keepingCapacity: true)
            completedStart = 0
        }
        return line
    }

    /// Call at end of input: returns the last line if it had no newline (a final CR is dropped).
    public mutating func finish() -> String? {
        pendingCarriageReturn = false
        guard currentHasBytes else { return nil }
        return takeCurrent()
    }

    private mutating func append(_ byte: UInt8) {
        currentHasBytes = true
        guard !discardingRestOfLine else { return }
        if current.count < maximumLineBytes {
            current.append(byte)
        } else {
            discardingRestOfLine = true
        }
    }

    private mutating func finishLine() {
        completed.append(takeCurrent())
    }

    private mutating func takeCurrent() -> String {
        if discardingRestOfLine {
            current.removeLast(Self.incompleteTailLength(of: current))
        }
        let line = String(decoding: current, as: UTF8.self)
        current.removeAll(keepingCapacity: current.count <= 4096)
        currentHasBytes = false
        discardingRestOfLine = false
        return line
    }

    /// How many bytes at the end of `bytes` form a UTF-8 sequence cut short by the line cap.
    static func incompleteTailLength(of bytes: [UInt8]) -> Int {
        var index = bytes.count - 1
        var continuationCount = 0
        while index >= 0, bytes[index] & 0xC0 == 0x80, continuationCount < 3 {
            continuationCount += 1
            index -= 1
        }
        guard index >= 0 else { return 0 }
        let lead = bytes[index]
        let expected: Int
        switch lead {
        case 0xC2...0xDF: expected = 1
        case 0xE0...0xEF: expected = 2
        case 0xF0...0xF4: expected = 3
        default: return 0
        }
        return continuationCount < expected ? continuationCount + 1 : 0
    }
}
