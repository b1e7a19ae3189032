#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads lines from a file descriptor that is not a terminal (a pipe, a file): no prompt, no history.
///
/// See `LineSplitter` for how bytes become lines (LF and CRLF, NUL dropped, invalid UTF-8 replaced,
/// a 1 MiB cap per line). A last line without a newline is returned before `.endOfInput`.
public final class PlainLineReader: LineReader {
    private let fileDescriptor: Int32
    private var splitter: LineSplitter
    private var reachedEnd = false
    private var chunk: [UInt8]

    /// Words offered by Tab: unused here, kept for the protocol.
    public var completions: (@Sendable (String) -> [String])?
    /// Always false: there is no line editing.
    public var isInteractive: Bool { false }

    /// Reads from `fileDescriptor` (standard input by default). The descriptor is not closed.
    public init(
        fileDescriptor: Int32 = 0,
        maximumLineBytes: Int = LineSplitter.defaultMaximumLineBytes,
        chunkSize: Int = 64 * 1024
    ) {
        self.fileDescriptor = fileDescriptor
        self.splitter = LineSplitter(maximumLineBytes: maximumLineBytes)
        self.chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
    }

    /// Reads one line; `prompt` is ignored (nothing is written).
    public func readLine(prompt: String) -> LineReadResult {
        while true {
            if let line = splitter.nextLine() {
                return .line(line)
            }
            if reachedEnd {
                return .endOfInput
            }
            let count = chunk.withUnsafeMutableBytes { buffer in
                read(fileDescriptor, buffer.baseAddress, buffer.count)
            }
            if count > 0 {
                chunk.withUnsafeBufferPointer { splitter.feed(UnsafeBufferPointer(rebasing: $0[0..<count])) }
            } else if count < 0, errno == EINTR {
                continue
            } else {
                reachedEnd = true
                if let last = splitter.finish() {
                    return .line(last)
                }
            }
        }
    }

    /// No-op: piped input has no history.
    public func addHistory(_ line: String) {}
}
