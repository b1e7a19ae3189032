import Foundation

/// Everything the guided session (or an answers file) learns about one interview.
///
/// This is the single input to plan and draft assembly. Field names follow the
/// answers-file format documented in the README (`snake_case` keys on disk).
public struct Answers: Codable, Equatable, Sendable {
    public var candidate: Candidate
    public var interview: Interview
    public var interviewers: [Interviewer]
    /// Moments that went well, rapport points, things learned about the team.
    public var highlights: [String]
    /// The two or three strengths worth restating.
    public var strengths: [String]
    /// Questions answered weakly, reservations hinted at, misunderstandings.
    public var concerns: [Concern]
    /// Material promised during the interview (portfolio, references, a sample).
    public var promised: [String]
    /// The date by which the company said it would decide, if it said one.
    public var decisionDate: LocalDate?
    /// True when the decision date was said loosely ("mid december", "in a couple of weeks"):
    /// a day to plan the check-ins by, never told back as theirs. Nil when it was said plainly.
    public var decisionDateIsApproximate: Bool?
    /// What the interviewers said would happen next, when no date was given.
    public var nextSteps: String?
    /// A recruiter or coordinator who should also get a short note.
    public var recruiter: Contact?
    public var tone: Tone
    /// The candidate's locale (`en_US`, `en_GB.UTF-8`), which sets how the drafts write dates.
    public var locale: String?
    /// The candidate's country (`US`, `GB`, `DE`): whose public holidays the plan skips. When
    /// nil, only weekends are skipped (the app fills it in from the time zone when it can).
    public var country: String?

    /// How the drafts write dates: from `locale`, else `.international` ("Friday 11 December",
    /// read the same way everywhere).
    public var dateStyle: DateStyle { locale.flatMap(DateStyle.init(locale:)) ?? .international }

    /// The working days the plan counts in: weekends and `country`'s public holidays (weekends
    /// only when no covered country is set).
    public var businessCalendar: BusinessCalendar {
        guard let country, case .success(let calendar) = PublicHolidays.calendar(for: country) else { return .weekendsOnly }
        return calendar
    }

    /// What was said about this interview and no other (the company, the role, the people, what
    /// they talked about, what you noted), not the candidate's own details: what `delete` looks
    /// for in the line-editing history.
    /// The notes typed freely, each with where it is in the answers (`strengths[1]`).
    public var freeTexts: [(field: String, text: String)] {
        var texts: [(String, String)] = []
        for (i, person) in interviewers.enumerated() {
            texts += person.topics.enumerated().map { ("interviewers[\(i)].topics[\($0.offset)]", $0.element) }
        }
        texts += highlights.enumerated().map { ("highlights[\($0.offset)]", $0.element) }
        texts += strengths.enumerated().map { ("strengths[\($0.offset)]", $0.element) }
        for (k, concern) in concerns.enumerated() {
            texts.append(("concerns[\(k)].topic", concern.topic))
            if let response = concern.response { texts.append(("concerns[\(k)].response", response)) }
        }
        texts += promised.enumerated().map { ("promised[\($0.offset)]", $0.element) }
        if let nextSteps { texts.append(("next_steps", nextSteps)) }
        return texts
    }

