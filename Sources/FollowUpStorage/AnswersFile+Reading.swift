import FollowUpCore
import Foundation
import Yams

/// Walks the YAML tree of an answers file, building `Answers` and collecting every problem on the way.
///
/// Forgiving where the meaning is clear (a number where text is expected is read as text, `round: 2`
/// means second, an interviewer or recruiter may be given as a bare name or `Name <address>`, a
/// concern as a bare topic, one line of text where a list is expected is a list of one, `role:`
/// is an interviewer's title, dates as people write them); strict where a guess could be wrong
/// (unknown keys, a numeric date no locale settles, a decision date that names no day).
struct AnswersFileReader {
    private(set) var problems: [AnswersFileProblem] = []
    /// The locale numeric dates are read by when the file names none (`--locale`, `$LANG`).
    var defaultLocale: String?
    /// How numeric dates are read: the file's locale, else `defaultLocale`.
    private var order: DateParser.NumericOrder?

    init(defaultLocale: String? = nil) {
        self.defaultLocale = defaultLocale
    }

    static let topLevelKeys = [
        "candidate", "interview", "interviewers", "highlights", "strengths", "concerns", "promised",
        "decision_date", "next_steps", "recruiter", "tone", "locale", "country",
    ]
    static let candidateKeys = ["name", "email", "phone", "sign_off"]
    static let interviewKeys = ["company", "role", "date", "timezone", "format", "round"]
    static let interviewerKeys = ["name", "title", "role", "email", "address_as", "topics"]
    static let concernKeys = ["topic", "response", "raised_by"]
    static let contactKeys = ["name", "email"]

    mutating func readAnswers(_ root: Node) -> Answers {
        guard let fields = mapping(root, path: "", allowed: Self.topLevelKeys) else { return Answers() }
        var answers = Answers()
        if let locale = text(fields["locale"], path: "locale") {
            if DateStyle(locale: locale) != nil {
                answers.locale = locale
            } else {
                report(
                    "locale",
                    "'\(locale)' is not a locale name. Write it like en_US or en_GB (it sets how dates are written), or leave it out.",
                    at: fields["locale"])
            }
        }

        let candidate = fields["candidate"].flatMap { mapping($0, path: "candidate", allowed: Self.candidateKeys) } ?? [:]
        if let name = text(candidate["name"], path: "candidate.name"), name.contains("@") {
            report(
                "candidate.name", "'\(name.prefix(80))' looks like an email address; the drafts are signed with your name. Put the address in `email:`.",
                at: candidate["name"])
        } else if let name = text(candidate["name"], path: "candidate.name") {
            answers.candidate.name = PersonName.written(name)
        } else if !isWrongType(candidate["name"]) {
            report("candidate.name", "missing. The drafts are signed with it: add `candidate:` with `name: Your Name`.", at: fields["candidate"])
        }
        answers.candidate.email = email(candidate["email"], path: "candidate.email")
        answers.candidate.phone = text(candidate["phone"], path: "candidate.phone")
        answers.candidate.signOff = text(candidate["sign_off"], path: "candidate.sign_off")

        // "11/12/2026" in a file that says `country: GB` is day first, whatever this machine's locale.
        let country = fields["country"]?.scalar.flatMap { PublicHolidays.code(for: $0.string) }
        order = DateParser.NumericOrder(locale: answers.locale ?? country.map { "en_" + $0 } ?? defaultLocale)
        answers.interview = readInterview(fields["interview"])
        answers.interviewers = readInterviewers(fields["interviewers"])
        answers.highlights = textList(fields["highlights"], path: "highlights")
        answers.strengths = textList(fields["strengths"], path: "strengths")
        answers.concerns = readConcerns(fields["concerns"], interviewers: answers.interviewers)
        answers.promised = textList(fields["promised"], path: "promised")
        answers.decisionDate = date(fields["decision_date"], path: "decision_date", saidOn: answers.interview.date)
        if answers.decisionDate != nil, case .scalar(let said)? = fields["decision_date"], ExpectedDecision.isLoose(said.string) {
            answers.decisionDateIsApproximate = true
        }
        if let decision = answers.decisionDate, let interview = answers.interview.date, decision < interview {
            report(
                "decision_date",
                "\(decision.iso8601) is before the interview (\(interview.iso8601)). Check the month, or leave decision_date out if they gave no date.",
                at: fields["decision_date"])
        }
        answers.nextSteps = text(fields["next_steps"], path: "next_steps")
        answers.recruiter = readRecruiter(fields["recruiter"])
        if let tone = choice(fields["tone"], path: "tone", allowed: Tone.allCases.map(\.rawValue), parse: { Tone(rawValue: $0.lowercased()) }) {
            answers.tone = tone
        }
        if let country = text(fields["country"], path: "country") {
            if let code = PublicHolidays.code(for: country) {
                answers.country = code
            } else {
                report("country", PublicHolidays.Problem.unknown(country).message + " Or leave it out.", at: fields["country"])
            }
        }
        return answers
    }

