import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on a tracker record's lock file that waits its turn.
///
/// Unlike ``FileLock`` (which refuses at once, right for a session open in two terminals), two
/// `followup mark` runs on one record should both succeed, one after the other; so this waits,
/// up to `timeout`, and only then refuses.
final class TrackerLock {
    private var fd: Int32

    init(path: String, timeout: TimeInterval = 10) throws {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StorageError.posix(path, "open the lock file") }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR, Date() < deadline else {
                close(fd)
                fd = -1
                if code == EWOULDBLOCK {
                    throw StorageError(
                        path: path, reason: "is still locked by another followup process after \(Int(timeout)) seconds. Let it finish, then try again.")
                }
                throw StorageError.posix(path, "lock", code)
            }
            usleep(5_000)
        }
    }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
