import Foundation

/// The facts every draft of one interview shares, and the tone's sign-off.
struct CommonFacts: Sendable {
    struct Subjects: Sendable {
        var recruiterNote: String
        /// The recruiter note's when a thank-you forwarded through the recruiter has `recruiterNote`.
        var recruiterNoteIfTaken = ""
        var checkIn: String
        var finalCheckIn: String
        var networking: String
        var rejectionReply: String
    }

    var tone: Tone
    var company: String
    var role: String
    var interviewDate: String
    var decisionDate: String?
    /// The decision date, when it is still ahead on the day the thank-yous are due: a thank-you
    /// can look forward to it.
    var decisionAfterThankYou: String?
    /// The notes say what comes next, or when they decide, so a thank-you need not ask.
    var nextStepsKnown: Bool
    var nextSteps: String?
    /// The next step described, as a thing to look forward to ("the second interview with the
    /// studio director"), when the notes name one plainly; nil otherwise.
    var namedNextStep: String?
    var interviewerNames: [String]
    /// A topic the process contact can read ("our conversation about …"): a noun phrase that
    /// speaks of nobody in the third person; nil when there is none.
    var firstTopic: String?
    /// The check-ins' "our conversation about …": the process contact's own topic, nil when the
    /// contact is a recruiter who sat in none of the interviews.
    var contactTopic: String?
    var promised: String
    var candidateName: String
    var candidateEmail: String?
    var candidatePhone: String?
    var signOff: String
    /// The sign-off the candidate chose, if any.
    var chosenSignOff: String?
    var signature: String
    var subjects: Subjects

    /// The role as a title that can stand before "role": "senior product designer, checkout" →
    /// "Senior Product Designer (Checkout)". A role typed with capitals keeps them.
    static func roleTitle(_ typed: String) -> String {
        var role = titleCased(ListAnswer.clean(typed))
        // "Staff Nurse, Cardiology": the part after the comma goes in brackets.
        if let comma = role.range(of: ", "), !role.contains("(") {
            role = role[..<comma.lowerBound] + " (" + role[comma.upperBound...] + ")"
        }
        // "Senior Social Worker - Children in Need": the team after a dash goes in brackets too.
        for dash in [" - ", " – ", " — "] where role.contains(dash) && !role.contains("(") {
            let parts = role.components(separatedBy: dash)
            if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty { role = parts[0] + " (" + parts[1] + ")" }
        }
        // "Paramedic (Band 5, newly qualified)", "Librarian (part time 22.5hrs)": terms noted
        // beside the title, not part of it; "(Checkout)", "(Bridges)" name the team and stay.
        if let open = role.firstIndex(of: "("), let close = role[open...].firstIndex(of: ")"), role.index(after: close) == role.endIndex {
            let aside = role[role.index(after: open)..<close]
            if aside.contains(",") || aside.contains(where: \.isNumber) || aside.split(separator: " ").count > 3 {
                role = String(role[..<open]).trimmingCharacters(in: .whitespaces)
            }
        }
        return role
    }