    // MARK: Sections

    private mutating func readInterview(_ node: Node?) -> Interview {
        var interview = Interview()
        let fields = node.flatMap { mapping($0, path: "interview", allowed: Self.interviewKeys) } ?? [:]
        let sectionMissing = node == nil || node?.tagName == .null
        if let company = text(fields["company"], path: "interview.company") {
            interview.company = company
        } else if !isWrongType(fields["company"]) {
            report("interview.company", "missing. Add the company's name, e.g. `company: Acme Robotics`.", at: sectionMissing ? nil : node)
        }
        if let role = text(fields["role"], path: "interview.role") {
            interview.role = role
        } else if !isWrongType(fields["role"]) {
            report("interview.role", "missing. Add the job title you interviewed for, e.g. `role: Platform Engineer`.", at: sectionMissing ? nil : node)
        }
        if let day = date(fields["date"], path: "interview.date", saidOn: nil) {
            interview.date = day
        } else if fields["date"] == nil || fields["date"]?.tagName == .null {
            report("interview.date", "missing. Add the day of the interview as YYYY-MM-DD, e.g. `date: 2026-11-20`.", at: sectionMissing ? nil : node)
        }
        if let zone = text(fields["timezone"], path: "interview.timezone") {
            if TimeZone(identifier: zone) == nil {
                report(
                    "interview.timezone", "'\(zone)' is not a time zone name. Use an IANA name such as Europe/Paris or America/New_York.",
                    at: fields["timezone"])
            } else {
                interview.timezone = zone
            }
        }
        interview.format = choice(
            fields["format"], path: "interview.format", allowed: InterviewFormat.allCases.map(\.rawValue), parse: InterviewFormat.init(loose:))
        interview.round = choice(
            fields["round"], path: "interview.round", allowed: InterviewRound.allCases.map(\.rawValue), parse: InterviewRound.init(loose:))
        return interview
    }