    public var interviewTexts: [String] {
        var texts = [interview.company, interview.role] + highlights + strengths + promised
        for person in interviewers {
            texts += [person.name, person.title, person.email, person.addressAs].compactMap { $0 } + person.topics
        }
        for concern in concerns { texts += [concern.topic] + [concern.response].compactMap { $0 } }
        texts += [nextSteps, recruiter?.name, recruiter?.email].compactMap { $0 }
        return texts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    public init(
        candidate: Candidate = Candidate(),
        interview: Interview = Interview(),
        interviewers: [Interviewer] = [],
        highlights: [String] = [],
        strengths: [String] = [],
        concerns: [Concern] = [],
        promised: [String] = [],
        decisionDate: LocalDate? = nil,
        nextSteps: String? = nil,
        recruiter: Contact? = nil,
        tone: Tone = .warm,
        locale: String? = nil,
        country: String? = nil
    ) {
        self.candidate = candidate
        self.interview = interview
        self.interviewers = interviewers
        self.highlights = highlights
        self.strengths = strengths
        self.concerns = concerns
        self.promised = promised
        self.decisionDate = decisionDate
        self.nextSteps = nextSteps
        self.recruiter = recruiter
        self.tone = tone
        self.locale = locale
        self.country = country
    }

    enum CodingKeys: String, CodingKey {
        case candidate = "candidate"
        case interview = "interview"
        case interviewers = "interviewers"
        case highlights = "highlights"
        case strengths = "strengths"
        case concerns = "concerns"
        case promised = "promised"
        case decisionDate = "decision_date"
        case decisionDateIsApproximate = "decision_date_approximate"
        case nextSteps = "next_steps"
        case recruiter = "recruiter"
        case tone = "tone"
        case locale = "locale"
        case country = "country"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        candidate = try c.decodeIfPresent(Candidate.self, forKey: .candidate) ?? Candidate()
        interview = try c.decodeIfPresent(Interview.self, forKey: .interview) ?? Interview()
        interviewers = try c.decodeIfPresent([Interviewer].self, forKey: .interviewers) ?? []
        highlights = try c.decodeIfPresent([String].self, forKey: .highlights) ?? []
        strengths = try c.decodeIfPresent([String].self, forKey: .strengths) ?? []
        concerns = try c.decodeIfPresent([Concern].self, forKey: .concerns) ?? []
        promised = try c.decodeIfPresent([String].self, forKey: .promised) ?? []
        decisionDate = try c.decodeIfPresent(LocalDate.self, forKey: .decisionDate)
        decisionDateIsApproximate = try c.decodeIfPresent(Bool.self, forKey: .decisionDateIsApproximate)
        nextSteps = try c.decodeIfPresent(String.self, forKey: .nextSteps)
        recruiter = try c.decodeIfPresent(Contact.self, forKey: .recruiter)
        tone = try c.decodeIfPresent(Tone.self, forKey: .tone) ?? .warm
        locale = try c.decodeIfPresent(String.self, forKey: .locale)
        country = try c.decodeIfPresent(String.self, forKey: .country)
    }
}

/// The person following up.
public struct Candidate: Codable, Equatable, Sendable {
    /// The name used to sign the messages.
    public var name: String
    public var email: String?
    public var phone: String?
    /// The closing line of every message ("Kind regards,"); the tone's own when nil.
    public var signOff: String?

    public init(name: String = "", email: String? = nil, phone: String? = nil, signOff: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
        self.signOff = signOff
    }

    enum CodingKeys: String, CodingKey {
        case name = "name"
        case email = "email"
        case phone = "phone"
        case signOff = "sign_off"
    }
}

/// The interview itself.
public struct Interview: Codable, Equatable, Sendable {
    public var company: String
    public var role: String
    /// The day of the interview, in the candidate's calendar.
    public var date: LocalDate?
    /// An IANA time zone name such as `Europe/Paris`, when one was given.
    public var timezone: String?
    public var format: InterviewFormat?
    public var round: InterviewRound?

    public init(
        company: String = "", role: String = "", date: LocalDate? = nil, timezone: String? = nil,
        format: InterviewFormat? = nil, round: InterviewRound? = nil
    ) {
        self.company = company
        self.role = role
        self.date = date
        self.timezone = timezone
        self.format = format
        self.round = round
    }

    enum CodingKeys: String, CodingKey {
        case company = "company"
        case role = "role"
        case date = "date"
        case timezone = "timezone"
        case format = "format"
        case round = "round"
    }
}

/// One person on the interview loop.
public struct Interviewer: Codable, Equatable, Sendable {
    public var name: String
    /// Their title or role, e.g. "Engineering Manager".
    public var title: String?
    public var email: String?
    /// How the greeting names them, in every tone: "Ana" or "Dr. Pérez". When empty the name
    /// decides (see ``PersonName``).
    public var addressAs: String?
    /// What *this* person talked about or cared about: what makes the message personal.
    public var topics: [String]

