/// Material the candidate promised, read into what it is and how a draft keeps the promise:
/// a link is pasted (the URL when the note holds one, else a placeholder), a document is
/// attached (with a placeholder that says so), references are written out.
struct PromisedItem: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A number or a detail given in the text ("my state license number"), not attached.
        case link, document, people, detail
    }

    /// What it is, fit to follow "the link to" or "I've attached": "my portfolio", "two references".
    var label: String
    /// How another message names it: "the link to my class website", "my writing sample".
    /// (A bare address is "the page I mentioned" to the interviewer, who heard of it, but
    /// "the link I promised" to a recruiter, who did not.)
    var mention: String {
        if label == PromisedItem.bareLink { return "the link I promised" }
        // "the research repo template I mentioned": the recruiter heard no mention of it.
        var said = label
        for tail in [" I mentioned", " we discussed", " we talked about", " you asked for", " you asked about", " I told you about"]
        where said.hasSuffix(tail) && said.count > tail.count + 4 {
            said = String(said.dropLast(tail.count))
        }
        return kind == .link ? "the link to \(said)" : said
    }

    /// What a promised address typed alone is called.
    static let bareLink = "the page I mentioned"

    /// The address, when the note gave one.
    var url: String?
    var kind: Kind
    /// When the thing will come, for one promised for later: "once I pass the test".
    var condition: String?

    init?(_ raw: String) {
        var words = ListAnswer.clean(raw).split(separator: " ").map(String.init)
        let urlIndex = words.firstIndex { PromisedItem.looksLikeURL($0) }
        url = urlIndex.map { words[$0].trimmingCharacters(in: .init(charactersIn: "()<>[],;.")) }
        if let urlIndex { words.remove(at: urlIndex) }
        // "send Tom my rehab protocol doc", "email her the deck": what is sent, not the errand.
        if let verb = words.first?.lowercased(), ["send", "email", "forward", "share", "give", "get", "bring", "post"].contains(verb),
            words.count > 1
        {
            words.removeFirst()
            if words.count > 1, let next = words.first,
                next.first?.isLetter == true, !Lexicon.determiners.contains(next.lowercased()),
                Lexicon.determiners.contains(words[1].lowercased()) || words[1].first?.isNumber == true
            {
                words.removeFirst()
            }
        }
        var text = words.joined(separator: " ")
        // "drawings (if NDA allows)": the candidate's own caveat, not for the reader.
        while let open = text.range(of: "(if ", options: .caseInsensitive), let close = text[open.upperBound...].firstIndex(of: ")") {
            text.removeSubrange(open.lowerBound...close)
            text = ListAnswer.clean(text)
        }
        // "CSCS card once I pass the test": promised for later, so sent then, not attached now.
        condition = nil
        for lead in [" once ", " as soon as ", " when ", " after "] {
            if let range = text.range(of: lead, options: .caseInsensitive), text[..<range.lowerBound].contains(where: \.isLetter),
                Note.words(String(text[range.upperBound...])).first.map({ Lexicon.subjectPronouns.contains($0) || $0 == "it's" }) == true
            {
                condition = Note(String(text[range.lowerBound...]).trimmingCharacters(in: .whitespaces))?.text
                text = String(text[..<range.lowerBound])
                break
            }
        }
        // "the 2 reels once done", "slides when ready", "the audit summary next week": still to
        // be made, so sent then, never "attached" now.
        let states: [String: String] = [
            "done": "ready", "ready": "ready", "finished": "finished", "complete": "finished", "completed": "finished",
            "edited": "edited", "approved": "approved", "signed": "signed",
        ]
        for lead in [" once ", " when ", " as soon as "] where condition == nil {
            if let range = text.range(of: lead, options: [.caseInsensitive, .backwards]), text[..<range.lowerBound].contains(where: \.isLetter),
                let state = states[text[range.upperBound...].lowercased().trimmingCharacters(in: .whitespaces)]
            {
                let thing = String(text[..<range.lowerBound])
                let plural = Note.words(thing).last.map { $0.hasSuffix("s") && !$0.hasSuffix("ss") } ?? false
                condition = "as soon as " + (plural ? "they're " : "it's ") + state
                text = thing
            }
        }
        for timing in [" by next week", " next week", " later this week", " by the end of the week", " by end of week"] where condition == nil {
            if text.lowercased().hasSuffix(timing), text.count > timing.count + 2 {
                condition = timing.hasPrefix(" by") ? String(timing.dropFirst()) : "by" + timing.replacingOccurrences(of: " later", with: "")
                text = String(text.dropLast(timing.count))
            }
        }
        while let last = text.last, ":-–—(".contains(last) || last == " " { text.removeLast() }
        text = text.replacingOccurrences(of: "()", with: "")
        var note = Note(text)
        var lowered = note?.text.lowercased() ?? ""
        var isLink = url != nil
        for lead in ["a link to ", "the link to ", "link to ", "links to ", "a url for ", "the url for ", "a link for "]
        where lowered.hasPrefix(lead) {
            note = Note(String(note?.text.dropFirst(lead.count) ?? ""))
            lowered = note?.text.lowercased() ?? ""
            isLink = true
        }
        // "GitHub link to my side project": what the link is to.
        if let range = lowered.range(of: " link to "), let rest = note.map({ String($0.text[range.upperBound...]) }) {
            note = Note(rest)
            lowered = note?.text.lowercased() ?? ""
            isLink = true
        }
        for tail in [" link", " url", " links"] where lowered.hasSuffix(tail) {
            note = Note(String(note?.text.dropLast(tail.count) ?? ""))
            lowered = note?.text.lowercased() ?? ""
            isLink = true
        }
        let noteWords = Note.words(lowered)
        if !isLink, noteWords.contains(where: Lexicon.linkWords.contains) { isLink = true }
        let label: String
        if let note {
            label = PromisedItem.determined(note.text)
        } else if url != nil {
            label = PromisedItem.bareLink
        } else {
            return nil
        }
        self.label = label
        if isLink {
            kind = .link
        } else if noteWords.prefix(while: { !["with", "including", "plus"].contains($0) }).contains(where: Lexicon.peopleWords.contains) {
            // "my updated resume with referees" is a document; "references from my managers" people.
            kind = .people
        } else if let last = noteWords.last, ["number", "no", "id", "pin", "code", "availability", "dates"].contains(last) {
            kind = .detail
        } else {
            kind = .document
        }
    }

    /// A label that can follow "I've attached": a bare singular gets "my" ("portfolio" → "my portfolio").
    static func determined(_ text: String) -> String {
        // "copy of HCPC registration" → "a copy of my HCPC registration".
        for lead in ["copy of ", "a copy of ", "copies of "] where text.lowercased().hasPrefix(lead) {
            return (lead == "copies of " ? "copies of " : "a copy of ") + determined(String(text.dropFirst(lead.count)))
        }
        // "scan of my passport" → "a scan of my passport".
        for kind in ["scan", "photo", "photocopy", "printout"] {
            for lead in [kind + " of ", "my " + kind + " of "] where text.lowercased().hasPrefix(lead) {
                return ThankYouPhrases.article(kind) + " \(kind) of " + determined(String(text.dropFirst(lead.count)))
            }
        }
        // "couple of content ideas" → "a couple of content ideas".
        for lead in ["couple of ", "few ", "handful of "] where text.lowercased().hasPrefix(lead) {
            return "a " + text
        }
        // "sample of the stay interview program": one sample of something named.
        for lead in ["sample of ", "example of ", "extract from ", "excerpt from "] where text.lowercased().hasPrefix(lead) {
            let rest = String(text.dropFirst(lead.count))
            let first = Note.words(rest).first ?? ""
            return ThankYouPhrases.article(lead) + " " + lead + (Lexicon.determiners.contains(first) ? rest : determined(rest))
        }
        // "list of references": the references.
        for lead in ["list of ", "a list of ", "my list of "] where text.lowercased().hasPrefix(lead) && text.lowercased().hasSuffix("references") {
            return "my " + text.dropFirst(lead.count)
        }
        // "references from my current manager": one manager, one reference ("references from
        // granby", a place, stay several).
        for lead in ["references from ", "referees from "] where text.lowercased().hasPrefix(lead) {
            let source = Note.words(String(text.dropFirst(lead.count)))
            let several =
                source.contains { ["two", "three", "both", "all", "several"].contains($0) || $0.first?.isNumber == true }
                || source.last?.hasSuffix("s") == true || source.contains("and")
            let onePerson = source.last.map { Lexicon.personNouns.contains($0) || Lexicon.roleNouns.contains($0) } ?? false
            if !several && onePerson { return "my " + (lead.hasPrefix("references") ? "reference" : "referee") + " from " + text.dropFirst(lead.count) }
        }
        let first = Note.words(text).first ?? ""
        if Lexicon.determiners.contains(first) || first.first?.isNumber == true {
            // "a writing sample" reads better as "my writing sample" once it is attached; "a
            // sample trail I wrote" as "the sample trail I wrote", its owner said already.
            if first == "a" || first == "an" {
                let rest = text.split(separator: " ").dropFirst().joined(separator: " ")
                return (Note.words(rest).contains { ["i", "i've", "i'd"].contains($0) } ? "the " : "my ") + rest
            }
            return text
        }
        return "my " + text
    }

    static func looksLikeURL(_ word: String) -> Bool {
        // "(https://github.com/me/repo)": the address inside the brackets it was typed in.
        let lowered = word.lowercased().trimmingCharacters(in: .init(charactersIn: "()<>[],;"))
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.") { return true }
        // "github.com/me", "me.dev/portfolio"
        let host = lowered.split(separator: "/").first ?? ""
        return lowered.contains("/") && host.contains(".") && !host.hasSuffix(".") && host.allSatisfy { $0.isLetter || $0.isNumber || ".-".contains($0) }
    }

    /// The sentence that keeps the promise, with the link or a placeholder, in the tone's words.
    /// The first item says "as promised"; the ones after it say "also".
    func sentence(_ tone: Tone, first: Bool = true) -> String {
        // Mail clients leave a final full stop out of a link, so the sentence can end like any other.
        let text = unpunctuated(tone, first: first)
        // "… attached my portfolio. [attach your portfolio]": the reminder after the sentence,
        // deleted once the file is attached, takes no full stop of its own.
        return text.hasSuffix(".") || kind == .document && condition == nil ? text : text + "."
    }

    private func unpunctuated(_ tone: Tone, first: Bool) -> String {
        let formal = tone == .formal
        let have = formal ? "I have" : "I've"
        if let condition {
            let will = formal ? "I will" : "I'll"
            if !first { return "\(will) also send \(label) \(condition)" }
            return tone == .brief ? "\(will) send \(label) \(condition), as promised" : "As promised, \(will) send \(label) \(condition)"
        }
        switch kind {
        case .link:
            let target = url ?? Placeholder.paste(label)
            if !first { return "Here is the link to \(label): \(target)" }
            return tone == .brief ? "The link to \(label), as promised: \(target)" : "As promised, here is the link to \(label): \(target)"
        case .document:
            let reminder = Placeholder.attach(label)
            if !first { return "\(have) also attached \(label). \(reminder)" }
            return tone == .brief ? "I've attached \(label), as promised. \(reminder)" : "As promised, \(have) attached \(label). \(reminder)"
        case .detail:
            let value = Placeholder.add(label)
            if !first { return "\(label.prefix(1).uppercased() + label.dropFirst()) is \(value)" }
            return tone == .brief ? "\(label.prefix(1).uppercased() + label.dropFirst()), as promised: \(value)" : "As promised, \(label) is \(value)"
        case .people:
            // One reference or several: "the referee's details", "each referee's details".
            let words = Note.words(label)
            let several = words.contains { ["references", "referees", "contacts"].contains($0) }
            let details = Placeholder.add((several ? "each" : "the") + " reference's name, role and contact details")
            if !first { return "Here are the details of \(label): \(details)" }
            return tone == .brief ? "Details of \(label), as promised: \(details)" : "As promised, here are the details of \(label): \(details)"
        }
    }
}
