import FollowUpCore
import XCTest

@testable import FollowUpStorage

final class SessionStoreTests: XCTestCase {
    var home: String!

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "followup-store-\(UUID().uuidString)"
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    private func record(_ id: String = "20261122-101500") -> SessionRecord {
        var machine = GuidedSessionStateMachine()
        _ = machine.handle(.answer("José's Café"), environment: DialogueEnvironment(today: LocalDate(year: 2026, month: 11, day: 22)!))
        return SessionRecord(id: id, created: "2026-11-22T10:15:00Z", machine: machine)
    }

    func testSaveAndLoadRoundTripWithPrivateModes() throws {
        let store = SessionStore(home: home)
        try store.save(record())
        XCTAssertEqual(try store.load(id: "20261122-101500"), record())
        let fileMode = try FileManager.default.attributesOfItem(atPath: store.path(for: "20261122-101500"))[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: store.directory)[.posixPermissions] as? Int
        XCTAssertEqual(fileMode, 0o600)
        XCTAssertEqual(folderMode, 0o700)
        // No temporary files are left behind.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: store.directory).filter { $0.hasSuffix(".tmp") }, [])
    }

    func testDamagedFilesAreReportedWithTheirPathAndKept() throws {
        let store = SessionStore(home: home)
        try store.save(record("good"))
        let truncated = String(decoding: try XCTUnwrap(AtomicFile.read(store.path(for: "good"))), as: UTF8.self).prefix(40)
        try AtomicFile.write(Data(truncated.utf8), to: store.path(for: "truncated"))
        try AtomicFile.write(Data(#"{"format":"followup.session","version":99}"#.utf8), to: store.path(for: "newer"))
        try AtomicFile.write(Data(#"{"format":"followup.session","version":1,"id":3}"#.utf8), to: store.path(for: "edited"))
        let (sessions, unreadable) = store.all()
        XCTAssertEqual(sessions.map(\.id), ["good"])
        XCTAssertEqual(unreadable.count, 3)
        let byName = Dictionary(uniqueKeysWithValues: unreadable.map { (($0.path as NSString).lastPathComponent, $0.reason) })
        XCTAssertTrue(byName["truncated.json"]?.contains("not valid JSON") == true, "\(byName)")
        XCTAssertTrue(byName["newer.json"]?.contains("newer followup (format version 99") == true, "\(byName)")
        XCTAssertTrue(byName["edited.json"]?.contains("'id'") == true, "\(byName)")
        // The files are untouched.
        XCTAssertEqual(try AtomicFile.read(store.path(for: "newer")), Data(#"{"format":"followup.session","version":99}"#.utf8))
        XCTAssertThrowsError(try store.load(id: "truncated")) { error in
            XCTAssertTrue("\(error)".contains(store.path(for: "truncated")))
        }
    }

    func testASecondLockOnOneSessionIsRefusedWithAClearMessage() throws {
        let store = SessionStore(home: home)
        let first = try store.lock(id: "abc")
        XCTAssertThrowsError(try store.lock(id: "abc")) { error in
            XCTAssertTrue("\(error)".contains("open in another followup process"), "\(error)")
        }
        first.release()
        XCTAssertNoThrow(try store.lock(id: "abc"))
    }

    func testWritingIntoAPathThatIsAFileFailsClearly() throws {
        try AtomicFile.makeDirectory(home)
        let blocker = home + "/blocker"
        try AtomicFile.write(Data("x".utf8), to: blocker)
        XCTAssertThrowsError(try AtomicFile.makeDirectory(blocker + "/inner")) { error in
            XCTAssertTrue("\(error)".contains("is a file, not a folder"), "\(error)")
        }
        XCTAssertThrowsError(try AtomicFile.write(Data("y".utf8), to: blocker + "/inner/file")) { error in
            XCTAssertTrue("\(error)".contains("could not write"), "\(error)")
        }
    }

    func testNewIDsNeverCollide() throws {
        let store = SessionStore(home: home)
        let when = DateComponents(year: 2026, month: 11, day: 22, hour: 9, minute: 5, second: 7)
        let first = store.newID(startedAt: when)
        XCTAssertEqual(first, "20261122-090507")
        try store.save(record(first))
        XCTAssertEqual(store.newID(startedAt: when), "20261122-090507-2")
        // A session started but not saved yet (nothing answered) holds its id with its lock.
        let second = try store.lock(id: "20261122-090507-2")
        defer { second.release() }
        XCTAssertEqual(store.newID(startedAt: when), "20261122-090507-3")
    }
}

final class PlanExportWriteTests: XCTestCase {
    func testANewFolderAppearsWholeOrNotAtAll() throws {
        let parent = NSTemporaryDirectory() + "followup-export-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let folder = parent + "/plans/acme-2026-11-20"
        let good = [
            ExportFile(relativePath: "plan.md", data: Data("plan".utf8)),
            ExportFile(relativePath: "drafts/01-thank-you-ana.eml", data: Data("mail".utf8)),
        ]
        // A clash inside the new folder fails the write: nothing appears, nothing is left over.
        let clashing = good + [ExportFile(relativePath: "plan.md/oops", data: Data())]
        XCTAssertThrowsError(try PlanExport.write(clashing, into: folder))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent + "/plans"), [])
        // The same files without the clash: the folder appears with everything, privately.
        XCTAssertEqual(try PlanExport.write(good, into: folder), good.map { folder + "/" + $0.relativePath })
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent + "/plans"), ["acme-2026-11-20"])
        let fileMode = try FileManager.default.attributesOfItem(atPath: folder + "/drafts/01-thank-you-ana.eml")[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int
        XCTAssertEqual(fileMode, 0o600)
        XCTAssertEqual(folderMode, 0o700)
    }

    func testAFailurePartWayRemovesWhatThisAttemptWroteSoARetryWorks() throws {
        let folder = NSTemporaryDirectory() + "followup-export-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.makeDirectory(folder)
        // `drafts` is a file, so the first draft cannot be written after plan.md was.
        try AtomicFile.write(Data("in the way".utf8), to: folder + "/drafts")
        let files = [
            ExportFile(relativePath: "plan.md", data: Data("plan".utf8)),
            ExportFile(relativePath: "drafts/01-thank-you-ana.eml", data: Data("mail".utf8)),
        ]
        XCTAssertThrowsError(try PlanExport.write(files, into: folder)) { error in
            XCTAssertTrue("\(error)".contains("drafts"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/plan.md"))
        try FileManager.default.removeItem(atPath: folder + "/drafts")
        XCTAssertEqual(try PlanExport.write(files, into: folder).count, 2)
    }
}
