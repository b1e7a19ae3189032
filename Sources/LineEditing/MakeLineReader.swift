#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The reader for this process: libedit when standard input is a terminal, plain lines otherwise.
///
/// `historyFile` is used only when interactive; the caller decides the path.
public func makeLineReader(historyFile: String?) -> any LineReader {
    if isatty(0) == 1, let reader = EditLineReader(historyFile: historyFile) {
        return reader
    }
    return PlainLineReader()
}