    public init(name: String, title: String? = nil, email: String? = nil, addressAs: String? = nil, topics: [String] = []) {
        self.name = name
        self.title = title
        self.email = email
        self.addressAs = addressAs
        self.topics = topics
    }

    enum CodingKeys: String, CodingKey {
        case name = "name"
        case title = "title"
        case email = "email"
        case addressAs = "address_as"
        case topics = "topics"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        addressAs = try c.decodeIfPresent(String.self, forKey: .addressAs)
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
    }

    /// The name, parsed into honorific, given and family name.
    public var personName: PersonName { PersonName(name) }

    /// The name part of the greeting in `tone`: `addressAs` when given, else what the name
    /// gives ("Dr. Osei", "Amara Osei" formal, "Amara" warm). Empty when there is no name.
    public func greetingName(tone: Tone) -> String {
        if let addressAs, !addressAs.trimmingCharacters(in: .whitespaces).isEmpty { return addressAs }
        return personName.greetingName(tone: tone)
    }

    /// The whole greeting line in `tone`: "Dear Dr. Osei,", "Hi Amara,", "Hello," when nameless.
    public func greeting(tone: Tone) -> String {
        PersonName.greeting(addressing: greetingName(tone: tone), tone: tone)
    }
}

/// A weak answer, a hinted reservation or a misunderstanding, and what to add now.
public struct Concern: Codable, Equatable, Sendable {
    public var topic: String
    /// What the candidate would add or clarify now. Empty when they have nothing yet.
    public var response: String?
    /// The interviewer who raised it, by one of their names: their note carries it. Nil when
    /// the topic says whose it is, or when the candidate did not say.
    public var raisedBy: String?

    public init(topic: String, response: String? = nil, raisedBy: String? = nil) {
        self.topic = topic
        self.response = response
        self.raisedBy = raisedBy
    }

    /// "she asked about weekends, i said every other Saturday": the answer given, typed after
    /// the concern, is its response (when no response was given apart); the worry after it
    /// (", worried that's not enough") stays the candidate's.
    public var withSaidAnswer: Concern {
        guard response.map({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? true else { return self }
        let lowered = topic.lowercased()
        for lead in [", i said ", ", i told her ", ", i told him ", ", i told them ", ", told her ", ", told him ", ", told them ", " - i said ", " – i said "]
        {
            guard let range = lowered.range(of: lead) else { continue }
            let start = topic.index(topic.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: range.lowerBound))
            let end = topic.index(start, offsetBy: lead.count)
            var said = String(topic[end...])
            for worry in [", worried", ", not sure", ", hope", ", felt", ", think ", ", but i", ", unsure"] {
                if let cut = said.lowercased().range(of: worry) {
                    said = String(said.prefix(said.lowercased().distance(from: said.lowercased().startIndex, to: cut.lowerBound)))
                }
            }
            // "i said id never used one": the admission is the concern, not an answer to it.
            let saidWords = said.lowercased().split(separator: " ").map(String.init)
            let admits = saidWords.prefix(3).contains {
                ["never", "not", "no", "haven't", "havent", "hadn't", "hadnt", "didn't", "didnt", "don't", "dont", "wasn't", "wasnt", "idk"].contains($0)
                    || $0.hasSuffix("n't")
            }
            guard saidWords.count >= 2, !admits else { return self }
            return Concern(topic: String(topic[..<start]), response: said, raisedBy: raisedBy)
        }
        return self
    }

    enum CodingKeys: String, CodingKey {
        case topic = "topic"
        case response = "response"
        case raisedBy = "raised_by"
    }
}

/// A recruiter or coordinator.
public struct Contact: Codable, Equatable, Sendable {
    public var name: String
    public var email: String?

    public init(name: String, email: String? = nil) {
        self.name = name
        self.email = email
    }

    enum CodingKeys: String, CodingKey {
        case name = "name"
        case email = "email"
    }

    /// The name, parsed into honorific, given and family name: the greeting comes from it.
    public var personName: PersonName { PersonName(name) }

