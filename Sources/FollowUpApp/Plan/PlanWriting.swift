import FollowUpCore
import FollowUpStorage
import Foundation

/// A plan ready to be written: its files and the folder they go to.
struct PreparedPlan {
    var answers: Answers
    var plan: FollowUpPlan
    var drafts: DraftSet
    var files: [ExportFile]
    var folder: String
    /// The random key of the drafts' Message-IDs and the reminders' UIDs, kept by the tracker.
    var key: String
}

/// What writing a plan did.
struct WrittenPlan {
    var folder: String
    var files: [String]
    /// The drafts as written, for whatever comes after (writing one in one's own words).
    var drafts: [EmailDraft]
    /// How the tracker took it ("Tracking this interview as …"), to show after the files.
    var trackingNote: String?
}

extension AppContext {
    /// Builds the plan and drafts for `answers` and the files they make, for `out` (or a new
    /// folder under `<home>/plans`). Broken user templates are reported and the defaults used.
    /// `key` and `tracker`: the tracked round's, when its plan is made again (`plan --update`).
    func preparePlanFiles(
        _ answers: Answers, out: String?, today: LocalDate? = nil, overrides: [String: String], key: String? = nil,
        tracker: (id: String, round: Int)? = nil
    ) throws -> PreparedPlan {
        let answers = withDateLocale(answers)
        let today = today ?? platform.today
        var plan = PlanBuilder.build(from: answers, today: today)
        let drafts = DraftComposer(overrides: overrides, nameCapitals: .english).compose(answers, today: today)
        // What the drafts could not say goes into the plan's notes, never silently away.
        plan.notes += drafts.notes
        for problem in drafts.problems {
            console.error("template \(home)/templates/\(problem)")
        }
        // Drafts are dated in the interview's time zone when the answers name one: that is
        // the clock the recipients read them by.
        let zone = answers.interview.timezone.flatMap(TimeZone.init(identifier:)) ?? platform.timeZone
        let folder = out.map(platform.absolute) ?? PlanExport.defaultFolder(home: home, answers: answers, plan: plan)
        let key = key ?? PlanKey.make()
        let files = try PlanExport.render(
            answers: answers, plan: plan, drafts: drafts, now: platform.now, timeZone: zone, key: key, folder: folder,
            reminderTime: reminderTime(), tracker: tracker)
        return PreparedPlan(answers: answers, plan: plan, drafts: drafts, files: files, folder: folder, key: key)
    }

    /// The answers with the locale their dates are written for: `--locale`, else their own,
    /// else the environment's (LC_ALL, LC_TIME, LANG) when it names one; and the country whose
    /// holidays are skipped: `--country`, else their own, else their time zone's, else their
    /// locale's region (`en_GB` → GB), else the settings', else the system time zone's.
    func withDateLocale(_ answers: Answers) -> Answers {
        var answers = answers
        let zoneCountry = answers.interview.timezone.flatMap(PublicHolidays.country(forTimeZone:))
        let localeCountry = answers.locale.flatMap { locale in
            locale.split(whereSeparator: { "_-.".contains($0) }).dropFirst().first.flatMap { PublicHolidays.code(for: String($0)) }
        }
        answers.country =
            country.flatMap(PublicHolidays.code(for:)) ?? answers.country ?? zoneCountry ?? localeCountry ?? settings.country
            ?? platform.country(for: nil)
        if let locale {
            answers.locale = locale
        } else if answers.locale == nil, let name = settings.locale ?? platform.dateLocale, DateStyle(locale: name) != nil {
            answers.locale = name
        }
        return answers
    }

    /// Writes a prepared plan, tracks the interview and, unless the caller does it once for a
    /// batch, rewrites the calendar of every tracked interview.
    func write(_ prepared: PreparedPlan, flush: Bool = true, refreshCalendar refresh: Bool = true) throws -> WrittenPlan {
        let written = try PlanExport.write(prepared.files, into: prepared.folder, flush: flush)
        let (note, tracked) = recordInTracker(
            answers: prepared.answers, plan: prepared.plan, drafts: prepared.drafts.drafts, folder: prepared.folder, key: prepared.key)
        // plan.json again, now that it can name the tracked interview and each step as `mark` takes it.
        if let tracked {
            do {
                let json = try PlanExport.planJSON(answers: prepared.answers, plan: prepared.plan, drafts: prepared.drafts.drafts, tracker: tracked)
                try AtomicFile.write(json.data, to: "\(prepared.folder)/\(json.relativePath)", flush: flush)
            } catch {
                console.error("plan.json could not be given the tracker's id \(tracked.id): \(error)")
            }
        }
        if refresh { refreshCalendar() }
        return WrittenPlan(folder: prepared.folder, files: written, drafts: prepared.drafts.drafts, trackingNote: note)
    }

    /// Prepares and writes in one step (the guided session).
    func writePlanFiles(_ answers: Answers, out: String?) throws -> WrittenPlan {
        try write(preparePlanFiles(answers, out: out, overrides: loadTemplateOverrides()))
    }

    /// `<home>/templates/*.mustache`, by template name. Read once per plan.
    func loadTemplateOverrides() -> [String: String] {
        let folder = "\(home)/templates"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [:] }
        var overrides: [String: String] = [:]
        for name in names where name.hasSuffix(".mustache") {
            let path = "\(folder)/\(name)"
            let data: Data
            do {
                guard let read = try AtomicFile.read(path, limit: InputLimits.template, what: "a template") else { continue }
                data = read
            } catch {
                console.error("\(error) The default template is used.")
                continue
            }
            let template = String(name.dropLast(".mustache".count))
            guard DraftTemplates.names.contains(template) else {
                console.error(
                    "\(path): no template is called '\(template)', so this file is not used. Template names: \(DraftTemplates.names.joined(separator: ", ")).")
                continue
            }
            overrides[template] = String(decoding: data, as: UTF8.self)
        }
        return overrides
    }
}
