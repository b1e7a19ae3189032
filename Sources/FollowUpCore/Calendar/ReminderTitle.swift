/// The short title a calendar shows for a step: "Thank Zoë Lefèvre · Northwind".
///
/// The coach's words for calendar titles, one per kind, kept here so they read as data. The
/// whole sentence of the step goes into the event's description instead.
public enum ReminderTitle {
    /// The title of the event for one step: a verb, the person, and the company after a `·`.
    public static func make(kind: StepKind, recipient: String, company: String) -> String {
        let who = recipient.trimmingCharacters(in: .whitespaces)
        let action: String
        switch kind {
        case .thankYou: action = "Thank \(who)"
        case .recruiterNote: action = "Note to \(who)"
        case .promisedMaterial: action = "Send \(who) what you promised"
        case .checkIn: action = "Check in with \(who)"
        case .finalCheckIn: action = "Last check-in with \(who)"
        case .networking: action = "Connect with \(who)"
        case .afterOffer: action = "Reply to the offer"
        case .afterRejection: action = "Reply to \(who)"
        case .afterSilence: action = "Stop following up"
        case .withdrawalNote: action = "Tell \(who) you withdraw"
        }
        return "\(action) · \(company.trimmingCharacters(in: .whitespaces))"
    }
}
