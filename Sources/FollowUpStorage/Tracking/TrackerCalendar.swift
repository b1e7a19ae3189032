import FollowUpCore
import Foundation

/// One calendar for every tracked interview, rewritten after every change: `<home>/calendar/followup.ics`
/// (a file a calendar app can subscribe to) and `<home>/calendar/vdir/`, one `.ics` per event,
/// for khal and vdirsyncer.
///
/// Every step ever given a day is in it under the UID of the plan's own `reminders.ics`: to do,
/// it is `CONFIRMED` with an alarm; sent, skipped or closed, it stays as `CANCELLED` with a
/// raised `SEQUENCE`, so a calendar that imported it earlier drops or strikes it on re-import.
public enum TrackerCalendar {
    /// The events of every record, record by record and round by round.
    public static func events(for records: [TrackedInterview]) -> [ReminderEvent] {
        records.flatMap { record in
            record.rounds.flatMap { round in
                round.steps.filter { $0.state != .waiting }.map { step in
                    let summary = ReminderTitle.make(kind: step.kind, recipient: step.recipient.name, company: record.company)
                    var description = "\(record.company), \(record.role): \(step.what)"
                    if let draft = step.draftFile { description += "\nDraft: \(draft)" }
                    let ref = TrackedInterview.ref(round: round.number, stepID: step.id)
                    if step.state.isDone {
                        description += "\n\(step.state.rawValue.capitalized)\(step.doneOn.map { " on \($0.readable)" } ?? "")."
                    } else {
                        description += "\nDone: followup mark \(record.id) \(ref) sent"
                    }
                    return ReminderEvent(
                        uid: record.reminderUID(round: round.number, stepID: step.id),
                        // As the plan's own file dates it: an overdue step on the day the plan was made.
                        date: max(step.due, round.planMadeOn),
                        summary: summary, description: description, sequence: step.sequence ?? 0, isCancelled: step.state.isDone,
                        alarm: ReminderAlarm(description: summary))
                }
            }
        }
    }

    public static func folder(home: String) -> String { "\(home)/calendar" }
    public static func file(home: String) -> String { "\(folder(home: home))/followup.ics" }
    public static func vdir(home: String) -> String { "\(folder(home: home))/vdir" }

    /// Rewrites the calendar file and the vdir from `records`. In the vdir an event's file is
    /// rewritten only when the event changed (so a sync sends only what changed), and files of
    /// events no longer tracked (a deleted interview) are removed.
    public static func write(records: [TrackedInterview], home: String, now: Date, time: ReminderTime) throws {
        let events = events(for: records)
        try AtomicFile.makeDirectory(vdir(home: home))
        let calendar = ReminderCalendar(name: "Follow-ups", time: time, events: events)
        try AtomicFile.write(Data(ReminderCalendarEncoder.encode(calendar, stamp: now).utf8), to: file(home: home), flush: false)
        var keep: Set<String> = []
        for event in events {
            let name = fileName(uid: event.uid)
            keep.insert(name)
            let path = "\(vdir(home: home))/\(name)"
            let text = ReminderCalendarEncoder.encode(ReminderCalendar(time: time, events: [event]), stamp: now)
            if let old = try? AtomicFile.read(path), withoutStamp(String(decoding: old, as: UTF8.self)) == withoutStamp(text) {
                continue
            }
            try AtomicFile.write(Data(text.utf8), to: path, flush: false)
        }
        let present = (try? FileManager.default.contentsOfDirectory(atPath: vdir(home: home))) ?? []
        for name in present where name.hasSuffix(".ics") && !keep.contains(name) {
            unlink("\(vdir(home: home))/\(name)")
        }
    }

    /// A UID as a file name: letters, digits, `-`, `_`, `.` and `@` kept, anything else `_`.
    static func fileName(uid: String) -> String {
        String(uid.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.@".contains($0)) ? $0 : "_" }) + ".ics"
    }

    static func withoutStamp(_ text: String) -> String {
        text.split(separator: "\r\n").filter { !$0.hasPrefix("DTSTAMP:") }.joined(separator: "\n")
    }
}
