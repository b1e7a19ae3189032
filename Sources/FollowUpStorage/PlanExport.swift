import FollowUpCore
import Foundation

/// One file of an export, relative to the output folder.
public struct ExportFile: Equatable, Sendable {
    public var relativePath: String
    public var data: Data

    public init(relativePath: String, data: Data) {
        self.relativePath = relativePath
        self.data = data
    }
}

/// Turns a plan and its drafts into the files real programs open, and writes them.
///
/// `render` is pure (the instant and zone for the `Date` and `DTSTAMP` fields are passed in);
/// `write` checks every target before writing any, so a refusal leaves nothing half-written.
public enum PlanExport {
    /// `plan.md`, `plan.json`, `reminders.ics` and `drafts/NN-<kind>-<recipient>.eml`.
    ///
    /// - Parameters:
    ///   - key: the round's random key (`PlanKey.make()`, or the tracked one on a re-export):
    ///     it makes the drafts' Message-IDs and the events' UIDs unique and keeps them stable.
    ///   - folder: where the files go, so that each event can name its draft's full path.
    ///   - reminderTime: the hour and zone of the reminders.
    ///   - tracker: the tracked interview and round, for `plan.json` (see `planJSON`).
    public static func render(
        answers: Answers, plan: FollowUpPlan, drafts: DraftSet, now: Date, timeZone: TimeZone, key: String,
        folder: String? = nil, reminderTime: ReminderTime = ReminderTime(), tracker: (id: String, round: Int)? = nil
    ) throws -> [ExportFile] {
        var files: [ExportFile] = []
        let draftFiles = draftFileNames(drafts.drafts)
        files.append(ExportFile(relativePath: "plan.md", data: Data(PlanMarkdown.render(plan: plan, drafts: drafts.drafts, answers: answers).utf8)))
        files.append(try planJSON(answers: answers, plan: plan, drafts: drafts.drafts, tracker: tracker))
        let calendarText = calendar(
            answers: answers, plan: plan, draftFiles: draftFiles, now: now, key: key, folder: folder, time: reminderTime)
        files.append(ExportFile(relativePath: "reminders.ics", data: Data(calendarText.utf8)))
        for draft in drafts.drafts {
            guard let name = draftFiles[draft.id] else { continue }
            let sent = sendInstant(for: draft, plan: plan, now: now, timeZone: timeZone)
            let data = eml(for: draft, answers: answers, now: sent, timeZone: timeZone, key: key)
            files.append(ExportFile(relativePath: "drafts/\(name)", data: data))
            // A connection note also as plain text, to paste into a LinkedIn connection request.
            if draft.kind == .networking, name.hasSuffix(".eml") {
                let note = draft.connectionNote(signedBy: answers.candidate.name) + "\n"
                files.append(ExportFile(relativePath: "drafts/\(name.dropLast(4)).txt", data: Data(note.utf8)))
            }
        }
        return files
    }

    /// `plan.json`, naming each step's draft file and, once the plan is tracked, the tracked
    /// interview's id and each step as `followup mark` takes it (a new plan is tracked after its
    /// files are written, so this file is written again then).
    public static func planJSON(answers: Answers, plan: FollowUpPlan, drafts: [EmailDraft], tracker: (id: String, round: Int)?) throws
        -> ExportFile
    {
        let files = draftFileNames(drafts).mapValues { "drafts/\($0)" }
        let document = PlanDocument(plan: plan, drafts: drafts, answers: answers, draftFiles: files, tracker: tracker)
        return ExportFile(relativePath: "plan.json", data: try document.jsonData())
    }

    /// The `Date:` of a draft: the day its step is planned for (an overdue step: the day the
    /// plan was made), so that `followup check` reads it as of the day it is meant to be sent.
    /// On today's date the time is `now`; on another day, 09:00 in `timeZone`. A draft with no
    /// step is dated `now`.
    static func sendInstant(for draft: EmailDraft, plan: FollowUpPlan, now: Date, timeZone: TimeZone) -> Date {
        guard let step = plan.steps.first(where: { $0.draftID == draft.id }) else { return now }
        let day = max(step.due, plan.generatedOn)
        let nowSeconds = Int(now.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: now)
        let today = LocalDate(daysSinceEpoch: nowSeconds >= 0 ? nowSeconds / 86_400 : (nowSeconds - 86_399) / 86_400)
        guard day != today else { return now }
        let nineLocal = Double(day.daysSinceEpoch * 86_400 + 9 * 3_600)
        // The offset in force at that hour (summer time may differ from today's).
        let guess = Date(timeIntervalSince1970: nineLocal - Double(timeZone.secondsFromGMT(for: now)))
        return Date(timeIntervalSince1970: nineLocal - Double(timeZone.secondsFromGMT(for: guess)))
    }

