/// What a calendar needs to stay right across re-exports: a key per round for stable, unique
/// event ids, and a revision number per step that rises whenever its event changes.
extension TrackedInterview {
    /// The key that starts the UIDs and Message-IDs of a round: the random key its plan was
    /// written with, or, for rounds tracked before keys existed, the record's id and the round.
    public func key(ofRound number: Int) -> String {
        rounds.first { $0.number == number }?.key ?? "\(id)-r\(number)"
    }

    /// The calendar UID of one step: unique per tracked interview, round and step, and the same
    /// in the plan's `reminders.ics`, the tracker's calendar and its `vdir`.
    public func reminderUID(round: Int, stepID: String) -> String {
        Self.reminderUID(key: key(ofRound: round), stepID: stepID)
    }

    /// `<key>-<step>@followup`.
    public static func reminderUID(key: String, stepID: String) -> String {
        "\(key)-\(stepID)@followup"
    }

    /// Raises the revision (`SEQUENCE`) of every step whose calendar event changed since
    /// `before`: a new day, or a change between to-do and done (sent, skipped, closed) or
    /// between waiting and to-do. Calendars only take an update with a higher SEQUENCE.
    public mutating func raiseSequences(since before: TrackedInterview) {
        for r in rounds.indices {
            guard let old = before.rounds.first(where: { $0.number == rounds[r].number }) else { continue }
            for s in rounds[r].steps.indices {
                let step = rounds[r].steps[s]
                guard let previous = old.steps.first(where: { $0.id == step.id }) else { continue }
                if previous.due != step.due || previous.state.isDone != step.state.isDone
                    || (previous.state == .waiting) != (step.state == .waiting)
                {
                    rounds[r].steps[s].sequence = (previous.sequence ?? 0) + 1
                }
            }
        }
    }
}
