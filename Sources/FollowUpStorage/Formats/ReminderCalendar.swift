import FollowUpCore

/// A calendar of all-day follow-up reminders, written as an RFC 5545 `.ics` file by `ReminderCalendarEncoder`.
public struct ReminderCalendar: Equatable, Sendable {
    /// `PRODID`: who made the file.
    public var productID: String
    /// Shown by some clients as the calendar's name (`X-WR-CALNAME`); nil leaves it out.
    public var name: String?
    public var events: [ReminderEvent]

    public static let defaultProductID = "-//followup//Interview follow-up plan//EN"

    public init(productID: String = ReminderCalendar.defaultProductID, name: String? = nil, events: [ReminderEvent]) {
        self.productID = productID
        self.name = name
        self.events = events
    }
}

/// One all-day reminder: "send the thank-you notes", "check in with the recruiter".
public struct ReminderEvent: Equatable, Sendable {
    /// Globally unique and stable across exports, so re-importing updates instead of duplicating,
    /// e.g. `acme-2026-11-20-thank-you@followup`.
    public var uid: String
    /// The day of the reminder; the event lasts that whole day.
    public var date: LocalDate
    public var summary: String
    public var description: String
    /// A notification on that day; nil for none.
    public var alarm: ReminderAlarm?

    public init(uid: String, date: LocalDate, summary: String, description: String, alarm: ReminderAlarm? = nil) {
        self.uid = uid
        self.date = date
        self.summary = summary
        self.description = description
        self.alarm = alarm
    }
}

/// A display alarm, relative to the start (local midnight) of an all-day event.
public struct ReminderAlarm: Equatable, Sendable {
    /// Minutes after the start of the day; 540 is 09:00. Negative values fire the day before.
    public var minutesAfterStart: Int
    /// The notification text; when empty, the event's summary is used (RFC 5545 requires one).
    public var description: String

    public init(minutesAfterStart: Int = 9 * 60, description: String = "") {
        self.minutesAfterStart = minutesAfterStart
        self.description = description
    }
}
