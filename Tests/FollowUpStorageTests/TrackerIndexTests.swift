import FollowUpCore
import XCTest

@testable import FollowUpStorage

/// The application index that keeps matching a new plan linear in a cohort.
extension TrackerStoreTests {
    func testAnIndexedApplicationGetsItsNextRoundAndOthersStaySeparate() throws {
        XCTAssertEqual(try track(answers(company: "Acme Robotics 1")), .created(id: "acme-robotics-1118"))
        XCTAssertEqual(try track(answers(company: "Acme Robotics 2")), .created(id: "acme-robotics-1118-2"))
        XCTAssertEqual(try track(answers(company: "Acme Robotics 1", date: "2026-11-25")), .roundAdded(id: "acme-robotics-1118", round: 2))
        let store = TrackerStore(home: home)
        XCTAssertEqual(try store.indexedIDs(company: "Acme Robotics 2", role: "Backend Developer"), ["acme-robotics-1118-2"])
    }

    func testAMissingIndexIsRebuiltFromTheRecords() throws {
        try track(answers())
        let store = TrackerStore(home: home)
        try FileManager.default.removeItem(atPath: store.indexDirectory)
        XCTAssertEqual(try track(answers(date: "2026-11-25")), .roundAdded(id: "initech-1118", round: 2))
    }

    func testADeletedRecordLeavesTheIndex() throws {
        try track(answers())
        let store = TrackerStore(home: home)
        try store.delete(id: "initech-1118")
        XCTAssertEqual(try store.indexedIDs(company: "Initech", role: "Backend Developer"), [])
        XCTAssertEqual(try track(answers()), .created(id: "initech-1118"))
    }
}
