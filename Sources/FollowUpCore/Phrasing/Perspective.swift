/// Turns a note written about an interviewer into one written to them.
///
/// Candidates write notes in the third person ("their dbt models", "how she splits inbound
/// and outbound", "Dana doubted I had…"). In the message to that person these become second
/// person ("your dbt models", "how you split…", "you doubted…"), with the verb made to agree.
/// In a message to anyone else a note stays as written.
enum Perspective {
    /// The note as it reads to `reader`, whose names (full name, first name, how they are
    /// greeted) may appear in it.
    static func addressing(_ note: Note, readerNames: [String]) -> Note {
        var out = note
        out.text = addressing(note.text, readerNames: readerNames)
        return out
    }

    static func addressing(_ text: String, readerNames: [String]) -> String {
        var tokens = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // Names first, longest first: "Dana Kim's team" → "your team", "Dana said" → "you said".
        let names = readerNames.map { ListAnswer.clean($0) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        for name in names {
            let nameTokens = name.split(separator: " ").map { core(String($0)).lowercased() }
            var i = 0
            while i + nameTokens.count <= tokens.count {
                let window = tokens[i..<(i + nameTokens.count)].map { core($0).lowercased() }
                let last = window.last ?? ""
                let possessive = last.hasSuffix("'s") || last.hasSuffix("’s")
                let matches = zip(window, nameTokens).allSatisfy { word, name in
                    word == name || (word.hasSuffix("'s") || word.hasSuffix("’s")) && String(word.dropLast(2)) == name
                }
                if matches {
                    let punctuation = trailingPunctuation(tokens[i + nameTokens.count - 1])
                    let replacement = possessive ? "your" : "you"
                    tokens.replaceSubrange(i..<(i + nameTokens.count), with: [replacement + punctuation])
                    // "Dr Chen said" → "you said", not "Dr you said".
                    if i > 0, PersonName.honorifics[PersonName.key(core(tokens[i - 1]))] != nil {
                        tokens.remove(at: i - 1)
                        i -= 1
                    }
                    // "lunch with Sophie was easy": after a preposition the name is no subject.
                    let object = i > 0 && Lexicon.prepositions.contains(core(tokens[i - 1]).lowercased())
                    if !possessive && !object { agreeVerb(after: i, in: &tokens) }
                }
                i += 1
            }
        }
        // "one girl showed me her drawing": after someone else is named, "her" is theirs.
        let others: Set<String> = [
            "girl", "boy", "child", "kid", "student", "pupil", "patient", "customer", "client", "man", "woman", "colleague",
            "parent", "mum", "dad", "mother", "father", "resident", "guest", "baby", "toddler", "manager", "nurse", "doctor",
            "member", "user", "visitor", "passenger", "tenant", "caller", "learner", "applicant", "candidate", "someone", "somebody",
            "person", "employee", "volunteer", "owner", "buyer", "shopper", "diner", "traveller", "traveler", "player", "donor",
            "reader", "subscriber", "family", "driver", "worker", "starter", "hire",
        ]
        var i = 0
        var sawThey = false
        var sawOther = false
        var sawOthers = false
        var sawSomeone = false
        while i < tokens.count {
            let word = core(tokens[i])
            let lowered = word.lowercased().replacingOccurrences(of: "’", with: "'")
            let next = i + 1 < tokens.count ? core(tokens[i + 1]).lowercased() : ""
            if others.contains(lowered) { sawOther = true }
            // "how a member disputes a charge on their account": after someone else, any one of
            // them, "their" is theirs ("the customer journey and their CRM" is the reader's).
            if others.contains(lowered) && i > 0 && ["a", "an", "each", "every", "any", "one"].contains(core(tokens[i - 1]).lowercased())
                || ["someone", "somebody", "anyone", "everyone"].contains(lowered)
            {
                sawSomeone = true
            }
            if sawSomeone, ["their", "them", "theirs", "themselves"].contains(lowered) {
                i += 1
                continue
            }
            // "the kids showed me their class dragon": after others in the plural, "their" is theirs.
            if others.contains(String(lowered.dropLast())) || ["children", "people", "staff"].contains(lowered) { sawOthers = true }
            // "FOI requests and how long they take": the things just named take it.
            if lowered == "they", i >= 2, ["long", "often", "much", "many"].contains(core(tokens[i - 1]).lowercased()),
                core(tokens[i - 2]).lowercased() == "how",
                tokens[..<(i - 2)].contains(where: {
                    let w = core($0).lowercased(); return w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss")
                })
            {
                i += 1
                continue
            }
            if sawOthers, ["they", "their", "them", "theirs", "themselves", "they're", "they've", "they'd", "they'll"].contains(lowered) {
                i += 1
                continue
            }
            if sawOther, ["he", "she", "her", "his", "him", "hers", "herself", "himself", "he's", "she's"].contains(lowered) {
                i += 1
                continue
            }
            var replacement: String?
            var agree = false
            switch lowered {
            case "their": replacement = "your"
            case "theirs", "hers": replacement = "yours"
            case "him": replacement = "you"
            // "how they test them": after "they", "them" is the things they test.
            case "them" where !sawThey: replacement = "you"
            case "themselves": replacement = "yourselves"
            case "himself", "herself": replacement = "yourself"
            case "they":
                replacement = "you"
                sawThey = true
            // "she's been there 22 years" is "she has": "you've been there 22 years".
            case "he's", "she's":
                replacement = ["been", "got", "had", "done", "worked", "seen", "led", "run"].contains(next) ? "you've" : "you're"
            case "they're": replacement = "you're"
            case "they've": replacement = "you've"
            case "they'd", "he'd", "she'd": replacement = "you'd"
            case "they'll", "he'll", "she'll": replacement = "you'll"
            case "his": replacement = "your"
            case "he", "she":
                replacement = "you"
                agree = true
            case "her":
                // "made her a flat white": before "a" or "the" she is the one given something.
                // "with her next time", "asked her again": an object before a word about when.
                let after = i + 2 < tokens.count ? core(tokens[i + 2]).lowercased() : ""
                let when =
                    ["again", "too", "later", "soon", "today", "tomorrow", "yesterday", "afterwards", "once", "if", "when", "because", "but"]
                    .contains(next) || ["next", "last", "this"].contains(next) && ["time", "week", "month", "year", "day"].contains(after)
                let objectPosition =
                    next.isEmpty || when || Lexicon.prepositions.contains(next)
                    || ["and", "or", "that", "what", "how", "why", "a", "an", "the"].contains(next)
                replacement = objectPosition ? "you" : "your"
            default: break
            }
            if let replacement {
                tokens[i] = replace(core: word, in: tokens[i], with: matchCase(replacement, like: word))
                if agree { agreeVerb(after: i, in: &tokens) }
            }
            i += 1
        }
        let joined = tokens.joined(separator: " ")
        // "Raj and me built a macro" → "you and I built …": the subject, in the case a subject takes.
        for form in ["you and me ", "You and me "] where joined.hasPrefix(form) {
            return (form.first == "Y" ? "You" : "you") + " and I " + joined.dropFirst(form.count)
        }
        return joined
    }

    /// Makes the verb after a new "you" agree with it: "you is" → "you are", "you runs" → "you run".
    private static func agreeVerb(after index: Int, in tokens: inout [String]) {
        let adverbs: Set<String> = ["also", "really", "still", "often", "usually", "always", "never", "just", "already", "clearly", "kindly", "even"]
        var j = index + 1
        while j < tokens.count, adverbs.contains(core(tokens[j]).lowercased()) { j += 1 }
        guard j < tokens.count else { return }
        let word = core(tokens[j])
        let lowered = word.lowercased()
        let fixed: String?
        switch lowered {
        case "is": fixed = "are"
        case "was": fixed = "were"
        case "has": fixed = "have"
        case "does": fixed = "do"
        case "isn't": fixed = "aren't"
        case "wasn't": fixed = "weren't"
        case "hasn't": fixed = "haven't"
        case "doesn't": fixed = "don't"
        default:
            if lowered.hasSuffix("s"), !lowered.hasSuffix("ss"), let base = Note.presentBase(lowered), base != lowered {
                fixed = base
            } else {
                fixed = nil
            }
        }
        if let fixed { tokens[j] = replace(core: word, in: tokens[j], with: fixed) }
    }

    /// The word without the punctuation around it (as `trimmingCharacters(in:)` would, scalar
    /// by scalar, without making a character set for every word).
    static func core(_ token: String) -> String {
        let scalars = token.unicodeScalars
        guard let first = scalars.firstIndex(where: { !punctuation.contains($0) }),
            let last = scalars.lastIndex(where: { !punctuation.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    private static let punctuation: Set<Unicode.Scalar> = Set(".,;:!?()\"“”[]".unicodeScalars)

    private static func trailingPunctuation(_ token: String) -> String {
        String(token.reversed().prefix(while: { ".,;:!?)\"”".contains($0) }).reversed())
    }

    private static func replace(core: String, in token: String, with replacement: String) -> String {
        guard let range = token.range(of: core) else { return replacement }
        return token.replacingCharacters(in: range, with: replacement)
    }

    private static func matchCase(_ word: String, like original: String) -> String {
        guard original.first?.isUppercase == true else { return word }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// True when the note speaks of someone in the third person ("their", "she", "his team").
    static func speaksOfSomeone(_ text: String) -> Bool {
        let pronouns: Set<String> = ["their", "they", "them", "theirs", "he", "she", "his", "her", "him", "hers", "they're", "they've", "he's", "she's"]
        return Note.words(text).contains { pronouns.contains($0) }
    }
}
