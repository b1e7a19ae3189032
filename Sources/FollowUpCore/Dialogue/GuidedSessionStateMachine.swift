import Foundation

/// The guided session as a state machine: an event goes in, the messages to show and the
/// one side effect for the caller to carry out come out.
///
/// Modelled on swift-nio's `*StateMachine` types: the machine decides, the REPL acts. It
/// holds no terminal, no file and no clock; "today" comes in through `DialogueEnvironment`.
/// Every state and transition is in this file.
///
/// The machine is not `Codable`: the session file's format is spelled out in FollowUpStorage
/// (`SessionFormat.swift`, docs/file-formats.md), and a saved session comes back through
/// `init(restoring:state:settled:history:concernsClosed:)`.
public struct GuidedSessionStateMachine: Equatable, Sendable {
    /// Where the dialogue stands.
    public enum State: Equatable, Sendable {
        /// Waiting for the answer to a question.
        case asking(Question)
        /// The user confirmed the review: the files are to be written.
        case finished
    }

    public private(set) var state: State
    public private(set) var answers: Answers
    /// Questions answered or skipped. The next question is always the first one not in it.
    public private(set) var settled: Set<Question>
    /// Questions visited before the current one, for `/back`.
    public private(set) var history: [Question]
    /// Rejected answers in a row on the current question.
    public private(set) var failedTries: Int
    /// True once the user said there are no (more) concerns.
    public private(set) var concernsClosed: Bool
    /// The question asked again because part of its answer could not become a clean sentence
    /// (once: the next answer, kept or changed, settles it). Not saved: a resumed session asks
    /// the question itself, with its answer on the line.
    public private(set) var rephrasing: Question?

    /// A new session. What the candidate's `settings` say is filled in and not asked: those
    /// questions start settled, the summary shows their values, and `/edit` changes them.
    public init(answers: Answers = Answers(), settings: CandidateSettings = CandidateSettings()) {
        self.state = .asking(.company)
        self.answers = settings.defaults(for: answers)
        self.settled = settings.questionsAnswered
        self.history = []
        self.failedTries = 0
        self.concernsClosed = false
        self.rephrasing = nil
    }

    /// A machine as a saved session left it. Refused answers in a row are not kept: a resumed
    /// question starts with none. Call `repair()` after, for a file that may have been edited.
    public init(restoring answers: Answers, state: State, settled: Set<Question>, history: [Question], concernsClosed: Bool) {
        self.state = state
        self.answers = answers
        self.settled = settled
        self.history = history
        self.failedTries = 0
        self.concernsClosed = concernsClosed
        self.rephrasing = nil
    }

    /// A machine for answers that are already complete (an answers file opened for review):
    /// every question is settled and the dialogue starts at the review.
    public static func reviewing(_ answers: Answers) -> GuidedSessionStateMachine {
        var machine = GuidedSessionStateMachine(answers: answers)
        machine.concernsClosed = true
        machine.settled = Set(machine.sequence.filter { $0 != .review })
        machine.state = .asking(machine.firstUnsettled)
        return machine
    }

    /// Makes a decoded (possibly hand-edited) session consistent: a question that no longer
    /// exists, such as the third interviewer of a file that now names two, gives way to the
    /// first open question, and `/back` forgets questions that are gone.
    public mutating func repair() {
        let questions = sequence
        if case .asking(let question) = state, !questions.contains(question) {
            state = .asking(firstUnsettled)
        }
        history = history.filter { questions.contains($0) }
        settled = settled.filter { questions.contains($0) }
    }

    // MARK: - Events

    /// Handles one event and says what to show and what to do.
    public mutating func handle(_ event: DialogueEvent, environment: DialogueEnvironment) -> DialogueStep {
        guard case .asking(let question) = state else {
            return DialogueStep([.problem(CoachScript.Remark.finished)], effect: .none)
        }
        switch event {
        case .endOfInput:
            return DialogueStep([], effect: .quit)
        case .command(let command):
            return handle(command, at: question)
        case .answer(let raw):
            let text = Self.sanitize(raw)
            if question == .review { return review(answer: text) }
            let outcome = AnswerRules.apply(text, to: question, in: answers, concernsClosed: concernsClosed, environment: environment)
            switch outcome {
            case .rejected(let reason):
                failedTries += 1
                var messages: [CoachMessage] = [.problem(reason)]
                if failedTries >= 3, !question.isRequired {
                    messages.append(.say(CoachScript.Remark.offerSkip(tries: failedTries)))
                }
                return DialogueStep(messages, effect: .none)
            case .accepted(let newAnswers, let notes, let closesConcerns):
                let before = answers
                answers = newAnswers
                if closesConcerns { concernsClosed = true }
                let preview = text.isEmpty ? nil : SentencePreview(after: question, in: answers, nameCapitals: environment.nameCapitals)
                let askedAgain = rephrasing == question
                rephrasing = nil
                if keepMarksWithTheirPeople(before: before) {
                    move(to: firstUnsettled, remember: true)
                } else if let preview, environment.asksAgain, !askedAgain, preview.asksAgain(after: question) {
                    // What could not be written is asked for again, once, with the answer on
                    // the line to change: the coach never moves on past a broken sentence.
                    rephrasing = question
                    failedTries = 0
                    return DialogueStep(notes.map(CoachMessage.say) + preview.notes.map(CoachMessage.say), effect: .persist)
                } else {
                    settle(question)
                }
                let shown = preview.map { $0.lines(after: question) } ?? []
                return DialogueStep(notes.map(CoachMessage.say) + shown.map(CoachMessage.say) + arrivalMessages(), effect: .persist)
            }
        }
    }

