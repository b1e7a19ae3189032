/// Turns typed notes into the sentence parts a frame asks for, or says that it can't.
///
/// Each function takes notes of any shape and returns the part in one shape (a noun phrase, a
/// clause with "I" as its subject, a whole sentence) or nil when the note can't become that
/// part cleanly. Callers then choose another frame, or report the note, rather than write a
/// broken sentence.
enum Realiser {
    // MARK: - Noun phrases

    /// The note as something one talks *about*: "the EHR rollout", "how you test them".
    /// A clause that names what was discussed ("we discussed the Q3 roadmap") gives its object.
    static func topic(_ note: Note) -> String? {
        // "approx 1 in 3 sats" → "1 in 3 sats": a frame says "about" already ("What you shared about …").
        if note.lowercasedWords.first == "about", note.lowercasedWords.dropFirst().first?.first?.isNumber == true,
            let rest = Note(String(note.text.dropFirst("about ".count)))
        {
            return topic(rest)
        }
        // "notice period (mine is 90 days)": an aside about the candidate is their memo, not what was discussed.
        if let aside = note.text.range(of: #"\s*\([^()]*\)"#, options: .regularExpression),
            !Set(Note.words(String(note.text[aside]))).isDisjoint(with: ["i", "i'm", "i've", "me", "my", "mine"]),
            let rest = Note(note.text.replacingCharacters(in: aside, with: ""))
        {
            return topic(rest)
        }
        // "caseload management, about 12 a day", "trips abroad. They run one every spring": the
        // subject before a comma or full stop; the detail after it is for the candidate's memory.
        if let head = headBeforeDetail(note) { return head.shape == .nounPhrase ? withThe(head.text) ?? head.text : head.text }
        switch note.shape {
        case .nounPhrase:
            // "budget" → "the budget": one bare singular noun reads as a thing discussed.
            let words = note.text.split(separator: " ")
            // Not a quality or a field ("impartiality", "safety", "compliance"), nor a word no list knows.
            let mass = ["ty", "ness", "ism", "ence", "ance", "cy", "ship", "dom", "hood"]
            if words.count == 1, let word = words.first, word == word.lowercased(), !word.hasSuffix("s"), !word.hasSuffix("ing"),
                word.allSatisfy(\.isLetter), !mass.contains(where: { word.hasSuffix($0) }), Lexicon.isCommonWord(String(word))
            {
                return "the " + note.text
            }
            // "parish newsletter", "roadmap for the driver app": one particular thing takes "the".
            if let theThing = withThe(note.text) { return theThing }
            // "discovery process, research ops": two things, said as two.
            let parts = Note.commaParts(note.text)
            if parts.count == 2,
                parts.allSatisfy({ part in
                    Note(Note.outsideBrackets(part))?.shape == .nounPhrase && Prose.wordCount(Note.outsideBrackets(part)) <= 4
                })
            {
                // "shift patterns, earlies and lates": a pair after a thing says what it holds.
                if parts[1].contains(" and ") || parts[1].contains(" or "), !parts[0].contains(" and "), !parts[1].contains("(") {
                    return (withThe(parts[0]) ?? parts[0]) + " (" + parts[1] + ")"
                }
                return parts.map { withThe($0) ?? $0 }.joined(separator: " and ")
            }
            // "van driving, need a full licence", "design crits, weekly, async in Figma": the
            // subject before the comma; what follows is for the candidate's memory.
            if parts.count > 1, let head = Note(parts[0]), head.isNominal {
                return head.shape == .nounPhrase ? withThe(head.text) ?? head.text : head.text
            }
            return note.text
        case .whClause:
            guard question(note) == nil else { return nil }
            // "how DS partners with product, roadmap": the question, without the jotted detail.
            if let first = Note.commaParts(note.text).dropLast().first, let head = Note(first), head.shape == .whClause {
                return head.text
            }
            return note.text
        case .gerund:
            // "working with engineers on experiments, A/B test cadence": the action, without the
            // jotting; "recruiting in 4 cities (berlin, Munich), incentives" keeps its brackets.
            if let first = Note.commaParts(note.text).dropLast().first { return first }
            return note.text
        case .pastAction where isParticipleBeforeNoun(note):
            return note.text
        case .clause, .pastAction:
            return discussedObject(note) ?? doneTogether(note)
        default: return nil
        }
    }

    /// The noun phrase opening a note that goes on with a detail after a comma or a full stop,
    /// or nil when the note is not of that kind. A detail opens with a preposition, a number,
    /// "its" or "which", or is a clause of its own; "rotas, weekend cover" is two things, not one.
    static func headBeforeDetail(_ note: Note) -> Note? {
        let text = note.text
        // "the night rota: 1 in 4": a colon opens the detail too.
        let stop = note.shape == .sentences ? text.range(of: ". ") ?? text.range(of: "! ") : text.range(of: ": ") ?? text.range(of: ", ")
        guard let stop, let head = Note(String(text[..<stop.lowerBound])), head.isNominal, head.shape != .sentences,
            let detail = Note(String(text[stop.upperBound...])), let first = detail.lowercasedWords.first
        else { return nil }
        let isDetail =
            note.shape == .sentences || text[stop].hasPrefix(":") || detail.shape == .clause || detail.shape == .sentences
            || Lexicon.subjectPronouns.contains(first) || first.hasPrefix("you'") || first.hasPrefix("they'")
            || ["now", "currently", "soon", "yet"].contains(detail.lowercasedWords.last ?? "")
            || Lexicon.prepositions.contains(first) || first.first?.isNumber == true
            // "hours, tues to sat", "rota, mon-fri": the days are the detail.
            || first.split(separator: "-").first.map { DateParser.weekdayIndex(String($0)) != nil } == true
            || [
                "its", "it's", "which", "that", "mostly", "mainly", "especially", "including", "like", "e.g", "i.e", "roughly",
                "my", "lots", "loads", "plenty", "not",
            ]
            .contains(first)
        return isDetail ? head : nil
    }

    /// "parish newsletter" → "the parish newsletter", "roadmap for the app" → "the roadmap for
    /// the app": a noun phrase whose head is one countable thing and that has no determiner.
    /// Nil when it has one, or when its head is a mass noun or plural ("stock loss", "rotas").
    static func withThe(_ text: String) -> String? {
        // "growth plans, new site in 2027": two things; each is asked on its own.
        guard !text.contains(", ") else { return nil }
        // "teen advisory group and the maker space": the first of two things wants its own "the".
        if let and = text.range(of: " and "), let first = withThe(String(text[..<and.lowerBound])) {
            return first + text[and.lowerBound...]
        }
        let words = Note.words(text)
        guard let first = words.first, !Lexicon.determiners.contains(first),
            first.first?.isNumber != true || first.contains("/") || first.contains("-"),
            !first.hasSuffix("'s"), !["a", "an", "the"].contains(first)
        else { return nil }
        let headPart = words.prefix { !Lexicon.prepositions.contains($0) }
        // "managing a team of 25": an action with its own object, not a thing.
        guard !headPart.contains(where: { ["a", "an", "the", "my", "our", "your", "their"].contains($0) }) else { return nil }
        // "continuity of carer model": a compound whose last word is the thing named.
        let lastIsThing = words.last.map(Lexicon.countNouns.contains) == true && words.count <= 5
        // "on call rota": a compound that opens with a preposition (and has no other) has its
        // head last; "near miss reporting on site" is no such compound.
        let compound = headPart.isEmpty && !words.dropFirst().contains(where: Lexicon.prepositions.contains)
        guard headPart.last.map(Lexicon.countNouns.contains) == true || lastIsThing && (!headPart.isEmpty || compound) else { return nil }
        return "the " + text
    }

    /// "territory is the southeast" → "the territory is the southeast": a statement whose
    /// subject is one bare noun, as a sentence says it.
    static func withSubjectDetermined(_ text: String) -> String {
        let words = Note.words(text)
        guard words.count > 2, ["is", "was", "has", "will", "isn't", "wasn't"].contains(words[1]), let first = text.first, first.isLowercase,
            !Lexicon.determiners.contains(words[0]), !Lexicon.subjectPronouns.contains(words[0]),
            !["it", "this", "that", "there", "what", "who", "everything", "everyone", "nothing", "something", "a", "an", "the"].contains(words[0]),
            !words[0].hasSuffix("ing"), !words[0].hasSuffix("'s"), words[0].first?.isLetter == true,
            Lexicon.isEnglishWord(words[0]), Lexicon.writtenName(words[0]) == nil
        else { return text }
        return "the " + text
    }

    /// A highlight named as a thing: "factory tour, really impressed by the 5-axis machines" →
    /// ("the factory tour", "I was really impressed by the 5-axis machines."). The detail after
    /// a comma is kept only when it says how the moment struck the candidate.
    static func momentAndImpression(_ note: Note) -> (moment: String, impression: String?) {
        guard let comma = note.text.range(of: ", "), let head = Note(String(note.text[..<comma.lowerBound])),
            head.shape == .nounPhrase
        else { return (withThe(note.text) ?? note.text, nil) }
        let tail = String(note.text[comma.upperBound...])
        let words = Note.words(tail)
        let adverbs: Set<String> = ["really", "very", "so", "quite", "genuinely", "particularly", "truly", "super"]
        let feelings: Set<String> = [
            "impressed", "struck", "interested", "surprised", "excited", "glad", "pleased", "inspired", "moved", "amazed", "keen",
        ]
        let feeling = words.first.map(adverbs.contains) == true ? words.dropFirst().first : words.first
        let thing = withThe(head.text) ?? head.text
        if let feeling, feelings.contains(feeling) {
            return (thing, Prose.sentence("I was " + (tail.first.map { String($0).lowercased() } ?? "") + tail.dropFirst()))
        }
        return headBeforeDetail(note) != nil ? (thing, nil) : (withThe(note.text) ?? note.text, nil)
    }

    /// A highlight told as a clause, without what only set the scene or said how it felt:
    /// "lunch with the squad, you told me about the study" → "you told me about the study";
    /// "you talked about the archive pieces, super cool" → "you talked about the archive pieces".
    static func momentClause(_ text: String) -> String {
        var parts = Note.commaParts(text)
        guard parts.count > 1 else { return text }
        let evaluative: Set<String> = [
            "super", "really", "very", "so", "v", "quite", "pretty", "cool", "interesting", "fun", "great", "amazing", "impressive",
            "friendly", "nice", "helpful", "useful", "fascinating", "inspiring", "lovely", "awesome", "brilliant", "good", "neat",
            "insightful", "fab", "class",
        ]
        if let last = parts.last, Note.words(last).count <= 3, Note.words(last).allSatisfy(evaluative.contains) { parts.removeLast() }
        if parts.count == 2, let scene = Note(parts[0]), scene.shape == .nounPhrase, let rest = Note(parts[1]),
            rest.shape == .clause || rest.shape == .pastAction
        {
            return parts[1]
        }
        return parts.joined(separator: ", ")
    }

    /// A topic as it is recalled days later, in a check-in or a networking note: without the
    /// aside in brackets that was news on the day ("the makerspace budget (only $2k)" → "the
    /// makerspace budget"). A bracket that opens the topic or holds all of its name stays.
    static func recalled(_ topic: String) -> String {
        guard topic.hasSuffix(")"), let open = topic.range(of: " (", options: .backwards) else { return topic }
        let head = String(topic[..<open.lowerBound])
        return Note.words(head).count >= 2 ? head : topic
    }

    /// "planned maintenance in AMOS", "automated testing": a participle before a bare noun
    /// names a kind of thing, not an action ("toured the site", "trained 4 starters").
    static func isParticipleBeforeNoun(_ note: Note) -> Bool {
        let words = note.lowercasedWords
        // "split shifts", "set menus": a past form that is also the base, before a plural, alone.
        let bareParticiple = words.count == 2 && Lexicon.irregularPast[words[0]] == words[0] && words[1].hasSuffix("s") && !words[1].hasSuffix("ss")
        guard note.shape == .pastAction, words.count >= 2, words[0].hasSuffix("ed") || bareParticiple else { return false }
        let next = words[1]
        return !Lexicon.determiners.contains(next) && !Lexicon.prepositions.contains(next) && next.first?.isNumber != true
            && !["me", "us", "you", "him", "her", "them", "it", "i", "up", "out", "off", "down", "over", "back"].contains(next)
            && !next.hasSuffix("ly")
    }

    /// True for a past action with no subject that the interviewer would have done for the
    /// candidate: telling ("explained the rota", "went through the KPIs") or done to them
    /// ("showed me the depot", "walked us round").
    static func isTelling(_ note: Note) -> Bool {
        let words = note.lowercasedWords
        let telling: Set<String> = [
            "explained", "described", "talked", "told", "showed", "mentioned", "said", "asked", "walked", "outlined", "shared",
            "introduced", "covered", "discussed", "spoke", "emphasised", "emphasized", "stressed", "highlighted", "raised", "pointed",
            "gave", "went", "ran", "presented", "answered", "admitted", "confirmed", "clarified", "detailed", "offered", "suggested",
            "recommended", "noted", "warned", "reckoned", "thinks", "wants", "needs", "hopes", "plans", "expects",
        ]
        return words.first.map(telling.contains) == true || words.dropFirst().prefix(2).contains { $0 == "me" || $0 == "us" }
    }

    /// A highlight that says what a moment was like ("lunch with you was really easy going",
    /// "the site walk was eye-opening") as the moment with a description of it: "the lunch
    /// with you, which was really easy going". Nil for one that names what the moment was ("the
    /// best bit was when …", "the highlight was the tour") or whose subject is a person.
    static func describedMoment(_ note: Note) -> String? {
        let words = note.text.split(separator: " ").map(String.init)
        guard let verb = words.firstIndex(where: { ["was", "were"].contains($0.lowercased()) }), verb > 0, verb < words.count - 1,
            let head = Note(words[..<verb].joined(separator: " ")), head.shape == .nounPhrase,
            let first = head.lowercasedWords.first, !Lexicon.subjectPronouns.contains(first), !["it", "this", "that", "there"].contains(first)
        else { return nil }
        // "Tom was really helpful", "the team were lovely": people are no moment.
        let people: Set<String> = [
            "team", "staff", "people", "panel", "everyone", "everybody", "kids", "children", "students", "pupils", "residents",
            "patients", "crew", "manager", "managers", "colleagues", "interviewers", "group", "class",
        ]
        let name = head.lowercasedWords.count <= 2 && (Lexicon.writtenName(first) != nil || Lexicon.namesThatAreCommonWords.contains(first))
        let headNoun = head.lowercasedWords.prefix { !Lexicon.prepositions.contains($0) }.last ?? ""
        // "…were lovely, and one girl showed me her drawing": more than a description.
        guard !name, !people.contains(headNoun), !words[verb...].joined(separator: " ").contains(",") else { return nil }
        let next = words[verb + 1].lowercased()
        let identifying: Set<String> = ["when", "that", "how", "where", "what", "the", "a", "an", "my", "your", "our", "his", "her", "their", "to", "not"]
        guard !identifying.contains(next), !next.hasSuffix("ed") || ["interested", "relaxed", "laid"].contains(next) else { return nil }
        // "site walk was eye-opening": the moment, singled out ("the site walk").
        let bare = !Lexicon.determiners.contains(first) && first.first?.isNumber != true && !first.hasSuffix("'s")
        return (withThe(head.text) ?? (bare ? "the " + head.text : head.text)) + ", which " + words[verb...].joined(separator: " ")
    }

    /// "the sim went grand overall", "nailed 2 of 3 in the blind tasting": how the candidate
    /// did, which reads as self-praise in a note to the person who judged it.
    static func isSelfAssessment(_ note: Note) -> Bool {
        let words = note.lowercasedWords
        let boasts: Set<String> = ["nailed", "aced", "smashed", "crushed", "killed", "owned", "rocked", "bossed"]
        if words.prefix(3).contains(where: boasts.contains) { return true }
        let verdicts: Set<String> = [
            "well", "great", "grand", "smoothly", "fine", "ok", "okay", "brilliantly", "perfectly", "badly", "better", "amazing",
            "amazingly", "fantastic", "nicely",
        ]
        // "the demo went fine", and "went fine" after a comma, where the moment was named before it.
        guard let went = words.lastIndex(where: { $0 == "went" || $0 == "go" || $0 == "goes" }) else { return false }
        return words[(went + 1)...].prefix(2).contains(where: verdicts.contains)
    }

    /// A highlight that tells the reader what they felt ("you liked my case study", "you
    /// seemed really interested in my dissertation") as the conversation it was: "our
    /// conversation about my case study". `.praise` for one that repeats a compliment back to
    /// the person who paid it ("you said my cover letter was the best"), which reads as boasting.
    enum Reaction: Equatable { case conversation(String), praise, reported(String) }

    static func reaction(_ note: Note) -> Reaction? {
        let lowered = note.text.lowercased()
        guard lowered.hasPrefix("you ") else { return nil }
        var rest = String(note.text.dropFirst(4))
        for adverb in ["really ", "genuinely ", "clearly ", "seemed to ", "especially ", "particularly "] where rest.lowercased().hasPrefix(adverb) {
            rest = String(rest.dropFirst(adverb.count))
        }
        let low = rest.lowercased()
        for verb in ["liked that ", "loved that ", "liked how ", "loved how ", "appreciated that ", "appreciated how "] where low.hasPrefix(verb) {
            return .conversation("our conversation about how " + rest.dropFirst(verb.count))
        }
        for verb in [
            "liked ", "loved ", "enjoyed ", "appreciated ", "seemed interested in ", "seemed really interested in ", "were interested in ",
            "were really interested in ", "seemed very interested in ", "were very interested in ", "seemed keen on ",
        ] where low.hasPrefix(verb) {
            let thing = String(rest.dropFirst(verb.count))
            guard let object = Note(thing), object.isNominal else { return nil }
            return .conversation("our conversation about " + object.text)
        }
        // "you said my cover letter was the best you'd read", "you called my answer spot on".
        if low.hasPrefix("said my ") || low.hasPrefix("said i ") || low.hasPrefix("said that my ") || low.hasPrefix("told me my ")
            || low.hasPrefix("called my ") || low.hasPrefix("complimented ") || low.hasPrefix("praised ")
        {
            return .praise
        }
        // "you told me about how you landed your first customers": a conversation about it.
        for lead in ["told me about ", "told us about "]
        where low.hasPrefix(lead) {
            guard let object = Note(String(rest.dropFirst(lead.count))), object.isNominal else { return nil }
            return .conversation("our conversation about " + object.text)
        }
        // "you said you've been short-handed since September": what they told, as news.
        for lead in ["said that ", "said ", "mentioned that ", "mentioned ", "told me that ", "told me "] where low.hasPrefix(lead) {
            let told = String(rest.dropFirst(lead.count))
            guard let clause = Note(told), let first = clause.lowercasedWords.first,
                clause.shape == .clause || first.contains("'") && clause.lowercasedWords.count > 2
            else { return nil }
            // "you said the team loved my answer": about the candidate, so a compliment.
            if clause.lowercasedWords.contains(where: { ["i", "i'd", "i'm", "i've", "my", "me", "mine"].contains($0) }) { return .praise }
            return .reported(clause.text)
        }
        return nil
    }

    /// "she asked how I work with designers" → "how I work with designers": a question the
    /// interviewer put, which a thank-you names as their question, not as what they shared.
    static func question(_ note: Note) -> String? {
        let lowered = note.text.lowercased()
        // "why I want to move schools": a wh-clause about the candidate was asked of them.
        if note.shape == .whClause, note.lowercasedWords.dropFirst().first == "i" { return note.text }
        for subject in ["you ", "they ", "he ", "she ", ""] {
            for lead in ["asked me", "asked"] {
                let prefix = subject + lead + " "
                guard lowered.hasPrefix(prefix), let asked = Note(String(note.text.dropFirst(prefix.count))) else { continue }
                if asked.shape == .whClause, !asked.text.lowercased().hasPrefix("whether"), !asked.text.lowercased().hasPrefix("which") {
                    return asked.text
                }
                // "Jordan asked me to walk through my retention SQL": what they asked to hear about.
                let told = [
                    "walk you through ", "walk them through ", "walk through ", "talk through ", "talk about ", "go through ", "explain ", "describe ",
                    "present ", "run through ",
                ]
                if asked.text.lowercased().hasPrefix("to "), let verb = told.first(where: { asked.text.lowercased().dropFirst(3).hasPrefix($0) }),
                    let object = Note(String(asked.text.dropFirst(3 + verb.count))), object.isNominal
                {
                    return object.text
                }
                // "she asked about my approach to banned book challenges": the question's topic.
                if asked.lowercasedWords.first == "about", let about = Note(String(asked.text.dropFirst("about ".count))),
                    about.shape == .nounPhrase || about.shape == .gerund
                {
                    return about.text
                }
            }
        }
        return nil
    }

    /// "I whiteboarded a rate limiter" → "whiteboarding a rate limiter": something the candidate
    /// did in the interview, as a topic.
    static func doneTogether(_ note: Note) -> String? {
        let words = note.text.split(separator: " ").map(String.init)
        let verb = Note.words(words.count > 1 ? words[1] : "").first ?? ""
        // A verb the lexicon doesn't know ("whiteboarded") is still a past verb after "I".
        let guessed = verb.hasSuffix("ed") && verb.count > 4 ? String(verb.dropLast(2)) : nil
        guard words.count > 2, words[0] == "I", let base = Note.pastBase(verb) ?? guessed else { return nil }
        return ([gerund(base)] + words.dropFirst(2)).joined(separator: " ")
    }

    /// The -ing form of a verb: "run" → "running", "make" → "making", "lead" → "leading".
    static func gerund(_ base: String) -> String {
        let vowels = "aeiou"
        if base.hasSuffix("ie") { return base.dropLast(2) + "ying" }
        if base.hasSuffix("e"), !base.hasSuffix("ee"), base.count > 2 { return base.dropLast() + "ing" }
        let letters = Array(base)
        if (3...4).contains(letters.count), let last = letters.last, !vowels.contains(last), !"wxy".contains(last),
            vowels.contains(letters[letters.count - 2]), !vowels.contains(letters[letters.count - 3])
        {
            return base + String(last) + "ing"
        }
        return base + "ing"
    }

    /// "we discussed the Q3 roadmap" → "the Q3 roadmap"; nil when the note is not of that kind.
    static func discussedObject(_ note: Note) -> String? {
        let verbs = [
            "discussed", "talked about", "talked through", "covered", "went over", "went through", "walked me through",
            "walked through", "explained", "described", "showed me", "told me about", "shared", "mentioned",
            "asked about", "spoke about", "chatted about", "dug into", "focused on", "spent most of the time on",
        ]
        let subjects = ["we", "you", "they", "he", "she", "i"]
        let lowered = note.text.lowercased()

        for verb in verbs {
            for subject in [""] + subjects.map({ $0 + " " }) {
                let lead = subject + verb + " "
                guard lowered.hasPrefix(lead) else { continue }
                let rest = String(note.text.dropFirst(lead.count))
                guard let object = Note(rest), object.isNominal, !object.text.lowercased().hasPrefix("that ") else { return nil }
                return object.text
            }
        }
        return nil
    }

    // MARK: - Clauses about the candidate

    /// The note as a clause with "I" as its subject, for strengths and added answers:
    /// "built a tool" → "I built a tool", "four years of Go" → "I bring four years of Go",
    /// "fluent in Spanish" → "I am fluent in Spanish". A whole sentence stays as it is.
    static func firstPerson(_ note: Note) -> String {
        let text = note.text
        // "certified forklift trainer": what the candidate is, with its article.
        let described = note.lowercasedWords
        if let first = described.first, ["certified", "qualified", "registered", "licensed", "experienced", "trained"].contains(first),
            described.count <= 4, let last = described.last, Lexicon.personNouns.contains(last) || Lexicon.roleNouns.contains(last)
        {
            return "I am " + ThankYouPhrases.article(first) + " " + text
        }
        switch note.shape {
        case .nounPhrase:
            let words = note.lowercasedWords
            // "IBMS portfolio almost done": something nearly finished, or under way; "CFE in
            // progress, sitting the exam in February": with what comes next.
            var commaParts = Note.commaParts(text)
            // "APA titled sports physio pathway, halfway through": the status after its comma.
            if commaParts.count == 2, statusTails.contains(commaParts[1].lowercased()) {
                commaParts = [commaParts[0] + " " + commaParts[1].lowercased()]
            }
            let (typedHead, next) = (commaParts[0], commaParts.dropFirst().joined(separator: ", "))
            let nextNote = Note(next)
            for (status, lead) in [
                (" almost done", "I have almost finished my "), (" nearly done", "I have nearly finished my "),
                (" almost finished", "I have almost finished my "), (" nearly finished", "I have nearly finished my "),
                (" almost complete", "I have almost completed my "), (" nearly complete", "I have nearly completed my "),
                (" in progress", "I am working on my "), (" underway", "I am working on my "),
                (" halfway through", "I am halfway through my "), (" half way through", "I am halfway through my "),
            ] where typedHead.hasSuffix(status) && Note.words(typedHead).count > status.split(separator: " ").count {
                let thing = typedHead.dropLast(status.count)
                // "CFE in progress": a credential is worked towards.
                let credential = thing.split(separator: " ").count == 1 && thing.count >= 2 && thing.allSatisfy { $0.isUppercase || $0.isNumber }
                let said =
                    (credential && lead == "I am working on my " ? "I am working towards my " : lead)
                    + (Lexicon.determiners.contains(words[0]) ? thing.drop { $0 != " " }.dropFirst() : thing)
                guard let nextNote else { return said }
                switch nextNote.shape {
                case .gerund: return said + ", and I am " + next
                case .clause, .pastAction, .presentAction: return said + ", and " + firstPerson(nextNote)
                default: return said + " (" + next + ")"
                }
            }
            // "can write both, not just translate", "could help with Irish-language clients".
            if let first = words.first, ["can", "could", "will", "would"].contains(first), words.count > 1 { return "I " + text }
            // "admitted to the roll in October": done to the candidate.
            if let first = words.first, Lexicon.passiveParticiples.contains(first), words.count > 1 { return "I was " + text }
            // "reliable", "calm under pressure": a quality.
            // "strong accessibility background" is no quality: the word after it must be
            // another quality or a preposition ("strong on food safety").
            if let first = words.first, Lexicon.personAdjectives.contains(first),
                words.count == 1
                    || !words.contains(where: Lexicon.determiners.contains) && words.count <= 3
                        && (Lexicon.prepositions.contains(words[1]) || ["and", "&"].contains(words[1]) || Lexicon.personAdjectives.contains(words[1])),
                first != "native", first != "used"
            {
                return "I am " + text
            }
            if let first = words.first, first == "experience" || first == "expertise" || first == "knowledge" {
                return "I have " + text
            }
            // "Green Book trained", "dysphagia trained (level 3)": a description after all.
            let bare = text.range(of: " (").map { Note.words(String(text[..<$0.lowerBound])) } ?? words
            if let last = bare.last, Lexicon.credentialParticiples.contains(last) || ["competent", "proficient"].contains(last) {
                return "I am " + text
            }
            // "PrQS registered with SACQSP", "RN licensed in Ontario": a description with where it holds.
            if let at = bare.firstIndex(where: Lexicon.credentialParticiples.contains), at > 0, at < bare.count - 1,
                ["with", "in", "by", "as", "for"].contains(bare[at + 1])
            {
                return "I am " + text
            }
            // "CWB certified all positions" → "I am CWB certified in all positions".
            if let at = bare.firstIndex(where: Lexicon.credentialParticiples.contains), at > 0, at < bare.count - 1, bare == words,
                !Lexicon.prepositions.contains(words[at + 1]), words[at + 1] != "since", words[at + 1] != "and"
            {
                let typed = text.split(separator: " ")
                return "I am " + typed[...at].joined(separator: " ") + " in " + typed[(at + 1)...].joined(separator: " ")
            }
            // "PTCB certified since 2024" → "I have been PTCB certified since 2024".
            if let since = words.firstIndex(of: "since"), since > 0,
                ["certified", "qualified", "registered", "licensed", "trained", "chartered", "accredited"].contains(words[since - 1])
            {
                return "I have been " + text
            }
            // "registered architect (NZRAB) since 2023" → "I have been a registered architect …".
            if let since = words.firstIndex(of: "since"), since > 1, words.allSatisfy({ !Lexicon.determiners.contains($0) }),
                let role = words[..<since].last(where: { !$0.isEmpty && !text.lowercased().contains("(" + $0) }),
                Lexicon.personNouns.contains(role) || Lexicon.roleNouns.contains(role)
            {
                return "I have been " + ThankYouPhrases.article(words[0]) + " " + text
            }
            // "6-month internship at X" → "a 6-month internship at X".
            if let first = words.first, first.first?.isNumber == true, first.contains("-"),
                ["year", "month", "week", "day"].contains(where: { first.hasSuffix("-" + $0) })
            {
                return "I bring a " + text
            }
            // "ISTQB", "SHRM-SCP": a certification known by its letters.
            if let first = words.first, Lexicon.certifications.contains(first), words.count == 1,
                !words.contains(where: { ["certification", "certificate", "qualification", "exams", "exam", "certified"].contains($0) })
            {
                return "I hold the " + text + " certification"
            }
            // "first language Welsh" → "Welsh is my first language".
            if words.count == 3, ["first", "native", "home"].contains(words[0]), words[1] == "language", Lexicon.languages.contains(words[2]) {
                return String(text.split(separator: " ")[2]) + " is my " + words[0] + " language"
            }
            // "irish and english, basic spanish": the languages the candidate speaks.
            let spoken = words.filter { !["and", "some", "basic", "conversational", "fluent", "native", "good", "working", "business"].contains($0) }
            if !spoken.isEmpty, spoken.allSatisfy(Lexicon.languages.contains) {
                return "I speak " + text
            }
            // "EPSRC new investigator award": an award received.
            if let last = words.last, ["award", "prize", "medal", "scholarship", "fellowship", "bursary"].contains(last),
                let first = words.first, !Lexicon.determiners.contains(first)
            {
                return "I received " + ThankYouPhrases.article(String(text.prefix(while: { $0 != " " }))) + " " + text
            }
            // "final year project on seismic retrofitting": work done, not experience in it.
            if let head = words.prefix(while: { !Lexicon.prepositions.contains($0) }).last,
                ["project", "dissertation", "thesis", "capstone"].contains(head), let first = words.first, !Lexicon.determiners.contains(first),
                !words.contains(where: { ["ongoing", "due", "underway"].contains($0) })
            {
                return "I completed " + ThankYouPhrases.article(first) + " " + text
            }
            // "PhD in atmospheric physics", "MSc Data Science": a degree one holds; so is a
            // "certificate in anaesthesia".
            if let first = words.first,
                Lexicon.isDegree(first)
                    || ["certificate", "certification", "diploma", "degree", "licence", "license"].contains(first) && words.count > 2
                        && ["in", "of"].contains(words[1])
            {
                // "BSc Paramedic Science, first class, uni of cumbria": the degree, then its class
                // and where it is from.
                let pieces = Note.commaParts(text)
                // "MSc forensic accounting, thesis due May": a degree not yet held.
                let studying = pieces.dropFirst().contains { !Set(Note.words($0)).isDisjoint(with: stillStudying) }
                let text = pieces[0]
                // "MSc structural engineering" → "an MSc in structural engineering".
                var held = text
                let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
                if Lexicon.isDegree(first), parts.count == 2, let next = parts[1].first, next.isLowercase,
                    !["in", "of", "from", "at", "with", "and"].contains(words[1])
                {
                    held = parts[0] + " in " + parts[1]
                }
                let details = pieces.dropFirst().filter { !["ongoing", "in progress", "underway", "current", "currently"].contains($0.lowercased()) }
                return (studying ? "I am completing " : "I hold ") + ThankYouPhrases.article(String(text.prefix(while: { $0 != " " }))) + " "
                    + withDetails(held, details)
            }
            // "forklift licence", "red seal ticket": a thing one holds; "CWB tickets": several.
            let held = ["licence", "license", "certificate", "certification", "degree", "diploma", "card", "qualification", "ticket", "cert", "endorsement"]
            // "CII certificate in insurance", "certificate III in floristry": a qualification held.
            if let at = words.firstIndex(where: held.contains), at <= 2,
                at + 1 < words.count, words[(at + 1)...].prefix(2).contains(where: { $0 == "in" || $0 == "of" }),
                !Lexicon.determiners.contains(words[0])
            {
                return "I hold " + ThankYouPhrases.article(String(text.prefix(while: { $0 != " " }))) + " " + text
            }
            // "clean record", "clean driving record": a record one has.
            if words.count <= 3, words.last == "record", !words.contains("track"), !Lexicon.determiners.contains(words[0]) {
                return "I have a " + text
            }
            // "309A licence" is one licence; "2 licences" is a count.
            // "food safety supervisor certificate, up to date": the thing is before the comma.
            if let first = words.first, !Lexicon.determiners.contains(first), first.contains(where: \.isLetter),
                let last = Note.words(Note.commaParts(text)[0]).last
            {
                if held.contains(last) { return "I hold " + ThankYouPhrases.article(String(text.prefix(while: { $0 != " " }))) + " " + text }
                if last.hasSuffix("s"), held.contains(String(last.dropLast())), words.count > 1 { return "I hold " + text }
            }
            // "GP up 4 points in a year", "waste down 30%": a change the candidate made.
            if let at = words.firstIndex(where: { $0 == "up" || $0 == "down" }), at > 0, at <= 3, at + 1 < words.count,
                words[at + 1].first?.isNumber == true, !words[..<at].contains(where: { Lexicon.determiners.contains($0) || $0.first?.isNumber == true })
            {
                let typed = text.split(separator: " ").map(String.init)
                let verb = words[at] == "up" ? "I increased " : "I reduced "
                return verb + typed[..<at].joined(separator: " ") + " by " + typed[(at + 1)...].joined(separator: " ")
            }
            // "level 3 food hygiene": a qualification at that level.
            if words.count > 2, words[0] == "level", words[1].first?.isNumber == true, !words.contains(where: held.contains),
                !words.dropFirst(2).contains(where: { Lexicon.prepositions.contains($0) || Lexicon.determiners.contains($0) })
            {
                let subject = text.split(separator: " ").dropFirst(2).joined(separator: " ")
                return "I hold a Level \(words[1]) qualification in " + subject
            }
            // "first aid at work", "paediatric first aid": a certificate held.
            if let aid = words.firstIndex(of: "aid"), aid > 0, words[aid - 1] == "first", aid <= 2,
                !words.contains(where: { held.contains($0) || Lexicon.credentialParticiples.contains($0) || $0 == "experience" })
            {
                return "I hold " + ThankYouPhrases.article(words[0]) + " " + text + " certificate"
            }
            // "118% of quota last year": a result reached.
            if let first = words.first, first.hasSuffix("%"), words.contains(where: { ["quota", "target", "targets", "plan"].contains($0) }) {
                return "I reached " + text
            }
            // "NQT year done", "ACCA exams passed": something completed.
            if let last = words.last, ["done", "completed", "finished", "passed"].contains(last), words.count > 1 {
                let thing = text.split(separator: " ").dropLast().joined(separator: " ")
                let first = words[0]
                return "I have completed " + (Lexicon.determiners.contains(first) ? "" : "my ") + thing
            }
            // "B2B SaaS background": one background, with its article.
            if let last = words.last, ["background", "grounding", "foundation"].contains(last),
                let first = words.first, !Lexicon.determiners.contains(first)
            {
                return "I bring " + ThankYouPhrases.article(String(text.prefix(while: { $0 != " " }))) + " " + text
            }
            // "1 yr labouring for a builder", "4 years running Kafka pipelines": time spent doing it.
            if words.count > 2, words[0].first?.isNumber == true || ["one", "two", "three", "four", "five", "six", "seven", "eight", "ten"].contains(words[0]),
                ["years", "year", "months", "month"].contains(words[1]), words[2].hasSuffix("ing"), words[2].count > 4, !Lexicon.ingNouns.contains(words[2])
            {
                return "I spent " + text
            }
            // "7 years MSK", "3 years HDU at Royal Free": years of that experience.
            if let years = yearsOfExperience(text) { return "I bring " + years }
            // "native speaker", "DELE examiner", "Chartered engineer (IStructE)": what the candidate is.
            // The words that open a bracket ("(IStructE)") are no part of the name; found in one
            // pass, since a long note made a search per word quadratic.
            let bracketed = Set(text.lowercased().split(separator: "(").dropFirst().compactMap { Note.words(String($0)).first })
            let nameWords = words.filter { !$0.isEmpty && !bracketed.contains($0) }
            if !words.contains(where: { Lexicon.determiners.contains($0) || $0.first?.isNumber == true }), words.count <= 5,
                let last = nameWords.last ?? words.last,
                Lexicon.personNouns.contains(last) || (last.count > 5 && (last.hasSuffix("ist") || last.hasSuffix("ian")))
            {
                return "I am " + ThankYouPhrases.article(words[0]) + " " + text
            }
            // "mentor for student nurses", "practice educator for students": what the candidate is.
            let head = words.prefix { !["for", "to", "of", "on", "at"].contains($0) }
            if let first = words.first, let last = head.last, Lexicon.roleNouns.contains(last) || Lexicon.personNouns.contains(last),
                head.count <= 3, words.count > head.count + 1, !Lexicon.determiners.contains(first), first.first?.isLetter == true
            {
                return "I am " + ThankYouPhrases.article(first) + " " + text
            }
            // "HIPAA training lead for the trust" is a post held: "I served as …".
            if !words.prefix(3).contains(where: { Lexicon.determiners.contains($0) || $0.first?.isNumber == true }),
                words.prefix(5).contains(where: Lexicon.roleNouns.contains)
            {
                return "I served as " + text
            }
            // "Go and Postgres at scale", "Python, SQL": tools named, with experience of them.
            let named = text.split(separator: " ").filter { !["and", "&", "or"].contains($0.lowercased()) }.prefix(2)
            // "CySA+ and Security+": certifications, which one holds.
            if text.split(separator: " ").filter({ !["and", "&", ","].contains($0.lowercased()) }).allSatisfy({ $0.hasSuffix("+") || $0.hasSuffix("+,") }) {
                return "I hold " + text
            }
            if named.count == 2, named.allSatisfy({ $0.first?.isUppercase == true }), text.contains(" and ") || text.contains(", "),
                !words.contains(where: { ["experience", "expertise", "knowledge", "background", "years", "year"].contains($0) })
            {
                return "I bring experience with " + text
            }
            // "building trust with teenagers": an action, though "building" is a noun too.
            if let first = words.first, first.hasSuffix("ing"), first.count > 5, text.first?.isLowercase == true,
                words.count > 2 || words.count == 2 && words[1].hasSuffix("s") && !words[1].hasSuffix("ss"),
                !words.contains("experience"), !Lexicon.determiners.contains(words[1]), words[1] != "and"
            {
                return "I have experience " + text
            }
            // "court reporting and FOI requests", "client relationships": a kind of work, which one brings experience in.
            if let first = text.first, first.isLowercase, let last = words.last, !last.contains("'"),
                last.hasSuffix("ing") && !Lexicon.ingNouns.contains(last) || last.hasSuffix("s") && !last.hasSuffix("ss") && !last.hasSuffix("ics"),
                !words.contains(where: { Lexicon.determiners.contains($0) || $0.first?.isNumber == true || $0 == "experience" })
            {
                return "I bring experience in " + text
            }
            // "CFA level II": an exam level passed.
            let typed = text.split(separator: " ")
            if typed.count >= 3, typed[0].count >= 2, typed[0].allSatisfy(\.isUppercase), words[1] == "level" {
                return "I have passed " + text
            }
            // "3 shipped titles", "4 first author papers", "450 hours on type": a count of things had.
            if let first = words.first, first.first?.isNumber == true, first.allSatisfy({ $0.isNumber || "+,.k".contains($0) }), words.count > 1,
                !["years", "year", "yrs", "months", "weeks", "days"].contains(words[1]),
                let head = words.prefix(while: { !Lexicon.prepositions.contains($0) }).last, head.count > 3, head.hasSuffix("s"),
                !["years", "months", "weeks", "days"].contains(head)
            {
                return "I have " + text
            }
            // "some Scala": a little of a named skill.
            if words.count == 2, words[0] == "some", let tool = text.split(separator: " ").last, tool.first?.isUppercase == true {
                return "I have some experience with " + tool
            }
            // "graduated with distinction", "qualified in 2019": an action after all.
            if words.count > 1, words[0].hasSuffix("ed"), Lexicon.isEnglishWord(words[0]), Lexicon.prepositions.contains(words[1]) {
                return "I " + text
            }
            // "incident response", "Kubernetes migrations": a short name for a kind of work.
            // "Court of Master Sommeliers Advanced" is a title, which says nothing of its kind.
            let significant = text.split(separator: " ").filter { !["of", "and", "the", "in", "&"].contains($0.lowercased()) }
            let isTitle = significant.count > 1 && significant.allSatisfy { $0.first?.isUppercase == true }
            // Every lowercase word English ("te reo Māori conversational" is no kind of work),
            // and no past participle first ("graduated with distinction").
            let lowercaseWords = text.split(separator: " ").filter { $0.first?.isLowercase == true }.map { Note.words(String($0)).first ?? "" }
            if words.count <= 4, !Lexicon.broughtQualities.contains(words[0]), !words[0].hasSuffix("ed"),
                lowercaseWords.allSatisfy({
                    Lexicon.isCommonWord($0) || $0.count > 3 && Lexicon.isEnglishWord($0) || Lexicon.prepositions.contains($0) || $0 == "and"
                }),
                !text.contains(where: { $0.isNumber || "$£€%".contains($0) }),
                !words.contains(where: { Lexicon.determiners.contains($0) || held.contains($0) }),
                !isTitle, !words.contains("experience")
            {
                return "I bring experience in " + text
            }
            return "I bring " + text
        case .whClause: return "I know " + text
        case .gerund: return "I have experience " + text
        case .pastAction:
            // "promoted to tier 2 last year", "admitted to the roll in October": done to the candidate.
            // "published 2 papers" is active: an object follows.
            let object =
                note.lowercasedWords.dropFirst().first.map { $0.first?.isNumber == true || Lexicon.determiners.contains($0) || ["a", "an"].contains($0) }
                ?? false
            if let first = note.lowercasedWords.first, Lexicon.passiveParticiples.contains(first), !object { return "I was " + text }
            return "I " + text
        case .presentAction where note.lowercasedWords.first == "never":
            return "I have " + text
        // "own car", "own transport": something the candidate has.
        case .presentAction where note.lowercasedWords.first == "own" && (2...3).contains(note.lowercasedWords.count):
            return "I have my " + text
        case .presentAction:
            let firstWord = String(text.prefix(while: { !$0.isWhitespace }))
            let base = Note.presentBase(firstWord.lowercased()) ?? firstWord
            return "I " + base + text.dropFirst(firstWord.count)
        case .description:
            // "fluent Irish" → "fluent in Irish".
            // "fluent Spanish and Portuguese" → "fluent in Spanish and Portuguese".
            let words = text.split(separator: " ")
            if words.count >= 2, ["fluent", "bilingual", "proficient", "conversational"].contains(words[0].lowercased()),
                words[1].first?.isUppercase == true
            {
                // "fluent Irish and conversational French": two levels, each with its language.
                let levels: Set<String> = ["conversational", "basic", "some", "working", "intermediate", "fluent", "native", "good"]
                if let and = words.firstIndex(of: "and"), and + 1 < words.count, levels.contains(words[and + 1].lowercased()) {
                    return "I speak " + text
                }
                var spoken = Array(words.dropFirst())
                // "bilingual English/French" → "bilingual in English and French".
                if spoken.count == 1, spoken[0].split(separator: "/").count > 1,
                    spoken[0].split(separator: "/").allSatisfy({ Lexicon.languages.contains($0.lowercased()) })
                {
                    spoken = [Substring(list(spoken[0].split(separator: "/").map(String.init)))]
                }
                // "fluent Portuguese Spanish and English": three languages, listed with commas.
                if spoken.count >= 4, spoken[spoken.count - 2] == "and",
                    spoken.allSatisfy({ $0 == "and" || Lexicon.languages.contains($0.lowercased()) })
                {
                    spoken = spoken.enumerated().map { k, word in k < spoken.count - 3 ? word + "," : word }
                }
                return "I am \(words[0]) in " + spoken.joined(separator: " ")
            }
            return "I am " + text
        case .clause
        where ["was", "were", "had", "did", "have", "am", "can", "could", "got", "always", "usually", "often", "consistently", "regularly"].contains(
            note.lowercasedWords.first ?? ""):
            // "was instructing at Weston": the subject left out is the candidate.
            return "I " + text
        case .clause, .sentences: return text
        }
    }

    /// "7 years MSK, the last 3 as band 7" → "7 years of MSK experience, the last 3 as band 7";
    /// nil when the note is not a number of years followed by a field.
    static func yearsOfExperience(_ text: String) -> String? {
        var words = text.split(separator: " ").map(String.init)
        let numbers: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty"]
        guard words.count >= 3, words[0].first?.isNumber == true || numbers.contains(words[0].lowercased()),
            ["years", "year", "months"].contains(Perspective.core(words[1]).lowercased()), !words[1].hasSuffix(",")
        else { return nil }
        // "6 years as hygienist" → "6 years of experience as a hygienist".
        if words[2].lowercased() == "as", words.count > 3, let next = words.dropFirst(3).first, next.first?.isLetter == true {
            let acronym = next.count >= 2 && next.allSatisfy(\.isUppercase)
            if next == next.lowercased() || acronym, !Lexicon.determiners.contains(next.lowercased()), !["a", "an", "the"].contains(next.lowercased()) {
                words.insert(ThankYouPhrases.article(next), at: 3)
            }
            words.insert(contentsOf: ["of", "experience"], at: 2)
            return words.joined(separator: " ")
        }
        let field = words[2...].prefix { word in
            !Lexicon.prepositions.contains(word.lowercased()) && !word.hasSuffix(",") && !word.hasPrefix("(")
                // "4 years running Kafka" ends the field at its verb; "6 years dental nursing" does not.
                && (!word.lowercased().hasSuffix("ing") || Lexicon.ingNouns.contains(word.lowercased()))
                && word.lowercased() != "experience"
        }
        // The field runs to a comma ("MSK, the last 3…"): keep the comma after "experience".
        let end = 2 + field.count
        let endsAtComma = end < words.count && words[end].hasSuffix(",") && !words[end].hasPrefix("(")
        // "8 yrs structural, some pipe": a second, smaller field of the same experience.
        if endsAtComma, end + 2 < words.count || end + 2 == words.count, words.count - end <= 4, words[end + 1].lowercased() == "some",
            words[(end + 2)...].allSatisfy({ $0.first?.isLetter == true && !$0.lowercased().hasSuffix("ing") && !$0.lowercased().hasSuffix("ed") }),
            let main = yearsOfExperience(words[...end].joined(separator: " ").dropLast().description)
        {
            let more = words[(end + 2)...].joined(separator: " ")
            return main + " and some " + more + (more.lowercased().hasSuffix("experience") ? "" : " experience")
        }
        let fieldWords = endsAtComma ? Array(field) + [String(words[end].dropLast())] : Array(field)
        guard !fieldWords.isEmpty, let firstField = fieldWords.first,
            !Lexicon.prepositions.contains(firstField.lowercased()) && !Lexicon.determiners.contains(firstField.lowercased())
        else { return nil }
        // "3 yrs housing support worker" → "3 years of experience as a housing support worker".
        if let last = fieldWords.last?.lowercased(), Lexicon.personNouns.contains(last) || Lexicon.roleNouns.contains(last),
            fieldWords.allSatisfy({ $0 == $0.lowercased() })
        {
            let after = endsAtComma ? [","] + Array(words[(end + 1)...]) : Array(words[end...])
            let said = ([words[0], words[1], "of experience as", ThankYouPhrases.article(firstField)] + fieldWords).joined(separator: " ")
            return after.first == "," ? said + ", " + after.dropFirst().joined(separator: " ") : ([said] + after).joined(separator: " ")
        }
        let comma = endsAtComma
        // "12 years public libraries" → "12 years of experience in public libraries".
        if let last = fieldWords.last?.lowercased(), last.hasSuffix("s"), !last.hasSuffix("ss"), !last.hasSuffix("ics"),
            fieldWords.count > 1, fieldWords.allSatisfy({ $0 == $0.lowercased() })
        {
            let after = comma ? Array(words[(end + 1)...]) : Array(words[end...])
            let field = fieldWords.joined(separator: " ") + (comma ? "," : "")
            return ([words[0], words[1], "of experience in", field] + after).joined(separator: " ")
        }
        // "3 yrs agency experience, mostly ecommerce": the experience is already named, and
        // needs only its "of".
        let after = comma ? Array(words[(end + 1)...]) : Array(words[end...])
        if fieldWords.last?.lowercased() == "experience" || after.first?.lowercased() == "experience" {
            return ([words[0], words[1], "of"] + words[2...]).joined(separator: " ")
        }
        words = [words[0], words[1], "of"] + fieldWords + ["experience" + (comma ? "," : "")] + after
        return words.joined(separator: " ")
    }

    /// The candidate's added answer to a concern, as sentences: an action or a statement in the
    /// first person ("ran a $200k budget" → "I ran a $200k budget."); nil for a bare phrase,
    /// which could only be guessed into a sentence ("travelling and working in Lisbon": then or now?).
    static func answer(_ note: Note) -> String? {
        answerSaid(note).map(joiningSplices)
    }

    /// "I ran IG for a boutique, grew it to 38k followers." → "… and grew it …"; "I've enrolled
    /// in the training, starts late January." → "…, which starts …"; "I managed a $2k budget,
    /// ROAS around 3x." → "… (ROAS around 3x)": a clause and what was jotted after its comma,
    /// joined the way a writer joins them. A sentence with more than one comma is a list, and
    /// stays as it is.
    static func joiningSplices(_ sentence: String) -> String {
        let parts = Note.commaParts(sentence)
        guard sentence.hasPrefix("I ") || sentence.hasPrefix("I'"), parts.count > 1, let next = Note(parts[1]) else { return sentence }
        let head = parts[0]
        // "I have revised it since, the key point is …": a second clause with its own subject
        // is a sentence of its own.
        if ["the", "my", "it", "this", "that", "they", "we", "he", "she", "it's", "that's"].contains(next.lowercasedWords.first ?? ""),
            next.shape == .clause
        {
            let rest = parts.dropFirst().joined(separator: ", ")
            return head + ". " + rest.prefix(1).uppercased() + rest.dropFirst()
        }
        guard parts.count == 2, Note.words(head).count >= 3 else { return sentence }
        var tail = parts[1]
        let stop = tail.hasSuffix(".") ? "." : ""
        if !stop.isEmpty { tail.removeLast() }
        let words = Note.words(tail)
        guard let first = words.first else { return sentence }
        if first.hasSuffix("ed") || Lexicon.irregularPast[first] != nil, Note.pastBase(first) != nil, words.count >= 2,
            !Lexicon.credentialParticiples.contains(first), !Lexicon.personAdjectives.contains(first)
        {
            return head + " and " + tail + stop
        }
        if ["starts", "begins", "ends", "runs", "finishes", "lasts", "covers", "includes", "means", "takes", "pays"].contains(first) {
            return head + ", which " + tail + stop
        }
        if words.count <= 4, tail.contains(where: \.isNumber), Note(tail)?.shape == .nounPhrase, !Lexicon.prepositions.contains(first) {
            return head + " (" + tail + ")" + stop
        }
        return sentence
    }

    private static func answerSaid(_ note: Note) -> String? {
        // "I'd say I run a monthly intake meeting": what the candidate would say is the answer.
        for lead in ["i'd say ", "i would say ", "i'd tell them ", "i'd add that ", "i would add that "]
        where note.text.lowercased().hasPrefix(lead) {
            if let said = Note(String(note.text.dropFirst(lead.count))) { return answer(said) }
        }
        // "not loads but did a course on it in June": the hedge goes, the fact stays.
        let words = note.lowercasedWords
        if let but = words.prefix(8).firstIndex(of: "but"), but > 0, ["not", "no", "only", "a"].contains(words[0]),
            let range = note.text.range(of: " but "), let fact = Note(String(note.text[range.upperBound...]))
        {
            return answer(fact)
        }
        // "yes, I'm happy to be based in Dubai": the yes stays, before the answer said as a sentence.
        if ["yes", "yeah", "yep", "absolutely", "definitely"].contains(words.first ?? ""), let comma = note.text.range(of: ", "),
            !note.text[..<comma.lowerBound].contains(" "), let rest = Note(String(note.text[comma.upperBound...]))
        {
            return answer(rest).map { said in "Yes, " + (said.hasPrefix("I ") || said.hasPrefix("I'") ? said : said.prefix(1).lowercased() + said.dropFirst()) }
        }
        // "keen to learn, booked onto the exotics webinar": two things said, each a clause.
        let parts = note.text.components(separatedBy: ", ").compactMap(Note.init)
        if (2...3).contains(parts.count), note.shape != .sentences, note.shape != .clause {
            var said = parts.compactMap { answer($0).map { String($0.dropLast()) } }
            if said.count == parts.count, said.allSatisfy({ $0.hasPrefix("I ") || $0.hasPrefix("I'") || $0.hasPrefix("My ") }) {
                said = said.enumerated().map { k, clause in k > 0 && clause.hasPrefix("My ") ? "my" + clause.dropFirst(2) : clause }
                return Prose.sentence(clauses(said))
            }
        }
        switch note.shape {
        // "sitting my full test on the 14th", "doing a refresher next month": what the candidate is
        // doing about it, when a word says it is now or to come.
        // "have been doing the AWS security course": a present perfect wanting only its subject.
        case _ where ["have", "'ve"].contains(words.first ?? "") && words.count > 2 && words[1] == "been":
            return Prose.sentence("I " + note.text)
        case .gerund where words.contains(where: Realiser.isNowOrLater),
            .nounPhrase
        where ["doing", "using", "going", "taking", "making", "getting"].contains(words.first ?? "") && words.contains(where: Realiser.isNowOrLater):
            return Prose.sentence((words.contains("since") ? "I've been " : "I'm ") + note.text)
        // "exam booked for 15 jan": what is arranged, with its owner and verb.
        case .nounPhrase
        where words.count >= 3 && ["booked", "scheduled", "planned", "confirmed"].contains(words[1]) && !Lexicon.determiners.contains(words[0]):
            let noun = note.text.prefix { $0 != " " }
            return Prose.sentence("My \(noun) is" + note.text.dropFirst(noun.count))
        // "my hotel follows Forbes-style standards": a clause with its own subject.
        case .nounPhrase where ["my", "our", "the"].contains(words.first ?? "") && Note.hasThirdPersonVerb(words):
            return Prose.sentence(note.text.prefix(1).uppercased() + note.text.dropFirst())
        // "At Hartwell I upsold …", "last year i ran …": a clause of the candidate's own after
        // where or when it was.
        case _ where [.nounPhrase, .gerund].contains(note.shape) && isFrontedClause(words):
            return Prose.sentence(note.text.prefix(1).uppercased() + note.text.dropFirst())
        case .nounPhrase, .gerund, .whClause: return nil
        default: return Prose.sentence(firstPerson(note))
        }
    }

    /// "at hartwell i upsold …", "last year i ran …": where or when, then a clause of the candidate's.
    static func isFrontedClause(_ words: [String]) -> Bool {
        guard let first = words.first, Lexicon.prepositions.contains(first) || ["last", "this", "since", "when", "while"].contains(first) else { return false }
        return words.prefix(7).dropFirst().contains("i") && words.last != "i"
    }

    /// What the candidate got to do, in the base form a "the chance to …" frame takes, or nil:
    /// "I did the roleplay in Hindi" → "do the roleplay in Hindi", "made a bouquet with
    /// natives" → "make a bouquet with natives", "he asked me to talk through a dataset" → "talk
    /// through a dataset", "we walked the floor with you" → "walk the floor with you". How it
    /// went (", passed both") is left to the candidate's notes; something done together ("we
    /// sketched a plan together") stays a shared moment.
    static func chance(_ note: Note) -> String? {
        var text = note.text
        // ", passed both", "and I nailed it": how it went is cut.
        for joint in [", ", " and "] {
            if let range = text.range(of: joint, options: .backwards), let tail = Note(String(text[range.upperBound...])),
                isSelfAssessment(tail) || joint == ", " && tail.shape == .pastAction
            {
                text = String(text[..<range.lowerBound])
            }
        }
        // "talked about the roastery for ages": how long is the candidate's colour, not the reader's.
        for span in [" for ages", " for hours", " for ever", " forever", " for a while", " for so long", " for a good while"]
        where text.lowercased().hasSuffix(span) {
            text = String(text.dropLast(span.count))
        }
        // "went fine": how it went is no chance.
        if let rest = Note(text), isSelfAssessment(rest) { return nil }
        // "we toured the site, and the rig was on", "… and you want to pilot it": a second clause
        // does not fit after "the chance to"; a pronoun after "and" always opens one.
        let spoken = Note.words(text)
        if text.contains(", ")
            || spoken.indices.dropFirst().contains(where: { i in
                spoken[i - 1] == "and" && i + 1 < spoken.count
                    && (Lexicon.subjectPronouns.contains(spoken[i])
                        || Lexicon.determiners.contains(spoken[i]) && Note.pastBase(spoken[i + 1]) == nil && Note.hasFiniteVerb(Array(spoken[i...])))
            })
        {
            return nil
        }
        let lower = text.lowercased()
        for lead in ["asked me to ", "got me to ", "invited me to ", "had me ", "let me "] {
            for subject in ["you ", "he ", "she ", "they "] where lower.hasPrefix(subject + lead) {
                return String(text.dropFirst(subject.count + lead.count))
            }
        }
        // "we did the reach test", "we walked the floor with you"; not rapport ("we clicked", "we got on").
        let rapport = ["laughed", "clicked", "got", "hit", "bonded", "agreed", "disagreed", "joked", "both", "all"]
        if lower.hasPrefix("we "), !["together", "each other"].contains(where: lower.contains), !rapport.contains(note.lowercasedWords.dropFirst().first ?? "")
        {
            text = String(text.dropFirst(3))
        } else if lower.hasPrefix("i ") {
            text = String(text.dropFirst(2))
        } else if note.shape != .pastAction || note.lowercasedWords.dropFirst().prefix(2).contains(where: { $0 == "me" || $0 == "us" }) {
            return nil
        }
        // Each past verb that opens the action or follows its "and": "walked the floor and met the team".
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        // Only something one gets the chance to do: not "I got the point", "I was nervous".
        guard let first = words.first, let base = Note.pastBase(first.lowercased()), chanceVerbs.contains(base) else { return nil }
        words[0] = base
        for i in words.indices.dropFirst() where words[i - 1] == "and" {
            if let verb = Note.pastBase(words[i].lowercased()) { words[i] = verb }
        }
        return words.joined(separator: " ")
    }

    /// True for a topic that names a problem ("OSHA recordables", "2nd shift turnover", "the
    /// group role play with the difficult passenger"): a fair thing to have discussed, no reason
    /// to say one is keen on the role.
    static func isTroubled(_ topic: String) -> Bool {
        Note.words(topic).contains(where: troubles.contains)
    }

    /// True for a topic that says why the candidate is keen: neither a problem they described
    /// (`isTroubled`) nor the terms of the job ("salary expectations", "notice period"), which
    /// read as what the candidate is after.
    static func isReasonToBeKeen(_ topic: String) -> Bool {
        !isTroubled(topic) && !isTerm(topic)
    }

    /// True for a topic about the terms of the job ("salary expectations", "shift differential").
    static func isTerm(_ topic: String) -> Bool { Note.words(topic).contains { terms.contains($0) || workingPattern.contains($0) } }

    /// True for a topic about pay or paperwork ("salary expectations", "visa"), which no
    /// networking note recalls; the working pattern ("rotas and weekend cover") it may.
    static func isPayOrPaperwork(_ topic: String) -> Bool { Note.words(topic).contains(where: terms.contains) }

    /// Words of the terms of a job (`isReasonToBeKeen`).
    static let terms: Set<String> = [
        "salary", "salaries", "pay", "compensation", "bonus", "bonuses", "benefits", "notice", "pension", "relocation", "visa",
        "sponsorship", "allowance", "allowances", "perks", "probation", "flexible", "hybrid", "differential", "differentials",
        "overtime", "pto", "leave", "expectations", "ote", "commission", "commissions", "bond", "wage", "wages", "package", "parking",
        "uniform", "comp", "remuneration",
    ]

    /// Words of the working pattern and its measures: terms of the job too, though a fair
    /// thing to have talked about.
    static let workingPattern: Set<String> = ["hours", "rota", "rotas", "shifts", "weekends", "volume", "quota", "quotas", "targets"]

    /// Words that name a problem (`isTroubled`).
    static let troubles: Set<String> = [
        "complaint", "complaints", "turnover", "injury", "injuries", "recordables", "incident", "incidents", "difficult",
        "problem", "problems", "issue", "issues", "backlog", "backlogs", "frozen", "freeze", "cuts", "layoffs", "redundancy",
        "redundancies", "delay", "delays", "shortage", "shortages", "understaffing", "understaffed", "sickness", "absence",
        "attrition", "error", "errors", "failure", "failures", "failed", "conflict", "dispute", "disputes", "angry",
        "aggressive", "violence", "abuse", "overbooking", "no-shows", "deficit", "overspend", "churn", "burnout", "stress",
        "complaining", "rude", "lawsuit", "breach", "breaches", "outage", "outages", "mistakes", "losses", "crisis", "drop", "dropoff",
        "drop-off", "decline", "falling", "pressure", "workload", "caseload", "short-staffed", "vacancies", "vacancy", "arrears", "reliance", "reliant",
        "dependence", "dependency", "shortfall", "shortfalls", "struggling", "struggles", "dropped", "fell", "fallen", "lost", "losing",
        "cancellations", "complained", "underfunded", "underfunding", "cutbacks",
        "eviction", "evictions", "debt", "debts",
    ]

    /// Things one gets the chance to do at an interview.
    static let chanceVerbs: Set<String> = [
        "do", "make", "tour", "walk", "meet", "see", "sit", "try", "present", "discuss", "talk", "shadow", "visit", "observe",
        "watch", "taste", "cook", "build", "draw", "sketch", "run", "teach", "play", "practise", "practice", "work", "help", "join",
        "take", "give", "demo", "pitch", "explore", "pair", "chat", "hear", "lead", "test", "speak", "write", "design", "plan",
        "review", "prepare", "serve", "deliver", "perform", "read", "go", "drive", "handle", "role-play", "roleplay",
    ]

    /// "next", "now", "currently", "14th": a word that places an action now or to come.
    static func isNowOrLater(_ word: String) -> Bool {
        ["next", "now", "this", "currently", "soon", "tomorrow", "already", "since", "booked", "tonight", "weekly", "daily"].contains(word)
            || word.first?.isNumber == true && ["st", "nd", "rd", "th"].contains(String(word.suffix(2))) && word.dropLast(2).allSatisfy(\.isNumber)
            // "signing up for the chiller class in jan", "sitting SP2 in the may 2027 sitting": a month or a year to come.
            || Lexicon.monthAbbreviations[word] != nil || LocalDate.monthNames.contains { $0.lowercased() == word }
            || word.count == 4 && Int(word).map { (2026...2040).contains($0) } == true
    }

    /// One strength note as the things it says, each to be said its own way: "PhD in
    /// atmospheric physics, 4 first author papers" is two; "7 years MSK, the last 3 as band 7",
    /// "irish and english, basic spanish" and "organised, good under pressure" are one; "309A
    /// licence and 8 years in the trade" is two.
    static func strengthParts(_ note: Note) -> [Note] {
        if let placement = placement(note) { return [placement] }
        // "309A licence and 8 years in the trade", "coxswain cert and 300+ logged dives": a thing
        // held, and a count; "forklift certified and trained others": a description, and an action.
        // "full driving licence + own car": a thing held, and a thing had.
        if let and = note.text.range(of: " and own "), let before = Note(String(note.text[..<and.lowerBound])),
            let after = Note(String(note.text[note.text.index(and.lowerBound, offsetBy: 5)...]))
        {
            return [before, after]
        }
        if let and = note.text.range(of: " and "), !note.text.contains(", "),
            let before = Note(String(note.text[..<and.lowerBound])), let after = Note(String(note.text[and.upperBound...])),
            // Only a count after the "and": "8 yrs in ocean and air freight" is one field.
            after.lowercasedWords.count >= 2 && after.lowercasedWords[0].first?.isNumber == true
                && before.lowercasedWords.last?.first?.isNumber != true
                || Note.pastBase(after.lowercasedWords[0]) != nil
                    && Lexicon.credentialParticiples.contains(before.lowercasedWords.last ?? "")
        {
            // "trained others" after "certified and" is what the candidate did, not a quality.
            var after = after
            if after.lowercasedWords[0].first?.isNumber != true { after.shape = .pastAction }
            return [before, after]
        }
        guard [.nounPhrase, .clause, .description, .presentAction].contains(note.shape), Note.commaParts(note.text).count > 1 else { return [note] }
        // "APA titled sports physio pathway, halfway through": one thing, and how far along it is.
        if let last = Note.commaParts(note.text).last, statusTails.contains(last.lowercased()) { return [note] }
        // "organised, good under pressure": qualities, said together as what the candidate is
        // ("calm, organised, …" reads as a clause, "organised" as its verb).
        let qualities = Note.commaParts(note.text)
        if qualities.allSatisfy({ Note.words($0).first.map(Lexicon.personAdjectives.contains) == true }) {
            var described = note
            described.text = list(qualities)
            described.shape = .description
            return [described]
        }
        // "have supervised 5 ASYEs", "can drive manual": said without the candidate's "I".
        let subjectlessLeads: Set<String> = ["have", "had", "can", "could", "got", "am", "was"]
        // "Signs of Safety trained, used it daily": a description, then an action.
        // "practice educator for students, have supervised 5 ASYEs", "can drive manual, got my
        // licence": things said without a subject, each the candidate's.
        if note.shape == .clause {
            let parts = note.text.components(separatedBy: ", ").compactMap(Note.init)
            let subjectless = { (part: Note) in
                part.shape != .clause && part.shape != .sentences
                    || subjectlessLeads.contains(part.lowercasedWords.first ?? "")
            }
            if parts.count == 2, parts[0].shape == .nounPhrase, parts[1].shape == .pastAction, firstPerson(parts[0]).hasPrefix("I am ") {
                return parts
            }
            return parts.count > 1 && parts.allSatisfy(subjectless) ? parts : [note]
        }
        let pieces = Note.commaParts(note.text)
        // "irish and english, basic spanish": one list of languages ("Hindi, English, Gujarati and
        // basic French" has its "and" already).
        if firstPerson(note).hasPrefix("I speak ") {
            var spoken = note
            spoken.text = list(pieces.flatMap { $0.components(separatedBy: " and ") })
            return [spoken]
        }
        // "fluent in Malay, Mandarin and English": the languages after the first are the same list.
        if note.shape == .description,
            pieces.dropFirst().allSatisfy({ Note.words($0).allSatisfy { Lexicon.languages.contains($0) || ["and", "basic", "conversational"].contains($0) } })
        {
            return [note]
        }
        // "SQL, Python (pandas), Power BI": tools named, one list.
        if note.shape == .nounPhrase, pieces.count > 1,
            pieces.allSatisfy({ $0.first?.isUppercase == true && Note.words($0).count <= 3 && !$0.contains(" and ") }) || isNamedList(pieces)
        {
            var tools = note
            tools.text = list(pieces)
            return [tools]
        }
        let parts = pieces.compactMap(Note.init)
        // "MSc forensic accounting, thesis due may", "BSc nursing, 2:1, leeds uni": a degree
        // and its details, said together (`firstPerson`).
        if let first = parts.first?.lowercasedWords.first, Lexicon.isDegree(first), parts[0].shape == .nounPhrase,
            parts.dropFirst().contains(where: { !Set($0.lowercasedWords).isDisjoint(with: stillStudying) })
        {
            return [note]
        }
        // "placements on the frontline, 750+ hrs", "ICU nursing, 3 yrs": how long, of what.
        if parts.count == 2, parts[0].shape == .nounPhrase, !Lexicon.determiners.contains(parts[0].lowercasedWords.first ?? ""),
            parts[1].lowercasedWords.count == 2, parts[1].lowercasedWords[0].first?.isNumber == true,
            ["hours", "hrs", "years", "yrs", "months", "weeks"].contains(parts[1].lowercasedWords[1])
        {
            var timed = note
            timed.text = parts[1].text + " of " + parts[0].text
            return [timed]
        }
        let asides: Set<String> = ["the", "its", "it's", "which", "that", "mostly", "mainly", "especially", "including", "like"]
        // "with distinction", "first class", "yr 9-10", "band 7": the honours or the year group
        // of the part before.
        let isGrade = { (part: Note) in
            let words = part.lowercasedWords
            return honours.contains(part.text.lowercased()) || words.contains("gpa")
                || words.count == 2 && words[1].first?.isNumber == true && !Lexicon.prepositions.contains(words[0])
        }
        let separate = parts.dropFirst().allSatisfy { part in
            let words = part.lowercasedWords
            // "2 as team lead", "3 of them abroad", "1.3" (a grade): a detail of the part before.
            let detail =
                isGrade(part) || !words.contains(where: { $0.filter(\.isLetter).count >= 3 })
                || words.count > 1 && words[0].first?.isNumber == true && Lexicon.prepositions.contains(words[1])
                || words.first?.hasSuffix("%") == true
            // "Signs of Safety trained, used it daily": a second action is a clause of its own.
            // "have supervised 5 ASYEs", "can drive manual": an action of the candidate's too.
            let action =
                part.shape == .pastAction || part.shape == .presentAction || words.first == "never"
                || subjectlessLeads.contains(words.first ?? "")
            return (part.shape == .nounPhrase || part.shape == .description || action) && !detail
                && words.first.map { !asides.contains($0) && !Lexicon.prepositions.contains($0) } == true
        }
        if parts.count > 1, separate { return parts }
        // "QQI level 6, distinction", "5 yrs teaching, yr 9-10": a grade or a year group after a
        // thing is said with it ("… with distinction", "… (year 9-10)"), not as a list item.
        if parts.count == 2, let head = parts.first, head.shape == .nounPhrase || head.shape == .pastAction, isGrade(parts[1]) {
            var said = note
            said.text = withDetails(head.text, [parts[1].text])
            return [said]
        }
        return [note]
    }

    /// How far along something is, typed after a comma ("pathway, halfway through").
    /// A placement named as a thing ("co-op at Ford, 2 terms, designing seat brackets", "summer
    /// internship with Deloitte") is something the candidate completed: "completed a co-op at
    /// Ford for 2 terms, designing seat brackets". How long goes after "for", what they did
    /// there after a comma; nil for anything else, or a placement still under way.
    static func placement(_ note: Note) -> Note? {
        let parts = Note.commaParts(note.text)
        guard let head = parts.first.flatMap(Note.init), head.shape == .nounPhrase else { return nil }
        let words = head.lowercasedWords
        let kinds: Set<String> = [
            "internship", "internships", "co-op", "coop", "co-ops", "placement", "placements", "apprenticeship", "traineeship",
            "secondment", "clerkship", "externship", "practicum", "residency",
        ]
        guard let at = words.prefix(3).firstIndex(where: kinds.contains), at + 1 == words.count || Lexicon.prepositions.contains(words[at + 1]),
            !words.prefix(at).contains(where: { Lexicon.determiners.contains($0) && !["a", "an"].contains($0) }),
            !Note.words(note.text).contains(where: { ["current", "currently", "ongoing", "now", "starting", "upcoming"].contains($0) })
        else { return nil }
        var tail = ""
        for part in parts.dropFirst() {
            guard let detail = Note(part) else { return nil }
            if isDuration(part) {
                tail += " for " + part
            } else if detail.shape == .gerund {
                tail += ", " + part
            } else if detail.shape == .pastAction {
                tail += ", where I " + part
            } else {
                return nil
            }
        }
        let typed = ["a", "an"].contains(words[0]) ? String(head.text.drop { $0 != " " }.dropFirst()) : head.text
        let plural = words[at].hasSuffix("s") || words.first?.first?.isNumber == true && words.first != "1"
        var done = note
        done.text = "completed " + (plural ? "" : ThankYouPhrases.article(String(typed.prefix { $0 != " " })) + " ") + typed + tail
        done.shape = .pastAction
        return done
    }

    /// "salesforce, gong, outreach": three or more things named in a word or two each, with no
    /// number or verb: one list of tools or fields, said together.
    static func isNamedList(_ pieces: [String]) -> Bool {
        pieces.count >= 3
            && pieces.allSatisfy { piece in
                let note = Note(piece)
                return note?.shape == .nounPhrase && Note.words(piece).count <= 2 && !piece.contains(where: \.isNumber)
                    && !piece.contains(" and ") && !Note.words(piece).contains(where: Lexicon.determiners.contains)
            }
    }

    /// "2 terms", "6 months", "3 yrs": how long, and nothing else.
    static func isDuration(_ text: some StringProtocol) -> Bool {
        let words = Note.words(String(text))
        let units: Set<String> = [
            "terms", "term", "semesters", "semester", "summers", "summer", "months", "month", "weeks", "week", "years", "year", "yrs",
            "yr", "mos", "mths", "wks",
        ]
        return words.count == 2 && words[0].first?.isNumber == true && units.contains(words[1])
    }

    static let statusTails: Set<String> = ["halfway through", "half way through", "in progress", "underway", "almost done", "nearly done"]

    /// Words in a degree's details that say it is not yet held ("thesis due May", "ongoing").
    static let stillStudying: Set<String> = [
        "due", "ongoing", "progress", "expected", "graduating", "finishing", "current", "currently", "underway", "pending",
    ]

    /// Honours typed after a degree or qualification.
    static let honours: Set<String> = [
        "cum laude", "magna cum laude", "summa cum laude", "with distinction", "with honours", "with honors", "first class honours", "first class",
        "distinction", "merit", "with merit", "high distinction",
    ]

    /// A thing held and the details typed after it, as a writer puts them: "with distinction",
    /// "from the University of …" and "cum laude" follow it; "2:1", "year 9-10" go in brackets.
    static func withDetails(_ head: String, _ typed: some Sequence<String>) -> String {
        let details = typed.map(degreeDetail)
        let follows = { (detail: String) in detail.hasPrefix("with ") || detail.hasPrefix("from ") || detail.hasSuffix("laude") }
        let asides = details.filter { !follows($0) }
        var said = head + (asides.isEmpty ? "" : " (" + asides.joined(separator: ", ") + ")")
        for detail in details where follows(detail) { said += (detail.hasSuffix("laude") ? ", " : " ") + detail }
        return said
    }

    /// A detail typed after a degree, as it reads after it: "first class" → "with first-class
    /// honours", "uni of cumbria" → "from the University of cumbria", "leeds uni" → "from Leeds
    /// University"; anything else ("2:1", "2019") as typed, for brackets.
    static func degreeDetail(_ typed: String) -> String {
        let words = Note.words(typed)
        if words.starts(with: ["first", "class"]) || words.starts(with: ["1st", "class"]) || words == ["first"] || words == ["1st"] {
            return "with first-class honours"
        }
        if ["distinction", "merit", "honours", "honors"].contains(words.last ?? ""), words.count <= 2 {
            return words.first == "with" ? typed.lowercased() : "with " + typed.lowercased()
        }
        if words.first == "from" || words.first == "at" { return "from " + typed.drop { $0 != " " }.dropFirst() }
        // "thesis due May" → "with my thesis due in May"; "due June" → "due in June".
        if let due = words.firstIndex(of: "due"), due + 1 < words.count, due <= 2 {
            var said = typed.split(separator: " ").map(String.init)
            if let month = said.indices.last.map({ said[min(due + 1, $0)] }), Lexicon.properWords[month.lowercased()] == month || month == "May" {
                said.insert("in", at: due + 1)
            }
            let text = said.joined(separator: " ")
            return due == 0 ? text : "with my " + text
        }
        if words.count >= 3, ["uni", "university"].contains(words[0]), words[1] == "of" {
            return "from the University " + typed.drop { $0 != " " }.dropFirst()
        }
        if words.count >= 2, ["uni", "university", "college"].contains(words.last ?? "") {
            let place = typed.dropLast(words.last?.count ?? 0)
            return "from " + place + (words.last == "college" ? "College" : "University")
        }
        return typed
    }

    /// What the candidate brings, as one sentence body: clauses joined with "and".
    /// Several-sentence notes are returned apart, to stand as their own sentences.
    static func strengths(_ notes: [Note]) -> (joined: String, clauses: [String], separate: [String]) {
        let notes = notes.flatMap(strengthParts).filter(canBring)
        // Noun phrases share one "I bring": "I bring A and B", not "I bring A, and I bring B".
        let things = notes.filter { $0.shape == .nounPhrase && firstPerson($0).hasPrefix("I bring ") }
        // "experience in Canva and later", not "experience in Canva and experience in later".
        var brought = things.map { String(firstPerson($0).dropFirst("I bring ".count)) }
        for lead in ["experience in ", "experience with "] {
            let led = brought.filter { $0.hasPrefix(lead) }
            guard led.count > 1, let at = brought.firstIndex(where: { $0.hasPrefix(lead) }) else { continue }
            brought.removeAll { $0.hasPrefix(lead) }
            brought.insert(lead + list(led.map { String($0.dropFirst(lead.count)) }), at: at)
        }
        var single = things.isEmpty ? [] : ["I bring " + list(brought)]
        // So do qualifications: "I hold a PhD from JCU and a coxswain certificate".
        let rest = notes.filter { $0.shape != .sentences && !things.contains($0) }.map(firstPerson)
        let held = rest.filter { $0.hasPrefix("I hold ") }
        if held.count > 1 { single.append("I hold " + list(held.map { String($0.dropFirst("I hold ".count)) })) }
        single += rest.filter { held.count < 2 || !$0.hasPrefix("I hold ") }
        single = single.map(joiningSplices)
        let separate = notes.filter { $0.shape == .sentences }.map(\.asSentence)
        return (clauses(single), single, separate)
    }

    /// False for a strength that only the last resort of `firstPerson` could say ("I bring
    /// budgets up to $1.2M", "I bring full clean licence and trailer"): a noun phrase that names
    /// no experience, skill or knowledge, and so says nothing one could bring.
    static func canBring(_ note: Note) -> Bool {
        guard note.shape == .nounPhrase, !note.text.contains(", "), firstPerson(note) == "I bring " + note.text else { return true }
        let brought: Set<String> = [
            "experience", "expertise", "knowledge", "skills", "skill", "background", "record", "years", "year", "months", "hours",
            "understanding", "familiarity", "network", "grounding", "eye", "passion", "ability", "fluency", "insight",
            "perspective", "contacts", "relationships", "portfolio", "approach", "mindset", "energy", "focus",
        ]
        // "strong SQL and Python", "solid grounding in GAAP": a skill with how much of it.
        return note.lowercasedWords.contains(where: brought.contains) || Lexicon.broughtQualities.contains(note.lowercasedWords.first ?? "")
    }

    /// "I led the move" → "I also led the move", "I am a DELE examiner" → "I am also a DELE
    /// examiner": a clause that adds to one said before it.
    static func also(_ clause: String) -> String {
        let words = clause.split(separator: " ", maxSplits: 2).map(String.init)
        guard words.count == 3, words[0] == "I" else { return clause }
        // "I have 3 shipped titles" has them: "I also have 3 shipped titles".
        let having =
            ["have", "had"].contains(words[1]) && (words[2].first?.isNumber == true || ["a", "an", "some", "my"].contains(words[2].prefix { $0 != " " }))
        if ["am", "was", "have", "had", "can", "will"].contains(words[1]), words[1] != "have" || !words[2].hasPrefix("experience"), !having {
            return "I \(words[1]) also \(words[2])"
        }
        return "I also \(words[1]) \(words[2])"
    }

    /// "second interview with the studio director, early December" → "the second interview with
    /// the studio director": a next step named as one thing of the hiring process, or nil
    /// ("they'll call after the other two applicants", "medical check and vetting").
    static func namedStep(_ note: Note) -> String? {
        guard let step = topic(note), !step.contains(" and "), !step.contains(","), Prose.wordCount(step) <= 10 else { return nil }
        let process: Set<String> = [
            "interview", "round", "assessment", "test", "call", "meeting", "visit", "trial", "presentation", "exercise", "panel",
            "stage", "chat", "day", "shift", "observation", "task",
        ]
        let words = Note.words(step)
        let determined = ["the", "a", "an"].contains(words.first ?? "")
        let head = words.dropFirst(determined ? 1 : 0).prefix { !Lexicon.prepositions.contains($0) }.last
        guard head.map(process.contains) == true, step.first?.isLowercase == true else { return nil }
        return determined ? step : "the " + step
    }

    // MARK: - Concerns

    /// "whether I had managed a budget", "doing payroll for the first time": a concern's subject
    /// that is a clause or an action, not a topic. It reads as an object only awkwardly, and with
    /// nothing added it says no more than the doubt itself.
    static func isClauseLike(_ subject: String) -> Bool {
        guard let note = Note(subject) else { return false }
        switch note.shape {
        case .whClause, .gerund, .clause, .pastAction, .presentAction, .sentences: return true
        case .nounPhrase, .description:
            // "using LIMS for the first time" is read as a noun phrase, but says an action.
            let words = note.lowercasedWords
            guard let first = words.first else { return false }
            return ["whether", "if"].contains(first) || words.count > 1 && first.hasSuffix("ing") && !Lexicon.ingNouns.contains(first)
        }
    }

    /// What a concern is about, as a noun phrase or a "whether" clause, from the shapes people
    /// write: "my employment gap", "I froze on the Terraform question" → "the Terraform question",
    /// "Dana doubted I had managed a budget" → "whether I had managed a budget",
    /// "they asked about my gap year and I rambled" → "my gap year". Nil when it can't be said.
    static func concernSubject(_ note: Note, names: [String]) -> String? {
        // "licensing, my personal licence lapsed in 2024": the subject is before the comma.
        if let comma = note.text.range(of: ", "), let head = Note(String(note.text[..<comma.lowerBound])), head.isNominal,
            let tail = Note(String(note.text[comma.upperBound...])),
            tail.shape == .clause || tail.lowercasedWords.dropFirst().contains(where: { $0.hasSuffix("ed") })
        {
            return lackAsExperience(head.text)
        }
        var text = note.text
        // "Mr Okafor asked about…": the title goes; the name is matched as usual.
        if let first = text.split(separator: " ").first, PersonName.honorifics[PersonName.key(String(first))] != nil,
            text.split(separator: " ").count > 2
        {
            text = String(text.dropFirst(first.count + 1))
        }
        // "… and I froze", ", I blanked" at the end are the candidate's feelings, not the subject.
        for tail in [
            " and i ", ", i ", " but i ", " - i ", " – i ", ", and i'", ", and i ", " and i'", ", i'", " but i'", ", think ",
            ", probably ", ", maybe ", ", felt ", ", not sure ", ", only ", ", not much", ", a bit", ", just ",
            // "…, mostly organic", "…, my portfolio is mostly qual": the candidate's own aside.
            ", mostly ", ", mainly ", ", my ", ", and my ", ", but ", ", which ", ", so ",
            // "my gaeilge, its rusty": how the candidate judges it.
            ", its ", ", it's ", ", it is ", ", it was ", ", it ",
        ] {
            if let range = text.lowercased().range(of: tail, options: .backwards) {
                let cut = text.distance(from: text.lowercased().startIndex, to: range.lowerBound)
                text = String(text.prefix(cut))
            }
        }
        let lowered = text.lowercased()
        // "you": the note is already in the reader's person ("you asked about my visa").
        let people = ["they", "he", "she", "you", "the panel", "the interviewer", "everyone"] + names.map { $0.lowercased() }
        let selfLeads = [
            "i froze on", "i froze at", "i blanked on", "i stumbled on", "i stumbled over", "i struggled with", "i fumbled",
            "i rambled on", "i rambled about", "i was vague about", "i was vague on", "i was unclear about", "i got stuck on",
            "i had no example of", "i had no good example of", "i had no examples of", "i had no answer for",
            "i had no answer to", "i had no good answer for", "i had no good answer to", "i had no numbers for",
            "i didn't have an example of", "i didn't have a good example of", "i didn't have a good answer for",
            "i didn't have an answer for", "i didn't mention", "i didn't explain", "i forgot to mention",
            "i couldn't answer", "i couldn't explain", "i messed up", "i botched", "i undersold", "i didn't talk about",
            "i never mentioned", "i under-explained", "i didn't give an example of", "forgot to mention", "didn't mention",
            "no example of", "no examples of", "couldn't answer", "struggled with", "froze on", "blanked on",
            "i struggled on", "struggled on", "stumbled on", "i was weak on", "weak on", "i didn't know much about",
            "i didn't know enough about", "i didn't know about", "didn't know much about", "didn't know enough about", "fumbled", "rambled on",
            "rambled about", "i waffled on", "waffled on", "i blanked on", "i got flustered on", "got flustered on",
            "didn't know about", "did not know much about", "not sure about", "i wasn't sure about", "unsure about",
        ]
        for lead in selfLeads where lowered.hasPrefix(lead + " ") {
            return nominalTail(String(text.dropFirst(lead.count + 1)))
        }
        // "my answer on handling a scam case was weak", "the question about materiality went
        // badly": what the answer was about.
        for lead in [
            "my answer on the question about", "my answer to the question about", "my answer to the question on", "my answer on",
            "my answer about", "my answer to", "my answers on", "my answers about", "the question on", "the question about",
        ]
        where lowered.hasPrefix(lead + " ") {
            let rest = String(text.dropFirst(lead.count + 1))
            for verb in [" was ", " were ", " went ", " wasn't ", " could have been ", " came out "] {
                if let range = rest.range(of: verb), range.lowerBound > rest.startIndex { return nominalTail(String(rest[..<range.lowerBound])) }
            }
        }
        for person in people {
            let aboutLeads = [
                "asked about", "asked me about", "asked a lot about", "pushed back on", "challenged", "probed",
                "dug into", "grilled me on", "questioned", "was worried about", "seemed worried about", "worried about",
                "was concerned about", "seemed concerned about", "had concerns about", "raised", "brought up",
                "wanted more on", "wanted to know more about", "was unsure about", "seemed unsure about",
            ]
            for lead in aboutLeads where lowered.hasPrefix(person + " " + lead + " ") {
                return nominalTail(String(text.dropFirst(person.count + lead.count + 2)))
            }
            let whetherLeads = [
                "doubted that", "doubted", "wondered whether", "wondered if", "asked whether", "asked if", "asked me whether",
                "asked me if", "was unsure whether", "was unsure if", "wasn't sure whether", "wasn't sure if", "wasn't sure that",
                "wasn't sure", "seemed unsure whether", "seemed unsure if", "seemed unsure that", "questioned whether",
                "was worried that", "seemed worried that", "worried that", "was concerned that", "seemed concerned that",
                "didn't think", "wasn't convinced that", "wasn't convinced", "seemed to doubt that", "seemed to doubt",
            ]
            for lead in whetherLeads + ["seemed worried", "was worried", "worried", "seemed concerned", "was concerned"]
            where lowered.hasPrefix(person + " " + lead + " ") {
                let clause = String(text.dropFirst(person.count + lead.count + 2))
                // "she seemed worried I haven't managed staff before" → "my experience managing staff".
                if let limited = limitedExperience(clause) { return limited }
                guard let rest = Note(clause), rest.shape == .clause else { return nil }
                // "seemed worried I'd find nights hard with a long commute": a doubt about the
                // candidate's life, which the candidate should answer in their own words.
                if lead.contains("worried") || lead.contains("concerned"),
                    ["i'd", "i'll", "i", "i'm"].contains(rest.lowercasedWords.first ?? ""),
                    rest.lowercasedWords.dropFirst().first.map({ ["might", "would", "could", "find", "struggle", "cope", "be"].contains($0) }) == true
                        || rest.lowercasedWords.first == "i'd"
                {
                    return nil
                }
                return "whether " + rest.text
            }
            // "raj thought my Zendesk knowledge was a bit basic" → "my Zendesk knowledge".
            for lead in ["thought", "felt", "said", "seemed to think", "mentioned"] where lowered.hasPrefix(person + " " + lead + " my ") {
                let rest = String(text.dropFirst(person.count + lead.count + 2))
                for verb in [" was ", " is ", " were ", " are ", " wasn't ", " isn't ", " might be ", " could be "] {
                    if let range = rest.range(of: verb) { return String(rest[..<range.lowerBound]) }
                }
            }
            for lead in ["asked how", "asked me how", "asked why", "asked me why", "asked what", "asked me what"]
            where lowered.hasPrefix(person + " " + lead + " ") {
                let word = lead.split(separator: " ").last.map(String.init) ?? "how"
                return word + " " + text.dropFirst(person.count + lead.count + 2)
            }
        }
        // "my trial experience is limited", "my Excel was rusty": what is judged is the subject.
        if lowered.hasPrefix("my ") {
            for verb in [" is ", " was ", " are ", " were ", " feels ", " felt ", " seemed ", " looks ", " isn't ", " wasn't "] {
                if let range = text.range(of: verb), Note.words(String(text[..<range.lowerBound])).count <= 5 { return String(text[..<range.lowerBound]) }
            }
        }
        // "never used ArgoCD", "I don't have much experience with unions": a lack, whatever its shape.
        let lack = lackAsExperience(text)
        if lack != text { return lack }
        if let limited = limitedExperience(text) { return limited }
        // "only done exotics twice", "haven't …": an action, not a subject; better asked again
        // than written as one.
        if let first = Note.words(text).first, Lexicon.limitingWords.contains(first) { return nil }
        // "gap in flying last year" → "the gap in flying last year".
        return note.isNominal ? withThe(lack) ?? lack : nil
    }

    /// "only done exotics a couple of times" → "my experience with exotics", "never shipped on
    /// console" → "my experience shipping on console", "I haven't used the scanner" → "my
    /// experience with the scanner": an action done little or never, as the experience it is
    /// about. Nil when the note is not of that kind.
    static func limitedExperience(_ text: String) -> String? {
        var words = text.split(separator: " ").map(String.init)
        var limited = false
        while let first = words.first.map({ Note.words($0).first ?? "" }),
            ["i", "i've", "i'd", "have", "had", "ever", "really", "properly"].contains(first) || Lexicon.limitingWords.contains(first)
        {
            limited = limited || Lexicon.limitingWords.contains(first)
            words.removeFirst()
        }
        guard limited, words.count > 1, let verb = Note.words(words[0]).first else { return nil }
        // "never", "haven't": not done at all, so it would be new; "only", "barely": done a little.
        let never = !Note.words(text).prefix(3).contains(where: Lexicon.littleWords.contains)
        let participles = [
            "done": "do", "seen": "see", "had": "have", "been": "be", "taken": "take", "given": "give", "written": "write",
            "run": "run", "driven": "drive", "shown": "show", "spoken": "speak", "gone": "go", "worked": "work",
        ]
        let base = participles[verb] ?? Note.pastBase(verb) ?? Note.presentBase(verb)
        guard let base else { return nil }
        words.removeFirst()
        // "… a couple of times", "… before", "… yet": how often is the candidate's to tell.
        var object = words.joined(separator: " ")
        if let comma = object.range(of: ", ") { object = String(object[..<comma.lowerBound]) }
        // "haven't done much TIG on stainless": a little of it, not none.
        var little = false
        for amount in ["much ", "many ", "a lot of ", "lots of ", "enough "] where object.lowercased().hasPrefix(amount) {
            object = String(object.dropFirst(amount.count))
            little = true
        }
        for tail in [
            " a couple of times", " a few times", " a handful of times", " once or twice", " once", " twice", " before",
            " much", " yet", " properly", " in years", " so far", " in a while", " at work", " professionally",
        ] where object.lowercased().hasSuffix(tail) {
            object = String(object.dropLast(tail.count))
        }
        // "haven't worked in aseptics for 4 years": a while ago, so the recent experience is the subject.
        var experience = "my experience "
        for span in [
            " in a couple of years", " in a few years", " in a couple years", " in ages", " in a long time", " for a couple of years", " for a few years",
        ]
        where object.lowercased().hasSuffix(span) {
            object = String(object.dropLast(span.count))
            experience = "my recent experience "
        }
        let objectWords = object.split(separator: " ")
        if objectWords.count > 3, ["for", "in"].contains(objectWords[objectWords.count - 3].lowercased()),
            ["years", "months", "yrs"].contains(objectWords[objectWords.count - 1].lowercased())
        {
            object = objectWords.dropLast(3).joined(separator: " ")
            experience = "my recent experience "
        } else if let since = object.range(of: " since ") {
            object = String(object[..<since.lowerBound])
            experience = "my recent experience "
        }
        guard let thing = Note(object), thing.shape == .nounPhrase || ["with", "on", "in"].contains(thing.lowercasedWords.first ?? "")
        else { return nil }
        if never, !little, experience == "my experience " {
            let action = ["do", "have", "touch"].contains(base) ? "doing" : base == "use" ? "using" : gerund(base)
            return action + " " + thing.text + " for the first time"
        }
        // "hadnt done much with SEND children": the object brings its own preposition.
        let ownPreposition = ["with", "on", "in"].contains(thing.lowercasedWords.first ?? "")
        if ["do", "use", "have", "handle", "touch", "try"].contains(base) { return experience + (ownPreposition ? "" : "with ") + thing.text }
        if base == "work", let first = thing.lowercasedWords.first, ["with", "on", "in"].contains(first) {
            return experience + "working " + thing.text
        }
        return experience + gerund(base) + " " + thing.text
    }

    /// A gap the candidate answers in the note is spoken of as their experience, which the answer
    /// then shows ("getting up to speed with ArgoCD" → "my experience with ArgoCD"): the wording
    /// for a gap left open would contradict the answer.
    static func answered(_ subject: String) -> String {
        if subject.hasPrefix("getting up to speed with ") { return "my experience with " + subject.dropFirst("getting up to speed with ".count) }
        if subject.hasPrefix("gaining experience") { return "my experience" + subject.dropFirst("gaining experience".count) }
        // "gaining ICU experience" → "ICU experience": never "my", which would claim what they lack.
        if subject.hasPrefix("gaining ") { return String(subject.dropFirst("gaining ".count)) }
        if subject.hasSuffix(" for the first time") { return "my experience " + subject.dropLast(" for the first time".count) }
        return subject
    }

    /// The noun phrase at the end of "I froze on the Terraform question", if it is one.
    private static func nominalTail(_ text: String) -> String? {
        // "the budget question, didn't give a clear number", "… (DMRB) and said so": what the
        // candidate did next is theirs to tell; the subject is before it.
        var text = text
        for joint in [", ", " and "] {
            var search = text.startIndex..<text.endIndex
            while let range = text.range(of: joint, range: search) {
                let next = Note.words(String(text[range.upperBound...])).first ?? ""
                if Note.pastBase(next) != nil || Lexicon.limitingWords.contains(next) || ["had", "i", "i'd", "i've", "then"].contains(next) {
                    text = String(text[..<range.lowerBound])
                    break
                }
                search = range.upperBound..<text.endIndex
            }
        }
        // "me doing nights with kids": about the candidate's life, better asked again than guessed.
        for softener in [" a bit", " a little", " slightly", " badly", " completely", " totally"] where text.lowercased().hasSuffix(softener) {
            text = String(text.dropLast(softener.count))
        }
        // "I blanked on a LAG() question" → "the LAG() question": the one asked.
        for article in ["a ", "an "] where text.lowercased().hasPrefix(article) {
            text = "the " + text.dropFirst(article.count)
        }
        // "I rambled on the question about a difficult conversation": my answer is on that conversation.
        for lead in ["the question about ", "the question on ", "the question of "] where text.lowercased().hasPrefix(lead) && text.count > lead.count + 3 {
            text = String(text.dropFirst(lead.count))
        }
        guard let note = Note(text), note.isNominal, !["me", "him", "her", "them", "us"].contains(note.lowercasedWords.first ?? "")
        else { return nil }
        return lackAsExperience(note.text)
    }

    /// A gap written as a lack ("no experience with ordering", "lack of Python") becomes the
    /// experience it is about ("my experience with ordering", "my experience with Python"):
    /// one offers to discuss one's experience, not one's lack of it.
    static func lackAsExperience(_ text: String) -> String {
        let lowered = text.lowercased()
        let experienceWords: Set<String> = ["experience", "exposure", "knowledge", "familiarity", "background", "practice", "training"]
        // Little of it: the experience there is ("not much paeds experience" → "my paeds experience").
        for lead in ["not much ", "not enough ", "little ", "limited ", "my limited ", "i don't have much ", "don't have much ", "i didn't have much "]
        where lowered.hasPrefix(lead) {
            let rest = String(text.dropFirst(lead.count))
            let head = rest.lowercased().split(separator: " ").first.map(String.init) ?? ""
            if experienceWords.contains(head) { return "my " + rest }
            // "limited hands on with battery systems" → "my hands-on experience with battery systems".
            for handsOn in ["hands on ", "hands-on "] where rest.lowercased().hasPrefix(handsOn) {
                let after = rest.dropFirst(handsOn.count)
                return "my hands-on " + (after.lowercased().hasPrefix("experience") ? after : "experience " + after)
            }
            // "not much housing knowledge" → "my housing knowledge".
            if let range = experienceWords.compactMap({ Note.wordRange(of: $0, in: rest) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                return "my " + rest[..<range.upperBound]
            }
            return "my experience with " + rest
        }
        // None of it: what the candidate would be taking up, never a claim to have it ("no SAP TM"
        // → "getting up to speed with SAP TM").
        for lead in ["no real ", "no ", "zero ", "a lack of ", "lack of ", "my lack of ", "i don't have any ", "i don't have "]
        where lowered.hasPrefix(lead) {
            var rest = String(text.dropFirst(lead.count))
            // "no CSCS card yet": a thing still to come.
            if lead == "no ", rest.lowercased().hasSuffix(" yet"), Prose.wordCount(rest) <= 5, Note.wordRange(of: "experience", in: rest) == nil {
                return "getting my " + rest.dropLast(" yet".count)
            }
            if let comma = rest.range(of: ", ") { rest = String(rest[..<comma.lowerBound]) }
            // "a museum studies degree", "my driving licence": a credential, which one has or not.
            if let last = Note.words(rest).last, ["degree", "licence", "license", "qualification", "certificate", "visa", "diploma", "car"].contains(last) {
                let first = Note.words(rest).first ?? ""
                return "not having " + (Lexicon.determiners.contains(first) || ["a", "an"].contains(first) ? rest : ThankYouPhrases.article(rest) + " " + rest)
            }
            for tail in [" yet", " really", " at all", " whatsoever"] where rest.lowercased().hasSuffix(tail) { rest = String(rest.dropLast(tail.count)) }
            let words = rest.split(separator: " ").map(String.init)
            if let first = words.first, experienceWords.contains(first.lowercased()) {
                // "no experience with unions" → "gaining experience with unions".
                return "gaining " + rest
            }
            if let range = Note.wordRange(of: "experience", in: rest) {
                // "no ICU experience", "no cloud security experience" → "gaining ICU experience".
                return "gaining " + rest[..<range.upperBound]
            }
            return "getting up to speed with " + rest
        }
        return text
    }

    // MARK: - Lists

    /// `a`, `a and b`, `a, b and c`; with an Oxford comma when an item holds "and" itself
    /// ("your dbt models and how you test them, and code review culture").
    /// Things to do (`actions`) are never joined by "as well as".
    static func list(_ items: [String], actions: Bool = false) -> String {
        let items = items.filter { !$0.isEmpty }
        let commas = items.contains { Note.outsideBrackets($0).contains(", ") }
        let inner = commas || items.contains { Note.containsWord($0.lowercased(), "and") }
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        // "FIFO rosters and camp life, and safety culture" reads as three things, then a fourth:
        // two things, one with its own "and" (and no comma), are joined by "as well as".
        case 2: return items[0] + (inner ? (actions || commas ? ", and " : " as well as ") : " and ") + items[1]
        default: return items.dropLast().joined(separator: ", ") + (inner ? ", and " : " and ") + (items.last ?? "")
        }
    }

    /// Independent clauses in one sentence: "A, and B"; "A, B, and C".
    static func clauses(_ items: [String]) -> String {
        let items = items.filter { !$0.isEmpty }
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return items[0] + ", and " + items[1]
        default: return items.dropLast().joined(separator: ", ") + ", and " + (items.last ?? "")
        }
    }
}
