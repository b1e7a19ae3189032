import Foundation
import Synchronization

/// One thing the candidate wrote (a topic, a strength, a highlight, a concern, a promised item),
/// read into a phrase whose grammatical shape is known, so that a sentence frame takes only
/// what fits it.
///
/// Reading cleans the note the way a careful writer would before using it: white space
/// collapsed, a trailing "etc" and stray punctuation dropped, words that only made sense on
/// the day ("today", "yesterday", a parenthesis about them) removed, and an ordinary first word
/// lowercased so the phrase can go mid-sentence. Names, acronyms and "I" keep their capitals.
public struct Note: Equatable, Sendable {
    /// The grammatical shape of a note.
    public enum Shape: Equatable, Sendable {
        /// "the EHR rollout", "four years running Kafka in production".
        case nounPhrase
        /// "running the Saturday shift", "drafting leases under supervision": an action as a noun.
        case gerund
        /// "how they test them", "why the team moved to Snowflake": a clause that works as a noun.
        case whClause
        /// "built a scheduling tool used by 40 nurses": an action with no subject, past tense.
        case pastAction
        /// "manage a team of eight", "speaks Spanish": an action with no subject, present tense.
        case presentAction
        /// "fluent in Spanish", "certified in ACLS": describes the candidate.
        case description
        /// "we sketched a plan on the whiteboard", "headcount is frozen until March": a clause
        /// with its own subject.
        case clause
        /// More than one sentence.
        case sentences
    }

    /// The cleaned text, fit to go mid-sentence (no final full stop, ordinary first word lowercased).
    public var text: String
    public var shape: Shape

