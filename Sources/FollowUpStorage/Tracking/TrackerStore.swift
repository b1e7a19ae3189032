import FollowUpCore
import Foundation

/// What recording a written plan did.
public enum TrackerRecording: Equatable, Sendable {
    /// A new record with this id.
    case created(id: String)
    /// A new round of an existing record.
    case roundAdded(id: String, round: Int)
    /// The interview was already tracked (the plan was written again); nothing changed.
    case alreadyTracked(id: String)

    public var id: String {
        switch self {
        case .created(let id), .roundAdded(let id, _), .alreadyTracked(let id): return id
        }
    }
}

/// Tracked applications on disk: `<home>/tracker/<id>.json`, one file per application.
///
/// Every change is a read-modify-write under an exclusive lock on that record
/// (`<home>/tracker/.<id>.lock`), written atomically, so two processes marking different
/// steps of one record both keep their change. Creating, matching and deleting records hold
/// the folder's lock (`.tracker.lock`) so two plans for one company never make two records.
public struct TrackerStore: Sendable {
    public let home: String

    public init(home: String) {
        self.home = home
    }

    public var directory: String { "\(home)/tracker" }

    public func path(for id: String) -> String { "\(directory)/\(id).json" }

    /// Ids are slugs: nothing that could name another folder.
    static func isValidID(_ id: String) -> Bool { RecordID.isValid(id) }

    // MARK: Reading

    /// Loads one record; a damaged or newer file is reported, never changed.
    public func load(id: String) throws -> TrackedInterview {
        guard Self.isValidID(id), let data = try AtomicFile.read(path(for: id)) else {
            throw TrackerError(unknownIDMessage(id))
        }
        return try decode(data, path: path(for: id))
    }

    /// "No interview 'x'. Known: a, b" with how to see them.
    public func unknownIDMessage(_ id: String) -> String {
        let known = all().records.map(\.id)
        if known.isEmpty {
            return "No tracked interview has the id '\(id)', and none is tracked yet. `followup plan --answers FILE` or a guided session adds one."
        }
        return "No tracked interview has the id '\(id)'. Known ids: \(known.joined(separator: ", ")) (`followup list` shows them all)."
    }

    static let file = VersionedJSONFile(
        format: TrackedInterview.formatName, currentVersion: TrackedInterview.currentVersion, noun: "tracker", readOlder: readOlder)

    /// Reads a file of an earlier format version into today's record. Version 1 has the same
    /// fields as version 2 (2 spells every key and value out, docs/file-formats.md), so it is
    /// read as it is and written as version 2 the next time the record changes.
    static func readOlder(version: Int, data: Data) throws -> TrackedInterview? {
        guard version == 1 else { return nil }
        var record = try JSONDecoder().decode(TrackedInterview.self, from: data)
        record.version = TrackedInterview.currentVersion
        return record
    }

    /// Reads a tracker record from the bytes of its file (`file` names it in errors).
    public func decode(_ data: Data, path file: String) throws -> TrackedInterview {
        try Self.file.decode(from: data, path: file)
    }

    /// Every record that could be read, by id, and the files that could not.
    public func all() -> (records: [TrackedInterview], unreadable: [UnreadableTrackerRecord]) {
        let (records, unreadable) = Self.file.readAll(in: directory)
        return (records, unreadable)
    }

    // MARK: Writing

    func save(_ record: TrackedInterview) throws {
        // Records are read and checked before they change; this holds the line for new ones.
        guard Self.isValidID(record.id) else { throw TrackerError(unknownIDMessage(record.id)) }
        try Self.file.encode(record, to: path(for: record.id))
    }

    func lock(id: String) throws -> FileLock {
        guard Self.isValidID(id) else { throw TrackerError(unknownIDMessage(id)) }
        try AtomicFile.makeDirectory(directory)
        return try Self.waitForLock("\(directory)/.\(id).lock")
    }

    func lockFolder() throws -> FileLock {
        try AtomicFile.makeDirectory(directory)
        return try Self.waitForLock("\(directory)/.tracker.lock")
    }

    /// Two `followup mark` runs on one record both succeed, one after the other: the second
    /// waits up to 10 seconds for the first.
    private static func waitForLock(_ path: String) throws -> FileLock {
        try FileLock(
            path: path, waiting: 10,
            whenHeld: "is still locked by another followup process after 10 seconds. Let it finish, then try again.")
    }

    /// Reads the record, lets `change` modify it, and writes it back, all under the record's
    /// lock. Nothing is written when `change` throws.
    @discardableResult
    public func update<T>(id: String, _ change: (inout TrackedInterview) throws -> T) throws -> T {
        guard Self.isValidID(id), FileManager.default.fileExists(atPath: path(for: id)) else {
            throw TrackerError(unknownIDMessage(id))
        }
        let held = try lock(id: id)
        defer { held.release() }
        var record = try load(id: id)
        let before = record
        let result = try change(&record)
        record.raiseSequences(since: before)
        if record != before { try save(record) }
        return result
    }

    /// Removes a record (its plan files stay where they are).
    public func delete(id: String) throws {
        guard Self.isValidID(id) else { throw TrackerError(unknownIDMessage(id)) }
        let folder = try lockFolder()
        defer { folder.release() }
        let held = try lock(id: id)
        defer { held.release() }
        guard Self.isValidID(id), FileManager.default.fileExists(atPath: path(for: id)) else {
            throw TrackerError(unknownIDMessage(id))
        }
        if unlink(path(for: id)) != 0 { throw StorageError.posix(path(for: id), "remove") }
        unlink("\(directory)/.\(id).lock")
        try unindex(id: id)
    }

