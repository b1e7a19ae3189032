import FollowUpCore
import XCTest

@testable import FollowUpStorage

/// The session and tracker file formats (docs/file-formats.md): every earlier version in
/// `Fixtures/formats` still loads, and loads to the same values as the current version; the
/// current version round-trips byte for byte; its keys and question names are fixed strings.
final class FileFormatTests: XCTestCase {
    static let formats = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/formats")
    var home: String!

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "followup-formats-\(UUID().uuidString)"
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    /// The fixture files of one version and kind: `version-1/sessions`.
    private func fixtures(_ version: Int, _ kind: String) throws -> [URL] {
        let folder = Self.formats.appendingPathComponent("version-\(version)/\(kind)")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }

    private func loadSession(_ file: URL) throws -> SessionRecord {
        try SessionStore(home: home).decode(Data(contentsOf: file), path: file.path)
    }

    private func loadTracker(_ file: URL) throws -> TrackedInterview {
        try TrackerStore(home: home).decode(Data(contentsOf: file), path: file.path)
    }

    /// `FOLLOWUP_RECORD_FORMATS=1` writes the version-2 fixtures from the version-1 ones, to review.
    private var recording: Bool { ProcessInfo.processInfo.environment["FOLLOWUP_RECORD_FORMATS"] == "1" }

    // MARK: - Every earlier format loads

    func testEveryVersion1SessionLoadsToTheSameValuesAsVersion2() throws {
        let old = try fixtures(1, "sessions")
        XCTAssertEqual(old.map(\.lastPathComponent), ["20261130-194242.json", "20261130-194245.json"])
        for file in old {
            let migrated = try loadSession(file)
            if recording { try SessionStore(home: Self.formats.appendingPathComponent("version-2").path).save(migrated) }
            let current = try loadSession(Self.formats.appendingPathComponent("version-2/sessions/\(file.lastPathComponent)"))
            XCTAssertEqual(migrated, current, file.lastPathComponent)
            XCTAssertEqual(migrated.version, 2)
        }
    }

    func testAPartVersion1SessionResumesWhereItStopped() throws {
        let record = try loadSession(try fixtures(1, "sessions")[0])
        let machine = record.machine
        XCTAssertEqual(record.id, "20261130-194242")
        XCTAssertEqual(record.created, "2026-11-30T19:42:42Z")
        XCTAssertNil(record.outputDirectory)
        XCTAssertEqual(machine.state, .asking(.concern(1)))
        XCTAssertFalse(machine.concernsClosed)
        XCTAssertEqual(
            machine.answers.interview,
            Interview(company: "Initech", role: "Backend Engineer", date: LocalDate(year: 2026, month: 11, day: 18), format: .video, round: .first))
        XCTAssertEqual(machine.answers.interviewers.map(\.name), ["Ana Pérez", "Bill Lumbergh"])
        XCTAssertEqual(machine.answers.interviewers[0].topics, ["the migration", "on-call"])
        XCTAssertEqual(machine.answers.concerns, [Concern(topic: "I froze on Terraform", response: "I have used it since")])
        let asked: [Question] = [
            .company, .role, .interviewDate, .format, .round, .interviewerNames,
            .interviewerTitle(0), .interviewerEmail(0), .interviewerAddress(0), .interviewerTopics(0),
            .interviewerTitle(1), .interviewerEmail(1), .interviewerAddress(1), .interviewerTopics(1),
            .highlights, .strengths, .concern(0), .concernResponse(0),
        ]
        XCTAssertEqual(machine.history, asked)
        XCTAssertEqual(machine.settled, Set(asked))
        XCTAssertEqual(machine.prompt?.position, 19)
    }

    func testAFinishedVersion1SessionStaysFinished() throws {
        let record = try loadSession(try fixtures(1, "sessions")[1])
        XCTAssertEqual(record.machine.state, .finished)
        XCTAssertTrue(record.isFinished)
        XCTAssertEqual(record.outputDirectory, "/tmp/wtf/gen2/out")
        XCTAssertEqual(record.machine.answers.interview.company, "Globex")
        XCTAssertEqual(record.machine.answers.candidate.name, "Peter Gibbons")
    }

