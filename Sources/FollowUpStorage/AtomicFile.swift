import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `syncfs(2)`: Linux's C library has it, but Glibc's Swift module leaves GNU extensions out.
@_silgen_name("syncfs")
private func linuxSyncFileSystem(_ fd: Int32) -> Int32

/// Why a file could not be written or read, with the path and what to do about it.
public struct StorageError: Error, CustomStringConvertible, Equatable, Sendable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }

    static func posix(_ path: String, _ action: String, _ code: Int32 = errno) -> StorageError {
        let hint: String
        switch code {
        case EACCES, EPERM: hint = " Check the folder's permissions, or choose another folder."
        case ENOSPC: hint = " The disk is full: free some space and try again."
        case EROFS: hint = " The file system is read-only: choose another folder."
        case ENOTDIR: hint = " A part of the path is a file, not a folder: choose another path."
        case EEXIST: hint = " Something already exists there."
        default: hint = ""
        }
        return StorageError(path: path, reason: "could not \(action): \(String(cString: strerror(code))).\(hint)")
    }
}

/// Crash-safe file writes: a temporary file in the same folder, flushed, then renamed over the
/// target, so a reader sees the old content or the new one and never half of either.
/// Everything is created private to the user (files 0600, folders 0700).
public enum AtomicFile {
    /// Creates `path` and its missing parents with mode 0700.
    public static func makeDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw StorageError(path: path, reason: "exists and is a file, not a folder. Move it away or choose another folder.")
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectory(parent) }
        if mkdir(path, 0o700) != 0, errno != EEXIST {
            throw StorageError.posix(path, "create the folder")
        }
    }

    /// Writes `data` to `path` atomically with mode 0600.
    ///
    /// With `flush` (the default) the data reaches the disk before the rename, so even a power
    /// cut leaves the old content or the new. Without it the write is still atomic for every
    /// reader and survives the process being killed; callers that write many files flush them
    /// together once with `flushFileSystem(containing:)`.
    public static func write(_ data: Data, to path: String, flush: Bool = true) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = "\(directory)/.\((path as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            try create(data, at: temporary, flush: flush, reportingAs: path)
            if rename(temporary, path) != 0 { throw StorageError.posix(path, "replace") }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes `data` to `path` atomically with mode 0600, only if nothing is there: the
    /// temporary file is hard-linked into place, and `link(2)` never replaces an entry nor
    /// follows one, a dangling symbolic link included. Where the file system has no hard links
    /// (FAT), the file is created in place with `O_EXCL`, which does neither either.
    public static func writeNew(_ data: Data, to path: String, flush: Bool = true) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = "\(directory)/.\((path as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        defer { unlink(temporary) }
        try create(data, at: temporary, flush: flush, reportingAs: path)
        if link(temporary, path) == 0 { return }
        let code = errno
        guard code == EPERM || code == EOPNOTSUPP || code == ENOSYS else {
            throw code == EEXIST ? alreadyThere(path) : StorageError.posix(path, "write", code)
        }
        if entryExists(path) { throw alreadyThere(path) }
        try create(data, at: path, flush: flush)
    }

    /// True when anything is at `path`, a dangling symbolic link included: `lstat`, which,
    /// unlike `FileManager.fileExists`, does not follow a link to what it names.
    public static func entryExists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// True when `path` is a symbolic link (to anything, or to nothing).
    public static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The refusal to write over something: followup never overwrites.
    static func alreadyThere(_ path: String) -> StorageError {
        StorageError(
            path: path,
            reason: isSymbolicLink(path)
                ? "is a symbolic link, and followup never writes through or over one. Remove it, or choose another folder with --out."
                : "already exists, and followup never overwrites files. Choose another folder with --out, or move the old files away.")
    }

    /// Flushes everything written to the file system that holds `path`: one call in place of
    /// an `fsync` per file when a folder of files was just written.
    public static func flushFileSystem(containing path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StorageError.posix(path, "open to flush") }
        defer { close(fd) }
        if linuxSyncFileSystem(fd) != 0 { throw StorageError.posix(path, "flush to disk") }
    }

    /// Creates a new file (never replacing one) with mode 0600 and writes `data` to it.
    /// For files inside a folder nobody else sees yet; elsewhere `write(_:to:flush:)` is atomic.
    /// Errors name `reportingAs` (the path the user knows), defaulting to `path`.
    public static func create(_ data: Data, at path: String, flush: Bool = false, reportingAs shown: String? = nil) throws {
        let name = shown ?? path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StorageError.posix(name, "write") }
        defer { close(fd) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw StorageError.posix(name, "write")
                }
                offset += written
            }
        }
        if flush, fsync(fd) != 0 { throw StorageError.posix(name, "flush to disk") }
    }

    /// Reads a whole file of at most `limit` bytes, or nil when it does not exist. A larger
    /// file is refused after reading one byte past the limit, never held whole: `what` names
    /// the kind of file in the message ("an answers file").
    public static func read(_ path: String, limit: Int = InputLimits.record, what: String = "a followup record") throws -> Data? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StorageError(path: path, reason: "could not be read. Check that it is a file you may read.")
        }
        defer { try? handle.close() }
        var data = Data()
        do {
            while data.count <= limit {
                guard let chunk = try handle.read(upToCount: min(1 << 16, limit + 1 - data.count)), !chunk.isEmpty else { break }
                data.append(chunk)
            }
        } catch {
            throw StorageError(path: path, reason: "could not be read: \(error.localizedDescription)")
        }
        if data.count > limit {
            throw StorageError(
                path: path,
                reason: "is larger than \(InputLimits.describe(limit)), the most \(what) can be, so it was not read. Check that it is the right file.")
        }
        return data
    }
}

/// How large each kind of file followup reads may be (drafts to check have `DraftLimits`).
/// Far above anything a person writes, low enough that a wrong or hostile file costs little.
public enum InputLimits {
    /// An answers file (YAML or JSON).
    public static let answersFile = 1 << 20
    /// A user template (`<home>/templates/*.mustache`).
    public static let template = 256 << 10
    /// `config.yaml`.
    public static let config = 64 << 10
    /// A session or tracker record, or an index the tracker keeps.
    public static let record = 16 << 20

    /// "1 MB", "256 KB".
    public static func describe(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes >> 10) KB"
    }
}

/// An exclusive advisory lock on a file (`flock`), held until released or the process ends.
///
/// Two `followup` processes on one session would overwrite each other's answers: the second
/// is refused at once. Two `followup mark` runs on one tracker record should both succeed, one
/// after the other: the tracker waits its turn (`waiting`), and only then refuses.
public final class FileLock {
    private var fd: Int32
    public let path: String

    /// Takes the lock, waiting up to `waiting` seconds for another process to release it; then
    /// throws a `StorageError` with `whenHeld` as its reason.
    public init(path: String, waiting: TimeInterval = 0, whenHeld: String) throws {
        self.path = path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StorageError.posix(path, "open the lock file") }
        let deadline = Date().addingTimeInterval(waiting)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR, Date() < deadline else {
                close(fd)
                fd = -1
                throw code == EWOULDBLOCK ? StorageError(path: path, reason: whenHeld) : StorageError.posix(path, "lock", code)
            }
            usleep(5_000)
        }
    }

    public func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