    /// Tracks a plan that was just written: a new round when the same company and role is
    /// tracked and still open, nothing when this interview is already tracked, else a new record.
    ///
    /// - Parameter drafts: the drafts as written, to find each step's `.eml` file in `outputDirectory`.
    @discardableResult
    public func record(
        answers: Answers, plan: FollowUpPlan, drafts: [EmailDraft], outputDirectory: String?, key: String? = nil
    ) throws -> TrackerRecording {
        let folder = try lockFolder()
        defer { folder.release() }
        return try recordHoldingFolderLock(answers: answers, plan: plan, drafts: drafts, outputDirectory: outputDirectory, key: key)
    }

    /// The record that already tracks this interview (the same candidate, company and role,
    /// with a round on `interviewDate`), if any: planning it again would track nothing new.
    public func tracking(_ answers: Answers, interviewDate: LocalDate) -> TrackedInterview? {
        let ids = (try? indexedIDs(company: answers.interview.company, role: answers.interview.role)) ?? []
        return ids.compactMap { try? load(id: $0) }.first {
            $0.isSameApplication(as: answers) && $0.roundNumber(interviewOn: interviewDate) != nil
        }
    }

    /// The tracked plan of `id`'s round on `plan.interviewDate` made again from changed answers
    /// (`TrackedInterview.replacePlan`); what changed, or nil when nothing did.
    public func replacePlan(id: String, answers: Answers, plan: FollowUpPlan, drafts: [EmailDraft], outputDirectory: String?) throws -> String? {
        let files = draftFiles(drafts, in: outputDirectory)
        return try update(id: id) { $0.replacePlan(answers: answers, plan: plan, draftFiles: files) }
    }

    /// Draft id → the path of its `.eml` file in `outputDirectory`, for the drafts written there.
    func draftFiles(_ drafts: [EmailDraft], in outputDirectory: String?) -> [String: String] {
        var draftFiles: [String: String] = [:]
        if let outputDirectory {
            for (id, name) in PlanExport.draftFileNames(drafts) {
                let file = "\(outputDirectory)/drafts/\(name)"
                if FileManager.default.fileExists(atPath: file) { draftFiles[id] = file }
            }
        }
        return draftFiles
    }

    func recordHoldingFolderLock(
        answers: Answers, plan: FollowUpPlan, drafts: [EmailDraft], outputDirectory: String?, key: String? = nil
    ) throws -> TrackerRecording {
        let draftFiles = draftFiles(drafts, in: outputDirectory)
        // Only this application's records are read (see TrackerStore+Index.swift).
        let matches = try indexedIDs(company: answers.interview.company, role: answers.interview.role)
            .compactMap { try? load(id: $0) }
            .filter { $0.isSameApplication(as: answers) }
        if let tracked = matches.first(where: { $0.roundNumber(interviewOn: plan.interviewDate) != nil }) {
            return .alreadyTracked(id: tracked.id)
        }
        // The most recent open application for this company and role gets the new round.
        for candidate in matches.reversed() where !candidate.status.isClosed || candidate.status == .noResponse {
            let added: Int? = try update(id: candidate.id) { record in
                do {
                    try record.addRound(
                        answers: answers, plan: plan, draftFiles: draftFiles, outputDirectory: outputDirectory, key: key)
                    return record.rounds.count
                } catch {
                    return nil
                }
            }
            if let added { return .roundAdded(id: candidate.id, round: added) }
        }
        let base = TrackedInterview.proposedID(company: answers.interview.company, interviewDate: plan.interviewDate)
        var id = base
        // Someone else's interview at this company on this day (a coach's cohort): this candidate's
        // name tells the two apart; the same candidate's second application gets a number.
        if let holder = try? load(id: id),
            Slug.make(holder.candidate, fallback: "") != Slug.make(answers.candidate.name, fallback: ""),
            let named = TrackedInterview.candidateID(base: base, candidate: answers.candidate.name),
            !FileManager.default.fileExists(atPath: path(for: named))
        {
            id = named
        }
        var n = 2
        while FileManager.default.fileExists(atPath: path(for: id)) {
            id = "\(base)-\(n)"
            n += 1
        }
        let record = TrackedInterview.new(
            id: id, answers: answers, plan: plan, draftFiles: draftFiles, outputDirectory: outputDirectory, key: key)
        let held = try lock(id: id)
        defer { held.release() }
        try save(record)
        do {
            try index(record)
        } catch {
            // A record the index does not list would be missed by the next plan and tracked
            // twice: drop the index so the next run rebuilds it from the records.
            try? FileManager.default.removeItem(atPath: indexDirectory)
        }
        return .created(id: id)
    }
}

extension TrackedInterview: StoredRecord {
    var problem: String? {
        for (index, round) in rounds.enumerated() {
            for (field, date) in [("interview_date", round.interviewDate), ("plan_made_on", round.planMadeOn)] where !date.isSupported {
                return "rounds[\(index)].\(field): \(date.iso8601): " + LocalDate.unsupportedYearMessage(date.year)
            }
        }
        return nil
    }
}