    /// The result of `.finish` coming back: the files could not be written, so the dialogue
    /// returns to the review, where "yes" tries again. The shell never patches the state itself.
    public mutating func filesNotWritten(reason: String) -> DialogueStep {
        guard state == .finished else { return DialogueStep([], effect: .none) }
        state = .asking(.review)
        return DialogueStep([.problem(CoachScript.Remark.couldNotWrite(reason))], effect: .none)
    }

    private mutating func handle(_ command: DialogueCommand, at question: Question) -> DialogueStep {
        switch command {
        case .help:
            let entry = CoachScript.entry(for: question)
            let commands = CoachScript.Remark.commandsReminder(questionIsRequired: question.isRequired)
            return DialogueStep([.help(fill(entry.why, for: question) + "\n" + commands)], effect: .none)
        case .back:
            guard let previous = history.popLast() else {
                return DialogueStep([.problem(CoachScript.Remark.nothingBefore)], effect: .none)
            }
            move(to: previous, remember: false)
            return DialogueStep([], effect: .none)
        case .skip:
            if question.isRequired {
                let entry = CoachScript.entry(for: question)
                let reason = fill(entry.whyRequired ?? CoachScript.Remark.neededForThePlan, for: question)
                return DialogueStep([.problem(CoachScript.Remark.cannotSkip + " " + reason)], effect: .none)
            }
            let before = answers
            answers = AnswerRules.clearing(question, in: answers)
            if case .concern(let index) = question, index >= answers.concerns.count, index >= before.concerns.count {
                concernsClosed = true
            }
            if keepMarksWithTheirPeople(before: before) {
                move(to: firstUnsettled, remember: true)
                return DialogueStep([.say(CoachScript.Remark.removed)] + arrivalMessages(), effect: .persist)
            }
            settle(question)
            return DialogueStep([.say(CoachScript.Remark.skipped)] + arrivalMessages(), effect: .persist)
        case .summary:
            return DialogueStep([.summary(SessionSummary.lines(for: answers))], effect: .none)
        case .edit(let field):
            switch EditableField.resolve(field, in: answers) {
            case .failure(let problem):
                return DialogueStep([.problem(problem.message)], effect: .none)
            case .success(let target):
                if target == question { return DialogueStep([], effect: .none) }
                if case .concern(let index) = target, index >= answers.concerns.count { concernsClosed = false }
                move(to: target, remember: true)
                return DialogueStep([.say(CoachScript.Remark.editing)], effect: .none)
            }
        case .save:
            // The shell says "Saved." once the session is on the disk (it may not get there).
            return DialogueStep([], effect: .persist)
        case .sent(let arguments):
            return DialogueStep([], effect: .markSent(arguments))
        case .quit:
            return DialogueStep([], effect: .quit)
        case .unknown(let text):
            let known = DialogueCommand.names.joined(separator: " ")
            return DialogueStep(
                [.problem(CoachScript.Remark.unknownCommand(text, known: known))],
                effect: .none)
        }
    }

    private mutating func review(answer text: String) -> DialogueStep {
        let lowered = text.lowercased()
        if lowered.isEmpty || ["y", "yes", "ok", "write", "go", "done"].contains(lowered) {
            if let missing = sequence.first(where: { $0.isRequired && $0 != .review && !settled.contains($0) }) {
                move(to: missing, remember: true)
                return DialogueStep([.problem(CoachScript.Remark.requiredMissing)], effect: .none)
            }
            state = .finished
            return DialogueStep([], effect: .finish)
        }
        if ["n", "no", "not yet"].contains(lowered) {
            return DialogueStep([.say(CoachScript.Remark.notYet(fields: EditableField.names))], effect: .none)
        }
        return DialogueStep([.problem(CoachScript.Remark.answerYes)], effect: .none)
    }

    // MARK: - Transitions

