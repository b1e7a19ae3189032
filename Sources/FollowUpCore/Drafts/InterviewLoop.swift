/// What each interviewer's thank-you carries: their topics, the strengths to restate, the
/// highlights, concerns and promised material that concern them.
///
/// The plan and the drafts both read this, so the plan's "what" line names exactly what the
/// draft says. Everything the candidate wrote goes to someone:
/// - a highlight, concern or promised item goes to the interviewer it names ("Dana doubted…",
///   "Marcus: we sketched…"), else to the one whose topics share a word with it, else (highlights
///   and concerns) to whoever has the fewest so far, and promised items to the first interviewer;
/// - strengths are ordered by how much they share with the person's topics, so each note
///   leads with what that person cared about; neighbours get different ones.
struct InterviewLoop: Sendable {
    struct Member: Sendable {
        var index: Int
        var person: Interviewer
        /// Every topic, read and turned to speak to this person ("your dbt models").
        var topics: [Note]
        /// One or two strengths, the most relevant to this person first.
        var strengths: [Note]
        /// What stood out with this person, turned to speak to them.
        var highlights: [Note]
        var concerns: [Concern]
        /// Where each concern is in the answers (`concerns[k]`), to name it in a report.
        var concernIndices: [Int]
        var promised: [String]
        /// The names this person may appear under in a note.
        var names: [String]
    }

    var members: [Member]
    /// Highlights no note carries, and why: one that speaks of "he" or "she" without naming
    /// anyone among several people, or one that only says how the candidate did.
    var unplacedHighlights: [Unwritten]
    /// Strengths no note has room for.
    var unplacedStrengths: [Unwritten]
    /// Concerns (`concerns[k]`) among several people that neither name anyone, share words
    /// with anyone's topics nor say who raised them: who has them is a guess.
    var guessedConcerns: [Int]

    /// Who receives process questions (the check-ins, the rejection reply): the recruiter
    /// when there is one, otherwise the first interviewer.
    var processContact: Recipient
    /// The name part of the process contact's greeting, in the answers' tone.
    var processGreetingName: String
    /// The member the process contact is, when it is an interviewer.
    var processMember: Int?

