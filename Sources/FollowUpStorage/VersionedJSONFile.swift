import Foundation

/// A session file that could not be used, and why; the file is left untouched for the user to fix.
public typealias UnreadableSession = StorageError
/// A tracker record that could not be used, and why; the file is left untouched for the user to fix.
public typealias UnreadableTrackerRecord = StorageError

/// A record kept as `<folder>/<id>.json` (a session, a tracked interview). Its id names its
/// file, so a record read from a planted or synced file is checked before it is written back.
protocol StoredRecord {
    var id: String { get }
    /// What else makes the record unusable (a date outside the supported years), naming the
    /// field; nil when nothing does.
    var problem: String? { get }
}

/// The ids of stored records: letters, digits and '-', nothing that could name another folder
/// (no '/', no '..', no leading dot, no NUL).
enum RecordID {
    static let maxLength = 60

    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.count <= maxLength && id.first != "-"
            && id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }
    }
}

/// The two fields every followup JSON file starts with.
private struct FileHeader: Decodable {
    var format: String?
    var version: Int?
}

/// The JSON files followup keeps (sessions, tracker records): each names its `format` and
/// `version`, is written atomically and privately, and is never rewritten when it can't be read.
/// A file of an earlier version is read by `readOlder` into today's model (docs/file-formats.md);
/// it is written in the current version the next time it changes.
struct VersionedJSONFile<Record: Codable>: Sendable {
    /// `followup.session`, `followup.tracker`.
    let format: String
    let currentVersion: Int
    /// What the file is, in words: "session", "tracker".
    let noun: String
    /// Reads the bytes of an earlier `version`; nil for a version that never existed.
    let readOlder: @Sendable (_ version: Int, _ data: Data) throws -> Record?

    func encode(_ value: Record, to path: String, flush: Bool = true) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(value)
        } catch {
            throw StorageError(path: path, reason: "could not be encoded: \(error)")
        }
        try AtomicFile.makeDirectory((path as NSString).deletingLastPathComponent)
        try AtomicFile.write(data, to: path, flush: flush)
    }

    /// Decodes one file; a damaged, foreign or newer file is reported as a `StorageError`.
    func decode(from data: Data, path file: String) throws -> Record {
        let header: FileHeader
        do {
            header = try JSONDecoder().decode(FileHeader.self, from: data)
        } catch {
            throw StorageError(path: file, reason: "is not valid JSON (\(Self.describe(error))). It was kept as it is; fix or remove it.")
        }
        guard header.format == format else {
            throw StorageError(path: file, reason: "is not a followup \(noun) file (no \"format\": \"\(format)\"). It was kept as it is.")
        }
        if let version = header.version, version > currentVersion {
            throw StorageError(
                path: file,
                reason:
                    "was written by a newer followup (format version \(version); this one reads up to \(currentVersion)). Update followup to open it; the file was kept."
            )
        }
        let value: Record
        do {
            if let version = header.version, version < currentVersion {
                guard let older = try readOlder(version, data) else {
                    throw StorageError(
                        path: file,
                        reason:
                            "has the format version \(version), which no followup wrote (this one reads 1 to \(currentVersion)). It was kept as it is; fix the version or remove the file."
                    )
                }
                value = older
            } else {
                value = try JSONDecoder().decode(Record.self, from: data)
            }
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError(
                path: file, reason: "has a field that doesn't fit (\(Self.describe(error))). It was kept as it is; fix it by hand or remove it.")
        }
        if let record = value as? any StoredRecord {
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            guard RecordID.isValid(record.id), record.id == name else {
                throw StorageError(
                    path: file,
                    reason: "has the id '\(record.id.prefix(80))', which is not its file's name (\(name)): an id is letters, digits and '-', "
                        + "and names the file it is kept in. It was kept as it is; fix the id or remove the file.")
            }
            if let problem = record.problem {
                throw StorageError(path: file, reason: "\(problem) It was kept as it is; fix it by hand or remove it.")
            }
        }
        return value
    }

    /// Every `*.json` file in `directory` that decodes, and the ones that don't.
    func readAll(in directory: String) -> (values: [Record], unreadable: [StorageError]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return ([], []) }
        var values: [Record] = []
        var unreadable: [StorageError] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let file = "\(directory)/\(name)"
            do {
                guard let data = try AtomicFile.read(file) else { continue }
                values.append(try decode(from: data, path: file))
            } catch let error as StorageError {
                unreadable.append(error)
            } catch {
                unreadable.append(StorageError(path: file, reason: "\(error)"))
            }
        }
        return (values, unreadable)
    }

    /// A decoding error in words, with the key path that failed.
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
