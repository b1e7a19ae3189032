#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The private file where typed answers are remembered between runs.
///
/// Its folder is created 0700 and the file 0600: answers can be personal.
struct HistoryFile {
    let path: String

    /// Creates the missing folders of `path` with mode 0700.
    func createFolders() {
        var components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard components.count > 1 else { return }
        components.removeLast()
        var folder = path.hasPrefix("/") ? "" : "."
        for component in components where !component.isEmpty {
            folder += "/" + component
            if mkdir(folder, 0o700) != 0, errno != EEXIST {
                return
            }
        }
    }

    /// Rewrites the file through `write`, atomically: a temporary file (0600) renamed over it.
    @discardableResult
    func replaceContents(_ write: (UnsafeMutablePointer<FILE>) -> Bool) -> Bool {
        createFolders()
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        fchmod(descriptor, 0o600)
        guard let file = fdopen(descriptor, "w") else {
            close(descriptor)
            unlink(temporary)
            return false
        }
        let written = write(file)
        let flushed = fflush(file) == 0 && fsync(descriptor) == 0
        fclose(file)
        guard written, flushed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