    init(_ answers: Answers) {
        // The interviewer who is also the recruiter, if one is.
        // The same name, or the same first name when one of the two was typed as that alone
        // ("gemma" on the panel, "gemma hart" as the recruiter).
        // "Ms Gráinne Walsh" on the panel is "Gráinne Walsh" the recruiter: titles aside.
        let plainWords = { (name: String) in
            ListAnswer.clean(name).lowercased().split(separator: " ").filter { PersonName.honorifics[PersonName.key(String($0))] == nil }
        }
        let recruiterWords = answers.recruiter.map { plainWords($0.name) } ?? []
        let isRecruiter = { (person: Interviewer) in
            let words = plainWords(person.name)
            return !recruiterWords.isEmpty
                && (words == recruiterWords || (words.count == 1 || recruiterWords.count == 1) && words.first == recruiterWords.first)
        }
        // Their address, given for one, is the other's.
        let people =
            answers.interviewers.isEmpty
            ? [Interviewer(name: "Hiring team", addressAs: "hiring team")]
            : answers.interviewers.map { person in
                var person = person
                if Prose.firstNonEmpty(person.email) == nil, isRecruiter(person) { person.email = answers.recruiter?.email }
                if person.addressAs == nil, let given = InterviewLoop.givenNameInNotes(person, answers: answers) { person.addressAs = given }
                // Rajesh "Raj" Iyer goes by Raj, except in a formal note ("Dear Mr. Iyer").
                if person.addressAs == nil, answers.tone != .formal, let nickname = InterviewLoop.nickname(of: person) { person.addressAs = nickname }
                return person
            }
        let names = people.map(InterviewLoop.names(of:))
        let topicWords = people.map { InterviewLoop.keyWords($0.topics.joined(separator: " ")) }

        func owner(of text: String) -> (index: Int?, text: String) {
            InterviewLoop.owner(of: text, names: names, topicWords: topicWords)
        }

        var highlightsFor = Array(repeating: [Note](), count: people.count)
        var unplaced: [Unwritten] = []
        for (k, raw) in answers.highlights.enumerated().flatMap({ k, item in InterviewLoop.splitItems(item).map { (k, $0) } }) {
            // "he wants me to start on the pipeline", among several people: a word shared with
            // someone's topics ("start date") says nothing about who "he" is; only a name does.
            let pronoun = Note(raw).map { !Set($0.lowercasedWords).isDisjoint(with: ["he", "him", "his", "he's", "she", "her", "hers", "she's"]) } ?? false
            var (index, text) = InterviewLoop.owner(of: raw, names: names, topicWords: pronoun && people.count > 1 ? [] : topicWords)
            guard let note = Note(text)?.withoutTrailingAside.asMoment else { continue }
            // "the mock call went well": how the candidate did is no highlight for the interviewer.
            if let verdict = Lexicon.selfVerdicts.first(where: { note.text.lowercased().hasSuffix($0) }),
                !note.lowercasedWords.contains(where: { ["you", "your", "we"].contains($0) })
            {
                let moment = note.text.dropLast(verdict.count)
                unplaced.append(
                    Unwritten(
                        field: "highlights[\(k)]",
                        what: "'\(note.text)' says how it went, which they saw. Say what happened in it or what you enjoyed ('\(moment), when we …')."))
                continue
            }
            if index == nil, people.count > 1 { index = InterviewLoop.marked(by: note, among: people) }
            // "he wants to pilot it", named by no one, among several people: whose it is is a guess.
            if index == nil, people.count > 1, pronoun {
                unplaced.append(Unwritten(field: "highlights[\(k)]", what: CoachScript.Remark.unplaced(note.text)))
                continue
            }
            let fewest = people.indices.min { highlightsFor[$0].count < highlightsFor[$1].count } ?? 0
            let i = index ?? fewest
            highlightsFor[i].append(Perspective.addressing(note, readerNames: names[i]))
        }

        var concernsFor = Array(repeating: [Concern](), count: people.count)
        var concernIndicesFor = Array(repeating: [Int](), count: people.count)
        var guessed: [Int] = []
        for (k, concern) in answers.concerns.map(\.withSaidAnswer).enumerated() where Note(concern.topic) != nil {
            // Who raised it, as the candidate said; else whom it names or shares words with.
            var (index, topic) = owner(of: concern.topic)
            if let by = concern.raisedBy, let raiser = Interviewer.index(named: by, in: people) { index = raiser }
            if index == nil, people.count > 1, let note = Note(topic) { index = InterviewLoop.marked(by: note, among: people) }
            let fewest = people.indices.min { concernsFor[$0].count < concernsFor[$1].count } ?? 0
            if index == nil, people.count > 1 { guessed.append(k) }
            concernsFor[index ?? fewest].append(Concern(topic: topic, response: concern.response))
            concernIndicesFor[index ?? fewest].append(k)
        }
        guessedConcerns = guessed

        var promisedFor = Array(repeating: [String](), count: people.count)
        for raw in answers.promised.flatMap(InterviewLoop.splitItems) {
            let (index, text) = owner(of: raw)
            guard let item = PromisedItem(text) else { continue }
            // "a link to my portfolio" and "portfolio: https://…" are one promise: keep the one with the address.
            let i = index ?? 0
            if let same = promisedFor[i].firstIndex(where: { PromisedItem($0)?.label.lowercased() == item.label.lowercased() }) {
                if item.url != nil { promisedFor[i][same] = text }
                continue
            }
            promisedFor[i].append(text)
        }

        unplacedHighlights = unplaced
        // "budgets up to $1.2M" says neither what was done nor what is held: "I bring budgets …"
        // would be a guess, so it stays out and the candidate is told how to say it.
        // A note is placed whole ("Signs of Safety trained, used it daily" keeps its "it"); the
        // parts of it that can't be said are named, and a note with none left goes.
        // "salesforce, gong, outreach" is one strength: tools named together are said together.
        let typedStrengths = answers.strengths.flatMap { item in
            Realiser.isNamedList(item.components(separatedBy: ", ")) ? [item] : InterviewLoop.splitItems(item)
        }.compactMap(Note.init)
        let strengths = typedStrengths.filter { Realiser.strengthParts($0).contains(where: Realiser.canBring) }
        let strengthsFor = InterviewLoop.strengths(strengths, topicWords: topicWords)
        let placed = Set(strengthsFor.flatMap { $0.map(\.text) })
        unplacedStrengths =
            typedStrengths.flatMap(Realiser.strengthParts).filter { !Realiser.canBring($0) }.map {
                Unwritten(
                    field: "strengths",
                    what:
                        "the strength '\($0.text)' (it does not say what you did, hold or know: write it as an action, e.g. 'managed budgets up to $1M', or as experience, e.g. '5 years of …')."
                )
            }
            + strengths.filter { !placed.contains($0.text) }.map {
                Unwritten(field: "strengths", what: "the strength '\($0.text)' (more strengths than the notes have room for: keep the three that matter most).")
            }
        members = people.enumerated().map { i, person in
            Member(
                index: i,
                person: person,
                topics: person.topics.flatMap(InterviewLoop.splitItems).compactMap(Note.init).map {
                    Perspective.addressing($0, readerNames: names[i])
                },
                strengths: strengthsFor[i],
                highlights: highlightsFor[i],
                concerns: concernsFor[i],
                concernIndices: concernIndicesFor[i],
                promised: promisedFor[i],
                names: names[i])
        }

        if let recruiter = answers.recruiter, !ListAnswer.clean(recruiter.name).isEmpty {
            // "recruiter: Shaz" with no address, when Shaz Khan on the panel has one: theirs.
            let member = people.first(where: isRecruiter)
            let name = member.map { $0.name.count > recruiter.name.count ? $0.name : recruiter.name } ?? recruiter.name
            processContact = Recipient(name: name, email: Prose.firstNonEmpty(recruiter.email) ?? member?.email)
            processGreetingName = recruiter.greetingName(tone: answers.tone)
            // A recruiter who also interviewed: their own topics are theirs to be reminded of.
            processMember = people.firstIndex(where: isRecruiter)
        } else {
            // The first interviewer with an address: a check-in nobody can send is no check-in.
            let index = people.firstIndex { Prose.firstNonEmpty($0.email) != nil } ?? 0
            let first = people[index]
            processContact = Recipient(name: first.name, email: first.email)
            processGreetingName = first.greetingName(tone: answers.tone)
            processMember = index
        }
    }

