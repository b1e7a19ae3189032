/// The sentences of one thank-you, each made from notes of the shape its frame takes.
///
/// A note that fits no frame cleanly is not forced into one: it goes to `unsaid`, with the
/// reason, so the session and the plan can say so.
struct ThankYouParts {
    var opening: String
    var topicReference: String
    /// Topics that are statements, each its own sentence.
    var clauseTopics: [String]
    var highlights: [String]
    var interest: String
    var strengths: String
    var concerns: [String]
    var promised: [String]
    var question: String
    var offer: String
    var subject: String
    var signOff: String
    /// The topics that read as noun phrases, as they appear in the draft.
    var nominalTopics: [String]
    /// What could not be said, and why.
    var unsaid: [Unwritten] = []
    /// For each concern that could not be said, the sentence it would go into, with "…" where
    /// the candidate's words go: the session asks them to finish it.
    var toFinish: [String] = []

    init(member: InterviewLoop.Member, common: CommonFacts) {
        let bank = ThankYouPhrases.forTone(common.tone)
        let v = member.index % ThankYouPhrases.variantCount
        func pick<T>(_ list: [T], _ k: Int = 0) -> T? { list.isEmpty ? nil : list[(v + k) % list.count] }

        // "she asked about my approach to …" is a question put to the candidate, not something shared.
        // "shift differential for nights", "relocation": terms of the job, and "customer
        // complaints", a problem: explained rather than enjoyed.
        let asked = member.topics.map(Realiser.question)
        let named = zip(member.topics, asked).filter { $0.1 == nil }.compactMap { Realiser.topic($0.0) }
        let explained = { (topic: String) in Realiser.isTerm(topic) || Realiser.isTroubled(topic) }
        let terms = named.filter(explained)
        nominalTopics = named.filter { !explained($0) }
        let facts = ThankYouFacts(
            company: common.company, role: common.role, topics: Realiser.list(nominalTopics))

        if !nominalTopics.isEmpty, let withTopics = pick(bank.openingWithTopics) {
            opening = withTopics(facts)
            topicReference = ""
        } else {
            opening = pick(bank.opening).map { $0(facts) } ?? ""
            topicReference = nominalTopics.isEmpty ? "" : pick(bank.topicReference).map { $0(facts) } ?? ""
        }

        // A frame whose opening words the note already used ("I especially enjoyed hearing
        // about …" then "I especially enjoyed the part where …", or "Thanks for …" twice) gives
        // way to the next variant.
        var leads = Set([opening, topicReference].filter { !$0.isEmpty }.map(ThankYouParts.lead))
        func fresh(_ frames: [ThankYouPhrases.Slot], _ k: Int, _ text: String) -> String? {
            let tries = frames.indices.map { frames[(v + k + $0) % frames.count](text) }
            let chosen = tries.first { !leads.contains(ThankYouParts.lead($0)) } ?? tries.first
            if let chosen { leads.insert(ThankYouParts.lead(chosen)) }
            return chosen
        }

        clauseTopics = zip(member.topics, asked).filter { $0.1 != nil || Realiser.topic($0.0) == nil }.enumerated().compactMap { k, topic in
            let (note, question) = topic
            if let question { return fresh(bank.questionTopic, k, question) }
            switch note.shape {
            case .sentences: return note.asSentence
            // "explained the rota", "showed me the depot": what the interviewer told or did for
            // the candidate; "did the assessed drive round the town": what the candidate got to do.
            case .pastAction where !Realiser.isTelling(note) && !bank.highlightAction.isEmpty:
                guard let action = Realiser.chance(note) else { fallthrough }
                return fresh(bank.highlightAction, k, action)
            case .pastAction: return fresh(bank.clauseTopic, k, "you " + note.text)
            // "wants me to walk the floor next time": the person it is about is the reader.
            case .clause where Note.isSubjectlessThirdPerson(note.lowercasedWords):
                let verb = note.text.prefix { $0 != " " }
                return fresh(bank.clauseTopic, k, "you " + (Note.presentBase(verb.lowercased()) ?? String(verb)) + note.text.dropFirst(verb.count))
            default: return fresh(bank.clauseTopic, k, Realiser.withSubjectDetermined(note.text))
            }
        }
        if !terms.isEmpty, let explained = fresh(bank.termsTopic, 0, Realiser.list(terms)) { clauseTopics.append(explained) }
        var unsaidHighlights: [Unwritten] = []
        highlights = member.highlights.enumerated().compactMap { k, note in
            // "I did the roleplay in Hindi", "let me shadow a cardiac CT, went smoothly": thanks for
            // the chance (how it went is cut).
            if let action = Realiser.chance(note), !bank.highlightAction.isEmpty {
                return fresh(bank.highlightAction, k, action)
            }
            if Realiser.isSelfAssessment(note) {
                unsaidHighlights.append(
                    Unwritten(
                        field: "highlights",
                        what: "the highlight '\(note.text)': how well it went is for your notes, not theirs; say what you talked about or did together instead."
                    ))
                return nil
            }
            switch note.shape {
            case .nounPhrase:
                // "Factory tour, really impressed by the machines": the moment, then how it struck me.
                let (moment, impression) = Realiser.momentAndImpression(note)
                return fresh(bank.highlightNoun, k, moment).map { $0 + (impression.map { " " + $0 } ?? "") }
            case .whClause, .gerund: return fresh(bank.highlightNoun, k, note.text)
            case .clause where Realiser.reaction(note) != nil:
                if case .reported(let told) = Realiser.reaction(note) { return fresh(bank.clauseTopic, k, told) }
                guard case .conversation(let about) = Realiser.reaction(note) else {
                    unsaidHighlights.append(
                        Unwritten(
                            field: "highlights",
                            what:
                                "the highlight '\(note.text)': a compliment repeated to the person who paid it reads as boasting; say what you talked about instead."
                        ))
                    return nil
                }
                return fresh(bank.highlightNoun, k, about)
            // "we both grew up in Cork", "we have a lot in common": found in common, not a moment.
            case .clause where note.lowercasedWords.contains("both") || note.text.lowercased().contains("in common"):
                return fresh(bank.sharedHighlight, k, note.text)
            // "lunch with you was really easy going": the moment, and what it was like.
            case .clause where Realiser.describedMoment(note) != nil:
                return Realiser.describedMoment(note).flatMap { fresh(bank.highlightNoun, k, $0) }
            case .clause where note.isPresentState: return fresh(bank.clauseTopic, k, note.text)
            case .clause: return fresh(bank.highlightClause, k, Realiser.momentClause(note.text))
            case .pastAction:
                // "rode along with you to a call" is the candidate's: "I rode along with you", never "we … with you".
                let together = ["together", "each other", "both"].contains { Note.containsWord(note.text.lowercased(), $0) }
                // "showed me the conveyor system": done to the candidate, so by the interviewer.
                let toMe = note.lowercasedWords.dropFirst().prefix(2).contains { $0 == "me" || $0 == "us" }
                return fresh(bank.highlightClause, k, (together ? "we " : toMe ? "you " : "I ") + note.text)
            case .sentences: return note.asSentence
            case .presentAction, .description: return Prose.sentence(Realiser.firstPerson(note))
            }
        }

        interest = pick(bank.interest).map { $0(facts) } ?? ""
        let strengthParts = Realiser.strengths(member.strengths)
        var strengthSentences = strengthParts.separate
        if !strengthParts.joined.isEmpty, let frame = pick(bank.strengths) {
            // A sentence past 30 words is hard to read on a phone: the later clauses get one of their own.
            let whole = frame(strengthParts.joined)
            // So does a list with its own "and" ("I bring A, and B, and I …").
            if Prose.wordCount(whole) > 30 || strengthParts.clauses.first?.contains(", and ") == true, strengthParts.clauses.count > 1,
                let first = strengthParts.clauses.first,
                strengthParts.clauses[1].hasPrefix("I ")
            {
                let rest = strengthParts.clauses.dropFirst()
                let others = Prose.sentence(Realiser.clauses([Realiser.also(rest.first ?? "")] + rest.dropFirst()))
                strengthSentences.insert(frame(first) + " " + others, at: 0)
            } else {
                strengthSentences.insert(whole, at: 0)
            }
        }
        strengths = strengthSentences.joined(separator: " ")

        var concerns: [String] = []
        var unsaid: [Unwritten] = unsaidHighlights
        for (k, concern) in member.concerns.enumerated() {
            guard let reading = ConcernReading(concern, names: member.names) else { continue }
            let (note, subject, response) = (reading.note, reading.subject, reading.response)
            if let answer = reading.answer {
                let subject = subject.map(Realiser.answered)
                let lead = subject.flatMap { subject in pick(bank.concernLeadIn, k).map { $0(subject) } } ?? pick(bank.concernLeadInGeneral, k) ?? ""
                concerns.append(lead + " " + answer)
                continue
            }
            if let response {
                // "travelling and working in Lisbon": then or now is a guess; the offer to say more stands.
                unsaid.append(
                    Unwritten(
                        field: "concerns[\(member.concernIndices[k])].response",
                        what:
                            "your answer '\(response.text)' (with no 'I', it could be then or now: write it as a sentence of your own, e.g. 'I spent …' or 'I'm …')."
                    ))
            }
            if reading.isOffered, let subject, !bank.concernOpen.isEmpty {
                concerns.append(pick(bank.concernOpen, k)?(subject) ?? "")
            } else if response == nil {
                // "whether I'd done much paeds CT", "using LIMS for the first time": with nothing
                // added, the note would only remind the reader of the doubt, in words that read
                // badly as an object ("I'd be glad to say more about whether …").
                let why =
                    subject == nil
                    ? "a note can only take up a topic: say what it was about, e.g. 'my budget experience', add what you would answer now, or leave it out if it was only how you came across"
                    : "with nothing added, the note would only remind them of the doubt: add what you would answer now, or say what it was about, e.g. 'my budget experience'"
                // Quoted as typed, so the candidate finds it in their answers.
                unsaid.append(Unwritten(field: "concerns[\(member.concernIndices[k])]", what: "the concern '\(ListAnswer.clean(concern.topic))' (\(why))."))
                if let frame = pick(bank.concernOpen, k) { toFinish.append(frame("…")) }
            }
        }
        self.concerns = concerns
        // "ideas for their holiday campaign": the company is the reader's ("your holiday campaign").
        promised = member.promised.map { Perspective.addressing($0, readerNames: member.names) }.compactMap(PromisedItem.init).enumerated().map { k, item in
            item.sentence(common.tone, first: k == 0)
        }
        // What the notes already say is not asked again: a known decision date is looked forward
        // to, known next steps are too, and only an open timeline is a question.
        if let date = common.decisionAfterThankYou {
            question = pick(bank.awaitingDecision).map { $0(date) } ?? ""
        } else {
            if let step = common.namedNextStep, let frame = pick(bank.awaitingNamedStep) {
                question = frame(step)
            } else {
                question = common.nextStepsKnown ? pick(bank.awaitingNextStep) ?? "" : pick(bank.nextSteps) ?? ""
            }
        }
        offer = pick(bank.offer) ?? ""

        subject = bank.subjects[v % bank.subjects.count](facts)
        signOff = common.chosenSignOff ?? pick(bank.signOffs) ?? common.signOff
        self.unsaid = unsaid
    }

