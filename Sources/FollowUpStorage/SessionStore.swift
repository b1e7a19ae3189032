import FollowUpCore
import Foundation

/// One saved guided session: the whole dialogue state, so a resume continues exactly where
/// the user stopped.
public struct SessionRecord: Codable, Equatable, Sendable {
    public static let currentVersion = 1

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

    enum CodingKeys: String, CodingKey {
        case format, version, id, created, updated
        case outputDirectory = "output_directory"
        case machine
    }

    public var isFinished: Bool { machine.state == .finished }
}

/// A session file that could not be used, and why. The file is left untouched.
public struct UnreadableSession: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { "\(path): \(reason)" }
}

/// Sessions on disk: `<home>/sessions/<id>.json`, written atomically after every answer.
public struct SessionStore: Sendable {
    public let home: String

    public init(home: String) {
        self.home = home
    }

    public var directory: String { "\(home)/sessions" }

    public func path(for id: String) -> String { "\(directory)/\(id).json" }

    /// Saves a record atomically (0600), creating the folders (0700) when needed.
    public func save(_ record: SessionRecord) throws {
        try AtomicFile.makeDirectory(directory)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(record)
        } catch {
            throw StorageError(path: path(for: record.id), reason: "could not be encoded: \(error)")
        }
        try AtomicFile.write(data, to: path(for: record.id))
    }

    /// Loads one session; a damaged, truncated or newer file is reported, never changed.
    public func load(id: String) throws -> SessionRecord {
        let file = path(for: id)
        guard let data = try AtomicFile.read(file) else {
            throw UnreadableSession(path: file, reason: "no such session. `followup list` shows the saved ones.")
        }
        return try decode(data, path: file)
    }

    func decode(_ data: Data, path file: String) throws -> SessionRecord {
        struct Header: Decodable {
            var format: String?
            var version: Int?
        }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw UnreadableSession(path: file, reason: "is not valid JSON (\(Self.describe(error))). It was kept as it is; fix or remove it.")
        }
        guard header.format == "followup.session" else {
            throw UnreadableSession(path: file, reason: "is not a followup session file (no \"format\": \"followup.session\"). It was kept as it is.")
        }
        if let version = header.version, version > SessionRecord.currentVersion {
            throw UnreadableSession(path: file, reason: "was written by a newer followup (format version \(version); this one reads up to \(SessionRecord.currentVersion)). Update followup to open it; the file was kept.")
        }
        do {
            var record = try JSONDecoder().decode(SessionRecord.self, from: data)
            record.machine.repair()
            return record
        } catch {
            throw UnreadableSession(path: file, reason: "has a field that doesn't fit (\(Self.describe(error))). It was kept as it is; fix it by hand or remove it.")
        }
    }

    /// Every session that could be read, newest first, and the files that could not.
    public func all() -> (sessions: [SessionRecord], unreadable: [UnreadableSession]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return ([], []) }
        var sessions: [SessionRecord] = []
        var unreadable: [UnreadableSession] = []
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let file = "\(directory)/\(name)"
            do {
                guard let data = try AtomicFile.read(file) else { continue }
                sessions.append(try decode(data, path: file))
            } catch let error as UnreadableSession {
                unreadable.append(error)
            } catch {
                unreadable.append(UnreadableSession(path: file, reason: "\(error)"))
            }
        }
        sessions.sort { $0.updated > $1.updated }
        return (sessions, unreadable.sorted { $0.path < $1.path })
    }

    /// Takes the per-session lock; throws when another process holds it.
    public func lock(id: String) throws -> FileLock {
        try AtomicFile.makeDirectory(directory)
        return try FileLock(path: "\(directory)/.\(id).lock")
    }

    /// A new id from the start time: `20261122-021544`, with a suffix if it is taken.
    public func newID(startedAt components: DateComponents) -> String {
        func pad(_ n: Int?, _ w: Int) -> String {
            let s = String(n ?? 0)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        let base = "\(pad(components.year, 4))\(pad(components.month, 2))\(pad(components.day, 2))-\(pad(components.hour, 2))\(pad(components.minute, 2))\(pad(components.second, 2))"
        var id = base
        var n = 2
        while FileManager.default.fileExists(atPath: path(for: id)) {
            id = "\(base)-\(n)"
            n += 1
        }
        return id
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription
        case DecodingError.keyNotFound(let key, let context):
            return "missing '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "'\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }
}