    /// "he said…" when only one of them was introduced as Mr. (or "she", as Ms.): that one.
    static func marked(by note: Note, among people: [Interviewer]) -> Int? {
        let words = Set(note.lowercasedWords)
        let he = !words.isDisjoint(with: ["he", "him", "his", "he's"])
        let she = !words.isDisjoint(with: ["she", "her", "hers", "she's"])
        guard he != she else { return nil }
        let marked = people.indices.filter { people[$0].personName.objectPronoun == (he ? "him" : "her") }
        return marked.count == 1 ? marked[0] : nil
    }

    /// An item typed as "a; b" is two items, and so is a typed list of short phrases
    /// ("food cost, GP targets, rota"). Every list of notes is split this one way.
    static func splitItems(_ text: String) -> [String] {
        text.split(separator: ";").flatMap { item -> [String] in
            // "food cost, GP targets, rota": a typed list of short phrases is several items.
            let parts = item.split(separator: ",").map { ListAnswer.clean($0) }
            // "nurse clinics (weight, dental, puppy)": commas inside brackets list one item's details.
            let bracketed = item.contains("(") && item.contains(")")
            // "CMFAS modules 5, 6, 6A, 9 passed": numbers listed inside one item.
            let numbered = parts.dropFirst().contains { part in !part.split(separator: " ").contains { $0.filter(\.isLetter).count >= 3 } }
            // "BSc Paramedic Science, first class, uni of cumbria": a degree, its class and where.
            let degree = parts.first.flatMap { Note.words($0).first }.map(Lexicon.isDegree) == true
            // "co-op at Ford, 2 terms, designing seat brackets": how long is a detail of one item.
            let timed = parts.dropFirst().contains(where: Realiser.isDuration)
            let isList =
                !bracketed && !numbered && !degree && !timed && parts.count >= 3
                && parts.allSatisfy { part in
                    Prose.wordCount(part) <= 3
                        && !Note.words(part).contains(where: { Lexicon.auxiliaries.contains($0) || Lexicon.subjectPronouns.contains($0) })
                }
            return isList ? parts : [String(item)]
        }
    }

