import FollowUpCore
import Foundation

/// Which records belong to which application (company and role), kept beside them in
/// `tracker/.applications/<company>--<role>`, one id a line.
///
/// Matching a new plan against the tracked ones then reads only that application's records
/// instead of every record: a coach's cohort of a thousand plans stays linear. The index is
/// written only under the folder lock, by every path that creates or removes a record, and
/// is rebuilt from the records themselves when it is missing (a home from an older version).
extension TrackerStore {
    var indexDirectory: String { "\(directory)/.applications" }

    /// The index key: the same slugs `TrackedInterview.isSameApplication(as:)` compares.
    static func applicationKey(company: String, role: String) -> String {
        "\(Slug.make(company, fallback: "company"))--\(Slug.make(role, fallback: "role"))"
    }

    /// The ids indexed for this company and role; builds the index first when there is none.
    /// Call with the folder lock held.
    func indexedIDs(company: String, role: String) throws -> [String] {
        if !FileManager.default.fileExists(atPath: indexDirectory) { try rebuildIndex() }
        let file = "\(indexDirectory)/\(Self.applicationKey(company: company, role: role))"
        guard let data = try AtomicFile.read(file) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
    }

    /// Adds a record's id to its application's line list. Call with the folder lock held.
    func index(_ record: TrackedInterview) throws {
        try AtomicFile.makeDirectory(indexDirectory)
        let file = "\(indexDirectory)/\(Self.applicationKey(company: record.company, role: record.role))"
        var ids = try AtomicFile.read(file).map { String(decoding: $0, as: UTF8.self).split(separator: "\n").map(String.init) } ?? []
        guard !ids.contains(record.id) else { return }
        ids.append(record.id)
        try AtomicFile.write(Data((ids.joined(separator: "\n") + "\n").utf8), to: file, flush: false)
    }

    /// Forgets a record's id wherever it is listed. Call with the folder lock held.
    func unindex(id: String) throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: indexDirectory) else { return }
        for name in names where !name.hasPrefix(".") {
            let file = "\(indexDirectory)/\(name)"
            guard let data = try AtomicFile.read(file) else { continue }
            let ids = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            guard ids.contains(id) else { continue }
            let kept = ids.filter { $0 != id }
            if kept.isEmpty {
                unlink(file)
            } else {
                try AtomicFile.write(Data((kept.map { $0 + "\n" }.joined()).utf8), to: file, flush: false)
            }
        }
    }

    /// Lists every readable record under its application. Call with the folder lock held.
    func rebuildIndex() throws {
        do {
            try AtomicFile.makeDirectory(indexDirectory)
            for record in all().records { try index(record) }
        } catch {
            // Half an index is worse than none: none is rebuilt next time.
            try? FileManager.default.removeItem(atPath: indexDirectory)
            throw error
        }
    }
}
