import ArgumentParser
import FollowUpCore
import FollowUpStorage
import Foundation

/// `followup list`: every tracked interview and unfinished session, what is due first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every tracked interview, what is due first.",
        discussion: """
            One line per application: company, role, the latest interview, its stage, the next \
            step and when it is due, and the status (overdue, due today, on track, waiting for an \
            answer, quiet, offer, rejected, withdrawn, no response). Unfinished guided sessions \
            are listed too, as "in progress", with the command that resumes them.

            Examples:
              followup list
              followup list --json | jq '.interviews[].id'
              followup list --csv > cohort.csv
            """)

    @OptionGroup var homeOptions: HomeOptions
    @OptionGroup var dateOption: TrackerDateOption

    @Flag(name: .long, help: "Print the list as JSON, for scripts (versioned: docs/list-due-json.md).")
    var json = false

    @Flag(name: .long, help: "Print every tracked round as CSV, with the date of each stage, for a spreadsheet.")
    var csv = false

    func run() throws {
        let app = AppContext(platform: .current(), homeOptions: homeOptions)
        let date = try app.day(dateOption.date, preferring: .future)
        let sessions = app.loadSessions()
        let store = app.openTracker()
        if csv {
            app.console.write(TrackerCSV.render(app.trackedInterviews(on: date, store: store)))
            return
        }
        var rows = TrackerRow.dueFirst(app.trackedInterviews(on: date, store: store).map { $0.row(on: date) })
        for session in sessions where !session.isFinished {
            let answers = session.machine.answers
            rows.append(
                TrackerRow(
                    id: session.id, company: answers.interview.company, role: answers.interview.role, candidate: answers.candidate.name,
                    interviewDate: answers.interview.date, stage: answers.interview.round.map { "\($0.rawValue) round" } ?? "",
                    nextStep: nil, nextDue: nil, status: "in progress", resume: "followup resume \(session.id)"))
        }
        if json {
            // docs/list-due-json.md: a new key is not a new version; a renamed or removed one is.
            struct Output: Encodable {
                var schema = "followup.list"
                var version = 1
                var date: LocalDate
                var interviews: [TrackerRow]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try app.trackerAction { try encoder.encode(Output(date: date, interviews: rows)) }
            app.console.writeJSON(String(decoding: data, as: UTF8.self))
            return
        }
        if rows.isEmpty {
            app.console.say("Nothing is tracked yet. Run `followup` after an interview, or `followup plan --answers FILE`.")
            return
        }
        // A coach's cohort: who each row is for, once more than one candidate is tracked.
        let showCandidate = Set(rows.map { Slug.make($0.candidate, fallback: "") }.filter { !$0.isEmpty }).count > 1
        let table = rows.map { row -> [String] in
            (showCandidate ? [row.id, row.candidate.isEmpty ? "-" : TrackerTable.shorten(row.candidate, to: 20)] : [row.id]) + [
                row.company.isEmpty ? "-" : TrackerTable.shorten(row.company, to: 22),
                row.role.isEmpty ? "-" : TrackerTable.shorten(row.role, to: 22),
                row.interviewDate?.iso8601 ?? "-", row.stage.isEmpty ? "-" : row.stage,
                row.nextStep ?? (row.resume ?? "-"), TrackerTable.short(row.nextDue), row.status,
            ]
        }
        app.console.write(
            TrackerTable.render(
                header: (showCandidate ? ["ID", "Candidate"] : ["ID"]) + ["Company", "Role", "Interview", "Stage", "Next step", "Due", "Status"],
                rows: table))
    }
}
