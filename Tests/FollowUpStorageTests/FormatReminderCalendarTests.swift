import FollowUpCore
import Foundation
import XCTest

@testable import FollowUpStorage

final class FormatReminderCalendarTests: XCTestCase {
    private func date(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }

    private func calendar(description: String = "Send one note to each interviewer.") -> ReminderCalendar {
        ReminderCalendar(
            name: "Acme follow-up",
            events: [
                ReminderEvent(
                    uid: "acme-thank-you@followup", date: date("2026-11-20"), summary: "Send thank-you notes",
                    description: description, alarm: ReminderAlarm()),
                ReminderEvent(
                    uid: "acme-check-in@followup", date: date("2026-12-31"), summary: "Check in, politely",
                    description: "No news yet? One short note.", alarm: nil),
            ])
    }

    private func lines(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let physical = FormatTestSupport.crlfLines(text, file: file, line: line)
        for item in physical {
            XCTAssertLessThanOrEqual(item.utf8.count, 75, "line over 75 octets: \(item)", file: file, line: line)
        }
        return FormatTestSupport.unfoldICS(physical)
    }

    func testCalendarStructureAndRequiredProperties() {
        let text = ReminderCalendarEncoder.encode(calendar(), stamp: FormatTestSupport.sampleInstant)
        let content = lines(text)
        XCTAssertEqual(
            Array(content.prefix(6)),
            [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup//Interview follow-up plan//EN", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "X-WR-CALNAME:Acme follow-up",
            ])
        XCTAssertEqual(content.last, "END:VCALENDAR")
        XCTAssertEqual(content.filter { $0 == "BEGIN:VEVENT" }.count, 2)
        XCTAssertEqual(content.filter { $0 == "END:VEVENT" }.count, 2)
        XCTAssertEqual(content.filter { $0 == "DTSTAMP:20261120T080509Z" }.count, 2)
        XCTAssertTrue(content.contains("UID:acme-thank-you@followup"))
        XCTAssertTrue(content.contains("DTSTART:20261120T090000Z"), "a timed event at 09:00; in UTC no VTIMEZONE is needed")
        XCTAssertTrue(content.contains("DTEND:20261120T091500Z"))
        XCTAssertTrue(content.contains("DTSTART:20261231T090000Z"))
        XCTAssertFalse(content.contains("BEGIN:VTIMEZONE"))
        XCTAssertEqual(content.filter { $0 == "SEQUENCE:0" }.count, 2)
        XCTAssertEqual(content.filter { $0 == "STATUS:CONFIRMED" }.count, 2)
        XCTAssertTrue(content.contains("SUMMARY:Send thank-you notes"))
        let alarm = Array(content.drop { $0 != "BEGIN:VALARM" }.prefix(5))
        XCTAssertEqual(
            alarm,
            [
                "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:PT0S", "DESCRIPTION:Send thank-you notes", "END:VALARM",
            ])
        XCTAssertEqual(content.filter { $0 == "BEGIN:VALARM" }.count, 1, "the second event has no alarm")
    }

    func testTextValuesAreEscaped() {
        XCTAssertEqual(ReminderCalendarEncoder.escapeText("a,b;c\\d\ne\r\nf\rg"), "a\\,b\\;c\\\\d\\ne\\nf\\ng")
        XCTAssertEqual(ReminderCalendarEncoder.escapeText("bell\u{7}\tok"), "bell\tok")
        let original = "Portfolio, references; C:\\notes\nSecond line"
        let content = lines(ReminderCalendarEncoder.encode(calendar(description: original), stamp: FormatTestSupport.sampleInstant))
        let description = content.first { $0.hasPrefix("DESCRIPTION:Portfolio") } ?? ""
        XCTAssertEqual(description, "DESCRIPTION:Portfolio\\, references\\; C:\\\\notes\\nSecond line")
        XCTAssertEqual(FormatTestSupport.unescapeICSText(String(description.dropFirst("DESCRIPTION:".count))), original)
    }