    /// Reads a note as typed, every time (`init(_:)`, below, remembers the readings). Returns nil
    /// when nothing is left after cleaning.
    private init?(reading raw: String) {
        // "the rota / 4 day week", "my drivers license / MVR": a slash between words lists two things.
        let cleaned = Note.clean(raw).replacingOccurrences(of: " / ", with: " and ")
        guard !cleaned.isEmpty else { return nil }
        let words = Note.words(cleaned)
        guard !words.isEmpty else { return nil }
        // "salary band and notice period (mine is 60 days)": an aside has no say in the shape.
        let bare = cleaned.replacingOccurrences(of: #"\s*\([^()]*\)"#, with: "", options: .regularExpression)
        self.shape =
            bare.isEmpty || bare == cleaned || Note.words(bare).isEmpty ? Note.shape(of: words, text: cleaned) : Note.shape(of: Note.words(bare), text: bare)
        var text = Note.lowercasingOrdinaryStart(cleaned, shape: shape)
        // "7 years of MSK experience, last 3 as band 7": the last three.
        for lead in [", last ", ", past "] {
            if let range = text.range(of: lead), text[range.upperBound...].first?.isNumber == true {
                text.replaceSubrange(range, with: lead.replacingOccurrences(of: ", ", with: ", the "))
            }
        }
        // "led the move to event sourcing, cut errors by 80%": two actions, joined with "and".
        if shape == .pastAction, let comma = text.range(of: ", ", options: .backwards),
            let verb = Note.words(String(text[comma.upperBound...])).first, Note.pastBase(verb) != nil,
            !Note.containsWord(text.lowercased(), "and")
        {
            text.replaceSubrange(comma, with: " and ")
        }
        // "I mentored two APMs, one got promoted": two clauses joined by a comma want an "and".
        if shape == .clause || shape == .pastAction, let comma = text.range(of: ", ", options: .backwards),
            let head = Note(String(text[..<comma.lowerBound])), head.shape == .clause || head.shape == .pastAction,
            let tail = Note(String(text[comma.upperBound...])),
            tail.shape == .clause || tail.lowercasedWords.count > 1 && Note.pastBase(tail.lowercasedWords[1]) != nil,
            let first = tail.lowercasedWords.first, !Lexicon.prepositions.contains(first),
            !["and", "but", "so", "which", "who", "when", "where", "while", "because", "or", "then", "it", "that", "this"].contains(first)
        {
            text.replaceSubrange(comma, with: ", and ")
        }
        // "labouring for a builder so used to sites": so the candidate is used to them.
        if let range = text.range(of: " so used to ") { text.replaceSubrange(range, with: " so I am used to ") }
        // "and been doing the ohms law on my own": the "have" a hurried note leaves out.
        if let range = text.range(of: " and been ") { text.replaceSubrange(range, with: " and have been ") }
        // "honest about the ramp, took him 4 months to close a deal": "it took him …".
        for object in ["him", "her", "them", "me", "you", "us"] {
            if let range = text.range(of: ", took \(object) ") { text.replaceSubrange(range, with: ", and it took \(object) ") }
        }
        // "3 years at OCBC as customer service officer" → "as a customer service officer".
        if let range = text.range(of: " as "), text[range.upperBound...].first?.isLowercase == true {
            let after = Note.words(String(text[range.upperBound...]))
            let skip: Set<String> = [
                "a", "an", "the", "well", "needed", "required", "usual", "such", "part", "much", "many", "long", "soon", "far",
                "of", "to", "if", "though", "i", "we", "you", "they", "he", "she", "it", "for", "per", "planned", "expected",
            ]
            let isRole = { (w: String) in
                Lexicon.roleNouns.contains(w) || Lexicon.personNouns.contains(w) || w.hasSuffix("officer") || w.hasSuffix("assistant")
            }
            if let next = after.first, !Lexicon.determiners.contains(next), !skip.contains(next), after.prefix(4).contains(where: isRole) {
                text.replaceSubrange(range, with: " as " + ThankYouPhrases.article(next) + " ")
            }
        }
        // "modules 5, 6, 6A, 9" → "modules 5, 6, 6A and 9": a list of numbers ends with "and".
        let pieces = text.components(separatedBy: ", ")
        if pieces.count >= 3, let last = text.range(of: ", ", options: .backwards),
            pieces.dropFirst().allSatisfy({ piece in
                piece.first?.isNumber == true && (piece.split(separator: " ").first?.allSatisfy { $0.isNumber || $0.isUppercase } ?? false)
            }),
            pieces[0].last.map({ $0.isNumber || $0.isUppercase }) == true
        {
            text.replaceSubrange(last, with: " and ")
        }
        // "passed ITC first attempt" → "… on the first attempt".
        if text.hasSuffix(" first attempt"), !text.hasSuffix(" the first attempt"), !text.hasSuffix(" my first attempt") {
            text = text.dropLast(" first attempt".count) + " on the first attempt"
        }
        // "references from last 2 employers", "at current company": whose they are.
        let times: Set<String> = [
            "year", "year's", "week", "week's", "month", "month's", "time", "night", "quarter", "summer", "winter", "spring", "autumn",
            "fall", "term", "season", "round", "minute", "day",
        ]
        // (Foundation's search is slow: an ASCII note is searched only for the leads its bytes hold.)
        for lead in [
            "from last ", "at last ", "from previous ", "at previous ", "at current ", "from current ", "in previous ", "in current ", "from old ", "at old ",
        ] where !Note.isASCII(text) || Note.containsBytes(text.lowercased(), lead) {
            if let range = text.range(of: " " + lead, options: .caseInsensitive)
                ?? (text.lowercased().hasPrefix(lead) ? text.range(of: lead, options: .caseInsensitive) : nil),
                let following = Note.words(String(text[range.upperBound...])).first, !times.contains(following),
                following.first?.isLetter == true || following.first?.isNumber == true
            {
                let preposition = lead.split(separator: " ")[0]
                let leading = range.lowerBound == text.startIndex ? "" : " "
                text.replaceSubrange(range, with: leading + preposition + " my " + lead.split(separator: " ")[1] + " ")
            }
        }
        // "supervised team of 12" → "supervised a team of 12"; "ran repeat-rate audit that cut
        // repeats" → "ran a repeat-rate audit …": one countable thing, with its article.
        if shape == .pastAction, words.count > 1 {
            let object = Note.words(text).dropFirst()
            let head = object.prefix { !Lexicon.prepositions.contains($0) && !["that", "which", "who", "and", "used"].contains($0) }
            if let first = object.first, let last = head.last, head.count <= 3,
                Lexicon.groupNouns.contains(first) && object.dropFirst().first == "of"
                    || Lexicon.countNouns.contains(last) && !Lexicon.determiners.contains(first) && first.first?.isLetter == true
                        && !Lexicon.subjectPronouns.contains(first) && !["me", "us", "them", "it", "a", "an", "the"].contains(first)
                        && !Lexicon.prepositions.contains(first) && text.split(separator: " ").dropFirst().first?.first?.isLowercase == true
            {
                let verb = text.prefix(while: { $0 != " " })
                text = verb + " " + ThankYouPhrases.article(first) + text.dropFirst(verb.count)
            }
        }
        // "ran the weight clinic, 60+ pets enrolled" → "…, with 60+ pets enrolled".
        if shape == .pastAction, let comma = text.range(of: ", ", options: .backwards) {
            let tail = Note.words(String(text[comma.upperBound...]))
            if (2...5).contains(tail.count), tail[0].first?.isNumber == true, let last = tail.last, last.hasSuffix("ed"), Note.pastBase(tail[0]) == nil {
                text.replaceSubrange(comma, with: ", with ")
            }
        }
        // "he told me about his first flight, made me laugh": what the clause did, as a "which".
        if shape == .clause || shape == .pastAction, let comma = text.range(of: ", ", options: .backwards) {
            let tail = Note.words(String(text[comma.upperBound...]))
            if tail.count >= 2, tail.count <= 5, Note.pastBase(tail[0]) != nil, ["me", "us", "everyone", "the panel"].contains(tail[1]) {
                text.replaceSubrange(comma, with: ", which ")
            }
        }
        self.text = Note.afterwards(text, shape: shape)
    }

    /// The note without a short verbless aside at its end ("Tom showed me round the gym,
    /// really friendly team" → "Tom showed me round the gym"): an aside after a whole clause
    /// reads as a fragment once the clause sits inside a sentence.
    public var withoutTrailingAside: Note {
        // "talking about the patient who went home, Helen teared up a bit": how the moment
        // moved them is theirs, not something to tell them back.
        if let comma = text.range(of: ", ", options: .backwards) {
            var tail = Note.words(String(text[comma.upperBound...]))
            if tail.first == "and" { tail.removeFirst() }
            let reactions: Set<String> = ["teared", "cried", "welled", "laughed", "smiled", "blushed", "nodded", "sighed", "got"]
            let moved =
                tail.contains { ["moved", "touched", "emotional", "tearful"].contains($0) }
                && ["was", "were", "seemed", "looked", "got"].contains(tail.count > 1 ? tail[1] : "")
            // "…, she said it was a good example": praise told back to who gave it reads as boasting.
            let praised =
                tail.count > 2 && ["said", "says", "thought", "told", "called", "reckoned", "mentioned"].contains(tail[1])
                && tail.contains { ["good", "great", "excellent", "impressive", "strong", "brilliant", "perfect", "best", "loved", "liked"].contains($0) }
            if (2...9).contains(tail.count),
                reactions.contains(tail[1]) && (tail[1] != "got" || tail.dropFirst(2).first == "emotional") || moved || praised,
                Lexicon.subjectPronouns.contains(tail[0]) || Lexicon.writtenName(tail[0]) != nil
                    || text[comma.upperBound...].split(separator: " ").first(where: { $0 != "and" })?.first?.isUppercase == true,
                let head = Note(String(text[..<comma.lowerBound]))
            {
                return head.withoutTrailingAside
            }
        }
        // "…the stock room, it was a mess": a comment tacked on with a comma goes too.
        if shape == .clause || shape == .pastAction, let comma = text.range(of: ", ", options: .backwards) {
            let tail = Note.words(String(text[comma.upperBound...]))
            if tail.count <= 6, let first = tail.first, ["it", "that", "which", "this"].contains(first),
                tail.count > 1, Lexicon.auxiliaries.contains(tail[1]) || tail[1].hasSuffix("'s")
            {
                var out = self
                out.text = Note.afterwards(String(text[..<comma.lowerBound]), shape: shape)
                return out
            }
        }
        guard shape == .clause || shape == .pastAction, let comma = text.range(of: ", ", options: .backwards),
            let aside = Note(String(text[comma.upperBound...])), aside.shape == .nounPhrase || aside.shape == .description,
            Prose.wordCount(aside.text) <= 5, let first = aside.lowercasedWords.first,
            !Lexicon.prepositions.contains(first), !["and", "or", "but", "which", "who", "the"].contains(first),
            first.first?.isNumber != true
        else { return self }
        var out = self
        out.text = Note.afterwards(String(text[..<comma.lowerBound]), shape: shape)
        return out
    }

    /// "the case study presentation, he asked lots of questions" → "the case study presentation,
    /// when he asked lots of questions": a moment named, then what happened in it, as one noun phrase.
    public var asMoment: Note {
        guard shape == .clause, let comma = text.range(of: ", "), let head = Note(String(text[..<comma.lowerBound])),
            head.shape == .nounPhrase, let tail = Note(String(text[comma.upperBound...])), tail.shape == .clause,
            let first = tail.lowercasedWords.first, Lexicon.subjectPronouns.contains(first)
        else { return self }
        var out = self
        // "live SQL exercise with jordan, we found a bug" → "the live SQL exercise with you, when …".
        out.text = (Realiser.withThe(head.text) ?? head.text) + ", when " + tail.text
        out.shape = .nounPhrase
        return out
    }

    /// True for a clause that states how things are ("you and I share a background in X",
    /// "we both love climbing") rather than what happened: it is no "moment".
    public var isPresentState: Bool {
        guard shape == .clause else { return false }
        let words = lowercasedWords
        if words.contains(where: { Note.pastBase($0) != nil || ["was", "were", "had", "did"].contains($0) }) { return false }
        // "the team does bug bashes every sprint": a habit, not a moment.
        if words.prefix(5).contains(where: { ["does", "do", "is", "are", "has", "have", "runs", "holds"].contains($0) }) { return true }
        return words.indices.dropFirst().contains { i in
            ["i", "we", "you", "they", "both"].contains(words[i - 1]) && Note.presentBase(words[i]) == words[i]
        }
    }

    /// "showed me round the gym after" → "… afterwards".
    static func afterwards(_ text: String, shape: Shape) -> String {
        (shape == .clause || shape == .pastAction) && text.lowercased().hasSuffix(" after") ? text + "wards" : text
    }

    /// True for shapes that can stand where a noun goes ("our conversation about …").
    public var isNominal: Bool { shape == .nounPhrase || shape == .whClause || shape == .gerund }

    /// The text without what is in brackets: "crunch policy (you say no crunch)" → "crunch policy".
    static func outsideBrackets(_ text: String) -> String {
        var out = ""
        var depth = 0
        for c in text {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { out.append(c) }
        }
        return ListAnswer.clean(out)
    }

    /// The parts of `text` between its commas, leaving the commas inside brackets alone:
    /// "excel (xlookup, pivots), SQL" → ["excel (xlookup, pivots)", "SQL"].
    static func commaParts(_ text: String) -> [String] {
        var parts = [""]
        var depth = 0
        var rest = Substring(text)
        while let c = rest.first {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if c == ",", depth == 0, rest.dropFirst().first == " " {
                parts.append("")
                rest = rest.dropFirst(2)
                continue
            }
            parts[parts.count - 1].append(c)
            rest = rest.dropFirst()
        }
        return parts
    }

    /// The words of the note, lowercased, without punctuation around them.
    var lowercasedWords: [String] { Note.words(text) }

    /// The text as a sentence: a capital first letter and a full stop.
    public var asSentence: String { Prose.sentence(text) }

    // MARK: - Cleaning

    /// Cleans a note for use mid-sentence; keeps its case.
    static func clean(_ raw: String) -> String {
        // An emoji is for a chat, not for a note to an interviewer.
        let plain = String(
            raw.filter { c in
                !(c.unicodeScalars.first.map { $0.properties.isEmojiPresentation || ($0.properties.isEmoji && c.unicodeScalars.count > 1 && $0.value > 0xFF) }
                    ?? false)
            })
        // "(billions of rows!)": an exclamation belongs to the notes, not to the message.
        // (Foundation's search, slow, only where there is something to find.)
        let calm = plain.unicodeScalars.contains("!") ? plain.replacingOccurrences(of: "!", with: "") : plain
        var text = spelledOut(ListAnswer.clean(calm))
        text = dropRelativeTime(text)
        text = dropTrailingEtc(text)
        // "the MAS compliance stuff" → "the MAS compliance": the word only stood for "and so on".
        for filler in [" stuff", " and things", " things like that"] {
            while let range = text.range(of: filler, options: [.caseInsensitive]),
                range.upperBound == text.endIndex || text[range.upperBound...].first.map({ !$0.isLetter }) == true,
                text[..<range.lowerBound].split(separator: " ").count >= 1
            {
                text.removeSubrange(range)
            }
        }
        text = dropHedges(text)
        text = balancedBrackets(text)
        // A spaced dash joins an aside like a comma does: "Saturdays - I said two a month".
        if text.unicodeScalars.contains(where: { $0 == "-" || $0 == "–" || $0 == "—" }) {
            for dash in [" - ", " – ", " — ", " -- "] { text = text.replacingOccurrences(of: dash, with: ", ") }
        }
        while let last = text.last, ".!;,:-–— ".contains(last) { text.removeLast() }
        while let first = text.first, "-–—•*;:, ".contains(first) { text.removeFirst() }
        // "also fast learner", "plus I speak Tagalog": the next item of a list typed as one.
        for lead in ["and also ", "also ", "plus "] where text.lowercased().hasPrefix(lead) && text.count > lead.count + 2 {
            text = String(text.dropFirst(lead.count))
        }
        return ListAnswer.clean(text)
    }

    /// "tasting (got the pinot and the riesling" → "tasting": an aside left open is cut where it
    /// opens; "thought it was the mclaren vale )" loses the bracket that closes nothing.
    static func balancedBrackets(_ text: String) -> String {
        var kept = ""
        var open: String.Index?
        var depth = 0
        for c in text {
            if c == "(" {
                if depth == 0 { open = kept.endIndex }
                depth += 1
            } else if c == ")" {
                guard depth > 0 else { continue }
                depth -= 1
            }
            kept.append(c)
        }
        if depth > 0, let open { kept = String(kept[..<open]) }
        return kept.replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespaces)
    }

