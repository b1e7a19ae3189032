import CEditLine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes from the line-editing history at `path` every line `shouldRemove` picks (what was
/// typed about an interview that is being deleted), keeping the others in order. The file is
/// read and written by libedit, in its own encoding. True when the file was rewritten or holds
/// nothing to remove; false when it could not be read or written.
@discardableResult
public func removeHistoryLines(at path: String, where shouldRemove: (String) -> Bool) -> Bool {
    guard access(path, R_OK) == 0 else { return access(path, F_OK) != 0 }
    guard let history = history_winit() else { return false }
    defer { history_wend(history) }
    followup_history_set_size(history, EditLineReader.historySize)
    guard followup_history_load(history, path) >= 0 else { return false }
    var kept: [[wchar_t]] = []
    var removed = false
    var entry = followup_history_oldest(history)
    while let line = entry {
        var wide: [wchar_t] = []
        var cursor = line
        while cursor.pointee != 0 {
            wide.append(cursor.pointee)
            cursor += 1
        }
        let text = String(String.UnicodeScalarView(wide.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
        if shouldRemove(text) {
            removed = true
        } else {
            kept.append(wide + [0])
        }
        entry = followup_history_newer(history)
    }
    guard removed else { return true }
    followup_history_clear(history)
    for line in kept { _ = line.withUnsafeBufferPointer { followup_history_enter(history, $0.baseAddress) } }
    return HistoryFile(path: path).replaceContents { file in followup_history_save_fp(history, file) >= 0 }
}

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
