import ArgumentParser
import FollowUpCore
import FollowUpFeedback
import FollowUpStorage
import Foundation

/// `followup due`: what to send today, what is overdue, and which applications went quiet.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Show what to send today and what is overdue, with the drafts ready to open.",
        discussion: """
            Each step comes with its draft file and the one line that marks it done. Applications \
            with no reply 14 days after the last check-in are shown as quiet, with what to do.

            Examples:
              followup due
              followup due --date 2026-12-01     what will be due that day
              followup due --json
            """)

    @OptionGroup var homeOptions: HomeOptions
    @OptionGroup var dateOption: TrackerDateOption

    @Flag(name: .long, help: "Print the steps as JSON, for scripts (versioned: docs/list-due-json.md).")
    var json = false

    /// One due step, as `--json` prints it.
    struct Entry: Encodable {
        var id: String
        var company: String
        var role: String
        var step: String
        var kind: String
        var what: String
        var recipient: String
        var due: LocalDate
        var daysOverdue: Int
        var draft: String?
        var done: String

        enum CodingKeys: String, CodingKey {
            case id, company, role, step, kind, what, recipient, due
            case daysOverdue = "days_overdue"
            case draft, done
        }
    }

    /// The draft's `mailto:` link, from the subject and body of its `.eml` file as written.
    static func mailto(draftFile: String, recipient: Recipient) -> String? {
        guard let data = FileManager.default.contents(atPath: draftFile) else { return nil }
        let draft = DraftParser.parse(String(decoding: data, as: UTF8.self), format: .email)
        return MailtoLink.make(
            to: recipient.email, subject: draft.subject?.text ?? "", body: draft.lines.map(\.text).joined(separator: "\n"))
    }

    func run() throws {
        let app = AppContext(platform: .current(), homeOptions: homeOptions)
        let date = try app.day(dateOption.date, preferring: .future)
        let store = app.openTracker()
        let records = app.trackedInterviews(on: date, store: store)
        let items = records.flatMap { $0.dueItems(on: date) }.sorted { ($0.step.due, $0.recordID) < ($1.step.due, $1.recordID) }
        let quiet = records.filter { $0.status == .quiet }

        if json {
            // docs/list-due-json.md: a new key is not a new version; a renamed or removed one is.
            struct Output: Encodable {
                var schema = "followup.due"
                var version = 1
                var date: LocalDate
                var due: [Entry]
                var quiet: [String]
            }
            let entries = items.map {
                Entry(
                    id: $0.recordID, company: $0.company, role: $0.role, step: $0.ref, kind: $0.step.kind.rawValue,
                    what: $0.step.what, recipient: $0.step.recipient.display, due: $0.step.due, daysOverdue: $0.daysOverdue,
                    draft: $0.step.draftFile, done: $0.doneCommand)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(Output(date: date, due: entries, quiet: quiet.map(\.id)))) ?? Data("{}".utf8)
            app.console.writeJSON(String(decoding: data, as: UTF8.self))
            return
        }

        var out = ""
        for item in items {
            let label = item.daysOverdue > 0 ? "OVERDUE" : "TODAY"
            var when = "due \(item.step.due.readable)"
            if item.daysOverdue > 0 { when += " (\(item.daysOverdue) day\(item.daysOverdue == 1 ? "" : "s") ago)" }
            out += "\(label)  \(item.recordID)  \(item.ref)  \(when)\n"
            out += "  \(item.company), \(item.role): \(item.step.what)\n"
            if let draft = item.step.draftFile {
                out += "  draft: \(app.platform.tilde(draft))\n"
                if let link = Self.mailto(draftFile: draft, recipient: item.step.recipient) { out += "  open:  \(link)\n" }
            } else if item.step.kind != .afterSilence {
                out += "  draft: none; write it yourself (\(item.step.recipient.display))\n"
            }
            out += "  done:  \(item.doneCommand)\n\n"
        }
        for record in quiet {
            let since = record.lastCheckInSent.map { " since the check-in on \($0.readable)" } ?? ""
            out += "QUIET  \(record.id)  \(record.company), \(record.role): no reply\(since).\n"
            out += "  Stop following up, put your energy into other applications, and send the connection notes if you haven't.\n"
            out += "  close: followup outcome \(record.id) no-response\n\n"
        }
        if out.isEmpty {
            out = "Nothing to send on \(date.readable).\n"
            let upcoming = records.compactMap { record in record.nextStep.map { (record.id, $0) } }
                .min { $0.1.step.due < $1.1.step.due }
            if let (id, next) = upcoming {
                out += "Next: \(id) \(next.ref) on \(next.step.due.readable).\n"
            } else if records.isEmpty {
                out += "Nothing is tracked yet: `followup` after an interview, or `followup plan --answers FILE`.\n"
            }
        } else {
            out.removeLast()
        }
        app.console.write(out)
    }
}
