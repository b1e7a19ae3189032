/// When a thank-you is on time: by the first business day after the interview, the one after
/// that at the latest. After a Friday (or pre-holiday) interview that is the next working
/// morning, not the Saturday. One rule for the plan, the session and `check`.
public struct ThankYouWindow: Equatable, Sendable {
    public let interview: LocalDate
    /// The day the plan sets the thank-you for.
    public let due: LocalDate
    /// The last day it is still on time.
    public let latest: LocalDate

    public init(interview: LocalDate, calendar: BusinessCalendar) {
        self.interview = interview
        due = interview.adding(businessDays: 1, in: calendar)
        latest = due.adding(businessDays: 1, in: calendar)
    }

    /// True when the working week (a weekend, a holiday) stands between the interview and the
    /// next working day, so the thank-you waits longer than a calendar day.
    public var spansDaysOff: Bool { interview.days(until: due) > 1 }

    /// True when a thank-you sent on `day` is past the window.
    public func isLate(on day: LocalDate) -> Bool { day > latest }
}