    func testEveryVersion1TrackerRecordLoadsToTheSameValuesAsVersion2() throws {
        let old = try fixtures(1, "tracker")
        XCTAssertEqual(old.map(\.lastPathComponent), ["acme-robotics-1120.json"])
        for file in old {
            let migrated = try loadTracker(file)
            if recording { try TrackerStore(home: Self.formats.appendingPathComponent("version-2").path).save(migrated) }
            let current = try loadTracker(Self.formats.appendingPathComponent("version-2/tracker/\(file.lastPathComponent)"))
            XCTAssertEqual(migrated, current, file.lastPathComponent)
            XCTAssertEqual(migrated.version, 2)
            XCTAssertEqual(migrated.rounds.first?.steps.count, 13)
            XCTAssertEqual(migrated.rounds.first?.steps.first?.kind, .thankYou)
            XCTAssertEqual(migrated.status, .active)
        }
    }

    // MARK: - The current format

    func testTheCurrentFormatRoundTripsByteForByte() throws {
        for file in try fixtures(2, "sessions") {
            let record = try loadSession(file)
            let path = "\(home!)/sessions/\(file.lastPathComponent)"
            try SessionStore(home: home).save(record)
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), try String(contentsOf: file, encoding: .utf8), file.lastPathComponent)
        }
        for file in try fixtures(2, "tracker") {
            let record = try loadTracker(file)
            try TrackerStore(home: home).save(record)
            let path = TrackerStore(home: home).path(for: record.id)
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), try String(contentsOf: file, encoding: .utf8), file.lastPathComponent)
        }
    }

    func testEveryQuestionHasAFixedNameThatReadsBack() throws {
        let all: [Question] = [
            .company, .role, .interviewDate, .format, .round, .interviewerNames, .interviewerTitle(2), .interviewerEmail(2),
            .interviewerAddress(2), .interviewerTopics(2), .highlights, .strengths, .concern(3), .concernResponse(3), .promised,
            .decisionDate, .nextSteps, .recruiter, .tone, .signOff, .candidateEmail, .review,
        ]
        let names = all.map(StoredQuestion.name(of:))
        XCTAssertEqual(
            names,
            [
                "company", "role", "interview-date", "format", "round", "interviewer-names", "interviewer-title:2", "interviewer-email:2",
                "interviewer-address:2", "interviewer-topics:2", "highlights", "strengths", "concern:3", "concern-response:3", "promised",
                "decision-date", "next-steps", "recruiter", "tone", "sign-off", "candidate-email", "review",
            ])
        XCTAssertEqual(try names.map(StoredQuestion.question(named:)), all)
    }

    /// One kind of step for the plan and the tracker: its names are what plan.json and the
    /// tracker files hold, and must not change.
    func testEveryStepKindHasAFixedNameInPlanJSONAndTheTrackerFile() throws {
        XCTAssertEqual(
            StepKind.allCases.map(\.rawValue),
            [
                "thank-you", "recruiter-note", "promised-material", "check-in", "final-check-in", "networking", "after-offer",
                "after-rejection", "after-silence", "withdrawal-note",
            ])
        // The tracker fixtures of every version name their steps' kinds with these names.
        for version in [1, 2] {
            for file in try fixtures(version, "tracker") {
                let kinds = try loadTracker(file).rounds.flatMap(\.steps).map(\.kind)
                XCTAssertFalse(kinds.isEmpty, file.lastPathComponent)
            }
        }
    }

    /// A fixed file, written by hand: it reads whatever the Swift cases are called today.
    static let literal = """
        {
          "answers" : { "interview" : { "company" : "Acme", "role" : "Engineer", "round" : "final" }, "interviewers" : [ { "name" : "Ana" } ], "tone" : "brief" },
          "created" : "2026-11-22T10:15:00Z",
          "dialogue" : {
            "back" : [ "company", "role", "interview-date", "interviewer-names" ],
            "concerns_closed" : false,
            "question" : "interviewer-title:0",
            "settled" : [ "company", "role", "interview-date", "interviewer-names" ],
            "state" : "asking"
          },
          "format" : "followup.session",
          "id" : "20261122-101500",
          "updated" : "2026-11-22T10:16:00Z",
          "version" : 2
        }
        """

    func testAFixedVersion2FileReadsToTheseValues() throws {
        let record = try SessionStore(home: home).decode(Data(Self.literal.utf8), path: "20261122-101500.json")
        let m = record.machine
        XCTAssertEqual(m.state, .asking(.interviewerTitle(0)))
        XCTAssertEqual(m.history, [.company, .role, .interviewDate, .interviewerNames])
        XCTAssertEqual(m.settled, [.company, .role, .interviewDate, .interviewerNames])
        XCTAssertEqual(m.answers.interview.round, .final)
        XCTAssertEqual(m.answers.tone, .brief)
        XCTAssertEqual(record.updated, "2026-11-22T10:16:00Z")
        // And is written back with the same keys and names.
        let written = try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? NSDictionary
        let expected = try JSONSerialization.jsonObject(with: Data(Self.literal.utf8)) as? NSDictionary
        XCTAssertEqual(written?["dialogue"] as? NSDictionary, expected?["dialogue"] as? NSDictionary)
        XCTAssertEqual(written?.allKeys.map { "\($0)" }.sorted(), ["answers", "created", "dialogue", "format", "id", "updated", "version"])
    }

    func testAFixedVersion2TrackerFileReadsToTheseValues() throws {
        let literal = """
            {"format": "followup.tracker", "version": 2, "id": "acme-1120", "company": "Acme", "role": "Engineer", "status": "no-response",
             "rounds": [{"number": 1, "stage": "final round", "interview_date": "2026-11-20", "plan_made_on": "2026-11-21", "answers": {},
               "steps": [{"id": "networking-1", "kind": "networking", "recipient": {"name": "Ana"}, "due": "2026-11-23",
                          "planned_due": "2026-11-23", "what": "Connect", "state": "skipped", "done_on": "2026-11-24"}]}],
             "history": [{"date": "2026-11-21", "text": "Tracking started"}]}
            """
        let record = try TrackerStore(home: home).decode(Data(literal.utf8), path: "acme-1120.json")
        XCTAssertEqual(record.status, .noResponse)
        XCTAssertEqual(record.rounds[0].steps[0].kind, .networking)
        XCTAssertEqual(record.rounds[0].steps[0].state, .skipped)
        XCTAssertEqual(record.rounds[0].steps[0].doneOn, LocalDate(year: 2026, month: 11, day: 24))
        XCTAssertEqual(record.history, [TrackerHistoryEntry(date: LocalDate(year: 2026, month: 11, day: 21)!, text: "Tracking started")])
    }

    // MARK: - Files followup cannot read

    func testANewerOrUnknownVersionNamesTheFileAndWhatToDo() throws {
        let sessions = SessionStore(home: home)
        for (version, words) in [
            (3, "newer followup (format version 3; this one reads up to 2). Update followup"), (0, "format version 0, which no followup wrote"),
        ] {
            let data = Data(#"{"format":"followup.session","version":\#(version),"id":"20261122-101500"}"#.utf8)
            XCTAssertThrowsError(try sessions.decode(data, path: "/x/20261122-101500.json")) { error in
                XCTAssertTrue("\(error)".hasPrefix("/x/20261122-101500.json: "), "\(error)")
                XCTAssertTrue("\(error)".contains(words), "\(error)")
            }
        }
        let tracker = Data(#"{"format":"followup.tracker","version":3,"id":"acme-1120"}"#.utf8)
        XCTAssertThrowsError(try TrackerStore(home: home).decode(tracker, path: "/x/acme-1120.json")) { error in
            XCTAssertTrue("\(error)".contains("/x/acme-1120.json: was written by a newer followup (format version 3; this one reads up to 2)"), "\(error)")
        }
    }

    func testAnUnknownQuestionNameIsReportedWithTheFile() throws {
        let edited = Self.literal.replacingOccurrences(of: "\"question\" : \"interviewer-title:0\"", with: "\"question\" : \"interviewerTitle\"")
        XCTAssertThrowsError(try SessionStore(home: home).decode(Data(edited.utf8), path: "/x/20261122-101500.json")) { error in
            XCTAssertTrue("\(error)".contains("/x/20261122-101500.json: has a field that doesn't fit"), "\(error)")
            XCTAssertTrue("\(error)".contains("'interviewerTitle' is not a question"), "\(error)")
        }
    }
}
