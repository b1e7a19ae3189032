import FollowUpCore
import Foundation
import XCTest

@testable import FollowUpStorage

/// Writes sample `.eml` and `.ics` files for the independent Python checks in Tests/EndToEnd/test_formats.py.
///
/// Runs only when `FOLLOWUP_WRITE_SAMPLES` names a directory:
/// ```
/// FOLLOWUP_WRITE_SAMPLES=/tmp/samples swift test --filter FormatSamplesTests
/// FOLLOWUP_FORMATS_DIR=/tmp/samples python3 -m pytest -q Tests/EndToEnd/test_formats.py
/// ```
/// Beside the files it writes `formats-expected.json`, the original values, so the Python side can
/// compare what its parsers decode with what went in.
final class FormatSamplesTests: XCTestCase {
    struct ExpectedMailbox: Encodable {
        var name: String
        var address: String
    }

    struct ExpectedDraft: Encodable {
        var subject: String
        var from: ExpectedMailbox?
        var to: [ExpectedMailbox]
        var body: String
    }

    struct ExpectedEvent: Encodable {
        var uid: String
        var summary: String
        var description: String
        var alarmDescription: String?
    }

    struct Expected: Encodable {
        var drafts: [String: ExpectedDraft]
        var events: [ExpectedEvent]
    }

    static let longBody = """
        Dear José,

        Thank you for taking the time to meet me on Friday. Our conversation about the migration from Kubernetes 1.24 to managed clusters — and how on-call works across Paris and Montréal — made me even more excited about the Senior Platform Engineer role.

        A line with = signs, a trailing space and a tab\t 
        From here on: 李雷 said 延迟预算 matter; Zoë agreed. 🎉👍🏽

        Best regards,
        Maya Chen
        """

    func testWriteSamples() throws {
        guard let directory = ProcessInfo.processInfo.environment["FOLLOWUP_WRITE_SAMPLES"], !directory.isEmpty else {
            throw XCTSkip("Set FOLLOWUP_WRITE_SAMPLES to a directory to write sample .eml and .ics files.")
        }
        let root = URL(fileURLWithPath: directory)
        let drafts = root.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)

        let maya = EmailMailbox(name: "Maya Chen", address: "maya.chen@example.com")
        let paris = TimeZone(identifier: "Europe/Paris") ?? .gmt
        let samples: [(String, EmailDraftMessage)] = [
            (
                "01-jose-perez.eml",
                EmailDraftMessage(
                    from: maya, to: [EmailMailbox(name: "José Pérez", address: "jose.perez@acme.example")],
                    subject: "Thank you — Senior Platform Engineer interview at Acme Robotics, Friday 20 November",
                    date: FormatTestSupport.sampleInstant, timeZone: paris, body: Self.longBody,
                    messageID: "thank-you-jose-perez@followup.invalid")
            ),
            (
                "02-zoe-ng.eml",
                EmailDraftMessage(
                    from: maya, to: [EmailMailbox(name: "Zoë Ng", address: "zoe.ng@acme.example")],
                    subject: "Merci, Zoë 🎉 hiring plans for 2027",
                    date: FormatTestSupport.sampleInstant, timeZone: paris, body: "Hi Zoë,\n\nThank you.\n")
            ),
            (
                "03-li-lei.eml",
                EmailDraftMessage(
                    from: maya,
                    to: [EmailMailbox(name: "李雷", address: "lei@acme.example"), EmailMailbox(name: "Ng, Zoë \"Z\"", address: "z@acme.example")],
                    subject: "谢谢 — " + String(repeating: "延迟预算 ", count: 8),
                    date: FormatTestSupport.sampleInstant, timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .gmt,
                    body: String(repeating: "李雷 Zoë José ", count: 40))
            ),
            (
                "04-recruiter-no-address.eml",
                EmailDraftMessage(
                    from: EmailMailbox(name: "Maya Chen"), to: [EmailMailbox(name: "Ana Lee")],
                    subject: "Quick note after today's final round",
                    date: FormatTestSupport.sampleInstant, timeZone: TimeZone(identifier: "America/St_Johns") ?? .gmt,
                    body: "Hi Ana,\n\n\"Quoted\" text, commas, and semicolons; fine.")
            ),
        ]
        var expectedDrafts: [String: ExpectedDraft] = [:]
        for (name, message) in samples {
            try EmailDraftEncoder.encode(message).write(to: drafts.appendingPathComponent(name))
            expectedDrafts["drafts/" + name] = ExpectedDraft(
                subject: message.subject,
                from: message.from.flatMap { from in from.address.map { ExpectedMailbox(name: from.name, address: $0) } },
                to: message.to.compactMap { to in to.address.map { ExpectedMailbox(name: to.name, address: $0) } },
                body: message.body)
        }

        let description =
            String(repeating: "a", count: 62) + "é — send the promised talk link, references; and a note to 李雷.\n"
            + "Second line with a backslash \\ and commas, many, many."
        let calendar = ReminderCalendar(
            name: "Acme Robotics follow-up",
            events: [
                ReminderEvent(
                    uid: "acme-robotics-2026-11-20-thank-you@followup", date: LocalDate(year: 2026, month: 11, day: 20) ?? LocalDate(daysSinceEpoch: 0),
                    summary: "Send thank-you notes: José, Zoë, 李雷", description: description,
                    alarm: ReminderAlarm(minutesBeforeStart: 10, description: "Thank-you notes, within 24 hours")),
                ReminderEvent(
                    uid: "acme-robotics-2026-12-08-check-in@followup", date: LocalDate(year: 2026, month: 12, day: 8) ?? LocalDate(daysSinceEpoch: 0),
                    summary: "Check in with Ana Lee; no news yet?", description: "Decision was due 2026-12-04.",
                    alarm: ReminderAlarm()),
                ReminderEvent(
                    uid: "acme-robotics-2026-12-31-last@followup", date: LocalDate(year: 2026, month: 12, day: 31) ?? LocalDate(daysSinceEpoch: 0),
                    summary: "Last courteous check-in", description: "", alarm: nil),
            ])
        try Data(ReminderCalendarEncoder.encode(calendar, stamp: FormatTestSupport.sampleInstant).utf8)
            .write(to: root.appendingPathComponent("reminders.ics"))
        let expectedEvents = calendar.events.map { event in
            ExpectedEvent(
                uid: event.uid, summary: event.summary, description: event.description,
                alarmDescription: event.alarm.map { $0.description.isEmpty ? event.summary : $0.description })
        }

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(Expected(drafts: expectedDrafts, events: expectedEvents))
            .write(to: root.appendingPathComponent("formats-expected.json"))
    }
}
