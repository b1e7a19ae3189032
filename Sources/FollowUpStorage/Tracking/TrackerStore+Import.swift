import FollowUpCore
import Foundation

/// What importing earlier sessions did.
public struct TrackerImport: Equatable, Sendable {
    /// Records created or extended, by session id.
    public var imported: [(session: String, recording: TrackerRecording)]
    /// Session files that could not be read (kept as they are).
    public var unreadable: [UnreadableSession]

    public static func == (lhs: TrackerImport, rhs: TrackerImport) -> Bool {
        lhs.imported.map(\.session) == rhs.imported.map(\.session)
            && lhs.imported.map(\.recording) == rhs.imported.map(\.recording) && lhs.unreadable == rhs.unreadable
    }
}

extension TrackerStore {
    /// `<home>/tracker/imported-sessions`: the sessions already looked at, one id a line, so a
    /// record the user deleted is not imported again.
    var importedListPath: String { "\(directory)/imported-sessions" }

    /// Brings finished guided sessions from before the tracker (a session file with state
    /// finished and an output folder) into the tracker, once each. A session whose interview is
    /// already tracked (the guided session records it when it writes its files) only gets noted.
    /// Damaged session files are returned, never changed.
    @discardableResult
    public func importFinishedSessions(from sessions: SessionStore) throws -> TrackerImport {
        let found = sessions.all()
        let candidates = found.sessions.filter { $0.isFinished && $0.outputDirectory != nil }
        var result = TrackerImport(imported: [], unreadable: found.unreadable)
        let seenBefore = Set(readImportedList())
        let fresh = candidates.filter { !seenBefore.contains($0.id) }
        guard !fresh.isEmpty else { return result }

        let folder = try lockFolder()
        defer { folder.release() }
        var seen = readImportedList()  // again, under the lock: another process may have imported meanwhile
        // Oldest first, so rounds are added in the order they happened.
        for session in fresh.sorted(by: { $0.created < $1.created }) where !seen.contains(session.id) {
            let answers = session.machine.answers
            let day = LocalDate(iso8601: session.updated.prefix(10)) ?? answers.interview.date ?? LocalDate(daysSinceEpoch: 0)
            let plan = PlanBuilder.build(from: answers, today: day)
            // The drafts as the session wrote them: names with their capitals, as of that day.
            let drafts = DraftComposer(nameCapitals: .english).compose(answers, today: day).drafts
            let recording = try recordHoldingFolderLock(answers: answers, plan: plan, drafts: drafts, outputDirectory: session.outputDirectory)
            if case .alreadyTracked = recording {} else { result.imported.append((session.id, recording)) }
            seen.append(session.id)
            try AtomicFile.write(Data((seen.joined(separator: "\n") + "\n").utf8), to: importedListPath)
        }
        return result
    }

    func readImportedList() -> [String] {
        guard let data = try? AtomicFile.read(importedListPath) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }
}
