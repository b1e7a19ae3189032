import FollowUpCore
import XCTest

@testable import FollowUpStorage

final class TrackerStoreTests: XCTestCase {
    var home: String!

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "followup-tracker-\(UUID().uuidString)"
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    func d(_ text: String) -> LocalDate {
        guard let date = LocalDate(iso8601: text) else { preconditionFailure(text) }
        return date
    }

    func answers(
        company: String = "Initech", date: String = "2026-11-18", people: [String] = ["Bill Lumbergh", "Milton Waddams", "Peter Gibbons", "Joanna Kim"]
    ) -> Answers {
        Answers(
            interview: Interview(company: company, role: "Backend Developer", date: d(date)),
            interviewers: people.map { Interviewer(name: $0) })
    }

    @discardableResult
    func track(_ a: Answers, out: String? = nil) throws -> TrackerRecording {
        let plan = PlanBuilder.build(from: a, today: a.interview.date ?? d("2026-11-18"))
        return try TrackerStore(home: home).record(answers: a, plan: plan, drafts: DraftComposer().compose(a).drafts, outputDirectory: out)
    }

    func testRecordsAreSavedPrivatelyWithFormatAndVersion() throws {
        let store = TrackerStore(home: home)
        XCTAssertEqual(try track(answers()), .created(id: "initech-1118"))
        let data = try XCTUnwrap(AtomicFile.read(store.path(for: "initech-1118")))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["format"] as? String, "followup.tracker")
        XCTAssertEqual(object["version"] as? Int, 2)
        let mode = try FileManager.default.attributesOfItem(atPath: store.path(for: "initech-1118"))[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }

    func testSameInterviewTwiceIsOneRecordAndALaterRoundIsAddedToIt() throws {
        try track(answers())
        XCTAssertEqual(try track(answers()), .alreadyTracked(id: "initech-1118"))
        XCTAssertEqual(try track(answers(date: "2026-12-02", people: ["Lawrence"])), .roundAdded(id: "initech-1118", round: 2))
        XCTAssertEqual(try track(answers(company: "Initrode")), .created(id: "initrode-1118"))
        let store = TrackerStore(home: home)
        XCTAssertEqual(store.all().records.map(\.id), ["initech-1118", "initrode-1118"])
        XCTAssertEqual(try store.load(id: "initech-1118").rounds.map(\.answers.interviewers.first?.name), ["Bill Lumbergh", "Lawrence"])
        // A closed application gets a new record for a new interview, with the next free id.
        try store.update(id: "initrode-1118") { try $0.record(.rejected, on: self.d("2026-11-25")) }
        XCTAssertEqual(try track(answers(company: "Initrode", date: "2027-11-18")), .created(id: "initrode-1118-2"))
    }

    func testACoachsTwoCandidatesForOneRoleOnOneDayAreTwoRecords() throws {
        var sam = answers()
        sam.candidate.name = "Sam Rivera"
        var ana = answers()
        ana.candidate.name = "Ana Lee"
        XCTAssertEqual(try track(sam), .created(id: "initech-1118"))
        XCTAssertEqual(try track(ana), .created(id: "initech-1118-ana"))
        XCTAssertEqual(try track(ana), .alreadyTracked(id: "initech-1118-ana"))
        let store = TrackerStore(home: home)
        XCTAssertEqual(store.tracking(sam, interviewDate: d("2026-11-18"))?.id, "initech-1118")
        XCTAssertEqual(store.tracking(ana, interviewDate: d("2026-11-18"))?.candidate, "Ana Lee")
        XCTAssertNil(store.tracking(ana, interviewDate: d("2026-11-19")))
        XCTAssertEqual(try store.load(id: "initech-1118-ana").row(on: d("2026-11-20")).candidate, "Ana Lee")
    }

    func testDraftFilesAreFoundInTheOutputFolder() throws {
        let out = home + "/out"
        let a = answers(people: ["Bill Lumbergh"])
        let names = PlanExport.draftFileNames(DraftComposer().compose(a).drafts)
        let thankYou = try XCTUnwrap(names["thank-you-1"])
        try AtomicFile.makeDirectory(out + "/drafts")
        try AtomicFile.write(Data("x".utf8), to: out + "/drafts/" + thankYou)
        try track(a, out: out)
        let steps = try TrackerStore(home: home).load(id: "initech-1118").rounds[0].steps
        XCTAssertEqual(steps.first { $0.id == "thank-you-1" }?.draftFile, out + "/drafts/" + thankYou)
        XCTAssertNil(steps.first { $0.id == "check-in" }?.draftFile, "a draft that was not written is not offered")
    }

    /// Eight threads mark eight different steps of one record at once: every mark survives.
    func testConcurrentWritersOnOneRecordKeepEveryUpdate() throws {
        try track(answers())
        let store = TrackerStore(home: home)
        let refs = ["thank-you-1", "thank-you-2", "thank-you-3", "thank-you-4", "networking-1", "networking-2", "networking-3", "networking-4"]
        let failures = Failures()
        let folder: String = home
        let day = d("2026-11-19")
        DispatchQueue.concurrentPerform(iterations: refs.count) { n in
            do {
                try TrackerStore(home: folder).update(id: "initech-1118") { record in
                    // Widen the window between read and write, to make a lost update likely without the lock.
                    usleep(20_000)
                    try record.mark(refs[n], as: .sent, on: day)
                }
            } catch {
                failures.add("\(refs[n]): \(error)")
            }
        }
        XCTAssertEqual(failures.all, [])
        let record = try store.load(id: "initech-1118")
        let sent = record.allSteps.filter { $0.step.state == .sent }.map(\.ref)
        XCTAssertEqual(Set(sent), Set(refs))
        XCTAssertEqual(record.history.count, 1 + refs.count)
    }