    private mutating func readInterviewers(_ node: Node?) -> [Interviewer] {
        let noneMessage =
            "no interviewers. Add a list with one entry per person you met, e.g. `interviewers: [{name: Ana Lee, topics: [on-call]}]`."
        guard let node, node.tagName != .null else {
            report("interviewers", noneMessage, at: nil)
            return []
        }
        guard let items = list(node, path: "interviewers", itemNoun: "person", oneRecord: true) else { return [] }
        if items.isEmpty {
            report("interviewers", noneMessage, at: node)
            return []
        }
        if items.count > AnswerRules.maxInterviewers {
            report(
                "interviewers",
                "\(items.count) people; drafts are written for \(AnswerRules.maxInterviewers) at most. For a larger panel, thank them as a group through the recruiter.",
                at: node)
        }
        var result: [Interviewer] = []
        var firstIndexByName: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let path = "interviewers[\(index)]"
            var interviewer = Interviewer(name: "")
            if case .scalar = item, item.tagName != .null {
                // A bare name, or `Name <address>`.
                if let written = text(item, path: path) {
                    switch AnswerRules.parseContact(written) {
                    case .success(let contact):
                        interviewer.name = contact.name
                        interviewer.email = contact.email
                    case .failure(let problem):
                        report(path, problem.message, at: item)
                    }
                }
            } else if let fields = mapping(item, path: path, allowed: Self.interviewerKeys) {
                if let name = text(fields["name"], path: path + ".name") {
                    interviewer.name = PersonName.written(name)
                } else if !isWrongType(fields["name"]) {
                    report(path + ".name", "missing. Each interviewer needs a name, e.g. `name: Ana Lee`.", at: item)
                }
                interviewer.title = text(fields["title"], path: path + ".title")
                if let role = text(fields["role"], path: path + ".role") {
                    // `role:` is what many people call an interviewer's title.
                    if let title = interviewer.title, title != role {
                        report(path + ".role", "'\(role)' and title '\(title)' both give this person's title. Keep one of them.", at: fields["role"])
                    }
                    interviewer.title = role
                }
                // `name: dana kim, ops mgr`: the title typed after the name is the title.
                let named = ListAnswer.namesWithTitles(fields["name"]?.scalar?.string ?? "")
                if named.count == 1, let typedTitle = named[0].title {
                    interviewer.name = PersonName.written(named[0].name)
                    if interviewer.title == nil { interviewer.title = typedTitle }
                }
                interviewer.email = email(fields["email"], path: path + ".email")
                interviewer.addressAs = text(fields["address_as"], path: path + ".address_as")
                interviewer.topics = textList(fields["topics"], path: path + ".topics")
            } else if item.tagName == .null {
                report(path, "an empty entry. Give the person's name, or delete the '-' line.", at: item)
            }
            let key = interviewer.name.lowercased()
            if !key.isEmpty {
                if let first = firstIndexByName[key] {
                    report(
                        path + ".name",
                        "'\(interviewer.name)' also appears as interviewers[\(first)]. Each person gets their own note: add a surname or an initial.",
                        at: item)
                } else {
                    firstIndexByName[key] = index
                }
            }
            result.append(interviewer)
        }
        return result
    }

    /// Who raised a concern: one of the interviewers, by any name the drafts know them by.
    private mutating func raiser(_ node: Node?, path: String, among interviewers: [Interviewer]) -> String? {
        guard let name = text(node, path: path) else { return nil }
        guard Interviewer.index(named: name, in: interviewers) != nil else {
            let names = interviewers.map(\.name).joined(separator: ", ")
            report(
                path,
                "'\(name.prefix(80))' is none of the interviewers (\(names.isEmpty ? "none is given" : names)). Give the name of the one who raised it, or leave raised_by out.",
                at: node)
            return nil
        }
        return name
    }

    private mutating func readConcerns(_ node: Node?, interviewers: [Interviewer]) -> [Concern] {
        guard let node, node.tagName != .null, let items = list(node, path: "concerns", itemNoun: "concern", oneRecord: true) else { return [] }
        var result: [Concern] = []
        for (index, item) in items.enumerated() {
            let path = "concerns[\(index)]"
            if case .scalar = item {
                if let topic = text(item, path: path) { result.append(Concern(topic: topic)) }
                continue
            }
            guard let fields = mapping(item, path: path, allowed: Self.concernKeys) else { continue }
            let response = text(fields["response"], path: path + ".response")
            let raisedBy = raiser(fields["raised_by"], path: path + ".raised_by", among: interviewers)
            if let topic = text(fields["topic"], path: path + ".topic") {
                result.append(Concern(topic: topic, response: response, raisedBy: raisedBy))
            } else if !isWrongType(fields["topic"]) {
                report(path + ".topic", "missing. Say what the concern was, e.g. `topic: no Kubernetes in production`.", at: item)
            }
        }
        return result
    }

    private mutating func readRecruiter(_ node: Node?) -> Contact? {
        guard let node, node.tagName != .null else { return nil }
        if case .scalar = node {
            guard let written = text(node, path: "recruiter") else { return nil }
            switch AnswerRules.parseContact(written) {
            case .success(let contact): return contact
            case .failure(let problem):
                report("recruiter", problem.message, at: node)
                return nil
            }
        }
        guard let fields = mapping(node, path: "recruiter", allowed: Self.contactKeys) else { return nil }
        let address = email(fields["email"], path: "recruiter.email")
        guard let name = text(fields["name"], path: "recruiter.name") else {
            if !isWrongType(fields["name"]) {
                report("recruiter.name", "missing. Give the recruiter's name, or remove the recruiter section.", at: node)
            }
            return nil
        }
        return Contact(name: PersonName.written(name), email: address)
    }

    // MARK: Values

    /// The fields of a mapping; reports a wrong type, unknown keys (with a suggestion) and returns nil for non-mappings.
    private mutating func mapping(_ node: Node, path: String, allowed: [String]) -> [String: Node]? {
        guard case .mapping(let pairs) = node else {
            if node.tagName == .null { return nil }
            let place = path.isEmpty ? "The file" : path
            report(
                path,
                "\(path.isEmpty ? "" : "expected a section of keys, found \(kind(node)). ")\(place) should hold keys such as "
                    + allowed.prefix(3).map { "`\($0):`" }.joined(separator: ", ") + ", each on its own line.",
                at: node)
            return nil
        }
        var fields: [String: Node] = [:]
        for (keyNode, value) in pairs {
            let key = keyNode.scalar?.string ?? ""
            if allowed.contains(key) {
                fields[key] = value
                continue
            }
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            var message = "unknown key."
            if let suggestion = Self.closest(to: key, in: allowed) {
                message += " Did you mean `\(suggestion)`?"
            }
            message += " Allowed here: \(allowed.joined(separator: ", "))."
            report(keyPath, message, at: keyNode)
        }
        return fields
    }

    /// The items of a sequence; one line of text (or, for records, one section of keys) is a
    /// list of one. Nil (with a problem) for anything else.
    private mutating func list(_ node: Node, path: String, itemNoun: String, oneRecord: Bool = false) -> [Node]? {
        if case .scalar = node, node.tagName != .null { return [node] }
        if oneRecord, case .mapping = node { return [node] }
        guard case .sequence(let items) = node else {
            report(
                path,
                "expected a list, found \(kind(node)). Write one \(itemNoun) per line, each starting with '- ', or use [a, b].",
                at: node)
            return nil
        }
        return Array(items)
    }

    /// A list of text items; an absent or null list is empty.
    private mutating func textList(_ node: Node?, path: String) -> [String] {
        guard let node, node.tagName != .null, let items = list(node, path: path, itemNoun: "item") else { return [] }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            // "- Lars: the case study…" is YAML for a one-key section; the candidate meant the line as typed.
            if case .mapping(let mapping) = item, mapping.count == 1, let (key, value) = mapping.first,
                case .scalar(let name) = key, case .scalar(let said) = value
            {
                if let line = text(Node(name.string + ": " + said.string, Tag(.str), .plain), path: "\(path)[\(index)]") {
                    result.append(line)
                }
                continue
            }
            if let value = text(item, path: "\(path)[\(index)]") { result.append(value) }
        }
        if result.count > AnswerRules.maxListItems {
            report(path, "\(result.count) items; keep the \(AnswerRules.maxListItems) that matter most (two or three is ideal).", at: node)
        }
        return result
    }

    /// Trimmed, cleaned text from any scalar (numbers and booleans as written); nil when absent,
    /// null or empty.
    private mutating func text(_ node: Node?, path: String) -> String? {
        guard let node, node.tagName != .null else { return nil }
        guard case .scalar(let scalar) = node else {
            report(path, "expected text, found \(kind(node)). Write it on one line after the key, in quotes if it holds ': '.", at: node)
            return nil
        }
        // Cleaned as typed answers are: no control or invisible characters, one line.
        let value = UntrustedText.cleaned(scalar.string).trimmingCharacters(in: .whitespaces)
        if value.count > AnswerRules.maxAnswerLength {
            report(path, "\(value.count) characters; keep it under \(AnswerRules.maxAnswerLength). A sentence or two is plenty.", at: node)
            return nil
        }
        return value.isEmpty ? nil : value
    }

    private mutating func email(_ node: Node?, path: String) -> String? {
        guard let written = text(node, path: path) else { return nil }
        // `Bill Lumbergh <bill@globex.example>`: the address is what is inside the brackets.
        let address = EmailAddress.stripped(written)
        if let problem = EmailAddress.problem(with: address) {
            report(path, "'\(address.prefix(80))\(address.count > 80 ? "…" : "")' isn't a usable address. \(problem) Or leave the email out.", at: node)
            return nil
        }
        return address
    }

    /// A day, from a YAML date or a string: `YYYY-MM-DD` (a YAML timestamp keeps its date part),
    /// or as people write it (`Nov 18, 2026`, `11/18/2026` by the locale). A decision date may
    /// be said the way recruiters say it (`end of next week`, `mid December`), counted from the
    /// interview (`saidOn`); without that day, a date needs its year.
    private mutating func date(_ node: Node?, path: String, saidOn: LocalDate?) -> LocalDate? {
        guard let node, node.tagName != .null else { return nil }
        guard case .scalar(let scalar) = node else {
            report(path, "expected a date like 2026-11-20, found \(kind(node)).", at: node)
            return nil
        }
        var value = scalar.string.trimmingCharacters(in: .whitespaces)
        if node.tagName == .timestamp, value.count > 10 {
            value = String(value.prefix(10))
        }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        {
            if !LocalDate.supportedYears.contains(year) {
                report(path, "\(value): " + LocalDate.unsupportedYearMessage(year), at: node)
                return nil
            }
            if let date = LocalDate(year: year, month: month, day: day) { return date }
            let reason =
                (1...12).contains(month)
                ? "\(LocalDate.monthNames[month - 1]) \(year) has \(LocalDate.daysIn(month: month, year: year)) days"
                : "there are only 12 months"
            report(path, "\(value) doesn't exist: \(reason) (day \(day)). Check the day and month.", at: node)
            return nil
        }
        let hasYear = value.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 } || value.filter({ $0 == "/" || $0 == "." }).count == 2
        let parser = DateParser(today: saidOn ?? LocalDate(daysSinceEpoch: 0), numericOrder: order)
        let result = parser.read(value, preferring: .future)
        if saidOn == nil, !hasYear || (try? result.get())?.phrase != nil {
            // "today", "end of next week": a day counted from another, not a date without its year.
            let later = DateParser(today: LocalDate(daysSinceEpoch: 40), numericOrder: order).read(value, preferring: .future)
            let days = [result, later].compactMap { try? $0.get().date }
            let relative = days.count == 2 && (days[0].month != days[1].month || days[0].day != days[1].day)
            if relative, path == "decision_date" {
                report(
                    path,
                    "'\(value)' counts from the interview, and interview.date is missing or could not be read: fix that, or write this day itself, like 2026-12-04.",
                    at: node)
            } else if relative {
                report(path, "'\(value)' would change with the day the file is read: write the day itself, like 2026-11-20 or Nov 20, 2026.", at: node)
            } else {
                report(path, "'\(value)' needs a year in a file: write it like 2026-11-20 or Nov 20, 2026.", at: node)
            }
            return nil
        }
        switch result {
        case .success(let reading): return reading.date
        case .failure(let failure):
            report(path, failure.message, at: node)
            return nil
        }
    }

    /// One of a fixed set of words; reports the allowed ones otherwise.
    private mutating func choice<T>(_ node: Node?, path: String, allowed: [String], parse: (String) -> T?) -> T? {
        guard let value = text(node, path: path) else { return nil }
        if let parsed = parse(value) { return parsed }
        report(path, "'\(value)' is not one of the allowed values: \(allowed.joined(separator: ", ")).", at: node)
        return nil
    }

    // MARK: Reporting

    /// True when the node is present but of a type that `text` has already reported.
    private func isWrongType(_ node: Node?) -> Bool {
        guard let node else { return false }
        if case .scalar = node { return false }
        return true
    }

    private mutating func report(_ path: String, _ message: String, at node: Node?) {
        problems.append(AnswersFileProblem(keyPath: path, message: message, line: node?.mark?.line))
    }

    private func kind(_ node: Node) -> String {
        switch node {
        case .mapping: return "a section of keys"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar:
            switch node.tagName {
            case .int, .float: return "a number (\(node.scalar?.string ?? ""))"
            case .bool: return "true/false (\(node.scalar?.string ?? ""))"
            default: return "text ('\(node.scalar?.string.prefix(40) ?? "")')"
            }
        }
    }

    /// The allowed key nearest to a misspelt one, when it is close enough to be a likely typo.
    static func closest(to key: String, in allowed: [String]) -> String? {
        let lowered = key.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        let scored = allowed.map { ($0, editDistance(lowered, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, best.0.count / 3) else { return nil }
        return best.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension Node {
    /// The resolved tag, e.g. `.null` for `~` or an empty value, `.timestamp` for a plain `2026-11-20`.
    fileprivate var tagName: Tag.Name { Tag.Name(rawValue: tag.rawValue) }
}