    /// The name part of a greeting: the person's, or for an agency or team given in place of a
    /// person ("publicjobs", "Hays Recruitment") that name with "team" ("Dear Publicjobs team,").
    public func greetingName(tone: Tone) -> String {
        let words = ListAnswer.clean(name).lowercased().split(whereSeparator: { !$0.isLetter })
        let organisation = ["jobs", "recruitment", "recruiting", "careers", "talent", "staffing", "agency", "ltd", "inc", "llc", "hr"]
        guard words.contains(where: { word in organisation.contains { word == $0 || word.count > $0.count + 2 && word.hasSuffix($0) } }) else {
            return personName.greetingName(tone: tone)
        }
        let written = PersonName.written(ListAnswer.clean(name))
        return written.lowercased().hasSuffix(" team") ? written : written + " team"
    }
}

/// The voice of the drafts.
public enum Tone: String, Codable, CaseIterable, Sendable {
    case formal = "formal"
    case warm = "warm"
    case brief = "brief"
}

/// How the interview was held.
public enum InterviewFormat: String, Codable, CaseIterable, Sendable {
    case phone = "phone"
    case video = "video"
    case onSite = "on-site"
    case panel = "panel"

    /// Accepts the canonical names and the ways people write them ("onsite", "in person",
    /// "Microsoft Teams", "Google Meet", "Zoom call", "face to face").
    public init?(loose text: String) {
        // "video then onsite tour", "phone screen + video": the first kind named.
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
        // "assessment centre, islington branch": a kind named in two or three words, with more after.
        if words.count > 1, InterviewFormat(exactly: text) == nil,
            let first = words.indices.lazy.compactMap({ start in
                (1...3).lazy.compactMap { length in
                    start + length <= words.count ? InterviewFormat(exactly: words[start..<start + length].joined(separator: " ")) : nil
                }.first
            }).first
        {
            self = first
            return
        }
        guard let format = InterviewFormat(exactly: text) else { return nil }
        self = format
    }

    /// One way of writing a format, whole.
    private init?(exactly text: String) {
        var key = text.lowercased().filter { $0.isLetter }
        for suffix in ["interview", "call", "meeting"] where key.hasSuffix(suffix) && key.count > suffix.count {
            key = String(key.dropLast(suffix.count))
        }
        switch key {
        case "phone", "call", "telephone", "phonescreen", "tel", "mobile": self = .phone
        case "video", "zoom", "teams", "microsoftteams", "msteams", "meet", "googlemeet", "hangouts", "googlehangouts", "webex", "ciscowebex",
            "skype", "facetime", "whereby", "virtual", "remote", "online", "videochat":
            self = .video
        case "onsite", "inperson", "office", "inoffice", "attheoffice", "facetoface", "onlocation", "atthesite", "site", "visit", "onsitevisit",
            // Interviews held at work: a trial shift in a kitchen, a lesson taught, an assessment day.
            "trialshift", "trial", "shift", "workingtrial", "workinginterview", "trialday", "teachingobservation", "observedlesson",
            "lessonobservation", "assessmentcentre", "assessmentcenter", "assessmentday", "skillstest", "practicaltest":
            self = .onSite
        case "panel", "panelinterview": self = .panel
        default: return nil
        }
    }
}

/// Which round the interview was.
public enum InterviewRound: String, Codable, CaseIterable, Sendable {
    case screening = "screening"
    case first = "first"
    case second = "second"
    case third = "third"
    case final = "final"

    /// Accepts "1", "1st", "first round", "final", "screen" and similar.
    public init?(loose text: String) {
        let key = text.lowercased().replacingOccurrences(of: "round", with: "").filter { $0.isLetter || $0.isNumber }
        switch key {
        case "screen", "screening", "phonescreen", "recruiter": self = .screening
        case "1", "1st", "first", "one": self = .first
        case "2", "2nd", "second", "two": self = .second
        case "3", "3rd", "third", "three": self = .third
        case "final", "last", "finalround", "onsite": self = .final
        default: return nil
        }
    }
}