    func testAFailedChangeWritesNothingAndUnknownIDsListTheKnownOnes() throws {
        try track(answers())
        let store = TrackerStore(home: home)
        let before = try AtomicFile.read(store.path(for: "initech-1118"))
        XCTAssertThrowsError(try store.update(id: "initech-1118") { try $0.mark("nope", as: .sent, on: self.d("2026-11-19")) })
        XCTAssertEqual(try AtomicFile.read(store.path(for: "initech-1118")), before)
        XCTAssertThrowsError(try store.load(id: "acme-1120")) { error in
            XCTAssertTrue("\(error)".contains("Known ids: initech-1118"), "\(error)")
        }
        XCTAssertThrowsError(try store.update(id: "../sessions/x") { _ in })
    }

    func testDamagedFilesAreReportedWithTheirPathAndKept() throws {
        try track(answers())
        let store = TrackerStore(home: home)
        let damaged = store.path(for: "broken-0101")
        try AtomicFile.write(Data(#"{"format":"followup.tracker","version":1,"id":"#.utf8), to: damaged)
        try AtomicFile.write(Data(#"{"format":"followup.tracker","version":7}"#.utf8), to: store.path(for: "newer-0101"))
        let found = store.all()
        XCTAssertEqual(found.records.map(\.id), ["initech-1118"])
        XCTAssertEqual(found.unreadable.map(\.path), [damaged, store.path(for: "newer-0101")])
        XCTAssertTrue(found.unreadable[1].reason.contains("newer followup"), found.unreadable[1].reason)
        XCTAssertTrue(FileManager.default.fileExists(atPath: damaged), "kept")
    }

    func testDeleteRemovesTheRecordOnly() throws {
        try track(answers())
        let store = TrackerStore(home: home)
        try store.delete(id: "initech-1118")
        XCTAssertEqual(store.all().records, [])
        XCTAssertThrowsError(try store.delete(id: "initech-1118"))
    }

    // MARK: Migration from the session format

    func finishedSession(_ id: String, answers a: Answers, output: String?, updated: String) throws -> SessionRecord {
        var machine = GuidedSessionStateMachine.reviewing(a)
        _ = machine.handle(.answer("yes"), environment: DialogueEnvironment(today: d("2026-11-18")))
        XCTAssertEqual(machine.state, .finished)
        var record = SessionRecord(id: id, created: updated, machine: machine)
        record.updated = updated
        record.outputDirectory = output
        return record
    }

    func testFinishedSessionsAreImportedOnceAndNeverDropped() throws {
        let sessions = SessionStore(home: home)
        var a = answers(people: ["Bill Lumbergh"])
        a.candidate = Candidate(name: "Sam Rivera")
        try sessions.save(try finishedSession("20261118-170000", answers: a, output: home + "/plans/initech", updated: "2026-11-18T17:05:00Z"))
        // The second round, finished later, goes into the same record.
        var second = answers(date: "2026-12-02", people: ["Lawrence"])
        second.candidate = a.candidate
        try sessions.save(try finishedSession("20261202-180000", answers: second, output: home + "/plans/initech-2", updated: "2026-12-02T18:00:00Z"))
        // Not imported: unfinished, and finished without files.
        try sessions.save(SessionRecord(id: "20261120-090000", created: "2026-11-20T09:00:00Z", machine: GuidedSessionStateMachine()))
        try sessions.save(try finishedSession("20261121-090000", answers: answers(company: "Globex"), output: nil, updated: "2026-11-21T09:00:00Z"))
        try AtomicFile.write(Data("{not json".utf8), to: sessions.path(for: "damaged"))

        let store = TrackerStore(home: home)
        let result = try store.importFinishedSessions(from: sessions)
        XCTAssertEqual(result.imported.map(\.session), ["20261118-170000", "20261202-180000"])
        XCTAssertEqual(result.imported.map(\.recording), [.created(id: "initech-1118"), .roundAdded(id: "initech-1118", round: 2)])
        XCTAssertEqual(result.unreadable.map(\.path), [sessions.path(for: "damaged")])
        let record = try store.load(id: "initech-1118")
        XCTAssertEqual(record.rounds.map(\.outputDirectory), [home + "/plans/initech", home + "/plans/initech-2"])
        XCTAssertEqual(record.rounds[0].planMadeOn, d("2026-11-18"))
        XCTAssertEqual(record.rounds[0].answers, a)

        // Session files are untouched, and a second run imports nothing.
        XCTAssertEqual(try sessions.load(id: "20261118-170000").outputDirectory, home + "/plans/initech")
        XCTAssertEqual(try store.importFinishedSessions(from: sessions).imported.count, 0)
        // A record the user deleted is not brought back.
        try store.delete(id: "initech-1118")
        XCTAssertEqual(try store.importFinishedSessions(from: sessions).imported.count, 0)
        XCTAssertEqual(store.all().records, [])
    }

    func testASessionAlreadyTrackedWhenItWroteItsFilesIsNotImportedTwice() throws {
        let sessions = SessionStore(home: home)
        let a = answers(people: ["Bill Lumbergh"])
        try track(a, out: home + "/plans/initech")
        try sessions.save(try finishedSession("20261118-170000", answers: a, output: home + "/plans/initech", updated: "2026-11-18T17:05:00Z"))
        let result = try TrackerStore(home: home).importFinishedSessions(from: sessions)
        XCTAssertEqual(result.imported.count, 0)
        XCTAssertEqual(TrackerStore(home: home).all().records.count, 1)
    }
}

/// Errors collected from several threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ text: String) {
        lock.lock()
        items.append(text)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
