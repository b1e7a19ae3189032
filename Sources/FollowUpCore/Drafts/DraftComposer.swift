import Foundation
import Mustache

/// Writes every draft for one interview: a thank-you and a connection note per interviewer,
/// a note to the recruiter if there is one, the two check-ins and the reply to a rejection.
///
/// Pure: no files and no clock. User templates come in as values (template name → mustache
/// source); a template that does not parse, or an unknown name, becomes a ``TemplateProblem``
/// and the default is used. See ``DraftTemplates`` for the names and the variables.
///
/// Thank-you drafts to people at one company share no sentence apart from the greeting and
/// the sign-off, for up to six interviewers (beyond six the phrasing variants repeat).
public struct DraftComposer: Sendable {
    /// Problems found in the overrides when the composer was made.
    public let problems: [TemplateProblem]
    private let templates: [String: MustacheTemplate]
    /// Names typed in lowercase ("told dave", "in manchester"), written with their capitals.
    private var nameCapitals: NameCapitals

    /// The longest a thank-you body should be, in words.
    public static let thankYouWordLimit = 210
    /// The longest a networking note body may be, in characters (a connection request).
    public static let networkingCharacterLimit = 300

    /// `nameCapitals` says which lowercase words are names (the candidate's dictionary knows).
    public init(overrides: [String: String] = [:], nameCapitals: NameCapitals = .none) {
        self.nameCapitals = nameCapitals
        var problems: [TemplateProblem] = []
        var templates: [String: MustacheTemplate] = [:]
        for name in DraftTemplates.names {
            if let source = overrides[name] {
                switch DraftComposer.compile(source, name: name) {
                case .success(let template):
                    templates[name] = template
                    continue
                case .failure(let problem):
                    problems.append(problem)
                }
            }
            if let template = DraftComposer.defaultTemplates[name] {
                templates[name] = template
            }
        }
        for name in overrides.keys.sorted() where !DraftTemplates.names.contains(name) {
            problems.append(
                TemplateProblem(
                    templateName: name, line: 0, column: 0,
                    message: "there is no template called '\(name)' (known: \(DraftTemplates.names.joined(separator: ", ")))"))
        }
        self.problems = problems
        self.templates = templates
    }

    /// The built-in templates, parsed once per process (parsing was a third of a plan's cost).
    static let defaultTemplates: [String: MustacheTemplate] = {
        // Parsed once each, without `compile`'s checks for a user's template (the nesting bound, a
        // parse of the text as given for the error's position): DraftTemplateTests holds the
        // built-in ones to them. Parsing them was 12% of a piped session's instructions, half of it the check.
        DraftTemplates.defaults.compactMapValues { try? parsedAsText($0) }
    }()