    /// Marks a question answered and moves to the first one still open.
    private mutating func settle(_ question: Question) {
        settled.insert(question)
        // Settled loop questions past the end of their loop no longer exist. The sequence is
        // built once: building it per settled question made a session cubic in its length.
        let questions = Set(sequence)
        settled = settled.filter { questions.contains($0) || $0 == question }
        move(to: firstUnsettled, remember: true)
    }

    /// When the interviewer list is edited or a concern removed, the "answered" marks follow
    /// the person or the concern they belong to, not their old position: a name added at the
    /// front is asked about, and nobody's answers are taken for someone else's.
    /// Returns true when a concern was removed.
    private mutating func keepMarksWithTheirPeople(before: Answers) -> Bool {
        let oldNames = before.interviewers.map { $0.name.lowercased() }
        let newNames = answers.interviewers.map { $0.name.lowercased() }
        var concernIndex: [Int: Int] = Dictionary(uniqueKeysWithValues: before.concerns.indices.map { ($0, $0) })
        var removedConcern = false
        if answers.concerns.count < before.concerns.count {
            let gone =
                zip(before.concerns, answers.concerns).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? before.concerns.count - 1
            removedConcern = true
            concernIndex = [:]
            for index in before.concerns.indices where index != gone {
                concernIndex[index] = index < gone ? index : index - 1
            }
        }
        guard oldNames != newNames || removedConcern else { return false }
        func person(_ index: Int) -> Int? {
            oldNames.indices.contains(index) ? newNames.firstIndex(of: oldNames[index]) : nil
        }
        func remap(_ question: Question) -> Question? {
            switch question {
            case .interviewerTitle(let i): return person(i).map(Question.interviewerTitle)
            case .interviewerEmail(let i): return person(i).map(Question.interviewerEmail)
            case .interviewerAddress(let i): return person(i).map(Question.interviewerAddress)
            case .interviewerTopics(let i): return person(i).map(Question.interviewerTopics)
            case .concern(let i) where i >= before.concerns.count: return .concern(answers.concerns.count)
            case .concern(let i): return concernIndex[i].map(Question.concern)
            case .concernResponse(let i): return concernIndex[i].map(Question.concernResponse)
            default: return question
            }
        }
        settled = Set(settled.compactMap(remap))
        history = history.compactMap(remap)
        return removedConcern
    }

    private mutating func move(to question: Question, remember: Bool) {
        if case .asking(let current) = state, current != question, remember {
            history.append(current)
            if history.count > 200 { history.removeFirst(history.count - 200) }
        }
        if case .concern(let index) = question, index >= answers.concerns.count { concernsClosed = false }
        failedTries = 0
        rephrasing = nil
        state = .asking(question)
    }

    private var firstUnsettled: Question {
        sequence.first(where: { !settled.contains($0) }) ?? .review
    }

    /// Messages shown on arriving at the new question.
    private func arrivalMessages() -> [CoachMessage] {
        if case .asking(.review) = state {
            return [.summary(SessionSummary.lines(for: answers))]
        }
        return []
    }

    // MARK: - The order of questions

    /// Every question this session asks, in order, given the answers so far. Loops grow it.
    public var sequence: [Question] {
        var questions: [Question] = [.company, .role, .interviewDate, .format, .round, .interviewerNames]
        for index in answers.interviewers.indices {
            questions += [.interviewerTitle(index), .interviewerEmail(index), .interviewerAddress(index), .interviewerTopics(index)]
        }
        questions += [.highlights, .strengths]
        for index in answers.concerns.indices {
            questions += [.concern(index), .concernResponse(index)]
        }
        if !concernsClosed { questions.append(.concern(answers.concerns.count)) }
        questions += [.promised, .decisionDate]
        if answers.decisionDate == nil { questions.append(.nextSteps) }
        questions += [.recruiter, .tone, .signOff, .candidateEmail, .review]
        return questions
    }

    /// The question being asked, with its hint and an honest progress count.
    public var prompt: Prompt? {
        guard case .asking(let question) = state else { return nil }
        let entry = CoachScript.entry(for: question)
        // What the settings answered is not asked: settled and never visited, it is not counted.
        let all = sequence.filter {
            !(CandidateSettings.questions.contains($0) && settled.contains($0) && !history.contains($0) && $0 != question)
        }
        let position = (all.firstIndex(of: question) ?? all.count - 1) + 1
        var ask = entry.ask
        if case .concern(let index) = question, index > 0 {
            ask = CoachScript.Remark.anotherConcern
        }
        if rephrasing == question {
            if case .concern = question { ask = CoachScript.Remark.whoRaisedAgain } else { ask = CoachScript.Remark.sayItAgain }
        }
        return Prompt(
            question: question,
            text: fill(ask, for: question),
            hint: fill(hint(entry, for: question), for: question),
            current: AnswerRules.currentValue(of: question, in: answers),
            position: position,
            total: all.count)
    }

