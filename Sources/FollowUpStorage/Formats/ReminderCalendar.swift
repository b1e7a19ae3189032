import FollowUpCore
import Foundation

/// A calendar of follow-up reminders, written as an RFC 5545 `.ics` file by `ReminderCalendarEncoder`.
public struct ReminderCalendar: Equatable, Sendable {
    /// `PRODID`: who made the file.
    public var productID: String
    /// Shown by some clients as the calendar's name (`X-WR-CALNAME`); nil leaves it out.
    public var name: String?
    /// When on its day each reminder rings, and in which zone.
    public var time: ReminderTime
    public var events: [ReminderEvent]

    public static let defaultProductID = "-//followup//Interview follow-up plan//EN"

    public init(
        productID: String = ReminderCalendar.defaultProductID, name: String? = nil, time: ReminderTime = ReminderTime(),
        events: [ReminderEvent]
    ) {
        self.productID = productID
        self.name = name
        self.time = time
        self.events = events
    }
}

/// The hour of the day every reminder is set for, in the candidate's time zone.
///
/// Reminders are short timed events rather than all-day ones: Outlook refuses an alarm after
/// the start of an all-day event and Google drops imported alarms, while every calendar rings
/// for a timed event (Google with its own default notification).
public struct ReminderTime: Equatable, Sendable {
    /// 0 to 23.
    public var hour: Int
    public var minute: Int
    /// The zone the hour is in; written with its `VTIMEZONE`, or as UTC (`Z`) for UTC itself.
    public var timeZone: TimeZone
    public var durationMinutes: Int

    public init(hour: Int = 9, minute: Int = 0, timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current, durationMinutes: Int = 15) {
        self.hour = hour
        self.minute = minute
        self.timeZone = timeZone
        self.durationMinutes = durationMinutes
    }
}

/// One reminder: "Thank Zoë Lefèvre · Northwind" on the day the note is due.
public struct ReminderEvent: Equatable, Sendable {
    /// Globally unique and stable across exports, so re-importing updates instead of duplicating,
    /// e.g. `k3f9q2-thank-you-1@followup` (`TrackedInterview.reminderUID`).
    public var uid: String
    /// The day of the reminder; it starts at the calendar's `ReminderTime`.
    public var date: LocalDate
    public var summary: String
    public var description: String
    /// Raised on every change, so that calendars take the new version (RFC 5545 3.8.7.4).
    public var sequence: Int
    /// Done, skipped or no longer needed: written as `STATUS:CANCELLED`, with no alarm.
    public var isCancelled: Bool
    /// A notification; nil for none.
    public var alarm: ReminderAlarm?

    public init(
        uid: String, date: LocalDate, summary: String, description: String, sequence: Int = 0, isCancelled: Bool = false,
        alarm: ReminderAlarm? = nil
    ) {
        self.uid = uid
        self.date = date
        self.summary = summary
        self.description = description
        self.sequence = sequence
        self.isCancelled = isCancelled
        self.alarm = alarm
    }
}

/// A display alarm, relative to the start of the event.
public struct ReminderAlarm: Equatable, Sendable {
    /// Minutes before the start; 0 rings as the event starts.
    public var minutesBeforeStart: Int
    /// The notification text; when empty, the event's summary is used (RFC 5545 requires one).
    public var description: String

    public init(minutesBeforeStart: Int = 0, description: String = "") {
        self.minutesBeforeStart = minutesBeforeStart
        self.description = description
    }
}
