import Foundation
import XCTest

@testable import FollowUpStorage

/// `PlanExport.write` never overwrites nor follows what is already in the output folder.
final class PlanExportLinkTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "followup-export-\(UUID().uuidString)"
        try AtomicFile.makeDirectory(folder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private let files = [
        ExportFile(relativePath: "plan.md", data: Data("# plan\n".utf8)),
        ExportFile(relativePath: "drafts/01-thank-you-ana.eml", data: Data("Subject: hi\r\n".utf8)),
    ]

    private func assertRefused(_ path: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try PlanExport.write(files, into: folder), file: file, line: line) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix(path + ": "), message, file: file, line: line)
            XCTAssertTrue(message.contains("symbolic link"), message, file: file, line: line)
        }
    }

    func testADanglingSymbolicLinkInTheFolderIsNeitherReplacedNorFollowed() throws {
        let target = folder + "-target.md"
        defer { unlink(target) }
        XCTAssertEqual(symlink(target, folder + "/plan.md"), 0)
        assertRefused(folder + "/plan.md")
        // The link is still a link, still to nothing, and nothing else was written.
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/plan.md"), target)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["plan.md"])
    }

    func testALinkedSubfolderIsNotWrittenThrough() throws {
        let elsewhere = folder + "-elsewhere"
        try AtomicFile.makeDirectory(elsewhere)
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        XCTAssertEqual(symlink(elsewhere, folder + "/drafts"), 0)
        assertRefused(folder + "/drafts")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere), [])
    }

    func testAnOutputFolderThatIsADanglingLinkIsRefused() throws {
        let out = folder + "/out"
        XCTAssertEqual(symlink(folder + "/nowhere", out), 0)
        XCTAssertThrowsError(try PlanExport.write(files, into: out)) { error in
            XCTAssertTrue("\(error)".hasPrefix(out + ": "), "\(error)")
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/nowhere"))
    }

    func testIntoAnEmptyFolderEveryFileIsWritten() throws {
        let written = try PlanExport.write(files, into: folder)
        XCTAssertEqual(written, [folder + "/plan.md", folder + "/drafts/01-thank-you-ana.eml"])
        XCTAssertEqual(FileManager.default.contents(atPath: folder + "/plan.md"), Data("# plan\n".utf8))
        // No temporary files are left behind.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["drafts", "plan.md"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/drafts"), ["01-thank-you-ana.eml"])
    }
}
