/// The due-date rules of the tracker: which later steps follow an earlier one, and how a
/// date moves when that earlier step goes out late or early.
public enum DueDateShift {
    /// `date` moved by `days` calendar days, then onto a working day of `calendar`: a step that
    /// lands on a Saturday, a Sunday or a public holiday is due the next working day. Month and
    /// year ends need no special case: `LocalDate` counts days since 1970.
    public static func shift(_ date: LocalDate, byDays days: Int, in calendar: BusinessCalendar = .weekendsOnly) -> LocalDate {
        date.adding(days: days).adding(businessDays: 0, in: calendar)
    }

    /// Whether `later` is timed from `earlier` in the plan, so it moves when `earlier` moves.
    ///
    /// The connection note to an interviewer follows the thank-you to that same interviewer;
    /// the final check-in follows the check-in; the point of stopping follows both.
    public static func follows(_ later: TrackedStep, _ earlier: TrackedStep) -> Bool {
        switch (earlier.kind, later.kind) {
        case (.thankYou, .networking):
            return suffix(of: earlier.id) == suffix(of: later.id)
        case (.checkIn, .finalCheckIn), (.checkIn, .afterSilence), (.finalCheckIn, .afterSilence):
            return true
        default:
            return false
        }
    }

    /// `thank-you-2` → `2`.
    static func suffix(of id: String) -> Substring? {
        id.split(separator: "-").last
    }
}
