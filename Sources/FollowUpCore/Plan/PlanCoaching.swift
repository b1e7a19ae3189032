/// The coach's explanations for each plan step, kept as data in one place so they can be
/// read and improved without touching the timeline arithmetic.
///
/// Distilled from the coaching rules in DOMAIN.md; the wording is ours.
enum PlanCoaching {
    static let thankYou =
        "A thank-you within a day keeps the conversation fresh for the person who gave you their time; two days is the outer limit."
    static let thankYouLate =
        "The one-day window has passed, but a specific thank-you sent today still does far more good than silence."
    static let recruiterNote =
        "The recruiter or coordinator runs the process, and a short thank-you keeps you on good terms with the person who moves your file."
    static let promisedMaterial =
        "Sending what you promised along with the thank-you shows you follow through, and lets the team judge the work itself."
    static func checkIn(decision: LocalDate, approximate: Bool = false) -> String {
        "They planned to decide \(approximate ? "around" : "by") \(decision.readable), and a polite question one or two business days after that passes is expected, not pushy."
    }
    static func checkIn(nextStep: LocalDate) -> String {
        "The next step was expected around \(nextStep.readable); if no word about it has come, a polite question one or two business days after that is expected, not pushy."
    }
    static func nextStepDate(_ said: String, date: LocalDate, checkIn: LocalDate) -> String {
        "Your next steps say \u{201C}\(said)\u{201D}: read as around \(date.readable), counted from the interview. No decision comes before that step, so the check-in waits until \(checkIn.readable) and goes only if you have heard nothing about it. Give `decision_date` if they named a day for the decision."
    }
    static let checkInNoDate =
        "No decision date was given, so seven business days gives the team time to finish the loop before you ask politely about the timeline."
    static let finalCheckIn =
        "If the first check-in goes unanswered, one more courteous note about a week later is enough; more than that starts to read as pressure."
    static let afterSilence =
        "Two unanswered check-ins are an answer for now: stop writing, put your energy into other applications, and keep the contact warm."
    static let networking =
        "A short connection note builds the relationship whatever the outcome, and people who interviewed you often refer you later."
    static let afterOffer =
        "A prompt, thankful reply that asks for the offer in writing and when they need your answer lets you decide calmly."
    static let afterRejection =
        "A gracious reply that asks for feedback leaves a good last impression, and teams do come back to candidates who took a no well."

    // Notes: the choices the plan made, explained.
    static let noInterviewDate = "No interview date was recorded, so the timeline counts from today."
    static func decisionDate(_ date: LocalDate, checkIn: LocalDate, approximate: Bool = false) -> String {
        approximate
            ? "The company expects to decide around \(date.readable), a day read from loose words, so the drafts do not name it as theirs; the check-in waits until \(checkIn.readable), one business day after it passes without news."
            : "The company expects to decide by \(date.readable), so the check-in waits until \(checkIn.readable), one business day after that date passes without news."
    }
    static func decisionFromNextSteps(_ said: String, date: LocalDate) -> String {
        "Your next steps say \u{201C}\(said)\u{201D}: read as \(date.readable), counted from the interview, and planned for as the decision date. Give `decision_date` to set it yourself."
    }
    static func noDecisionDate(checkIn: LocalDate, latest: LocalDate) -> String {
        "No decision date was given, so the check-in is set seven business days after the interview (\(checkIn.readable)), ten at the latest (\(latest.readable)): long enough for the team to finish interviewing, soon enough that they still remember you."
    }
    static func lateStart(daysSince: Int) -> String {
        "Your interview was \(daysSince) days ago, so the 24-hour window for thank-you notes has passed. "
            + "Send them today anyway: a specific, well-written note still counts, while silence is easy to read as lost interest. "
            + "Don't open with an apology; the drafts thank them for the conversation without dwelling on the delay."
    }
    static func thankYouAfterDaysOff(interview: LocalDate, due: LocalDate, holidays: [(date: LocalDate, name: String)]) -> String {
        let between = holidays.isEmpty ? "the weekend" : Realiser.list(holidays.map { "\($0.name) (\($0.date.readable))" })
        return "The interview was on a \(Prose.weekdayNames[interview.isoWeekday - 1]) and \(between) comes before the next working day, "
            + "so a thank-you on the morning of \(due.readable) is on time; sending it the evening of the interview is fine too."
    }
    static func holidaysSkipped(_ holidays: [(date: LocalDate, name: String)], country: String) -> String {
        "Business days here skip the public holidays of \(country): "
            + Realiser.list(holidays.map { "\($0.name) (\($0.date.readable))" }) + "."
    }
    /// What the business days could not take into account: no country, one not covered, years past the data.
    static func calendarCaveats(country: String?, last: LocalDate) -> [String] {
        guard let country else {
            return [
                "No country was given, so business days skip weekends but not public holidays. Add `country:` (US, GB, DE, …) to the answers file, or use --country."
            ]
        }
        if case .failure(let problem) = PublicHolidays.calendar(for: country) { return [problem.message] }
        if !PublicHolidays.years.contains(last.year) {
            return [
                "followup's public holidays cover \(PublicHolidays.years.lowerBound) to \(PublicHolidays.years.upperBound), so dates in \(last.year) skip weekends only."
            ]
        }
        return []
    }
    static func checkInAfterThankYous(planned: LocalDate, moved: LocalDate) -> String {
        "The check-in would have been due \(planned.readable), but the thank-you notes go out first: it waits until \(moved.readable), two business days after them, so that thanks and a question about the decision don't arrive together."
    }
}