    /// Shorthand spelled out ("7 yrs w/ complex pts" → "7 years with complex pts"), a lone "i"
    /// made "I", days, months, languages and tool names given their capitals ("saturdays" →
    /// "Saturdays", "in march" → "in March", "github" → "GitHub"), and a bare percentage after
    /// a verb of change given its "by" ("cut errors 80%" → "cut errors by 80%").
    static func spelledOut(_ text: String) -> String {
        var tokens = text.split(separator: " ").map(String.init)
        var out: [String] = []
        for (i, token) in tokens.enumerated() {
            let core = Perspective.core(token)
            guard !core.isEmpty else {
                out.append(token)
                continue
            }
            let key = core.lowercased()
            let previous = out.last.map { Perspective.core($0).lowercased() } ?? ""
            let next = i + 1 < tokens.count ? Perspective.core(tokens[i + 1]) : ""
            var word = core
            var token = token
            // "h&s", "r&d", "p&l": letters joined by "&" are an abbreviation.
            let letters = core.split(separator: "&")
            if core.contains("&"), letters.count >= 2, letters.allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isLetter) }) {
                out.append(token.replacingOccurrences(of: core, with: core.uppercased()))
                continue
            }
            // "Cert in anaesthesia": shorthand typed with a capital keeps it.
            let titled =
                core.count > 2 && core == key.prefix(1).uppercased() + key.dropFirst() && core != key
                && !["doc", "min", "mins", "prev"].contains(key)
            // "1 yr SDR before that", opening the note or a part of it, is a time in a post, not a
            // measure before a noun ("a 4 wk course").
            let followerIsPost =
                next.count >= 2 && next.allSatisfy({ $0.isUppercase || $0.isNumber })
                || Lexicon.personNouns.contains(next.lowercased()) || Lexicon.roleNouns.contains(next.lowercased())
            // "1 yr labouring for a builder": a time spent doing something, not a measure.
            let followerIsAction =
                next.count > 4 && next.lowercased().hasSuffix("ing") && !Lexicon.ingNouns.contains(next.lowercased())
                && !Lexicon.countNouns.contains(next.lowercased())
            let opensPart = (out.count < 2 || out[out.count - 2].hasSuffix(",")) && (followerIsPost || followerIsAction)
            if let unit = Note.measureUnit(key, afterArticle: out.dropLast().last.map { ["a", "an"].contains($0.lowercased()) } ?? false),
                token == core || unit == key, previous.first?.isNumber == true,
                !opensPart || !["year", "month", "week", "day"].contains(unit),
                let follower = Note.words(next).first, follower.first?.isLetter == true,
                !Lexicon.prepositions.contains(follower), !["old", "olds", "and", "or", "ago", "later", "now"].contains(follower),
                let number = out.popLast()
            {
                // "a 4 year apprenticeship" → "a 4-year apprenticeship", "a 28 bed ward", "a 30
                // minutes test" → "a 30-minute test": a measure before a noun.
                out.append(number + "-" + (unit == key ? token : unit))
                continue
            } else if core == key || titled, let full = Lexicon.shorthand[key] ?? Lexicon.shorthand[token.lowercased()],
                key != "pts" || previous != "story",
                // "ottawa u", "u of t": a university, not "you".
                key != "u" || (next.lowercased() != "of" && (previous.isEmpty || Lexicon.isCommonWord(previous)))
            {
                guard !full.isEmpty else { continue }
                word = titled ? full.prefix(1).uppercased() + full.dropFirst() : full
                // "incl." → "including": the full stop belonged to the shorthand.
                if token == core + "." { token = core }
            } else if ["c", "c."].contains(token.lowercased()), let last = out.last, last.lowercased().hasSuffix("th") || last.hasSuffix("st"),
                last.first?.isNumber == true
            {
                // "19th c. textiles" → "19th-century textiles".
                out[out.count - 1] = last + "-century"
                continue
            } else if key == "been", let last = out.last, ["i", "you", "we", "they", "he", "she"].contains(last.lowercased()) {
                // "they been short-handed" → "they've been short-handed".
                out[out.count - 1] = last + (["he", "she"].contains(last.lowercased()) ? "'s" : "'ve")
                out.append(token)
                continue
            } else if key == "id", let follower = Note.words(next).first,
                // "what id check first", not "a photo id check": after a word a clause follows.
                i == 0
                    || [
                        "what", "that", "so", "and", "but", "if", "because", "think", "thought", "said", "how", "when", "where", "why", "which", "who", "maybe",
                        "then",
                    ].contains(previous),
                [
                    "done", "been", "had", "seen", "like", "love", "be", "never", "already", "worked", "used", "check", "do", "say",
                    "want", "need", "start", "fix", "ask", "go", "try", "use", "probably", "rather", "prefer", "pair", "handle",
                    "recommend", "suggest", "look", "put", "make",
                ].contains(follower)
            {
                // "id done clinical support before" → "I'd done …".
                out.append("I'd")
                continue
            } else if key == "like", token == core, next.first?.isNumber == true, i > 0,
                !["look", "looks", "looked", "feel", "feels", "felt", "sound", "sounds", "seem", "seems", "is", "was", "be"].contains(previous)
            {
                // "in like 10 min": the filler goes.
                continue
            } else if key.hasPrefix("~"), key.dropFirst().first?.isNumber == true {
                // "~6 weeks a year" → "about 6 weeks a year".
                out.append("about")
                out.append(String(token.drop(while: { $0 == "~" })))
                continue
            } else if key == "i" || key.hasPrefix("i'") || key.hasPrefix("i’") {
                word = "I" + core.dropFirst()
            } else if core == key, let proper = Lexicon.properWords[key] {
                word = proper
            } else if key.contains("/"), key.split(separator: "/").count > 1,
                key.split(separator: "/").allSatisfy({ Lexicon.languageAbbreviations[String($0)] != nil })
            {
                // "bilingual eng/fr" → "English/French".
                word = key.split(separator: "/").compactMap { Lexicon.languageAbbreviations[String($0)] }.joined(separator: "/")
            } else if key.contains("/"), core.split(separator: "/").contains(where: { $0 == $0.lowercased() && Lexicon.properWords[String($0)] != nil }) {
                // "english/spanish" → "English/Spanish", "SQL/python" → "SQL/Python".
                word = core.split(separator: "/").map { $0 == $0.lowercased() ? Lexicon.properWords[String($0)] ?? String($0) : String($0) }.joined(
                    separator: "/")
            } else if core == key, Lexicon.certifications.contains(key), !["delta", "als", "bls", "aca"].contains(key) {
                // "ptcb", "istqb": letters typed in lowercase.
                word = key.uppercased()
            } else if let month = Lexicon.monthAbbreviations[key.hasSuffix(".") ? String(key.dropLast()) : key],
                Lexicon.monthLeads.contains(previous) || next.first?.isNumber == true || previous.first?.isNumber == true
            {
                // "booked for jan", "since sept", "12 oct": the month written out.
                word = month
                if token.hasSuffix(".") { token = String(token.dropLast()) }
            } else if core == key, key.count <= 5, !["monday", "friday", "sunday"].contains(key), let day = DateParser.weekdayIndex(key),
                ["every", "other", "on", "most", "alternate", "each", "some", "til", "till", "until", "to", "from", "by", "next", "this", "thru"]
                    .contains(previous)
                    || ["to", "and", "or", "thru", "through", "till", "until"].contains(next.lowercased()) && i + 2 < tokens.count
                        && DateParser.weekdayIndex(Perspective.core(tokens[i + 2]).lowercased()) != nil
            {
                // "every other sat", "tues to sat": the day written out ("I sat the exam" stays).
                word = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][day - 1]
                if token.hasSuffix(".") { token = String(token.dropLast()) }
            } else if core == key, key == "may" || key == "march",
                Lexicon.monthLeads.contains(previous) || next.first?.isNumber == true
            {
                word = key.prefix(1).uppercased() + key.dropFirst()
            }
            if key == "u", word == core, previous.first?.isLetter == true { word = "U" }
            if key.hasSuffix("%"), key.dropLast().allSatisfy({ $0.isNumber || $0 == "." }),
                !["by", "to", "of", "from", "than", "about", "around", "over", "nearly", "almost", "under", "at", "with", "and"]
                    .contains(previous),
                out.suffix(4).contains(where: { Lexicon.changeVerbs.contains(Perspective.core($0).lowercased()) })
            {
                out.append("by")
            }
            out.append(word == core ? token : token.replacingOccurrences(of: core, with: word))
        }
        tokens = out
        var joined = tokens.joined(separator: " ")
        // Names of more than one word, typed in lowercase: "power bi" → "Power BI".
        // (Bytes first: Foundation's search for each phrase was a twentieth of a piped session.)
        // "TikTok shop": a word of the phrase may have had its capitals already.
        let lowered = joined.lowercased()
        for (typed, proper) in Lexicon.properPhrases where containsBytes(lowered, typed) {
            if let range = Note.wordRange(of: typed, in: joined), joined[range].lowercased() == typed, joined[range] == typed || joined[range] != proper {
                joined.replaceSubrange(range, with: proper)
            }
        }
        // "non medical prescriber" → "non-medical", "out of hours advice line" → "out-of-hours",
        // "after school club" → "after-school club": a prefix or a phrase before the noun it describes.
        let spaced = joined.lowercased()
        if spaced.contains("non ") || Lexicon.modifierPhrases.contains(where: { spaced.contains($0.joined(separator: " ") + " ") }) {
            var words = joined.split(separator: " ").map(String.init)
            var i = 0
            while i + 1 < words.count {
                let next = words[i + 1]
                if words[i].lowercased() == "non", next.first?.isLowercase == true, next.allSatisfy({ $0.isLetter || $0 == "," || $0 == "." }) {
                    words[i] += "-" + next
                    words.remove(at: i + 1)
                } else if let phrase = Lexicon.modifierPhrases.first(where: { phrase in
                    i + phrase.count < words.count && words[i..<(i + phrase.count)].map({ $0.lowercased() }) == phrase
                }) {
                    // Only before a noun: "works full time" and "after school on Fridays" stay apart.
                    let noun = words[i + phrase.count].lowercased()
                    if noun.first?.isLetter == true, !Lexicon.prepositions.contains(noun), !Lexicon.determiners.contains(noun),
                        !Lexicon.subjectPronouns.contains(noun), !Lexicon.auxiliaries.contains(noun), noun != "i",
                        !["and", "or", "but", "so", "then", "is", "was", "are", "were", "too", "only", "now", "basis"].contains(noun)
                    {
                        words.replaceSubrange(i..<(i + phrase.count), with: [words[i..<(i + phrase.count)].joined(separator: "-")])
                    }
                }
                i += 1
            }
            joined = words.joined(separator: " ")
        }
        // "food cost targets ~28%" → "food cost targets of about 28%": an amount after the
        // measure it is the amount of.
        if joined.contains(" about ") {
            var words = joined.split(separator: " ").map(String.init)
            for i in words.indices.dropFirst().dropLast()
            where words[i] == "about" && Lexicon.measures.contains(words[i - 1].lowercased())
                // "it cost about $5k": after a subject, "cost" is the verb.
                && (i < 2 || !["it", "that", "this", "which", "they", "we", "i"].contains(words[i - 2].lowercased()))
            {
                if words[i + 1].first.map({ $0.isNumber || "$£€".contains($0) }) == true { words[i] = "of about" }
            }
            // "ran ESL conversation groups approx 2 yrs" → "… for about 2 years": how long.
            for i in words.indices.dropFirst(2).dropLast(2)
            where words[i] == "about" && words[i + 1].first?.isNumber == true
                && ["years", "year", "months", "month", "weeks"].contains(Perspective.core(words[i + 2]).lowercased())
                && !Lexicon.prepositions.contains(words[i - 1].lowercased()) && !Lexicon.measures.contains(words[i - 1].lowercased())
                && !words[i - 1].hasSuffix(",") && Note.pastBase(words[0].lowercased()) != nil
            {
                words[i] = "for about"
            }
            joined = words.joined(separator: " ")
        }
        return joined
    }

    /// A hedge at the end ("went well I think") or "I think" opening a longer note goes.
    static func dropHedges(_ text: String) -> String {
        var out = text
        for hedge in Lexicon.trailingHedges where out.lowercased().hasSuffix(hedge) && out.count > hedge.count + 8 {
            out = String(out.dropLast(hedge.count))
            while let last = out.last, ",;: ".contains(last) { out.removeLast() }
        }
        // "made her a flat white and she said it was the best one", "asked about my audit and
        // said it was impressive": the moment is the
        // highlight; their praise of the candidate, told back to them, reads as a boast.
        // The pattern is parsed again each time it runs, so it runs only when a note could match.
        let lowered = out.lowercased()
        if lowered.contains(" and "), ["said", "thought", "reckoned", "told me"].contains(where: lowered.contains),
            let praise = out.firstMatch(of: /(?i)[,;]? and ((she|he|they|you) )?(said|thought|reckoned|told me)( that)? (it|i|i'd|my|mine|that)\b.*$/),
            Prose.wordCount(String(out[..<praise.range.lowerBound])) >= 3
        {
            out = String(out[..<praise.range.lowerBound])
        }
        for lead in ["i think that ", "i think ", "i feel like ", "i guess "]
        where out.lowercased().hasPrefix(lead) && Prose.wordCount(String(out.dropFirst(lead.count))) >= 3 {
            out = String(out.dropFirst(lead.count))
        }
        return out
    }

    /// "…, etc", "… etc.", "… and so on", "…" at the end go: a message names things, it doesn't trail off.
    static func dropTrailingEtc(_ text: String) -> String {
        var out = text
        if ["etc", "etc.", "and so on"].contains(out.lowercased()) { return "" }
        let endings = [", etc.", ", etc", " etc.", " etc", " and so on", " and so forth", "...", "…", ", & c", " &c"]
        var changed = true
        while changed {
            changed = false
            while let last = out.last, ".!;,: ".contains(last) { out.removeLast() }
            for ending in endings where out.lowercased().hasSuffix(ending) {
                out.removeLast(ending.count)
                changed = true
            }
        }
        return out
    }

    /// Removes words that only made sense on the day the note was written, and a parenthesis
    /// or a trailing clause that holds one ("the ward audit (the results came out yesterday)").
    static func dropRelativeTime(_ text: String) -> String {
        func hasTimeWord(_ s: String) -> Bool {
            let lowered = s.lowercased()
            return Lexicon.relativeTimePhrases.contains { phrase in containsWord(lowered, phrase) || containsWord(lowered, phrase + "'s") }
        }
        guard hasTimeWord(text) else { return text }
        var out = text
        // A parenthesis about the day goes whole.
        while let open = out.firstIndex(of: "("), let close = out[open...].firstIndex(of: ")"),
            hasTimeWord(String(out[open...close]))
        {
            out.removeSubrange(open...close)
        }
        // So does a trailing ", which … yesterday" or " – … today".
        for separator in [", which ", ", who ", " - ", " – ", " — ", "; "] {
            if let range = out.range(of: separator, options: .backwards), hasTimeWord(String(out[range.upperBound...])) {
                out = String(out[..<range.lowerBound])
            }
        }
        // Then the words themselves, with a preposition that only served them ("on today's call").
        for phrase in Lexicon.relativeTimePhrases {
            for form in [phrase + "'s", phrase] {
                while let range = wordRange(of: form, in: out) {
                    var lower = range.lowerBound
                    // "today's standup" → "the standup"
                    let replacement = form.hasSuffix("'s") ? "the" : ""
                    if replacement.isEmpty, let before = out[..<lower].split(separator: " ").last,
                        ["from", "on", "at", "in", "since", "until"].contains(before.lowercased()),
                        before.count < out[..<lower].count
                    {
                        lower = out.index(lower, offsetBy: -(before.count + 1))
                    }
                    out.replaceSubrange(lower..<range.upperBound, with: replacement)
                    out = ListAnswer.clean(out)
                }
            }
        }
        out = out.replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: "()", with: "")
        return ListAnswer.clean(out)
    }

    /// The range of a whole-word (or whole-phrase) match, case-insensitive.
    static func wordRange(of phrase: String, in text: String) -> Range<String.Index>? {
        if isASCII(phrase), isASCII(text) { return asciiWordRange(of: phrase, in: text) }
        var search = text.startIndex..<text.endIndex
        while let range = text.range(of: phrase, options: .caseInsensitive, range: search) {
            let beforeOK = range.lowerBound == text.startIndex || !isWordCharacter(text[text.index(before: range.lowerBound)])
            let afterOK = range.upperBound == text.endIndex || !isWordCharacter(text[range.upperBound])
            if beforeOK && afterOK { return range }
            search = range.upperBound..<text.endIndex
        }
        return nil
    }

    /// `wordRange` for ASCII text and phrase, by bytes: the same matches in the same order as
    /// Foundation's search, which took a fifth of a plan.
    private static func asciiWordRange(of phrase: String, in text: String) -> Range<String.Index>? {
        let needle = Array(phrase.utf8)
        let haystack = Array(text.utf8)
        guard !needle.isEmpty else { return nil }
        func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        func isWordByte(_ index: Int) -> Bool { isWordCharacter(Character(Unicode.Scalar(haystack[index]))) }
        var start = 0
        while start + needle.count <= haystack.count {
            guard (0..<needle.count).allSatisfy({ lower(haystack[start + $0]) == lower(needle[$0]) }) else {
                start += 1
                continue
            }
            let end = start + needle.count
            if (start == 0 || !isWordByte(start - 1)) && (end == haystack.count || !isWordByte(end)) {
                let utf8 = text.utf8
                return utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
            }
            // Foundation's search goes on after the match, not inside it.
            start = end
        }
        return nil
    }

    /// The unit of a measure before a noun ("4 year", "28 bed"), singular; a plural one only
    /// after "a" or "an" ("a 30 minutes test"), since "3 years experience" is a count.
    static func measureUnit(_ typed: String, afterArticle: Bool) -> String? {
        // "a 4 wk course", "the 2 yr programme": shorthand for a unit is that unit.
        let word = Lexicon.shorthand[typed] ?? typed
        let units: Set<String> = [
            "year", "month", "week", "day", "hour", "minute", "page", "step", "bed", "seat", "person", "mile", "km", "unit", "room", "storey",
            "bedroom", "cover", "bay",
        ]
        if units.contains(word) { return word }
        if afterArticle, word.hasSuffix("s"), units.contains(String(word.dropLast())) { return String(word.dropLast()) }
        return nil
    }

    static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    /// True when the UTF-8 of `part` occurs in `text`'s: a quick test before Foundation's search,
    /// which finds a phrase of ASCII letters only where its bytes are. (The standard library's
    /// generic `contains` of one collection in another was slower still.)
    static func containsBytes(_ text: String, _ part: String) -> Bool {
        let bytes = Array(text.utf8)
        let wanted = Array(part.utf8)
        guard let first = wanted.first else { return true }
        guard bytes.count >= wanted.count else { return false }
        return (0...(bytes.count - wanted.count)).contains { i in bytes[i] == first && bytes[i..<(i + wanted.count)].elementsEqual(wanted) }
    }

    static func containsWord(_ text: String, _ phrase: String) -> Bool {
        wordRange(of: phrase, in: text) != nil
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "'" || c == "’" || c == "-"
    }

    /// Lowercased words without the punctuation around them.
    static func words(_ text: String) -> [String] {
        text.split(separator: " ").map { word in
            let trimmed = Perspective.core(word.lowercased())
            return trimmed.unicodeScalars.contains("’") ? trimmed.replacingOccurrences(of: "’", with: "'") : trimmed
        }.filter { !$0.isEmpty }
    }

    // MARK: - Shape

    static func shape(of words: [String], text: String) -> Shape {
        if isSeveralSentences(text) { return .sentences }
        let first = words[0]
        if Lexicon.whWords.contains(first) { return .whClause }
        if Lexicon.subjectPronouns.contains(first), words.count > 1 { return .clause }
        // "wants me to walk the floor next time": said of the interviewer, without naming them.
        if isSubjectlessThirdPerson(words) { return .clause }
        // "fully registered with GTCS", "highly proficient in SQL": a description still.
        if first.hasSuffix("ly"), words.count > 2, Lexicon.personAdjectives.contains(words[1]) { return .description }
        let spokenNext = words.count > 1 && words[1].split(separator: "/").contains { Lexicon.languages.contains(String($0)) }
        if Lexicon.personAdjectives.contains(first), words.count > 1,
            Lexicon.prepositions.contains(words[1]) || (first == "fluent" || first == "bilingual") && spokenNext || first == "certified"
        {
            return .description
        }
        // "mei-ling and I …" is a name: the -ing word after a hyphen must be long enough to be a verb;
        // "dispensing process", "hiring plan": an -ing word before a countable thing describes it.
        let describesThing = words.count > 1 && words.count <= 3 && Lexicon.countNouns.contains(words[1]) && !Lexicon.groupNouns.contains(words[1])
        if first.hasSuffix("ing"), !describesThing, first.count > 5, (first.split(separator: "-").last?.count ?? 0) > 5, !Lexicon.ingNouns.contains(first),
            words.count > 1,
            !["of", "for", "is", "was", "are"].contains(words[1])
        {
            return .gerund
        }
        let regularPast =
            first.hasSuffix("ed") && first.count > 4 && words.count > 1
            && (Lexicon.determiners.contains(words[1]) || words[1].first?.isNumber == true)
        // "paid social", "paid budgets over $50k": an adjective.
        let paidAdjective = first == "paid" && !Lexicon.determiners.contains(words.count > 1 ? words[1] : "") && !(words.count > 1 && words[1] == "for")
        if pastBase(first) != nil && !paidAdjective || regularPast, words.count > 1,
            !Lexicon.personAdjectives.contains(first) || words[1].first?.isNumber == true || ["a", "an", "the", "my", "our"].contains(words[1])
                || first == "used" && words[1] != "to"
        {
            // "trained 4 new starters" is an action, "trained in ACLS" a description.
            return .pastAction
        }
        // "was caring for my dad full time", "was off sick for 3 months": what the candidate was
        // doing then, with no subject ("was the best part" names a thing).
        if first == "was", words.count > 2, !Lexicon.determiners.contains(words[1]) { return .pastAction }
        // "never missed a shift": an action (the clause says "I have never missed a shift").
        if words.count > 2, first == "never", pastBase(words[1]) != nil || words[1].hasSuffix("ed") && words[1].count > 4 { return .presentAction }
        // "second chaired a trial", "co-led the audit", "successfully launched X": an action still.
        if words.count > 2, first.hasSuffix("ly") || ["second", "first", "jointly", "also", "personally"].contains(first),
            pastBase(words[1]) != nil, !Lexicon.prepositions.contains(words[2])
        {
            return .pastAction
        }
        if let base = presentBase(first), words.count > 1 {
            let next = words[1]
            // "mentor for student nurses": a post, though "mentor" is a verb too.
            if Lexicon.roleNouns.contains(first) || Lexicon.personNouns.contains(first), ["for", "to", "of", "on", "at"].contains(next) {
                return .nounPhrase
            }
            if Lexicon.clearVerbs.contains(base) || Lexicon.determiners.contains(next) || next.first?.isNumber == true {
                return .presentAction
            }
        }
        // "the MSc in AI you are launching next year": a noun phrase with a relative clause.
        if let pronoun = words.firstIndex(where: Lexicon.subjectPronouns.contains), pronoun > 1, Lexicon.determiners.contains(first),
            !text.contains(","), !words[..<pronoun].contains(where: { Lexicon.auxiliaries.contains($0) || pastBase($0) != nil })
        {
            return .nounPhrase
        }
        // "their rota and how weekend on call is split": a thing and a wh-clause joined, a noun
        // phrase still; the verb belongs to the wh-clause.
        if let wh = words.indices.dropFirst(2).first(where: { Lexicon.whWords.contains(words[$0]) && ["and", "or"].contains(words[$0 - 1]) }),
            !hasFiniteVerb(Array(words[..<(wh - 1)]))
        {
            return .nounPhrase
        }
        if hasFiniteVerb(words) { return .clause }
        return .nounPhrase
    }

    /// True when the text holds a sentence end followed by more text ("Great team. Loved it").
    /// "Dr", "St", "e.g", "J" (an initial): a full stop after it does not end a sentence.
    static func isAbbreviation(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return word.contains(".") || letters.count == 1 || Lexicon.abbreviations.contains(word.lowercased())
            || PersonName.honorifics[PersonName.key(word)] != nil
    }

    static func isSeveralSentences(_ text: String) -> Bool {
        let scalars = Array(text)
        for i in scalars.indices.dropLast(2) where ".!?".contains(scalars[i]) && scalars[i + 1] == " " && scalars[i + 2].isUppercase {
            // "Dr. Osei", "e.g. Kafka", "St. Mary's" are not sentence ends.
            let before = String(scalars[..<i]).split(separator: " ").last.map(String.init) ?? ""
            if Note.isAbbreviation(before) { continue }
            return true
        }
        // "the switch to cloud software. it has been painful": typed without the capital.
        for i in scalars.indices.dropLast(2) where scalars[i] == "." && scalars[i + 1] == " " && scalars[i + 2].isLowercase {
            let before = String(scalars[..<i]).split(separator: " ").last.map(String.init) ?? ""
            let after = String(scalars[(i + 2)...]).split(separator: " ").first.map(String.init) ?? ""
            if !Note.isAbbreviation(before), Lexicon.subjectPronouns.contains(after.lowercased()) || after == "i" { return true }
        }
        return false
    }

    /// The base form of a past-tense verb ("built" → "build", "managed" → "manage").
    static func pastBase(_ word: String) -> String? {
        if let base = Lexicon.irregularPast[word] { return base }
        // "co-led", "re-ran": the verb after the prefix.
        for prefix in ["co-", "re-"] where word.hasPrefix(prefix) {
            return pastBase(String(word.dropFirst(prefix.count))).map { prefix + $0 }
        }
        guard word.hasSuffix("ed"), word.count > 3 else { return nil }
        let stem = String(word.dropLast(2))
        for candidate in [stem, stem + "e", String(stem.dropLast()) /* planned */, stem.hasSuffix("i") ? String(stem.dropLast()) + "y" : ""]
        where Lexicon.regularVerbs.contains(candidate) {
            return candidate
        }
        return nil
    }

    /// The base form of a present-tense verb ("manages" → "manage", "manage" → "manage").
    static func presentBase(_ word: String) -> String? {
        func isVerb(_ base: String) -> Bool { Lexicon.regularVerbs.contains(base) || Lexicon.irregularBases.contains(base) }
        if isVerb(word) { return word }
        for (suffix, replacement) in [("ies", "y"), ("es", ""), ("s", "")] where word.hasSuffix(suffix) {
            let base = String(word.dropLast(suffix.count)) + replacement
            if isVerb(base) { return base }
        }
        return nil
    }

    /// "wants me to …", "needs us to …": a clause about the interviewer with its subject left out.
    static func isSubjectlessThirdPerson(_ words: [String]) -> Bool {
        guard words.count > 2, let first = words.first, first.hasSuffix("s"), !first.hasSuffix("ss"), let base = presentBase(first) else { return false }
        return base != first && ["me", "us"].contains(words[1])
    }

    /// A verb in the third person after a noun near the start: "my hotel follows …", "the team
    /// uses …" (not after a determiner, a preposition or a number: "the uses of …").
    static func hasThirdPersonVerb(_ words: [String]) -> Bool {
        hasFiniteVerb(words)
            || words.indices.dropFirst().prefix(4).contains { i in
                let word = words[i], previous = words[i - 1]
                return i + 1 < words.count && word.hasSuffix("s") && presentBase(word).map { $0 != word } == true
                    && !Lexicon.determiners.contains(previous) && !Lexicon.prepositions.contains(previous) && previous.first?.isNumber != true
            }
    }

    /// A subject followed by a finite verb: "headcount is frozen", "Dana doubted I had…",
    /// "the team ships every day". A participle inside a noun phrase ("a tool used by 40
    /// nurses") is not a finite verb.
    static func hasFiniteVerb(_ words: [String]) -> Bool {
        for i in words.indices.dropFirst().prefix(8) {
            let word = words[i]
            let previous = words[i - 1]
            // "teenagers who don't want us there": what follows "who" belongs to a relative clause.
            if ["who", "whose", "which"].contains(previous) { return false }
            // "James and I both worked on X", "Elena and I share a background": after a pronoun
            // the verb is finite, whatever follows ("an injunction they won" is a noun phrase: it
            // opens with its determiner).
            if pastBase(word) != nil || word.hasSuffix("ed") && word.count > 4 || presentBase(word) == word && previous == "i",
                Lexicon.subjectPronouns.contains(previous) || ["both", "all"].contains(previous),
                !words[..<i].contains(where: Lexicon.determiners.contains) || previous == "both" || previous == "all"
            {
                return true
            }
            // "3 shipped titles", "the trained staff": a participle after a number or determiner
            // describes the noun after it.
            if Lexicon.prepositions.contains(previous) || Lexicon.determiners.contains(previous) { continue }
            // "dysphagia trained (level 3)", "ALS certified": a description of the candidate.
            if Lexicon.credentialParticiples.contains(word) { continue }
            if previous.first?.isNumber == true, pastBase(word) != nil || word.hasSuffix("ed") { continue }
            // "Alan asked about my visa", "Mei talked through her roadmap": a saying verb after a name.
            // "anna maria talked about …": after a name of two words too.
            let toldAbout = i + 1 < words.count && ["about", "through", "me", "us", "that", "how"].contains(words[i + 1])
            if i == 1 || i == 2 && toldAbout && !Lexicon.determiners.contains(words[0]) || i <= 3 && i + 1 < words.count && words[i + 1] == "to",
                Lexicon.sayingVerbs.contains(word), words.count > 2
            {
                return true
            }
            // "thesis due may", "since may 2024": the month.
            if word == "may", Lexicon.monthLeads.contains(previous) || i + 1 < words.count && words[i + 1].first?.isNumber == true { continue }
            if Lexicon.auxiliaries.contains(word) { return true }
            if word.hasSuffix("'s"), i + 1 < words.count, words[i + 1].hasSuffix("ed") || words[i + 1] == "been" { return true }
            let next = i + 1 < words.count ? words[i + 1] : ""
            // "the lesson I taught (fractions)": a relative clause inside a noun phrase.
            if Lexicon.subjectPronouns.contains(previous), i <= 4, words[..<(i - 1)].contains(where: Lexicon.determiners.contains) { continue }
            if pastBase(word) != nil, !next.isEmpty, !Lexicon.prepositions.contains(next) { return true }
            // "his team missed Q3 quota": a verb the lexicon doesn't list, after "the team" or "his team".
            if i == 2, Lexicon.determiners.contains(words[0]), word.hasSuffix("ed"), word.count > 4, !previous.hasSuffix("ly"),
                !["based", "centred", "centered", "focused", "driven", "led", "owned", "funded", "related", "shaped"].contains(word),
                !next.isEmpty, !Lexicon.prepositions.contains(next), next != "and"
            {
                return true
            }
            // "storytime numbers dropped after covid": a change in time, not a participle.
            if pastBase(word) != nil, i <= 3, previous.hasSuffix("s"), !previous.hasSuffix("ss"),
                ["after", "during", "since", "over", "because", "when", "until", "before", "sharply", "again"].contains(next)
            {
                return true
            }
            if word.hasSuffix("s"), !word.hasSuffix("ss"), presentBase(word) != nil, i <= 2, !Lexicon.everydayWords.contains(word),
                Lexicon.determiners.contains(next) || next == "every" || ["me", "us"].contains(next)
                    || Lexicon.prepositions.contains(next) && Lexicon.determiners.contains(words[0])
            {
                // "the team ships to production every day", "Dana runs the lab"; not "hiring plans for Lisbon".
                return true
            }
        }
        return false
    }

    // MARK: - Case

    /// Lowercases the first word when it is an ordinary word with only an initial capital.
    static func lowercasingOrdinaryStart(_ text: String, shape: Shape) -> String {
        let firstWord = text.prefix(while: { !$0.isWhitespace })
        let letters = firstWord.filter(\.isLetter)
        guard let initial = letters.first, initial.isUppercase, letters.dropFirst().allSatisfy(\.isLowercase) else { return text }
        let lowered = String(firstWord).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?\"“”"))
            .replacingOccurrences(of: "’", with: "'")
        if lowered == "i" || lowered.hasPrefix("i'") { return text }
        // "Go and Postgres", "Python, SQL": a capitalised word listed with names is a name.
        let rest = text.dropFirst(firstWord.count).split(separator: " ")
        if firstWord.hasSuffix(",") || firstWord.hasSuffix("/"), rest.first?.first?.isUppercase == true { return text }
        if let joiner = rest.first, ["and", "&", "or"].contains(joiner.lowercased()), rest.dropFirst().first?.first?.isUppercase == true {
            return text
        }
        // "Teaching Council registered", "Senior Leadership Team": a name of more than one word.
        // ("Walked Elise through my case study": a verb, then whom.)
        if let next = rest.first, next.first?.isUppercase == true, next != "I", !next.hasPrefix("I'"),
            !(lowered.hasSuffix("ed") && pastBase(lowered) != nil)
        {
            return text
        }
        let ordinary =
            Lexicon.determiners.contains(lowered) || Lexicon.whWords.contains(lowered)
            || Lexicon.subjectPronouns.contains(lowered) || Lexicon.everydayWords.contains(lowered)
            || Lexicon.personAdjectives.contains(lowered) || Lexicon.prepositions.contains(lowered)
            || pastBase(lowered) != nil || presentBase(lowered) != nil
            || (lowered.hasSuffix("ing") && lowered.count > 5) || lowered == "a" || lowered == "an" || lowered.hasSuffix("n't")
        // "Nurture groups", "Menu changes every season": an English word capitalised only
        // because it opens a list item; the words after it are lowercase, so it is no name.
        // A clause too ("Menu changes every season"), unless its first word is also a given name ("Ray loved it").
        let ordinaryShape =
            shape == .nounPhrase || shape == .gerund
            || shape == .clause && !Lexicon.namesThatAreCommonWords.contains(lowered) && !rest.isEmpty && !firstWord.hasSuffix(",")
        let listItemStart =
            ordinaryShape && !rest.isEmpty && Lexicon.isCommonWord(lowered)
            && !Lexicon.namesThatAreWords.contains(lowered) && Lexicon.properWords[lowered] == nil
            && rest.prefix(while: { !Lexicon.prepositions.contains($0.lowercased()) })
                .allSatisfy { word in word.first.map { !$0.isLetter || $0.isLowercase } ?? true }
            // "Level 2 diploma", "Year 6 SATs": a numbered name; "Signs of Safety": a title.
            && rest.first?.first?.isNumber != true
            && !(rest.count > 1 && Lexicon.prepositions.contains(rest[0].lowercased()) && rest[1].first?.isUppercase == true)
        guard ordinary || listItemStart else { return text }
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

// MARK: - Readings remembered

extension Note {
    /// Reads a note as typed. Returns nil when nothing is left after cleaning.
    ///
    /// Reading depends on the text alone, and the same answers are read again and again: every
    /// person's notes after each answer (for the preview), then for the plan and for the drafts.
    /// So the readings are remembered, a few thousand at most (reading was a third of a whole
    /// piped session, most of it the same notes again).
    public init?(_ raw: String) {
        if let known = Note.readings.withLock({ $0[raw] }) {
            guard let known else { return nil }
            self = known
            return
        }
        let read = Note(reading: raw)
        Note.readings.withLock { readings in
            if readings.count >= Note.maxReadings { readings.removeAll(keepingCapacity: true) }
            readings[raw] = .some(read)
        }
        guard let read else { return nil }
        self = read
    }

    /// Forgets every reading, so that a benchmark measures reading notes rather than
    /// remembering them (`followup-fuzz bench-assemble`).
    public static func forgetReadings() {
        readings.withLock { $0.removeAll() }
    }

    /// Readings by the text as typed; nil where nothing was left.
    private static let readings = Mutex<[String: Note?]>([:])
    private static let maxReadings = 4_096
}