    /// A name typed all in lowercase, in capitals as a name is written: "smile bright dental
    /// (leeds)" → "Smile Bright Dental (Leeds)", "hvac service tech" → "HVAC Service Tech".
    /// A name typed with a capital in a word not all in capitals is kept as typed.
    static func titleCased(_ typed: String) -> String {
        // "keeper II - african rainforest pavilion": lowercase but for an acronym or a numeral.
        let words = typed.split(separator: " ")
        guard words.contains(where: { $0.contains(where: \.isLowercase) }),
            words.allSatisfy({ $0 == $0.lowercased() || $0 == $0.uppercased() })
        else { return typed }
        let small: Set<String> = [
            "and", "of", "in", "for", "the", "a", "an", "to", "at", "on", "with", "de", "du", "des", "la", "le", "di", "da", "von", "van", "der",
        ]
        let acronyms: Set<String> = [
            "hvac", "it", "ux", "ui", "qa", "hr", "ct", "mri", "sre", "seo", "crm", "erp", "cnc", "plc", "gp", "icu", "nhs", "uk", "us", "usa", "eu", "ai",
            "ml", "ceo", "cfo", "cto", "coo", "vp", "pr", "llp", "ltd", "gmbh", "nz", "bbc", "sen", "senco", "ta", "pe",
        ]
        return typed.split(separator: " ").enumerated().map { i, word in
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "(),.;:"))
            if acronyms.contains(bare) { return word.replacingOccurrences(of: bare, with: bare.uppercased()) }
            // "msk outpatients" → "MSK Outpatients", "msc" → "MSc".
            if let acronym = NameCapitals.acronym(bare) { return word.replacingOccurrences(of: bare, with: acronym) }
            if let proper = Lexicon.properWords[bare] { return word.replacingOccurrences(of: bare, with: proper) }
            if i > 0, small.contains(String(word)) { return String(word) }
            // "(bridges)" → "(Bridges)", "balmoral-view" → "Balmoral-View": each part's first letter.
            var out = ""
            var start = true
            for c in word {
                out += start && c.isLetter ? c.uppercased() : String(c)
                // "22.5hrs" stays as typed: a word that starts with a number has no capital.
                if c.isLetter || c.isNumber { start = false }
                if c == "-" || c == "(" || c == "/" { start = true }
            }
            return out
        }.joined(separator: " ")
    }

    /// `today`: the day the drafts are made, when known; a thank-you sent late does not look
    /// forward to a decision date that has passed.
    init(_ answers: Answers, loop: InterviewLoop, today: LocalDate? = nil) {
        tone = answers.tone
        company = Prose.firstNonEmpty(answers.interview.company).map(CommonFacts.titleCased) ?? "your company"
        role = Prose.firstNonEmpty(answers.interview.role).map(CommonFacts.roleTitle) ?? "open"
        interviewDate = answers.interview.date.map(answers.dateStyle.long) ?? "our recent meeting"
        // The drafts name a decision day only when it was said plainly and is a working day: a
        // day read from loose words ("prob mid dec", "monday or tuesday") plans the check-in,
        // but written as "you expect to decide by Sunday 20 December" it puts words in their mouth.
        let expected = ExpectedDecision(answers, interviewDay: answers.interview.date)
        let stated = (expected.isApproximate ? nil : expected.date).flatMap { answers.businessCalendar.isBusinessDay($0) ? $0 : nil }
        decisionDate = stated.map(answers.dateStyle.long)
        // The thank-yous go out the day the plan says, or today when that day has passed.
        if let stated, let interview = answers.interview.date {
            let due = ThankYouWindow(interview: interview, calendar: answers.businessCalendar).due
            decisionAfterThankYou = stated > max(today ?? due, due) ? answers.dateStyle.long(stated) : nil
        } else {
            decisionAfterThankYou = nil
        }
        // A decision day known, even one not named ("prob mid dec"), is no question to ask again.
        nextStepsKnown = expected.nextStepsKnown || expected.date != nil
        nextSteps = Prose.firstNonEmpty(answers.nextSteps)
        namedNextStep = nextSteps.flatMap(Note.init).flatMap(Realiser.namedStep)
        // "rajesh okoro" is written "Rajesh Okoro" in a list of the people met.
        interviewerNames = answers.interviewers.map { PersonName.inProse($0.name) }
        let topic = CommonFacts.processTopic(answers, loop: loop)
        firstTopic = topic?.text
        // "our conversation about …" only of the contact's own conversation, never a colleague's.
        contactTopic = topic?.own == true ? topic?.text : nil
        // What goes with the thank-yous; "my licence once renewed" is still to come.
        promised = Realiser.list(loop.members.flatMap(\.promised).compactMap(PromisedItem.init).filter { $0.condition == nil }.map(\.mention))
        candidateName = ListAnswer.clean(answers.candidate.name)
        candidateEmail = Prose.firstNonEmpty(answers.candidate.email)
        candidatePhone = Prose.firstNonEmpty(answers.candidate.phone)
        // "Kind regards" typed without its comma gets one.
        // "cheers" → "Cheers,": a sign-off opens with a capital and ends with its comma.
        chosenSignOff = Prose.firstNonEmpty(answers.candidate.signOff).map { typed in
            let capital = Prose.capitalisingFirst(typed)
            return capital.last?.isLetter == true ? capital + "," : capital
        }
        switch tone {
        case .formal:
            signOff = "Kind regards,"
            signature = [candidateName, candidateEmail ?? "", candidatePhone ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
            subjects = Subjects(
                recruiterNote: "Thank you for arranging the \(role) interview",
                checkIn: "\(role) position: follow-up on timing",
                finalCheckIn: "\(role) position: final follow-up",
                networking: "Connecting after the \(role) interview",
                rejectionReply: "Thank you: \(role) position decision")
        case .warm:
            signOff = "Best wishes,"
            signature = [candidateName, candidateEmail ?? "", candidatePhone ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
            subjects = Subjects(
                recruiterNote: "Thanks for arranging my \(role) interview",
                checkIn: "Following up on the \(role) role",
                finalCheckIn: "One last note about the \(role) role",
                networking: "Connecting after the \(role) interview",
                rejectionReply: "Thanks for letting me know about the \(role) role")
        case .brief:
            signOff = "Best,"
            signature = candidateName
            subjects = Subjects(
                recruiterNote: "\(role) interview: thank you",
                checkIn: "\(role) role: timeline question",
                finalCheckIn: "\(role) role: final follow-up",
                networking: "Connecting after the \(role) interview",
                rejectionReply: "Re: \(role) role")
        }
        subjects.recruiterNoteIfTaken = "Thank you for arranging my \(role) interview"
    }

    /// The first topic that reads as a noun phrase and names no problem: the process contact's
    /// own when they were an interviewer (already in the second person), else one that names
    /// nobody as "their".
    /// `own` when the topic is the contact's own.
    static func processTopic(_ answers: Answers, loop: InterviewLoop) -> (text: String, own: Bool)? {
        // A problem they described ("OSHA recordables") is no reason to be keen: the next topic is.
        if let index = loop.processMember,
            let own = loop.members[index].topics.lazy.compactMap(Realiser.topic).first(where: Realiser.isReasonToBeKeen)
        {
            return (Realiser.recalled(own), true)
        }
        for member in loop.members {
            for raw in member.person.topics.flatMap(InterviewLoop.splitItems) {
                if let note = Note(raw), let topic = Realiser.topic(note), !Perspective.speaksOfSomeone(topic), Realiser.isReasonToBeKeen(topic) {
                    return (Realiser.recalled(topic), false)
                }
            }
        }
        return nil
    }

    /// The variables every template sees (see ``DraftTemplates``). Absent facts are absent keys,
    /// so `{{#decision_date}}` sections skip cleanly.
    /// The people interviewed by, as the reader would list them: a recruiter who sat on the
    /// panel is "you", not a name in a list of people they met.
    func interviewers(besides recipient: String) -> String {
        guard !interviewerNames.isEmpty else { return "the team" }
        let key = { (name: String) in PersonName.inProse(ListAnswer.clean(name)).lowercased() }
        let others = interviewerNames.filter { key($0) != key(recipient) }
        return others.count == interviewerNames.count ? Realiser.list(others) : Realiser.list(["you"] + others)
    }

    func context(greetingName: String, recipient: String, email: String?) -> [String: Any] {
        var c: [String: Any] = [
            "greeting": PersonName.greeting(addressing: greetingName, tone: tone),
            "greeting_name": greetingName,
            "recipient_name": recipient,
            "sign_off": chosenSignOff ?? signOff,
            "signature": signature,
            "candidate_name": candidateName,
            "company": company,
            "role": role,
            "interview_date": interviewDate,
            "interviewers": interviewers(besides: recipient),
            "met": interviewerNames.count >= 3 ? "the team" : interviewers(besides: recipient),
            "interviews": interviewerNames.count > 1 ? "interviews" : "interview",
            "formal": tone == .formal,
            "warm": tone == .warm,
            "brief": tone == .brief,
        ]
        if let email { c["recipient_email"] = email }
        if let firstTopic { c["topic"] = firstTopic }
        if let candidateEmail { c["candidate_email"] = candidateEmail }
        if let candidatePhone { c["candidate_phone"] = candidatePhone }
        if let decisionDate { c["decision_date"] = decisionDate }
        if let nextSteps { c["next_steps"] = nextSteps }
        if !promised.isEmpty { c["promised"] = promised }
        return c
    }
}
