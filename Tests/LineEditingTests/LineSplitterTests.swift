import XCTest

@testable import LineEditing

final class LineSplitterTests: XCTestCase {
    func testCapCutsBackToAWholeCharacter() {
        var splitter = LineSplitter(maximumLineBytes: 3)
        splitter.feed(Array("ééé\n".utf8))  // 6 bytes; the cap falls inside the second é
        XCTAssertEqual(splitter.nextLine(), "é")
        XCTAssertNil(splitter.nextLine())
    }

    func testRestOfLongLineIsDiscardedButNextLineIsKept() {
        var splitter = LineSplitter(maximumLineBytes: 4)
        splitter.feed(Array("abcdefgh\nok\n".utf8))
        XCTAssertEqual(splitter.nextLine(), "abcd")
        XCTAssertEqual(splitter.nextLine(), "ok")
        XCTAssertNil(splitter.finish())
    }

    func testIncompleteTailLength() {
        XCTAssertEqual(LineSplitter.incompleteTailLength(of: [0x61, 0xE6, 0x9D]), 2)  // 李 cut after 2 of 3
        XCTAssertEqual(LineSplitter.incompleteTailLength(of: [0x61, 0xE6, 0x9D, 0x8E]), 0)
        XCTAssertEqual(LineSplitter.incompleteTailLength(of: [0x61, 0xC3]), 1)
        XCTAssertEqual(LineSplitter.incompleteTailLength(of: [0x61]), 0)
    }
}