    /// One draft as an `.eml` message from the candidate to its recipient, with the Message-ID
    /// `messageID(draftID:key:answers:)`.
    public static func eml(for draft: EmailDraft, answers: Answers, now: Date, timeZone: TimeZone, key: String) -> Data {
        // No address for this person: the message goes to the recruiter, who is asked to pass it on.
        let draft = draft.forwarded(through: answers.recruiter, tone: answers.tone) ?? draft
        let message = EmailDraftMessage(
            from: answers.candidate.email.map { EmailMailbox(name: answers.candidate.name, address: $0) },
            to: [EmailMailbox(name: draft.recipientName, address: draft.recipientEmail)],
            subject: draft.subject,
            date: now,
            timeZone: timeZone,
            body: draft.body,
            messageID: messageID(draftID: draft.id, key: key, answers: answers))
        return EmailDraftEncoder.encode(message)
    }

    /// `<thank-you-1.k3f9q2xm@example.com>`: the draft, the round's random key, and the domain
    /// of the candidate's address (`followup.invalid` when it is not known). Short, ASCII, and
    /// unique, so mail stores that keep one copy per Message-ID keep every draft.
    public static func messageID(draftID: String, key: String, answers: Answers) -> String {
        let domain = answers.candidate.email.flatMap { address -> String? in
            guard EmailAddress.isValid(address), let at = address.lastIndex(of: "@") else { return nil }
            let domain = String(address[address.index(after: at)...])
            return domain.unicodeScalars.allSatisfy({ $0.isASCII && (MIMEHeaderEncoding.isAtext($0) || $0 == ".") })
                ? domain : nil
        }
        let left = Slug.make(draftID, fallback: "draft")
        return "\(left.prefix(40)).\(key)@\(domain ?? "followup.invalid")"
    }

    /// `01-thank-you-jose-perez.eml`, numbered in plan order.
    public static func draftFileNames(_ drafts: [EmailDraft]) -> [String: String] {
        var names: [String: String] = [:]
        for (n, draft) in drafts.enumerated() {
            let number = n + 1 < 10 ? "0\(n + 1)" : "\(n + 1)"
            names[draft.id] = "\(number)-\(draft.kind.rawValue)-\(Slug.make(draft.recipientName, fallback: "recipient")).eml"
        }
        return names
    }

    /// One reminder per dated step, at the reminder hour, with a short title ("Thank Zoë
    /// Lefèvre · Northwind") and the step, its reason and its draft's full path in the
    /// description. An overdue step is put on the day the plan was made (that is when to act);
    /// steps that wait for an outcome have no date to remind of and are left out.
    static func calendar(
        answers: Answers, plan: FollowUpPlan, draftFiles: [String: String], now: Date, key: String, folder: String?,
        time: ReminderTime
    ) -> String {
        let company = answers.interview.company
        let events = plan.steps.filter { $0.status != .onOutcome }.map { step -> ReminderEvent in
            var description = step.what + "\n" + step.why
            if let draftID = step.draftID, let file = draftFiles[draftID] {
                description += "\nDraft: " + (folder.map { "\($0)/drafts/\(file)" } ?? "drafts/\(file)")
            }
            let summary = ReminderTitle.make(kind: step.kind, recipient: step.recipient.name, company: company)
            return ReminderEvent(
                uid: TrackedInterview.reminderUID(key: key, stepID: step.id),
                date: step.status == .overdue ? max(step.due, plan.generatedOn) : step.due,
                summary: summary,
                description: description,
                alarm: ReminderAlarm(description: summary))
        }
        let name = "Follow-up: \(company), \(answers.interview.role)"
        return ReminderCalendarEncoder.encode(ReminderCalendar(name: name, time: time, events: events), stamp: now)
    }

    /// Writes the files under `folder` (created 0700), each 0600, all or nothing: a new folder
    /// is filled under a hidden name and renamed into place in one step; into a folder that
    /// already exists (`--out` an existing one) each file is written atomically, and a failure
    /// part-way (a full disk) removes what this call wrote, so a retry is not refused by its
    /// own half-written output. Refuses, before writing anything, when any file already exists.
    /// `flush: false` leaves the flush to the caller (one for a whole batch of plans).
    public static func write(_ files: [ExportFile], into folder: String, flush: Bool = true) throws -> [String] {
        try checkFree(files, in: folder)
        let paths = files.map { "\(folder)/\($0.relativePath)" }
        if FileManager.default.fileExists(atPath: folder) {
            try writeEach(files, into: folder)
        } else if AtomicFile.entryExists(folder) {
            // A symbolic link to nothing: never replaced, never followed.
            throw AtomicFile.alreadyThere(folder)
        } else {
            try writeNewFolder(files, at: folder)
        }
        if flush { try AtomicFile.flushFileSystem(containing: folder) }
        return paths
    }

