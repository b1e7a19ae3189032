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
        switch note.shape {
        case .nounPhrase, .whClause, .gerund: return note.text
        case .clause, .pastAction:
            return discussedObject(note)
        default: return nil
        }
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
        switch note.shape {
        case .nounPhrase:
            let words = note.lowercasedWords
            if let first = words.first, first == "experience" || first == "expertise" || first == "knowledge" {
                return "I have " + text
            }
            // "Green Book trained": a description after all.
            if let last = words.last, ["trained", "certified", "qualified", "licensed", "registered", "accredited"].contains(last) {
                return "I am " + text
            }
            // "forklift licence": a thing one holds.
            if let first = words.first, !Lexicon.determiners.contains(first), first.first?.isNumber != true,
                let last = words.last, ["licence", "license", "certificate", "certification", "degree", "diploma", "card", "qualification"].contains(last)
            {
                return "I hold " + ThankYouPhrases.article(first) + " " + text
            }
            // "HIPAA training lead for the trust" is a post held: "I served as …".
            if !words.prefix(3).contains(where: { Lexicon.determiners.contains($0) || $0.first?.isNumber == true }),
                words.prefix(5).contains(where: Lexicon.roleNouns.contains)
            {
                return "I served as " + text
            }
            return "I bring " + text
        case .whClause: return "I know " + text
        case .gerund: return "I have experience " + text
        case .pastAction: return "I " + text
        case .presentAction:
            let firstWord = String(text.prefix(while: { !$0.isWhitespace }))
            let base = Note.presentBase(firstWord.lowercased()) ?? firstWord
            return "I " + base + text.dropFirst(firstWord.count)
        case .description: return "I am " + text
        case .clause, .sentences: return text
        }
    }

    /// The candidate's added answer to a concern, as sentences: an action or a statement in the
    /// first person ("ran a $200k budget" → "I ran a $200k budget."); a bare phrase, which
    /// could only be guessed into a sentence, is given after "In brief:".
    static func answer(_ note: Note) -> (text: String, isClean: Bool) {
        switch note.shape {
        case .nounPhrase, .gerund, .whClause: return ("In brief: " + note.text + ".", false)
        default: return (Prose.sentence(firstPerson(note)), true)
        }
    }

    /// What the candidate brings, as one sentence body: clauses joined with "and".
    /// Several-sentence notes are returned apart, to stand as their own sentences.
    static func strengths(_ notes: [Note]) -> (joined: String, separate: [String]) {
        // Noun phrases share one "I bring": "I bring A and B", not "I bring A, and I bring B".
        let things = notes.filter { $0.shape == .nounPhrase && firstPerson($0).hasPrefix("I bring ") }
        var single = things.isEmpty ? [] : ["I bring " + list(things.map(\.text))]
        single += notes.filter { $0.shape != .sentences && !things.contains($0) }.map(firstPerson)
        let separate = notes.filter { $0.shape == .sentences }.map(\.asSentence)
        return (clauses(single), separate)
    }

    // MARK: - Concerns

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
        // "… and I froze", ", I blanked" at the end are the candidate's feelings, not the subject.
        for tail in [" and i ", ", i ", " but i ", " - i ", " – i "] {
            if let range = text.lowercased().range(of: tail, options: .backwards) {
                let cut = text.distance(from: text.lowercased().startIndex, to: range.lowerBound)
                text = String(text.prefix(cut))
            }
        }
        let lowered = text.lowercased()
        let people = ["they", "he", "she", "the panel", "the interviewer", "everyone"] + names.map { $0.lowercased() }
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
        ]
        for lead in selfLeads where lowered.hasPrefix(lead + " ") {
            return nominalTail(String(text.dropFirst(lead.count + 1)))
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
            for lead in whetherLeads where lowered.hasPrefix(person + " " + lead + " ") {
                let clause = String(text.dropFirst(person.count + lead.count + 2))
                guard let rest = Note(clause), rest.shape == .clause else { return nil }
                return "whether " + rest.text
            }
            for lead in ["asked how", "asked me how", "asked why", "asked me why", "asked what", "asked me what"]
            where lowered.hasPrefix(person + " " + lead + " ") {
                let word = lead.split(separator: " ").last.map(String.init) ?? "how"
                return word + " " + text.dropFirst(person.count + lead.count + 2)
            }
        }
        return note.isNominal ? lackAsExperience(note.text) : nil
    }

    /// The noun phrase at the end of "I froze on the Terraform question", if it is one.
    private static func nominalTail(_ text: String) -> String? {
        guard let note = Note(text), note.isNominal else { return nil }
        return lackAsExperience(note.text)
    }

    /// A gap written as a lack ("no experience with ordering", "lack of Python") becomes the
    /// experience it is about ("my experience with ordering", "my experience with Python"):
    /// one offers to discuss one's experience, not one's lack of it.
    static func lackAsExperience(_ text: String) -> String {
        let lowered = text.lowercased()
        for lead in ["no real ", "no ", "not much ", "not enough ", "little ", "limited ", "a lack of ", "lack of ", "zero "]
        where lowered.hasPrefix(lead) {
            let rest = String(text.dropFirst(lead.count))
            let head = rest.lowercased().split(separator: " ").first.map(String.init) ?? ""
            if ["experience", "exposure", "knowledge", "familiarity", "background", "practice", "training"].contains(head) {
                return "my " + rest
            }
            if rest.lowercased().hasSuffix(" experience") { return "my " + rest }
            return "my experience with " + rest
        }
        return text
    }

    // MARK: - Lists

    /// `a`, `a and b`, `a, b and c`; with an Oxford comma when an item holds "and" itself
    /// ("your dbt models and how you test them, and code review culture").
    static func list(_ items: [String]) -> String {
        let items = items.filter { !$0.isEmpty }
        let inner = items.contains { Note.containsWord($0.lowercased(), "and") }
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return items[0] + (inner ? ", and " : " and ") + items[1]
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
