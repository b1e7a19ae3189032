import FollowUpCore
import Foundation

/// One saved guided session: the answers and where the dialogue stands, so a resume continues
/// where the user stopped. Its file format is in `SessionFormat.swift` and docs/file-formats.md.
public struct SessionRecord: Equatable, Sendable {
    /// 2: explicit keys and question names (`answers`, `dialogue`). 1: the machine's synthesized
    /// `Codable` under `machine`, still read (`SessionFormat+Version1.swift`).
    public static let currentVersion = 2

    public var format: String
    public var version: Int
    public var id: String
    /// When the session was started, ISO 8601 (informational).
    public var created: String
    /// When it was last saved, ISO 8601.
    public var updated: String
    /// Where the plan and drafts were written, once they were.
    public var outputDirectory: String?
    public var machine: GuidedSessionStateMachine

    public init(id: String, created: String, machine: GuidedSessionStateMachine) {
        self.format = "followup.session"
        self.version = Self.currentVersion
        self.id = id
        self.created = created
        self.updated = created
        self.outputDirectory = nil
        self.machine = machine
    }

    public var isFinished: Bool { machine.state == .finished }
}

extension SessionRecord: StoredRecord {
    var problem: String? {
        let answers = machine.answers
        for (field, date) in [("interview.date", answers.interview.date), ("decision_date", answers.decisionDate)] {
            if let date, !date.isSupported { return "answers \(field): \(date.iso8601): " + LocalDate.unsupportedYearMessage(date.year) }
        }
        return nil
    }
}

/// Sessions on disk: `<home>/sessions/<id>.json`, written atomically after every answer.
public struct SessionStore: Sendable {
    public let home: String

    public init(home: String) {
        self.home = home
    }

    public var directory: String { "\(home)/sessions" }

    public func path(for id: String) -> String { "\(directory)/\(id).json" }

    static let file = VersionedJSONFile(
        format: "followup.session", currentVersion: SessionRecord.currentVersion, noun: "session", readOlder: readOlder)

    /// Reads a file of an earlier format version into today's record.
    static func readOlder(version: Int, data: Data) throws -> SessionRecord? {
        guard version == 1 else { return nil }
        return try JSONDecoder().decode(SessionFileVersion1.self, from: data).record
    }

    /// Saves a record atomically (0600), creating the folders (0700) when needed. `flush`
    /// waits until it is on the disk (see `AtomicFile.write`).
    public func save(_ record: SessionRecord, flush: Bool = true) throws {
        try Self.checkID(record.id)
        try Self.file.encode(record, to: path(for: record.id), flush: flush)
    }

    /// Loads one session; a damaged, truncated or newer file is reported, never changed.
    public func load(id: String) throws -> SessionRecord {
        try Self.checkID(id)
        let file = path(for: id)
        guard let data = try AtomicFile.read(file) else {
            throw UnreadableSession(path: file, reason: "no such session. `followup list` shows the saved ones.")
        }
        return try decode(data, path: file)
    }

    /// Reads a session from the bytes of its file (`file` names it in errors).
    public func decode(_ data: Data, path file: String) throws -> SessionRecord {
        var record = try Self.file.decode(from: data, path: file)
        record.machine.repair()
        return record
    }

    /// Every session that could be read, newest first, and the files that could not.
    public func all() -> (sessions: [SessionRecord], unreadable: [UnreadableSession]) {
        var (sessions, unreadable) = Self.file.readAll(in: directory)
        for index in sessions.indices { sessions[index].machine.repair() }
        sessions.sort { $0.updated > $1.updated }
        return (sessions, unreadable)
    }

    /// Takes the per-session lock; throws when another process holds it.
    public func lock(id: String) throws -> FileLock {
        try Self.checkID(id)
        try AtomicFile.makeDirectory(directory)
        return try FileLock(
            path: lockPath(for: id),
            whenHeld: "is locked: this session is open in another followup process. Finish or quit it there first.")
    }

    /// Removes a session's file and its lock file (a session stopped before anything was answered).
    public func remove(id: String) throws {
        try Self.checkID(id)
        if unlink(path(for: id)) != 0, errno != ENOENT { throw StorageError(path: path(for: id), reason: "could not be removed") }
        unlink(lockPath(for: id))
    }

    /// The lock file of a session: `.<id>.lock` beside its file, kept once made.
    func lockPath(for id: String) -> String { "\(directory)/.\(id).lock" }

    /// Refuses an id that could name a file outside the sessions folder (`resume ../../x`).
    static func checkID(_ id: String) throws {
        guard RecordID.isValid(id) else {
            throw UnreadableSession(
                path: "'\(id.prefix(80))'",
                reason: "is not a session id: ids are letters, digits and '-', such as 20261122-021544. `followup list` shows them.")
        }
    }

    /// A new id from the start time: `20261122-021544`, with a suffix if it is taken: by a
    /// session's file, or by its lock (a session started but not saved yet: nothing answered).
    public func newID(startedAt components: DateComponents) -> String {
        func pad(_ n: Int?, _ width: Int) -> String { (n ?? 0).zeroPadded(width) }
        let base =
            "\(pad(components.year, 4))\(pad(components.month, 2))\(pad(components.day, 2))-\(pad(components.hour, 2))\(pad(components.minute, 2))\(pad(components.second, 2))"
        var id = base
        var n = 2
        while FileManager.default.fileExists(atPath: path(for: id)) || FileManager.default.fileExists(atPath: lockPath(for: id)) {
            id = "\(base)-\(n)"
            n += 1
        }
        return id
    }
}