    /// Writes `files` over those in an existing plan folder (`followup plan --update`), each
    /// replaced atomically, and removes `stale` (files of the earlier plan the new one does not
    /// have, such as the draft to an interviewer no longer named). Files followup did not write
    /// (a draft in your own words) are not touched. Never writes through a symbolic link on the
    /// way (`drafts`).
    public static func replace(_ files: [ExportFile], in folder: String, removing stale: [String]) throws -> [String] {
        for file in files {
            var path = folder
            for component in file.relativePath.split(separator: "/").dropLast() {
                path += "/\(component)"
                if AtomicFile.isSymbolicLink(path) { throw AtomicFile.alreadyThere(path) }
            }
        }
        let paths = files.map { "\(folder)/\($0.relativePath)" }
        for (file, path) in zip(files, paths) {
            try AtomicFile.makeDirectory((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(file.data, to: path, flush: false)
        }
        for path in stale where !paths.contains(path) && path.hasPrefix(folder + "/") { unlink(path) }
        try AtomicFile.flushFileSystem(containing: folder)
        return paths
    }

    /// Fills `.<name>.partial-<random>` beside `folder`, then renames it to `folder`.
    static func writeNewFolder(_ files: [ExportFile], at folder: String) throws {
        let parent = (folder as NSString).deletingLastPathComponent
        try AtomicFile.makeDirectory(parent)
        let staging = "\(parent)/.\((folder as NSString).lastPathComponent).partial-\(UInt32.random(in: 0...UInt32.max))"
        do {
            try AtomicFile.makeDirectory(staging)
            for file in files {
                let path = "\(staging)/\(file.relativePath)"
                try AtomicFile.makeDirectory((path as NSString).deletingLastPathComponent)
                // Nobody sees the staging folder: no need for a temporary file per file.
                try AtomicFile.create(file.data, at: path)
            }
            if rename(staging, folder) != 0 { throw StorageError.posix(folder, "move the new folder into place") }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    /// Into an existing folder: one atomic write per file, undone on failure.
    static func writeEach(_ files: [ExportFile], into folder: String) throws {
        var written: [String] = []
        do {
            for file in files {
                let path = "\(folder)/\(file.relativePath)"
                try AtomicFile.makeDirectory((path as NSString).deletingLastPathComponent)
                try AtomicFile.writeNew(file.data, to: path, flush: false)
                written.append(path)
            }
        } catch {
            for path in written { unlink(path) }
            throw error
        }
    }

    /// Throws when any of the files already exists under `folder`, even as a symbolic link to
    /// nothing, or when a folder on the way there (`drafts`) is a symbolic link: followup never
    /// overwrites, and never writes through a link it did not make.
    public static func checkFree(_ files: [ExportFile], in folder: String) throws {
        for file in files {
            var path = folder
            for component in file.relativePath.split(separator: "/") {
                path += "/\(component)"
                if AtomicFile.isSymbolicLink(path) { throw AtomicFile.alreadyThere(path) }
            }
            if AtomicFile.entryExists(path) { throw AtomicFile.alreadyThere(path) }
        }
    }

    /// `<home>/plans/<company>-<interview date>`, before any numbering.
    public static func defaultFolderBase(home: String, answers: Answers, plan: FollowUpPlan) -> String {
        "\(home)/plans/\(Slug.make(answers.interview.company, fallback: "interview"))-\(plan.interviewDate.iso8601)"
    }

    /// `<home>/plans/<company>-<interview date>`; when that folder exists (another candidate's
    /// interview), `<company>-<date>-<candidate>`, then `-2`, `-3`...
    public static func defaultFolder(home: String, answers: Answers, plan: FollowUpPlan, taken: (String) -> Bool = { _ in false }) -> String {
        let base = defaultFolderBase(home: home, answers: answers, plan: plan)
        func isFree(_ folder: String) -> Bool { !AtomicFile.entryExists(folder) && !taken(folder) }
        if isFree(base) { return base }
        let name = Slug.make(answers.candidate.name, fallback: "")
        if !name.isEmpty, isFree("\(base)-\(name)") { return "\(base)-\(name)" }
        var n = 2
        while !isFree("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }
}