    /// The template with the pragma that keeps the parser from escaping values as HTML.
    static func parsedAsText(_ source: String) throws -> MustacheTemplate {
        // The pragma on its own line is a standalone tag: it leaves no blank line behind.
        try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + source)
    }

    /// The deepest nesting of sections a template may have. The parser recurses once a level,
    /// so thousands of nested sections would overflow its stack and crash the process.
    public static let maxSectionDepth = 50

    /// Parses a template, reporting the position of a syntax error in the text as given.
    static func compile(_ source: String, name: String) -> Result<MustacheTemplate, TemplateProblem> {
        if let (line, column) = sectionNestingBeyondLimit(source) {
            return .failure(
                TemplateProblem(
                    templateName: name, line: line, column: column,
                    message: "sections are nested more than \(maxSectionDepth) deep here; "
                        + "close some sections ({{/name}}) before opening more"))
        }
        do {
            _ = try MustacheTemplate(string: source)
            return .success(try parsedAsText(source))
        } catch let error as MustacheTemplate.ParserError {
            return .failure(
                TemplateProblem(
                    templateName: name, line: error.context.lineNumber, column: error.context.columnNumber,
                    message: describe(error.error)))
        } catch {
            return .failure(TemplateProblem(templateName: name, line: 0, column: 0, message: "\(error)"))
        }
    }

    /// The line and column (from 1) of the first section tag that opens a level deeper than
    /// `maxSectionDepth`, or nil. Follows `{{=<% %>=}}` delimiter changes as the parser does.
    static func sectionNestingBeyondLimit(_ source: String) -> (line: Int, column: Int)? {
        var open: Substring = "{{"
        var close: Substring = "}}"
        var depth = 0
        var rest = source[...]
        while let start = rest.range(of: open) {
            let content = rest[start.upperBound...]
            guard let end = content.range(of: close) else { return nil }
            let tag = content[..<end.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = content[end.upperBound...]
            switch tag.first {
            case "#", "^", "$", "<":
                depth += 1
                if depth > maxSectionDepth {
                    let before = source[..<start.lowerBound]
                    let line = before.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
                    let lineStart = before.lastIndex(where: \.isNewline).map { source.index(after: $0) } ?? source.startIndex
                    return (line, source[lineStart..<start.lowerBound].count + 1)
                }
            case "/":
                depth = max(0, depth - 1)
            case "=":
                // `{{=<% %>=}}`: the new opening and closing delimiters, separated by spaces.
                let parts = tag.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true)
                if parts.count == 2 {
                    open = parts[0]
                    close = parts[1]
                }
            case "{":
                // `{{{name}}}`: the extra brace closes after the tag.
                if rest.first == "}" { rest = rest.dropFirst() }
            default:
                break
            }
        }
        return nil
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than the one it was opened with"
        case .unfinishedName: return "a tag is not closed with '}}'"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "the set-delimiter tag is malformed"
        case .invalidConfigVariableSyntax: return "a '{{% NAME: value}}' pragma is malformed"
        case .unrecognisedConfigVariable: return "the pragma is not one the renderer knows (only CONTENT_TYPE is)"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "a parent (inheritance) section is malformed"
        }
    }

    /// Every draft for these answers, with the template problems found at init.
    /// `today`: the day they are made (a late thank-you goes out then, not on its planned day).
    public func compose(_ answers: Answers, today: LocalDate? = nil) -> DraftSet {
        // A name the candidate wrote with its capitals once is written so wherever it appears.
        var composer = self
        composer.nameCapitals = nameCapitals.learning(from: answers.interviewTexts, company: answers.interview.company)
        return composer.composeAll(answers, today: today)
    }

    private func composeAll(_ answers: Answers, today: LocalDate?) -> DraftSet {
        let loop = InterviewLoop(answers)
        let common = CommonFacts(answers, loop: loop, today: today)
        var drafts: [EmailDraft] = []
        var notes = (loop.unplacedHighlights + loop.unplacedStrengths).map { "Not in any thank-you: " + $0.what }
        var unwritten = loop.unplacedHighlights + loop.unplacedStrengths
        var subjects: Set<String> = []
        for member in loop.members {
            var (draft, unsaid, memberUnwritten) = thankYou(member, loop: loop, common: common)
            unwritten += memberUnwritten
            // People at one company compare notes: no two thank-yous share a subject line.
            if subjects.contains(draft.subject) {
                draft.subject = ThankYouParts.fallbackSubject(member.index, common: common, taken: subjects)
            }
            subjects.insert(draft.subject)
            drafts.append(draft)
            notes += unsaid
        }
        for k in loop.guessedConcerns {
            // A concern in no draft went nowhere: the note that says so is the one to act on.
            guard let member = loop.members.first(where: { $0.concernIndices.contains(k) }),
                !unwritten.contains(where: { $0.field == "concerns[\(k)]" })
            else { continue }
            notes.append(
                "A guess: the concern '\(ListAnswer.clean(answers.concerns[k].topic))' names no interviewer and went to \(member.person.name). If someone else raised it, say who (`raised_by:` in an answers file)."
            )
        }
        // A recruiter who also interviewed has their thank-you: a second note the same day says nothing new.
        if let recruiter = answers.recruiter, !ListAnswer.clean(recruiter.name).isEmpty, loop.processMember == nil {
            drafts.append(
                single(
                    "recruiter-note", id: DraftID.recruiterNote, kind: .recruiterNote,
                    to: Recipient(name: recruiter.name, email: recruiter.email), greetingName: recruiter.greetingName(tone: common.tone),
                    // A thank-you forwarded through the recruiter may have this subject already.
                    subject: subjects.contains(common.subjects.recruiterNote) ? common.subjects.recruiterNoteIfTaken : common.subjects.recruiterNote,
                    common: common))
        }
        if !answers.interviewers.isEmpty {
            for member in loop.members { drafts.append(networking(member, common: common)) }
        }
        let contact = loop.processContact
        drafts.append(
            single(
                "check-in", id: DraftID.checkIn, kind: .checkIn, to: contact, greetingName: loop.processGreetingName,
                subject: common.subjects.checkIn, common: common))
        drafts.append(
            single(
                "final-check-in", id: DraftID.finalCheckIn, kind: .finalCheckIn, to: contact,
                greetingName: loop.processGreetingName, subject: common.subjects.finalCheckIn,
                common: common))
        drafts.append(
            single(
                "rejection-reply", id: DraftID.rejectionReply, kind: .rejectionReply, to: contact,
                greetingName: loop.processGreetingName, subject: common.subjects.rejectionReply,
                common: common))
        // "servicetitan", "splunk": a lowercase word no list knows, in a draft as typed, may be a
        // name whose capitals only the candidate knows.
        let written = drafts.map(\.body).joined(separator: "\n")
        let asTyped = answers.freeTexts.compactMap { field, text -> Unwritten? in
            let words = nameCapitals.unknownWords(in: text, writtenIn: written)
            return words.isEmpty ? nil : Unwritten(field: field, what: CoachScript.Remark.asTyped(words))
        }
        notes += asTyped.map { "In \($0.field): \($0.what)" }
        return DraftSet(drafts: drafts, problems: problems, notes: notes, unwritten: unwritten, asTyped: asTyped)
    }

    // MARK: - Thank-you

    private func thankYou(_ member: InterviewLoop.Member, loop: InterviewLoop, common: CommonFacts) -> (EmailDraft, [String], [Unwritten]) {
        // Compact step by step only when the body runs over the word limit, and say what went.
        var draft: EmailDraft
        var trimmed: InterviewLoop.Member
        var parts: ThankYouParts
        var compactness = 0
        repeat {
            trimmed = member
            if compactness >= 1 { trimmed.strengths = Array(member.strengths.prefix(1)) }
            if compactness >= 2 { trimmed.highlights = Array(member.highlights.prefix(1)) }
            if compactness >= 3 { trimmed.topics = Array(member.topics.prefix(2)) }
            if compactness >= 4 { trimmed.topics = Array(member.topics.prefix(1)) }
            if compactness >= 5 { trimmed.highlights = [] }
            parts = ThankYouParts(member: trimmed, common: common)
            draft = renderThankYou(trimmed, parts: parts, count: loop.members.count, common: common)
            compactness += 1
        } while draft.bodyWordCount > DraftComposer.thankYouWordLimit && compactness <= 5
        let name = member.person.name
        var notes = parts.unsaid.map { "Not in the thank-you to \(name): \($0.what)" }
        let dropped =
            member.strengths.dropFirst(trimmed.strengths.count).map(\.text) + member.highlights.dropFirst(trimmed.highlights.count).map(\.text)
            + member.topics.dropFirst(trimmed.topics.count).map(\.text)
        notes += dropped.map { "Left out of the thank-you to \(name) to keep it under \(DraftComposer.thankYouWordLimit) words: '\($0)'." }
        return (draft, notes, parts.unsaid)
    }

    private func renderThankYou(_ member: InterviewLoop.Member, parts: ThankYouParts, count: Int, common: CommonFacts) -> EmailDraft {
        let tone = common.tone
        func paragraph(_ sentences: [String]) -> String {
            sentences.filter { !$0.isEmpty }.joined(separator: " ")
        }
        var paragraphs: [String]
        if tone == .brief {
            paragraphs = [paragraph([parts.opening] + parts.clauseTopics + parts.highlights), paragraph([parts.interest, parts.strengths])]
        } else {
            paragraphs = [
                paragraph([parts.opening, parts.topicReference] + parts.clauseTopics + parts.highlights),
                paragraph([parts.interest, parts.strengths]),
            ]
        }
        paragraphs.append(paragraph(parts.concerns))
        // One promise a line: each link or placeholder stands where the eye finds it.
        paragraphs.append(parts.promised.joined(separator: "\n"))
        // Odd-numbered interviewers get the offer before the question: a second shape.
        paragraphs.append(paragraph(member.index % 2 == 0 ? [parts.question, parts.offer] : [parts.offer, parts.question]))
        paragraphs = paragraphs.filter { !$0.isEmpty }

        var context = common.context(greetingName: member.person.greetingName(tone: common.tone), recipient: member.person.name, email: member.person.email)
        context["subject"] = parts.subject
        context["sign_off"] = parts.signOff
        if let topic = parts.nominalTopics.first(where: Realiser.isReasonToBeKeen) {
            context["topic"] = topic
        } else {
            context.removeValue(forKey: "topic")
        }
        context["paragraphs"] = paragraphs
        context["opening"] = parts.opening
        context["topic_reference"] = parts.topicReference
        context["interest"] = parts.interest
        context["strengths_sentence"] = parts.strengths
        context["highlights"] = parts.highlights
        context["concerns"] = parts.concerns
        context["promised_sentence"] = parts.promised.joined(separator: " ")
        context["next_steps_question"] = parts.question
        context["offer"] = parts.offer
        context["topics"] = parts.nominalTopics
        context["topic_list"] = Realiser.list(parts.nominalTopics)
        if let title = member.person.title { context["interviewer_title"] = title }
        context["index"] = member.index + 1
        context["count"] = count
        let (subject, body) = render("thank-you", context: context, defaultSubject: parts.subject)
        return EmailDraft(
            id: DraftID.thankYou(member.index), kind: .thankYou, recipientName: member.person.name,
            recipientEmail: member.person.email, subject: subject, body: body)
    }

    // MARK: - Networking

    private func networking(_ member: InterviewLoop.Member, common: CommonFacts) -> EmailDraft {
        var context = common.context(greetingName: member.person.greetingName(tone: common.tone), recipient: member.person.name, email: member.person.email)
        context["subject"] = common.subjects.networking
        // A question they asked ("why I want to move schools") is still what the conversation was about.
        // Terms of the job ("salary expectations") are no conversation to remember fondly.
        let topic =
            (member.topics.lazy.compactMap(Realiser.topic).first(where: Realiser.isReasonToBeKeen)
            ?? member.topics.lazy.compactMap(Realiser.topic).first(where: { !Realiser.isTerm($0) })
            ?? member.topics.lazy.compactMap(Realiser.question).first
            ?? member.topics.lazy.compactMap(Realiser.topic).first(where: { !Realiser.isPayOrPaperwork($0) })).map(Realiser.recalled)
        if let topic { context["topic"] = topic }
        let notes = NetworkingNotes.candidates(index: member.index, topic: topic, company: common.company, tone: common.tone)
        var result = (subject: common.subjects.networking, body: "")
        for note in notes {
            context["note"] = note
            result = render("networking", context: context, defaultSubject: common.subjects.networking)
            if result.body.count <= DraftComposer.networkingCharacterLimit { break }
        }
        return EmailDraft(
            id: DraftID.networking(member.index), kind: .networking, recipientName: member.person.name,
            recipientEmail: member.person.email, subject: result.subject, body: result.body)
    }

    // MARK: - One-per-company drafts

    private func single(
        _ template: String, id: String, kind: DraftKind, to recipient: Recipient, greetingName: String,
        subject: String, common: CommonFacts
    ) -> EmailDraft {
        var context = common.context(greetingName: greetingName, recipient: recipient.name, email: recipient.email)
        context["subject"] = subject
        // "after our conversation about …" is said only to someone who had that conversation.
        if kind == .checkIn || kind == .finalCheckIn, common.contactTopic == nil {
            context["topic"] = nil
            context["heard_topic"] = common.firstTopic
        }
        // The recruiter note goes with the thank-yous: a decision day already past by then is not asked about.
        if kind == .recruiterNote { context["decision_date"] = common.decisionAfterThankYou }
        let rendered = render(template, context: context, defaultSubject: subject)
        return EmailDraft(
            id: id, kind: kind, recipientName: recipient.name, recipientEmail: recipient.email,
            subject: rendered.subject, body: rendered.body)
    }

    // MARK: - Rendering

    private func render(_ name: String, context: [String: Any], defaultSubject: String) -> (subject: String, body: String) {
        guard let template = templates[name] else { return (defaultSubject, "") }
        let (subject, finished) = DraftComposer.finish(template.render(context), defaultSubject: defaultSubject)
        let body = nameCapitals.apply(finished)
        // A role typed in lower case ("store supervisor") still starts the subject line with a capital.
        return (Prose.capitalisingFirst(subject), body)
    }

    /// Takes the `Subject:` line off the top, trims line ends, folds runs of blank lines.
    static func finish(_ rendered: String, defaultSubject: String) -> (subject: String, body: String) {
        // Substrings: split into arrays of characters, each line was rebuilt a character at a time.
        let pieces: [Substring] = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        var lines = pieces.map { line in
            // Trailing blanks off, by index: rebuilding the line from a reversed view cost a
            // third of a whole plan.
            var end = line.endIndex
            while end > line.startIndex, " \t\r".contains(line[line.index(before: end)]) {
                end = line.index(before: end)
            }
            return String(line[..<end])
        }
        while let first = lines.first, isBlank(first) { lines.removeFirst() }
        var subject = defaultSubject
        if let first = lines.first, first.hasPrefix("Subject:") {
            let text = first.dropFirst("Subject:".count).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { subject = text }
            lines.removeFirst()
        }
        var body: [String] = []
        for line in lines {
            let blank = isBlank(line)
            if blank, body.last?.isEmpty ?? true { continue }
            // "Outdoor Co.." → "Outdoor Co.": a name's own full stop ends the sentence too. The
            // pattern is parsed each time it runs, so only a line with ".." runs it.
            body.append(blank ? "" : Note.containsBytes(line, "..") ? line.replacing(/([A-Za-z])\.\.(?!\.)/) { "\($0.1)." } : line)
        }
        while body.last?.isEmpty == true { body.removeLast() }
        return (subject, body.joined(separator: "\n"))
    }

    /// True for a line of white space only, as `trimmingCharacters(in: .whitespaces).isEmpty`
    /// says, without Foundation's copy of every line.
    static func isBlank(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains)
    }
}
