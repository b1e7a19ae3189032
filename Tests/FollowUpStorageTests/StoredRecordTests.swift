import FollowUpCore
import XCTest

@testable import FollowUpStorage

/// Records read from planted or synced files (issue 12): their ids never name a path outside
/// the data folder, and their dates stay within the years followup writes and reads back.
final class StoredRecordTests: XCTestCase {
    var home: String!

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "followup-records-\(UUID().uuidString)"
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
        try? FileManager.default.removeItem(atPath: home + "-outside.json")
    }

    private func tracked() throws -> TrackerStore {
        let answers = Answers(
            interview: Interview(company: "Initech", role: "Developer", date: LocalDate(year: 2026, month: 11, day: 18)),
            interviewers: [Interviewer(name: "Bill Lumbergh")])
        let plan = PlanBuilder.build(from: answers, today: LocalDate(year: 2026, month: 11, day: 18)!)
        let store = TrackerStore(home: home)
        try store.record(answers: answers, plan: plan, drafts: DraftComposer().compose(answers).drafts, outputDirectory: nil)
        return store
    }

    /// Rewrites one JSON field of the file at `path`.
    private func edit(_ path: String, _ change: (inout [String: Any]) -> Void) throws {
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        change(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
    }

    func testATrackerRecordWhoseIdNamesAnotherPathIsRefusedAndNothingIsWrittenThere() throws {
        let store = try tracked()
        let outside = home + "-outside"
        let climb = String(repeating: "../", count: 12) + String(outside.dropFirst())
        try edit(store.path(for: "initech-1118")) { $0["id"] = climb }
        XCTAssertThrowsError(try store.update(id: "initech-1118") { _ = try $0.mark("thank-you-1", as: .sent, on: LocalDate(year: 2026, month: 11, day: 19)!) })
        {
            XCTAssertTrue("\($0)".contains("is not its file's name (initech-1118)"), "\($0)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside + ".json"))
        XCTAssertEqual(store.all().records.count, 0)
        XCTAssertEqual(store.all().unreadable.count, 1)
    }

    func testIdsThatCouldNameAPathAreRefusedBeforeAnyFileIsTouched() throws {
        let sessions = SessionStore(home: home)
        let tracker = TrackerStore(home: home)
        for id in ["../../x", "/etc/passwd", "..", ".hidden", "a/b", "a\u{0}b", "-rf", ""] {
            XCTAssertThrowsError(try sessions.load(id: id), id)
            XCTAssertThrowsError(try sessions.lock(id: id), id)
            XCTAssertThrowsError(try tracker.delete(id: id), id)
        }
        XCTAssertThrowsError(try sessions.load(id: "../../x")) {
            XCTAssertTrue("\($0)".contains("is not a session id"), "\($0)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: home + "/sessions"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: home + "/tracker"))
    }

    func testASessionWhoseIdNamesAnotherPathIsRefused() throws {
        let sessions = SessionStore(home: home)
        var machine = GuidedSessionStateMachine()
        _ = machine.handle(.answer("Acme"), environment: DialogueEnvironment(today: LocalDate(year: 2026, month: 11, day: 22)!))
        try sessions.save(SessionRecord(id: "20261122-101500", created: "2026-11-22T10:15:00Z", machine: machine))
        try edit(sessions.path(for: "20261122-101500")) { $0["id"] = "/../../../tmp/x" }
        XCTAssertThrowsError(try sessions.load(id: "20261122-101500")) {
            XCTAssertTrue("\($0)".contains("has the id '/../../../tmp/x'"), "\($0)")
        }
        XCTAssertEqual(sessions.all().sessions.count, 0)
        XCTAssertThrowsError(try sessions.save(SessionRecord(id: "/../x", created: "2026-11-22T10:15:00Z", machine: machine)))
    }

    func testARecordWithADateOutsideTheSupportedYearsIsReportedNamingTheField() throws {
        let store = try tracked()
        try edit(store.path(for: "initech-1118")) { object in
            var rounds = object["rounds"] as? [[String: Any]] ?? []
            rounds[0]["interview_date"] = "9999-12-31"
            object["rounds"] = rounds
        }
        XCTAssertThrowsError(try store.load(id: "initech-1118")) {
            XCTAssertTrue("\($0)".contains("rounds[0].interview_date: 9999-12-31: the year 9999 is outside"), "\($0)")
        }
    }
}
