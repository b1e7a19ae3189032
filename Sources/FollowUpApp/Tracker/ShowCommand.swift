import ArgumentParser
import FollowUpCore
import FollowUpStorage
import Foundation

/// `followup show ID`: one application in full: rounds, steps with dates and statuses, history.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one tracked interview: its rounds, steps and history.",
        discussion: """
            Examples:
              followup show acme-1120
              followup show acme-1120 --json
            """)

    @OptionGroup var homeOptions: HomeOptions
    @OptionGroup var dateOption: TrackerDateOption

    @Argument(help: "The interview's id (see followup list).")
    var id: String

    @Flag(name: .long, help: "Print the whole record as JSON.")
    var json = false

    func run() throws {
        let app = AppContext(platform: .current(), homeOptions: homeOptions)
        let date = try app.day(dateOption.date, preferring: .future)
        let store = app.openTracker()
        let loaded = try app.trackerAction { try store.load(id: id) }
        let record = app.trackedInterviews(on: date, store: store).first { $0.id == loaded.id } ?? loaded
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try app.trackerAction { try encoder.encode(record) }
            app.console.writeJSON(String(decoding: data, as: UTF8.self))
            return
        }
        app.console.write(Self.render(record, on: date, shownPath: app.platform.tilde))
    }

    static func render(_ record: TrackedInterview, on date: LocalDate, shownPath: (String) -> String) -> String {
        var out = "\(record.company), \(record.role) (\(record.id))\n"
        out += "Status: \(record.statusLabel(on: date))\n"
        for round in record.rounds {
            let stage = round.stage == "round \(round.number)" ? "" : " (\(round.stage))"
            out += "\nRound \(round.number)\(stage): \(round.interviewDate.readable)\n"
            let people = round.answers.interviewers.map { person in
                person.title.flatMap { $0.isEmpty ? nil : "\(person.name) (\($0))" } ?? person.name
            }
            if !people.isEmpty { out += "  Interviewers: \(people.joined(separator: "; "))\n" }
            if let folder = round.outputDirectory { out += "  Files: \(shownPath(folder))\n" }
            let rows = round.steps.map { step -> [String] in
                let ref = TrackedInterview.ref(round: round.number, stepID: step.id)
                var due = step.state == .waiting ? "on outcome" : step.due.iso8601
                if step.due != step.plannedDue, step.state != .waiting { due += " (was \(step.plannedDue.iso8601))" }
                var state = step.state.rawValue
                if let done = step.doneOn { state += " \(done.iso8601)" }
                if step.state == .pending, step.due < date { state = "overdue" }
                if step.state == .pending, step.due == date { state = "due today" }
                return [ref, due, state, TrackerTable.shorten(step.what, to: 60)]
            }
            out +=
                TrackerTable.render(header: ["Step", "Due", "Status", "What"], rows: rows)
                .split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        out += "\nHistory:\n"
        // By date, as it happened (a step marked today for last week goes where last week is);
        // entries of one day keep the order they were recorded in.
        for entry in record.history.enumerated().sorted(by: { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }).map(\.element) {
            // "Tracking started: …, files in <folder>": the folder as everywhere else, with ~.
            let text = record.rounds.compactMap(\.outputDirectory).reduce(entry.text) {
                $0.replacingOccurrences(of: "files in \($1)", with: "files in \(shownPath($1))")
            }
            out += "  \(entry.date.iso8601)  \(text)\n"
        }
        return out
    }
}
