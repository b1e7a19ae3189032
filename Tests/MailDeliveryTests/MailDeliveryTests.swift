import Foundation
import XCTest

@testable import MailDelivery

final class MailDeliveryTests: XCTestCase {
    let eml = Data(
        ("Date: Fri, 20 Nov 2026 09:00:00 +0100\r\nTo: Ana <ana@example.com>\r\nSubject: Thanks\r\n"
            + "Message-ID: <thank-you-1.abc@followup.invalid>\r\nMIME-Version: 1.0\r\nX-Unsent: 1\r\n\r\nHi Ana,\r\n").utf8)

    func testADraftForAMailboxLosesXUnsentAndGainsAFrom() throws {
        let draft = try DeliverableDraft(path: "d.eml", data: eml, from: "From: Maya Chen <maya@example.com>")
        let text = String(decoding: draft.bytes, as: UTF8.self)
        XCTAssertFalse(text.contains("X-Unsent"), "a draft in a Drafts folder would send X-Unsent: 1 along")
        XCTAssertTrue(text.hasPrefix("Date: Fri, 20 Nov 2026 09:00:00 +0100\r\nFrom: Maya Chen <maya@example.com>\r\nTo: "))
        XCTAssertTrue(text.hasSuffix("\r\n\r\nHi Ana,\r\n"))
        XCTAssertEqual(draft.messageID, "<thank-you-1.abc@followup.invalid>")
        let withFrom = try DeliverableDraft(path: "d.eml", data: draft.bytes, from: "From: Other <o@example.com>")
        XCTAssertEqual(withFrom.bytes, draft.bytes, "a From already there stays")
    }

    func testListResponsesGiveTheDraftsMailbox() {
        let response = """
            * LIST (\\HasNoChildren) "/" INBOX\r
            * LIST (\\HasNoChildren \\Drafts) "/" "[Gmail]/Drafts"\r
            * LIST (\\HasNoChildren \\Sent) "." "Sent Items"\r
            * LIST (\\Noselect) NIL "Quote\\"d"\r

            """
        XCTAssertEqual(
            IMAPDrafts.parseList(response),
            [
                .init(attributes: ["\\hasnochildren"], name: "INBOX"),
                .init(attributes: ["\\hasnochildren", "\\drafts"], name: "[Gmail]/Drafts"),
                .init(attributes: ["\\hasnochildren", "\\sent"], name: "Sent Items"),
                .init(attributes: ["\\noselect"], name: "Quote\"d"),
            ])
    }

    func testMaildirDraftsAreFlaggedDraftAndNeverDoubled() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maildir-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let maildir = MaildirDrafts(folder: folder)
        let draft = try DeliverableDraft(path: "d.eml", data: eml, from: nil)
        let first = try maildir.deliver([draft])
        guard case .delivered(let path) = first.first else { return XCTFail("\(first)") }
        XCTAssertTrue(path.hasPrefix(folder + "/cur/") && path.hasSuffix(":2,D"), path)
        XCTAssertEqual(FileManager.default.contents(atPath: path), draft.bytes)
        XCTAssertEqual(try maildir.deliver([draft]), [.alreadyThere(path)])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/cur").count, 1)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/tmp"), [])
    }
}