    func testFoldingNeverSplitsAMultiByteCharacter() {
        // "DESCRIPTION:" is 12 octets; 62 ASCII octets bring the line to 74, so the 2-octet "é" would
        // straddle the 75-octet limit and must move to the continuation line whole.
        let original = String(repeating: "a", count: 62) + "é" + String(repeating: "李雷🎉Zoë ", count: 20)
        let text = ReminderCalendarEncoder.encode(calendar(description: original), stamp: FormatTestSupport.sampleInstant)
        let physical = FormatTestSupport.crlfLines(text)
        XCTAssertTrue(physical.contains("DESCRIPTION:" + String(repeating: "a", count: 62)))
        // Split the encoded bytes themselves at CRLF: a fold inside a character would leave a
        // segment that is not valid UTF-8 on its own.
        var segments: [[UInt8]] = [[]]
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                segments.append([])
                index += 2
            } else {
                segments[segments.count - 1].append(bytes[index])
                index += 1
            }
        }
        XCTAssertEqual(segments.count, physical.count + 1)
        for segment in segments {
            XCTAssertNotNil(String(validating: segment, as: UTF8.self), "\(segment)")
            XCTAssertLessThanOrEqual(segment.count, 75)
        }
        let description = lines(text).first { $0.hasPrefix("DESCRIPTION:aaa") } ?? ""
        XCTAssertEqual(FormatTestSupport.unescapeICSText(String(description.dropFirst("DESCRIPTION:".count))), original)
    }

    func testFoldKeepsShortLinesAndStartsContinuationsWithASpace() {
        XCTAssertEqual(ReminderCalendarEncoder.fold("SUMMARY:short"), "SUMMARY:short")
        let folded = ReminderCalendarEncoder.fold(String(repeating: "x", count: 160))
        XCTAssertEqual(folded.components(separatedBy: "\r\n").map(\.utf8.count), [75, 75, 12])
        XCTAssertTrue(folded.components(separatedBy: "\r\n").dropFirst().allSatisfy { $0.hasPrefix(" ") })
    }

    func testAlarmTriggerDurationsAndDescriptionFallback() {
        XCTAssertEqual(ReminderCalendarEncoder.duration(minutes: 540), "PT9H")
        XCTAssertEqual(ReminderCalendarEncoder.duration(minutes: 570), "PT9H30M")
        XCTAssertEqual(ReminderCalendarEncoder.duration(minutes: -15), "-PT15M")
        XCTAssertEqual(ReminderCalendarEncoder.duration(minutes: -1440), "-P1D")
        XCTAssertEqual(ReminderCalendarEncoder.duration(minutes: 0), "PT0S")
        let event = ReminderEvent(
            uid: "u@followup", date: date("2026-11-20"), summary: "", description: "d",
            alarm: ReminderAlarm(minutesBeforeStart: 10, description: "  "))
        let content = lines(ReminderCalendarEncoder.encode(ReminderCalendar(events: [event]), stamp: FormatTestSupport.sampleInstant))
        XCTAssertTrue(content.contains("TRIGGER;RELATED=START:-PT10M"), "the alarm rings before the start, never after")
        XCTAssertTrue(content.contains("DESCRIPTION:Follow-up reminder"), "an alarm's DESCRIPTION is never empty")
    }

    func testStampIsUTCAndTruncatesFractions() {
        XCTAssertEqual(UTCTimestamp.string(Date(timeIntervalSince1970: 0.9), basic: true), "19700101T000000Z")
        XCTAssertEqual(UTCTimestamp.string(Date(timeIntervalSince1970: -1), basic: true), "19691231T235959Z")
        // The extended form, as the session and tracker files keep their times.
        XCTAssertEqual(UTCTimestamp.string(Date(timeIntervalSince1970: 1_795_400_144.5)), "2026-11-23T02:15:44Z")
    }

    func testTimedEventsInAZoneCarryItsTimeZoneWithSummerTime() throws {
        let paris = try XCTUnwrap(TimeZone(identifier: "Europe/Paris"))
        let calendar = ReminderCalendar(
            time: ReminderTime(hour: 8, minute: 30, timeZone: paris),
            events: [ReminderEvent(uid: "a@followup", date: date("2026-11-23"), summary: "Thank Zoë · Acme", description: "d")])
        let content = lines(ReminderCalendarEncoder.encode(calendar, stamp: FormatTestSupport.sampleInstant))
        XCTAssertTrue(content.contains("DTSTART;TZID=Europe/Paris:20261123T083000"))
        XCTAssertTrue(content.contains("DTEND;TZID=Europe/Paris:20261123T084500"))
        let zone = Array(content.drop { $0 != "BEGIN:VTIMEZONE" }.prefix { $0 != "END:VTIMEZONE" })
        XCTAssertEqual(zone[1], "TZID:Europe/Paris")
        // A year back from the event: the change to summer time in March 2026 and back in October.
        XCTAssertTrue(zone.contains("BEGIN:DAYLIGHT"))
        XCTAssertTrue(zone.contains("DTSTART:20260329T020000"), zone.joined(separator: "\n"))
        XCTAssertTrue(zone.contains("DTSTART:20261025T030000"), zone.joined(separator: "\n"))
        XCTAssertTrue(zone.contains("TZOFFSETFROM:+0200"))
        XCTAssertTrue(zone.contains("TZOFFSETTO:+0100"))
    }

    func testCancelledEventsHaveTheirSequenceAndNoAlarm() {
        let event = ReminderEvent(
            uid: "a@followup", date: date("2026-11-23"), summary: "Thank Zoë · Acme", description: "d", sequence: 2, isCancelled: true,
            alarm: ReminderAlarm())
        let content = lines(ReminderCalendarEncoder.encode(ReminderCalendar(events: [event]), stamp: FormatTestSupport.sampleInstant))
        XCTAssertTrue(content.contains("SEQUENCE:2"))
        XCTAssertTrue(content.contains("STATUS:CANCELLED"))
        XCTAssertFalse(content.contains("BEGIN:VALARM"), "a finished step does not ring")
    }
}