    /// The first three words of a sentence, lowercased: what a reader hears repeated. Thanks
    /// are heard as thanks, whatever follows ("Thanks for your time …", "Thanks for the question …"),
    /// and "I" with its verb, whatever adverb stands between ("I especially enjoyed …", "I really
    /// enjoyed …").
    static func lead(_ sentence: String) -> String {
        let lower = sentence.lowercased()
        if lower.hasPrefix("thanks") || lower.hasPrefix("thank you") { return "thanks" }
        let adverbs: Set<Substring> = ["especially", "really", "also", "particularly", "truly", "genuinely", "so", "very", "just"]
        let words = lower.split(separator: " ").filter { !adverbs.contains($0) }
        return words.prefix(words.first == "i" ? 2 : 3).joined(separator: " ")
    }

    /// A subject line no earlier thank-you of this interview uses.
    static func fallbackSubject(_ index: Int, common: CommonFacts, taken: Set<String>) -> String {
        let bank = ThankYouPhrases.forTone(common.tone)
        let facts = ThankYouFacts(company: common.company, role: common.role, topics: "")
        for k in 0..<bank.subjects.count {
            let subject = bank.subjects[(index + k) % bank.subjects.count](facts)
            if !taken.contains(subject) { return subject }
        }
        return bank.subjects[index % bank.subjects.count](facts) + " (\(index + 1))"
    }
}

/// How a thank-you takes up one concern: with what the candidate would answer now, as an
/// offer to say more about it, or not at all. One reading serves the draft and the plan step
/// that says what the draft does.
struct ConcernReading {
    let note: Note
    /// What the concern is about, spoken to the reader ("your budget"), when a note can say it.
    let subject: String?
    let response: Note?
    /// The candidate's answer as a sentence of the draft, when it reads as one.
    let answer: String?

    init?(_ concern: Concern, names: [String]) {
        guard let note = Note(concern.topic) else { return nil }
        self.note = note
        // "how I'd prioritise a caseload of 45, i think i rambled": no comma left at its end.
        subject = Realiser.concernSubject(note, names: names).map {
            String(Perspective.addressing($0, readerNames: names).reversed().drop(while: { ",;: ".contains($0) }).reversed())
        }
        response = concern.response.flatMap(Note.init)
        answer = response.flatMap(Realiser.answer)
    }

    /// Not answered, but offered: "I'd be glad to say more about …".
    var isOffered: Bool {
        answer == nil && subject.map { !Realiser.isClauseLike($0) } == true
    }
}
