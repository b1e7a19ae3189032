import ArgumentParser
import FollowUpCore
import FollowUpStorage
import Foundation

extension AppContext {
    var tracker: TrackerStore { TrackerStore(home: home) }

    /// The tracker, after importing finished sessions from before it existed (once each).
    func openTracker() -> TrackerStore {
        let store = tracker
        do {
            let result = try store.importFinishedSessions(from: self.store)
            for (session, recording) in result.imported {
                console.error("imported the finished session \(session) into the tracker as \(recording.id).")
            }
        } catch {
            console.error("could not import earlier sessions into the tracker: \(error)")
        }
        return store
    }

    /// Called when a plan's files are written: tracks the interview. A failure here is reported
    /// and does not undo the files, which are already written.
    /// Returns the line telling the user how it is tracked, for the caller to show after the
    /// list of files.
    func recordInTracker(answers: Answers, plan: FollowUpPlan, drafts: [EmailDraft], folder: String, key: String? = nil)
        -> (note: String?, tracker: (id: String, round: Int)?)
    {
        do {
            let recording = try tracker.record(answers: answers, plan: plan, drafts: drafts, outputDirectory: folder, key: key)
            switch recording {
            case .created(let id):
                return ("Tracking this interview as \(id): `followup due` says what to send when.", (id, 1))
            case .roundAdded(let id, let round):
                return ("Added as round \(round) of \(id): `followup show \(id)` has every round.", (id, round))
            case .alreadyTracked(let id):
                let round = (try? tracker.load(id: id))?.roundNumber(interviewOn: plan.interviewDate)
                return (
                    "This interview is already tracked as \(id); the tracker keeps following its first plan (`followup show \(id)`).",
                    round.map { (id, $0) }
                )
            }
        } catch {
            console.error("the files are written, but the interview could not be tracked: \(error)")
            return (nil, nil)
        }
    }

    /// Every record, with the silence rule applied for `date`. The change is saved only when
    /// `date` is not after the real today, so looking ahead with `--date` changes nothing.
    /// Damaged tracker files are named on stderr and kept (one read of the folder serves both).
    func trackedInterviews(on date: LocalDate, store: TrackerStore) -> [TrackedInterview] {
        let (records, unreadable) = store.all()
        for problem in unreadable {
            console.error("skipping a tracker file: \(problem)")
        }
        return records.map { record in
            var copy = record
            guard copy.applySilence(today: date) else { return record }
            if date <= platform.today {
                _ = try? store.update(id: record.id) { $0.applySilence(today: date) }
            }
            return copy
        }
    }

    /// One line at start-up when follow-ups are due, naming the command that lists them.
    func announceDueFollowUps() {
        let today = platform.today
        let store = openTracker()
        let records = trackedInterviews(on: today, store: store)
        let items = records.flatMap { $0.dueItems(on: today) }
        let quiet = records.filter { $0.status == .quiet }.count
        guard !items.isEmpty || quiet > 0 else { return }
        var parts: [String] = []
        if !items.isEmpty {
            let overdue = items.filter { $0.daysOverdue > 0 }.count
            var text = "\(items.count) follow-up\(items.count == 1 ? " is" : "s are") due"
            if overdue > 0 { text += " (\(overdue) overdue)" }
            parts.append(text)
        }
        if quiet > 0 { parts.append("\(quiet) application\(quiet == 1 ? " has" : "s have") gone quiet") }
        console.say(parts.joined(separator: " and ") + ": `followup due` shows what to send; /sent lists them here.", style: .bold)
    }

    /// The candidate's configuration (`UserConfig`); a broken file is reported and defaults used.
    func userConfig() -> UserConfig {
        let path = UserConfig.defaultPath(environment: platform.environment, userHome: platform.userHome)
        do {
            return try UserConfig.load(path: path, userHome: platform.userHome)
        } catch {
            console.error("\(error)")
            return UserConfig(path: path)
        }
    }

    /// The reminders' hour and zone: the configuration's, else 09:00 in the system's zone.
    func reminderTime() -> ReminderTime {
        let config = userConfig()
        let zone = config.reminderTimeZone.flatMap(TimeZone.init(identifier:)) ?? platform.timeZone
        return ReminderTime(hour: config.reminderHour, timeZone: zone)
    }

    /// Rewrites the calendar of every tracked interview (`TrackerCalendar`) after a change. A
    /// failure is reported; the change itself is already saved.
    func refreshCalendar() {
        let (records, _) = tracker.all()
        do {
            try TrackerCalendar.write(records: records, home: home, now: platform.now, time: reminderTime())
        } catch {
            console.error("the change is saved, but the calendar \(TrackerCalendar.file(home: home)) could not be rewritten: \(error)")
        }
    }

    /// `--date` as a day (`2026-11-20`, `today`, `yesterday`, `Nov 20`), or today.
    func day(_ text: String?, preferring preference: DateParser.Preference = .past) throws -> LocalDate {
        guard let text else { return platform.today }
        switch DateParser(today: platform.today).parse(text, preferring: preference) {
        case .success(let date): return date
        case .failure(let failure):
            console.error("--date: \(failure.message)")
            throw ExitCode(64)
        }
    }

    /// Runs a tracker change, printing its refusal (unknown id, unknown step, illegal move) as an error.
    func trackerAction<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as TrackerError {
            console.error(error.message)
            throw ExitCode.failure
        } catch {
            console.error("\(error)")
            throw ExitCode.failure
        }
    }
}

/// Options shared by the tracker commands that look at a day.
struct TrackerDateOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The day to use instead of today (YYYY-MM-DD, today, yesterday, Nov 20).", valueName: "date"))
    var date: String?
}