    /// The strengths for each member: those that share most words with their topics, in
    /// rotation order when none does, so neighbours lead with different ones. Two each, or
    /// more (up to three) when there are more strengths than two per person; a strength no one
    /// has yet goes before one already used, so every strength is in some note when it fits.
    static func strengths(_ all: [Note], topicWords: [Set<String>]) -> [[Note]] {
        guard !all.isEmpty else { return topicWords.map { _ in [] } }
        let perMember = min(3, max(2, (all.count + topicWords.count - 1) / max(1, topicWords.count)))
        var used = Set<Int>()
        return topicWords.enumerated().map { i, words in
            let rotated = all.indices.map { ($0 + i) % all.count }
            let ranked = rotated.enumerated().sorted { a, b in
                let sa = keyWords(all[a.element].text).intersection(words).count
                let sb = keyWords(all[b.element].text).intersection(words).count
                return sa != sb ? sa > sb : a.offset < b.offset
            }.map(\.element)
            let picks = (ranked.filter { !used.contains($0) } + ranked.filter { used.contains($0) }).prefix(perMember)
            used.formUnion(picks)
            return picks.sorted { ranked.firstIndex(of: $0) ?? 0 < ranked.firstIndex(of: $1) ?? 0 }.map { all[$0] }
        }
    }

    /// The names a person may be written under: full name, given name, family name with and
    /// without their title, how they are greeted.
    /// "Mei Lin Zhou", written "Mei Lin" in the notes ("Mei Lin said they are hiring"): a name
    /// the split could only guess at, whose given name the candidate's own words show. Only for
    /// a greeting by given name (warm, brief); nil otherwise.
    static func givenNameInNotes(_ person: Interviewer, answers: Answers) -> String? {
        let name = person.personName
        let words = ListAnswer.clean(person.name).split(separator: " ")
        guard answers.tone != .formal, name.greetingIsUncertain, name.honorific == nil, words.count >= 3 else { return nil }
        let pair = words.prefix(2).joined(separator: " ")
        let notes = (answers.highlights + person.topics + answers.concerns.map(\.topic)).map { " " + $0.lowercased() + " " }
        func named(_ text: String) -> Bool { notes.contains { $0.contains(" " + text.lowercased() + " ") || $0.contains(" " + text.lowercased() + ":") } }
        if named(pair) { return pair }
        // "faizal asked about cloud IR" for Muhammad Faizal bin Rahman: the word they go by.
        let given = name.given.split(separator: " ").map(String.init)
        return given.count == 2 && named(given[1]) && !named(given[0]) ? given[1] : nil
    }

    /// The name typed in quotes inside a full name (`Rajesh "Raj" Iyer` → "Raj"), or nil.
    static func nickname(of person: Interviewer) -> String? {
        let parts = person.name.split(omittingEmptySubsequences: false, whereSeparator: { "\"“”".contains($0) })
        guard parts.count >= 3 else { return nil }
        let nickname = ListAnswer.clean(parts[1])
        return nickname.isEmpty || nickname.count > 30 ? nil : nickname
    }

