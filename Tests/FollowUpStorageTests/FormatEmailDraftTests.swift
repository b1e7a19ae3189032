import FollowUpCore
import Foundation
import XCTest

@testable import FollowUpStorage

final class FormatEmailDraftTests: XCTestCase {
    private let paris = TimeZone(identifier: "Europe/Paris")!

    private func message(
        from: EmailMailbox? = EmailMailbox(name: "Maya Chen", address: "maya@example.com"),
        to: [EmailMailbox] = [EmailMailbox(name: "José Pérez", address: "jose@acme.example")],
        subject: String = "Thank you for today",
        body: String = "Hi José,\n\nThank you.\n"
    ) -> EmailDraftMessage {
        EmailDraftMessage(
            from: from, to: to, subject: subject, date: FormatTestSupport.sampleInstant, timeZone: paris, body: body)
    }

    /// Every line ends in CRLF and is under 78 characters.
    private func assertWellFormed(_ data: Data, file: StaticString = #filePath, line: UInt = #line) {
        let text = String(decoding: data, as: UTF8.self)
        for physical in FormatTestSupport.crlfLines(text, file: file, line: line) {
            XCTAssertLessThan(physical.utf8.count, 78, "line too long: \(physical)", file: file, line: line)
        }
    }

    func testRequiredHeadersInOrderAndBody() {
        let data = EmailDraftEncoder.encode(message())
        assertWellFormed(data)
        let (headers, body) = FormatTestSupport.parseEML(data)
        XCTAssertEqual(
            headers.map(\.0),
            ["Date", "From", "To", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X-Unsent"])
        XCTAssertEqual(FormatTestSupport.header("Date", in: headers), "Fri, 20 Nov 2026 09:05:09 +0100")
        XCTAssertEqual(FormatTestSupport.header("From", in: headers), "Maya Chen <maya@example.com>")
        XCTAssertEqual(FormatTestSupport.header("To", in: headers), "=?utf-8?q?Jos=C3=A9_P=C3=A9rez?= <jose@acme.example>")
        XCTAssertEqual(FormatTestSupport.header("Subject", in: headers), "Thank you for today")
        XCTAssertEqual(FormatTestSupport.header("Content-Type", in: headers), "text/plain; charset=utf-8")
        XCTAssertEqual(FormatTestSupport.header("Content-Transfer-Encoding", in: headers), "quoted-printable")
        XCTAssertEqual(FormatTestSupport.header("X-Unsent", in: headers), "1")
        XCTAssertEqual(body, ["Hi Jos=C3=A9,", "", "Thank you."])
        XCTAssertEqual(FormatTestSupport.decodeQuotedPrintable(body), "Hi José,\n\nThank you.\n")
    }

    func testDateHeaderUsesTheZoneOffsetAtThatInstant() {
        let instant = FormatTestSupport.sampleInstant
        XCTAssertEqual(EmailDraftEncoder.rfc5322Date(instant, in: TimeZone(identifier: "UTC")!), "Fri, 20 Nov 2026 08:05:09 +0000")
        XCTAssertEqual(
            EmailDraftEncoder.rfc5322Date(instant, in: TimeZone(identifier: "America/St_Johns")!), "Fri, 20 Nov 2026 04:35:09 -0330")
        XCTAssertEqual(
            EmailDraftEncoder.rfc5322Date(instant, in: TimeZone(identifier: "Pacific/Kiritimati")!), "Fri, 20 Nov 2026 22:05:09 +1400")
        // 2026-07-01 00:30:00 UTC is still 30 June in New York, in summer time.
        let summer = Date(timeIntervalSince1970: 1_782_865_800)
        XCTAssertEqual(
            EmailDraftEncoder.rfc5322Date(summer, in: TimeZone(identifier: "America/New_York")!), "Tue, 30 Jun 2026 20:30:00 -0400")
    }

    func testNonASCIINamesAreEncodedWordsThatDecodeToTheOriginal() {
        let names = ["José Pérez", "Zoë", "李雷", "Zoë Ng-Ødegård Ñúñez de la Frontera y Castellón Øverås", String(repeating: "李雷", count: 20)]
        for name in names {
            let data = EmailDraftEncoder.encode(message(to: [EmailMailbox(name: name, address: "x@acme.example")]))
            assertWellFormed(data)
            let to = FormatTestSupport.header("To", in: FormatTestSupport.parseEML(data).headers) ?? ""
            XCTAssertTrue(to.hasSuffix(" <x@acme.example>"), to)
            let phrase = String(to.dropLast(" <x@acme.example>".count))
            XCTAssertEqual(FormatTestSupport.decodeEncodedWords(phrase), name)
        }
    }

    func testCJKNameUsesBase64AndAccentedNameStaysReadable() {
        XCTAssertEqual(MIMEHeaderEncoding.phraseTokens("李雷"), ["=?utf-8?b?5p2O6Zu3?="])
        XCTAssertEqual(MIMEHeaderEncoding.phraseTokens("Zoë"), ["=?utf-8?q?Zo=C3=AB?="])
    }

    func testSubjectWithEmojiIsEncodedWithoutSplittingTheEmoji() {
        let subject = "Thank you 🎉 for the conversation about the 👩‍👩‍👧‍👦 team offsite — Zoë"
        let data = EmailDraftEncoder.encode(message(subject: subject))
        assertWellFormed(data)
        let value = FormatTestSupport.header("Subject", in: FormatTestSupport.parseEML(data).headers) ?? ""
        XCTAssertEqual(FormatTestSupport.decodeEncodedWords(value), subject)
    }

    func testEncodedWordsKeepGraphemeClustersWhole() {
        // 👍🏽 is two scalars (thumb + skin tone) and one character: no word may end between them.
        let subject = "Thanks" + String(repeating: " 👍🏽 great", count: 12)
        let value = MIMEHeaderEncoding.unstructured(name: "Subject", value: subject)
        let pieces = value.dropFirst("Subject: ".count).split(whereSeparator: \.isWhitespace)
            .compactMap { FormatTestSupport.decodeEncodedWordBytes(String($0)) }
            .map { String(decoding: $0, as: UTF8.self) }
        XCTAssertGreaterThan(pieces.count, 2)
        XCTAssertEqual(pieces.joined(), subject)
        for piece in pieces {
            XCTAssertFalse(piece.unicodeScalars.last == "👍", piece)
            XCTAssertFalse(piece.unicodeScalars.first == "\u{1F3FD}", piece)
        }
    }

    func testLongASCIISubjectFoldsAtSpacesAndUnfoldsToTheOriginal() {
        let subject = "Following up on Thursday's final-round interview for the Senior Platform Engineer role at Acme Robotics"
        let data = EmailDraftEncoder.encode(message(subject: subject))
        assertWellFormed(data)
        let raw = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(raw.contains("Subject: Following up"))
        XCTAssertTrue(raw.contains("\r\n "), "expected a folded line")
        XCTAssertEqual(FormatTestSupport.header("Subject", in: FormatTestSupport.parseEML(data).headers), subject)
    }

    func testSubjectThatLooksLikeAnEncodedWordIsEncoded() {
        let value = MIMEHeaderEncoding.unstructured(name: "Subject", value: "About =?utf-8?q?x?=")
        XCTAssertFalse(value.contains("=?utf-8?q?x?="))
        XCTAssertEqual(FormatTestSupport.decodeEncodedWords(String(value.dropFirst("Subject: ".count))), "About =?utf-8?q?x?=")
    }

    func testDisplayNamesWithSpecialsAreQuoted() {
        XCTAssertEqual(MIMEHeaderEncoding.phraseTokens("Ng, Zoe"), ["\"Ng, Zoe\""])
        XCTAssertEqual(MIMEHeaderEncoding.phraseTokens("Dr. Ana Lee"), ["\"Dr. Ana Lee\""])
        XCTAssertEqual(MIMEHeaderEncoding.phraseTokens("Zoe \"Z\" Ng"), ["\"Zoe \\\"Z\\\" Ng\""])
        XCTAssertEqual(MIMEHeaderEncoding.phraseTokens("back\\slash"), ["\"back\\\\slash\""])
        XCTAssertEqual(MIMEHeaderEncoding.phraseTokens("Ana  Lee\n"), ["Ana", "Lee"])
        XCTAssertEqual(MIMEHeaderEncoding.phraseTokens(""), [])
        // Non-ASCII with a comma: one encoded phrase, the comma encoded so it can't separate mailboxes.
        let tokens = MIMEHeaderEncoding.phraseTokens("Pérez, José")
        XCTAssertFalse(tokens.joined().contains(","))
        XCTAssertEqual(FormatTestSupport.decodeEncodedWords(tokens.joined(separator: " ")), "Pérez, José")
    }

    func testLongQuotedDisplayNameBecomesFoldableEncodedWords() {
        let name = "Pat O'Brien-Smythe, Director of Engineering, Platform Infrastructure and Developer Experience"
        let data = EmailDraftEncoder.encode(message(to: [EmailMailbox(name: name, address: "pat@acme.example")]))
        assertWellFormed(data)
        let to = FormatTestSupport.header("To", in: FormatTestSupport.parseEML(data).headers) ?? ""
        XCTAssertEqual(FormatTestSupport.decodeEncodedWords(String(to.dropLast(" <pat@acme.example>".count))), name)
    }

    func testSeveralRecipientsAreCommaSeparated() {
        let header = MIMEHeaderEncoding.mailboxList(
            name: "To",
            mailboxes: [
                EmailMailbox(name: "Ana Lee", address: "ana@acme.example"),
                EmailMailbox(name: "", address: "bob@acme.example"),
                EmailMailbox(name: "No Address"),
            ])
        XCTAssertEqual(header, "To: Ana Lee <ana@acme.example>, bob@acme.example")
    }

    func testRecipientsWithoutUsableAddressesLeaveOutTheHeader() {
        let data = EmailDraftEncoder.encode(
            message(
                from: EmailMailbox(name: "Maya Chen"),
                to: [EmailMailbox(name: "Zoë Ng"), EmailMailbox(name: "Bad", address: "not an address")]))
        let names = FormatTestSupport.parseEML(data).headers.map(\.0)
        XCTAssertFalse(names.contains("To"))
        XCTAssertFalse(names.contains("From"))
        XCTAssertTrue(names.contains("Subject"))
    }

    func testMessageIDIsWrittenOnlyWhenWellFormed() {
        var draft = message()
        draft.messageID = "thank-you.jose@followup.invalid"
        XCTAssertEqual(
            FormatTestSupport.header("Message-ID", in: FormatTestSupport.parseEML(EmailDraftEncoder.encode(draft)).headers),
            "<thank-you.jose@followup.invalid>")
        draft.messageID = "has space@x"
        XCTAssertNil(FormatTestSupport.header("Message-ID", in: FormatTestSupport.parseEML(EmailDraftEncoder.encode(draft)).headers))
    }

    func testBodyQuotedPrintableKeepsLinesShortAndDecodesExactly() {
        let body =
            "Dear Zoë,\r\n\r\nThank you — it was a pleasure. "
            + String(repeating: "Ééé 李雷 ", count: 30)
            + "\nA line with = signs and trailing space   \nFrom the team\n\tindented\n"
        let data = EmailDraftEncoder.encode(message(body: body))
        assertWellFormed(data)
        let lines = FormatTestSupport.parseEML(data).body
        XCTAssertTrue(lines.allSatisfy { $0.utf8.count <= 76 })
        XCTAssertTrue(lines.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
        XCTAssertFalse(lines.contains { $0.hasSuffix(" ") || $0.hasSuffix("\t") })
        XCTAssertTrue(lines.contains("=46rom the team"))
        XCTAssertEqual(FormatTestSupport.decodeQuotedPrintable(lines), body.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    func testEmptyBodyStillEndsWithCRLF() {
        let data = EmailDraftEncoder.encode(message(body: ""))
        XCTAssertTrue(String(decoding: data, as: UTF8.self).hasSuffix("X-Unsent: 1\r\n\r\n\r\n"))
    }

    /// A plan's drafts are dated the day their step is planned for, so check reads them as of that day.
    func testPlannedDraftsAreDatedTheDayOfTheirStep() throws {
        let now = FormatTestSupport.sampleInstant  // Fri 20 Nov 2026 09:05:09 +0100
        let day = { (d: Int) in try XCTUnwrap(LocalDate(year: 2026, month: 11, day: d)) }
        let steps = [
            PlanStep(id: "t", kind: .thankYou, recipient: Recipient(name: "José"), due: try day(19), what: "", why: "", draftID: "t", status: .overdue),
            PlanStep(id: "c", kind: .checkIn, recipient: Recipient(name: "José"), due: try day(30), what: "", why: "", draftID: "c", status: .upcoming),
        ]
        let plan = FollowUpPlan(generatedOn: try day(20), interviewDate: try day(19), steps: steps)
        func date(_ id: String, in zone: TimeZone) -> String {
            let draft = EmailDraft(id: id, kind: .thankYou, recipientName: "José", subject: "s", body: "b")
            return EmailDraftEncoder.rfc5322Date(PlanExport.sendInstant(for: draft, plan: plan, now: now, timeZone: zone), in: zone)
        }
        XCTAssertEqual(date("t", in: paris), "Fri, 20 Nov 2026 09:05:09 +0100", "overdue: today, now")
        XCTAssertEqual(date("c", in: paris), "Mon, 30 Nov 2026 09:00:00 +0100", "later: 09:00 that day")
        XCTAssertEqual(date("none", in: paris), "Fri, 20 Nov 2026 09:05:09 +0100", "no step: now")
        let newYork = try XCTUnwrap(TimeZone(identifier: "America/New_York"))
        // 03:05 in New York is still the 20th; a plan made for another day is dated 09:00 on it.
        XCTAssertEqual(date("t", in: newYork), "Fri, 20 Nov 2026 03:05:09 -0500")
        XCTAssertEqual(date("c", in: newYork), "Mon, 30 Nov 2026 09:00:00 -0500")
        let lateSummer = FollowUpPlan(
            generatedOn: try day(1), interviewDate: try day(1),
            steps: [PlanStep(id: "s", kind: .checkIn, recipient: Recipient(name: "J"), due: try day(2), what: "", why: "", draftID: "s", status: .upcoming)])
        // Planned from summer time (+0200 in October) for a day in winter time (+0100).
        let october = Date(timeIntervalSince1970: 1_792_000_000)
        let draft = EmailDraft(id: "s", kind: .checkIn, recipientName: "J", subject: "s", body: "b")
        XCTAssertEqual(
            EmailDraftEncoder.rfc5322Date(PlanExport.sendInstant(for: draft, plan: lateSummer, now: october, timeZone: paris), in: paris),
            "Mon, 2 Nov 2026 09:00:00 +0100")
    }
}
