import FollowUpFeedback
import Foundation

/// Reads a draft for `check` or `practice`, a file or standard input, never more than
/// `DraftLimits.bytes` (and one byte to know it is over): `/dev/zero` or a huge file is refused
/// after reading the limit, not held in memory.
enum DraftInput {
    /// The text of `file` (`-` for standard input), within `DraftLimits`; a usage problem names
    /// what could not be read or was too large.
    static func read(_ file: String, platform: Platform) throws -> String {
        let name = file == "-" ? "standard input" : file
        let handle: FileHandle
        if file == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: platform.absolute(file)) else {
                throw UsageProblem(description: "cannot read \(file)")
            }
            handle = opened
        }
        defer { if file != "-" { try? handle.close() } }
        guard let data = readUpTo(DraftLimits.bytes + 1, from: handle) else {
            throw UsageProblem(description: "cannot read \(file)")
        }
        if data.count > DraftLimits.bytes { throw UsageProblem(description: DraftLimits.tooLarge(name)) }
        let text = String(decoding: data, as: UTF8.self)
        if let problem = DraftLimits.problem(with: text, name: name) { throw UsageProblem(description: problem) }
        return text
    }

    /// At most `limit` bytes from `handle` (fewer at the end of the input); nil when it cannot be read.
    static func readUpTo(_ limit: Int, from handle: FileHandle) -> Data? {
        var data = Data()
        do {
            while data.count < limit {
                guard let chunk = try handle.read(upToCount: min(1 << 16, limit - data.count)), !chunk.isEmpty else { break }
                data.append(chunk)
            }
        } catch {
            return nil
        }
        return data
    }
}