    static func names(of person: Interviewer) -> [String] {
        let name = person.personName
        var names = [ListAnswer.clean(person.name), name.given, name.family]
        // "Dr. Okafor", and "Dr Okafor" as the British write it.
        func titled(_ family: some StringProtocol) -> [String] {
            name.honorific.map { [$0 + " " + family, $0.replacingOccurrences(of: ".", with: "") + " " + family] } ?? []
        }
        if !name.family.isEmpty { names += titled(name.family) }
        // "mr Mansoori explained" for Mr. Khalid al Mansoori, "Berg" for Pieter van der Berg:
        // the family name without its particles, with and without the title.
        let familyWords = name.family.split(separator: " ")
        if familyWords.count > 1, let core = familyWords.last, PersonName.particles.contains(PersonName.key(String(familyWords[0]))) {
            names += [String(core)] + titled(core)
        }
        if let addressAs = person.addressAs { names.append(addressAs) }
        // "Eleanor Fitzgerald-Jones" for Ms. Eleanor Fitzgerald-Jones: the name without the title.
        if !name.given.isEmpty, !name.family.isEmpty { names.append(name.given + " " + name.family) }
        // "Raj" and "Raj Iyer" for Rajesh "Raj" Iyer: the name in quotes is the one they go by.
        if let nickname = nickname(of: person) { names += [nickname] + (name.family.isEmpty ? [] : [nickname + " " + name.family]) }
        // "ana" for Ana Lucía Gómez, "faizal" for Muhammad Faizal bin Rahman: each word of a given name of two.
        let givenWords = name.given.split(separator: " ")
        if givenWords.count == 2 { names += givenWords.map(String.init) }
        // "jf" for Jean-François: the initials of a given name of two parts, when they are no word.
        let initials = String(name.given.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap(\.first)).lowercased()
        if initials.count == 2, !Lexicon.isCommonWord(initials), PersonName.honorifics[initials] == nil { names.append(initials) }
        // "Chloe" typed for Chloé: the name without its accents is hers too.
        names += names.map { $0.folding(options: .diacriticInsensitive, locale: nil) }
        // "marc andre" typed for Marc-André: the given name with a space for its hyphen.
        if name.given.contains("-") { names += names.filter { $0.contains("-") }.map { $0.replacingOccurrences(of: "-", with: " ") } }
        // "the student panel (year 10s)" is a group, not a person called "The": a word of
        // everyday English is no name to find in the notes ("the lesson went well").
        let everyday: Set<String> = ["the", "a", "an", "my", "our", "their", "team", "panel", "hr", "hiring", "recruiter", "student", "students"]
        return Array(Set(names.map { ListAnswer.clean($0) }.filter { $0.count > 1 && !everyday.contains($0.lowercased()) })).sorted()
    }

    /// Who a note is about, and the note without an explicit "Name:" label.
    static func owner(of text: String, names: [[String]], topicWords: [Set<String>]) -> (index: Int?, text: String) {
        let trimmed = ListAnswer.clean(text)
        if let labelled = label(of: trimmed, names: names) { return labelled }
        // "send Tanya my rota template": the errand names whom it is for.
        for (i, personNames) in names.enumerated() {
            for name in personNames {
                for verb in ["send", "email", "forward", "give", "share with"]
                where trimmed.lowercased().hasPrefix(verb + " " + name.lowercased() + " ") {
                    return (i, String(trimmed.dropFirst(verb.count + name.count + 2)))
                }
            }
        }
        // A mention of exactly one person; "… for Dana" at the end only said whom it is for.
        let mentioned = names.indices.filter { i in names[i].contains { Note.containsWord(trimmed.lowercased(), $0.lowercased()) } }
        if mentioned.count == 1 {
            for name in names[mentioned[0]] {
                for tail in [" for \(name)", " to \(name)"] where trimmed.lowercased().hasSuffix(tail.lowercased()) {
                    return (mentioned[0], String(trimmed.dropLast(tail.count)))
                }
            }
            return (mentioned[0], trimmed)
        }
        // The one person whose topics share the most words with it.
        let words = keyWords(trimmed)
        let scores = topicWords.map { $0.intersection(words).count }
        if let best = scores.max(), best > 0, scores.filter({ $0 == best }).count == 1 {
            return (scores.firstIndex(of: best), trimmed)
        }
        return (nil, trimmed)
    }