    /// The entry's hint, or the plain question when the address question has no default to offer.
    private func hint(_ entry: CoachScript.Entry, for question: Question) -> String {
        guard case .interviewerAddress(let i) = question, answers.interviewers.indices.contains(i),
            AnswerRules.offeredAddress(for: answers.interviewers[i]) == nil
        else { return entry.hint }
        return CoachScript.addressHintWhenUnsure
    }

    /// Fills `{name}`, `{default}` (the address offered by default), `{concern}`, `{company}`, `{role}` for a question.
    private func fill(_ text: String, for question: Question) -> String {
        var result = text
        let index: Int?
        switch question {
        case .interviewerTitle(let i), .interviewerEmail(let i), .interviewerAddress(let i), .interviewerTopics(let i): index = i
        default: index = nil
        }
        if let index, answers.interviewers.indices.contains(index) {
            result = result.replacingOccurrences(of: "{name}", with: answers.interviewers[index].name)
            let offered = AnswerRules.offeredAddress(for: answers.interviewers[index]) ?? ""
            result = result.replacingOccurrences(of: "{default}", with: offered)
        }
        if case .concernResponse(let i) = question, answers.concerns.indices.contains(i) {
            result = result.replacingOccurrences(of: "{concern}", with: answers.concerns[i].topic)
        }
        result = result.replacingOccurrences(of: "{company}", with: answers.interview.company)
        result = result.replacingOccurrences(of: "{role}", with: answers.interview.role)
        return result
    }

    /// Removes control characters and escape sequences so nothing typed can drive the terminal
    /// or end up in a file (see `UntrustedText`); a line break becomes a space.
    static func sanitize(_ raw: String) -> String {
        UntrustedText.cleaned(raw).trimmingCharacters(in: .whitespaces)
    }
}

/// The inputs from outside that the dialogue depends on.
public struct DialogueEnvironment: Equatable, Sendable {
    /// The candidate's today.
    public var today: LocalDate
    /// The candidate's locale (`en_US`): how numeric dates are read, when the answers name none.
    public var locale: String?
    /// The candidate's country (`US`, `GB`): whose holidays are not working days, when the answers name none.
    public var country: String?
    /// Names typed in lowercase, written with capitals in the sentence previews as in the drafts.
    public var nameCapitals: NameCapitals
    /// True when someone is typing (not answers piped in, where a question asked again would
    /// take the next line meant for the next question): an answer that cannot all become
    /// clean sentences is asked for again.
    public var asksAgain: Bool

    public init(today: LocalDate, locale: String? = nil, country: String? = nil, nameCapitals: NameCapitals = .none, asksAgain: Bool = false) {
        self.today = today
        self.locale = locale
        self.country = country
        self.nameCapitals = nameCapitals
        self.asksAgain = asksAgain
    }

    /// The working calendar for these answers: their country, else the environment's.
    public func businessCalendar(for answers: Answers) -> BusinessCalendar {
        var withCountry = answers
        if withCountry.country == nil { withCountry.country = country }
        return withCountry.businessCalendar
    }

    /// A date reader counting from `saidOn`, reading numeric dates by the answers' locale (else
    /// the environment's), and business days in their calendar.
    public func dateParser(for answers: Answers, saidOn: LocalDate) -> DateParser {
        DateParser(
            today: saidOn, numericOrder: DateParser.NumericOrder(locale: answers.locale ?? locale),
            calendar: businessCalendar(for: answers))
    }
}

/// What one event produced: messages to show, then one effect for the caller.
public struct DialogueStep: Equatable, Sendable {
    public var messages: [CoachMessage]
    public var effect: DialogueEffect

    public init(_ messages: [CoachMessage], effect: DialogueEffect) {
        self.messages = messages
        self.effect = effect
    }
}

/// The side effect the caller carries out after showing the messages.
public enum DialogueEffect: Equatable, Sendable {
    case none
    /// The answers changed (or `/save`): write the session to disk.
    case persist
    /// The user confirmed the review: save, then write the plan and the drafts.
    case finish
    /// Stop asking; the session stays saved and resumable.
    case quit
    /// `/sent`: run the tracker's command with these arguments (`ID STEP`, or none to list
    /// what is due) and show what it says. The dialogue does not change.
    case markSent(String)
}

/// One thing the coach says.
public enum CoachMessage: Equatable, Sendable {
    case say(String)
    case problem(String)
    case help(String)
    case summary([SummaryLine])
}

/// The question being asked, ready to display.
public struct Prompt: Equatable, Sendable {
    public var question: Question
    public var text: String
    public var hint: String
    /// The answer already given, kept when the user presses Enter.
    public var current: String?
    public var position: Int
    public var total: Int
}