    /// An explicit label: "Marcus: we sketched…", "Marcus - …", "(Marcus) …", "for Marcus: …":
    /// whose it is, and the note without it.
    static func label(of text: String, names: [[String]]) -> (index: Int?, text: String)? {
        let trimmed = ListAnswer.clean(text)
        for (i, personNames) in names.enumerated() {
            for name in personNames {
                for lead in ["\(name):", "\(name) -", "\(name) –", "(\(name))", "for \(name):", "to \(name):", "[\(name)]"]
                where trimmed.lowercased().hasPrefix(lead.lowercased() + " ") {
                    return (i, String(trimmed.dropFirst(lead.count + 1)))
                }
            }
        }
        return nil
    }

    /// Lowercased words of four letters or more: enough to match "API design" with "API design review".
    /// Words of three letters count too ("sap", "sql", "icu"), but for the everyday ones; words
    /// any note may hold ("days", "team", "work") do not: "3 days in the office" shares nothing
    /// with "month end close taking 9 days".
    static func keyWords(_ text: String) -> Set<String> {
        let common: Set<String> = [
            "about", "with", "their", "they", "them", "that", "this", "what", "from", "have", "your", "were", "when", "been",
            "days", "weeks", "months", "years", "time", "team", "teams", "work", "working", "role", "roles", "people", "thing",
            "things", "more", "much", "some", "would", "could", "will", "just", "like", "really", "very", "also", "there",
            "here", "than", "then", "into", "over", "next", "last", "year", "week", "month", "well", "good", "great", "experience",
        ]
        let shortWords: Set<String> = [
            "the", "and", "for", "you", "our", "how", "new", "was", "are", "but", "not", "all", "can", "had", "her", "his", "him",
            "she", "one", "two", "six", "ten", "out", "get", "got", "day", "way", "who", "why", "did", "its", "may", "now", "own",
            "see", "too", "use", "yes", "job", "lot", "few", "any", "big", "bit", "etc", "per", "via", "off", "let", "put", "say",
            "set", "ask", "try", "end", "run", "far", "top", "old", "low", "key", "met", "has", "due", "yet", "ago",
        ]
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return Set(
            words.filter { word in
                word.count >= 4 ? !common.contains(String(word)) : word.count == 3 && word.allSatisfy(\.isLetter) && !shortWords.contains(String(word))
            }.map(String.init))
    }
}

extension Answers {
    /// The promised items that the thank-you to interviewer `index` carries: the ones that name
    /// or concern that person, and the rest with the first thank-you. The checker asks this, so
    /// it and the composer agree on where each promise is kept.
    public func promised(forInterviewer index: Int) -> [String] {
        let loop = InterviewLoop(self)
        return loop.members.indices.contains(index) ? loop.members[index].promised : []
    }
}

extension Interviewer {
    /// The one interviewer `name` is (full name, given or family name, with or without a title,
    /// how they are greeted; letter case and accents aside), or nil.
    public static func index(named name: String, in people: [Interviewer]) -> Int? {
        let wanted = ListAnswer.clean(name).lowercased().folding(options: .diacriticInsensitive, locale: nil)
        let matches = people.indices.filter { i in
            InterviewLoop.names(of: people[i]).contains { $0.lowercased().folding(options: .diacriticInsensitive, locale: nil) == wanted }
        }
        return matches.count == 1 ? matches[0] : nil
    }
}
