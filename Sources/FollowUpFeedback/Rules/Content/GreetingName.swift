import FollowUpCore
import Foundation

/// `content.greeting`: the greeting is missing, names nobody, or names the wrong person.
public struct GreetingName: FeedbackRule {
    public let id = "content.greeting"
    public let defaultSeverity = Severity.error
    public let summary = "Missing greeting, a greeting with no name, or a name the context does not know."
    public let explanation =
        "Address the interviewer by name, the way they introduced themselves (first name, or title and surname); a wrong or misspelt name undoes the message."

    static let salutation = Pattern(
        "^\\s*(dear|hi|hello|hey|heya|hiya|yo|howdy|sup|greetings|good (morning|afternoon|evening)|to whom it may concern|what's up)\\b[ \\t]*")
    static let impersonal: Set<String> = [
        "", "sir", "madam", "sir or madam", "sir/madam", "hiring manager", "hiring team", "team", "all", "there",
        "everyone", "recruiter", "interviewer", "recruiting team", "whom it may concern",
    ]
    /// Greetings to nobody that read as a form letter whatever the context.
    static let formLetter: Set<String> = ["sir", "madam", "sir or madam", "sir/madam", "whom it may concern", ""]
    /// Name particles written in lowercase (“de la Croix”, “van der Berg”).
    static let particles: Set<String> = [
        "de", "la", "le", "da", "di", "del", "della", "van", "von", "der", "den", "ter", "bin", "al", "el", "du", "dos", "das",
    ]
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor"]

    public init() {}

    /// The greeting line's name part: UTF-16 range in the body and the text (read once, as
    /// `DraftDocument.greetingName`).
    static func namePart(in document: DraftDocument) -> (range: NSRange, name: String)? {
        guard let line = document.greetingLine else { return nil }
        let lineRange = document.range(ofLine: line)
        let text = document.text(lineRange)
        guard let salutation = salutation.firstMatch(in: text) else { return nil }
        let ns = text as NSString
        let start = salutation.location + salutation.length
        // The name ends at the first , : ! — ; or line break.
        let units = Array(text.utf16)
        var end = start
        while end < units.count, ![0x2C, 0x3A, 0x21, 0x2014, 0x3B, 0x0A].contains(units[end]) { end += 1 }
        var name = ns.substring(with: NSRange(location: start, length: end - start))
        name = DraftDocument.trimmedWhitespace(name)
        // "Hi Ana thank you for…": the name is the run of capitalised words (and "and", "&").
        let tokens = name.split(separator: " ", omittingEmptySubsequences: true)
        if let first = tokens.first?.first, first.isUppercase {
            let kept = tokens.prefix { token in
                token.first.map { $0.isUppercase || !$0.isLetter } ?? false || token == "and" || token == "&"
            }
            var trimmed = Array(kept)
            while let last = trimmed.last, last == "and" || last == "&" { trimmed.removeLast() }
            name = trimmed.joined(separator: " ")
        }
        let length = (name as NSString).length
        return (NSRange(location: lineRange.location + start, length: length), name)
    }

    /// The capitalised words of the greeting's name part, lowercased ("Hi Meera and Tom" gives
    /// "meera" and "tom").
    static func greetedNameWords(in document: DraftDocument) -> Set<String> {
        guard let part = document.greetingName else { return [] }
        return Set(
            part.name.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" })
                .filter { $0.first?.isUppercase == true }.map { $0.lowercased() })
    }

    /// The name with capitals, when a word of it (not a particle) is typed in lowercase.
    static func lowercaseName(_ name: String) -> String? {
        let words = name.split(separator: " ").map(String.init)
        let joining: Set<String> = ["and", "&"]
        guard words.contains(where: { $0.first?.isLowercase == true && !particles.contains($0) && !joining.contains($0) }) else { return nil }
        return words.enumerated().map { index, word in
            index > 0 && (particles.contains(word) || joining.contains(word)) ? word : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// Someone the subject or the prose thanks by name (“Thank you, Ms. Whitaker,”).
    static let thanksByName = Pattern(
        "(?-i:\\b(?:[Tt]hank you|[Tt]hanks)(?: again)?(?: so much)?, ((?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\\.? )?\\p{Lu}[\\p{L}'’-]+)(?=[,.!]))")

    /// The name the subject line or the prose thanks, when there is one.
    static func addressedElsewhere(in document: DraftDocument) -> String? {
        // (No paragraph can thank anyone by name when the body holds none of the words.)
        let paragraphs = thanksByName.mayMatchWithin(folded: document.foldedBody) ? document.paragraphs.map { document.text($0.range) } : []
        let texts = [document.draft.subject?.text ?? ""] + paragraphs
        for text in texts {
            guard let match = thanksByName.firstMatch(in: text) else { continue }
            let whole = (text as NSString).substring(with: match)
            guard let comma = whole.firstIndex(of: ",") else { continue }
            return whole[whole.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// True when two ways of writing a name can be the same person: a word in common, once
    /// honorifics are set aside (“Ana” and “Ana Lima”, “Dr. Osei” and “Amara Osei”).
    static func sameAddressee(_ a: String, _ b: String) -> Bool {
        func words(_ name: String) -> Set<String> {
            Set(normalized(name).split(separator: " ").map(String.init)).subtracting(honorifics)
        }
        return !words(a).isDisjoint(with: words(b))
    }

    /// The interviewer the greeting names, if it names one the context knows.
    static func addressee(in document: DraftDocument, answers: Answers) -> Interviewer? {
        guard let part = document.greetingName else { return nil }
        if let exact = answers.interviewers.first(where: { accepts(part.name, for: $0) }) { return exact }
        return person(named: part.name, in: answers.interviewers)
    }

    /// The interviewer whose first or full name is `name`, whatever form of address they asked for.
    static func person(named name: String, in interviewers: [Interviewer]) -> Interviewer? {
        let given = normalized(name)
        return interviewers.first {
            let full = normalized($0.name)
            return given == full || given == full.split(separator: " ").first.map(String.init)
                || given == normalized($0.personName.given)
        }
    }

    /// Case, full stops and accents don't matter: "Dear Emilie" greets Émilie.
    static func normalized(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: ".", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// True when `written` is an acceptable way to greet `person`.
    static func accepts(_ written: String, for person: Interviewer) -> Bool {
        let given = normalized(written)
        // Whatever tone the note is in: "Dr. Osei", "Amara Osei" or "Amara".
        if Tone.allCases.contains(where: { normalized(person.greetingName(tone: $0)) == given }) { return true }
        guard person.addressAs?.isEmpty ?? true else { return false }
        let full = normalized(person.name)
        if given == full { return true }
        // "Ms. Lima" or "Dr. Ana Lima" when no form of address was given.
        let parts = given.split(separator: " ").map(String.init)
        if parts.count >= 2, honorifics.contains(parts[0]) {
            let rest = parts.dropFirst().joined(separator: " ")
            let surname = full.split(separator: " ").last.map(String.init) ?? full
            return rest == surname || rest == full
        }
        return false
    }

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        let interviewers = context.answers?.interviewers ?? []
        let recruiter = context.answers?.recruiter
        let tone = context.answers?.tone ?? .warm
        let knownNames = interviewers.map { $0.greetingName(tone: tone) } + (recruiter.map { [$0.name] } ?? [])
        guard let part = document.greetingName else {
            guard !document.proseWords.isEmpty else { return [] }
            var finding = document.finding(
                self, at: NSRange(location: document.openingRange.location, length: 0),
                message: "No greeting: start with “Dear <name>,” or “Hi <name>,”",
                suggestions: knownNames.prefix(1).map { "Dear \($0)," })
            finding.severity = .warning
            return [finding]
        }
        let given = Self.normalized(part.name)
        if Self.impersonal.contains(given) {
            let anchor = part.range.length > 0 ? part.range : document.openingRange
            // After an interview the writer knows whom they met: a greeting to nobody at all
            // reads as a form letter even when this check does not know the name.
            let formLetter = Self.formLetter.contains(given) || Self.normalized(document.text(anchor)).contains("whom it may concern")
            var finding = document.finding(
                self, at: anchor,
                message: formLetter
                    ? "“\(document.text(anchor))” reads as a form letter: greet the person you met by name"
                    : "The greeting names nobody: use the interviewer's name",
                suggestions: knownNames.map { $0 })
            finding.severity = interviewers.isEmpty && !formLetter ? .suggestion : .warning
            return [finding]
        }
        if let lower = Self.lowercaseName(part.name) {
            return [
                document.finding(
                    self, at: part.range, message: "“\(part.name)”: a name takes a capital", suggestions: [lower])
            ]
        }
        if let other = Self.addressedElsewhere(in: document), !Self.sameAddressee(other, part.name) {
            return [
                document.finding(
                    self, at: part.range,
                    message: "The greeting names \(part.name), but the message addresses \(other): greet the person you are writing to",
                    suggestions: [other])
            ]
        }
        guard !interviewers.isEmpty || recruiter != nil else { return [] }
        // "Ana and Ben", "Ana, Ben" (rare in a greeting line before the comma) — check each name.
        let names = part.name.components(separatedBy: " and ").flatMap { $0.components(separatedBy: " & ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !Self.impersonal.contains(Self.normalized($0)) }
        // A note written to one interviewer that greets another.
        if let intended = context.recipientInterviewer, !names.contains(where: { Self.accepts($0, for: intended) }),
            let greeted = names.lazy.compactMap({ name in
                interviewers.first { Self.accepts(name, for: $0) } ?? Self.person(named: name, in: interviewers)
            }).first(where: { $0 != intended })
        {
            return [
                document.finding(
                    self, at: part.range, message: "This note is for \(intended.name), but the greeting names \(greeted.name)",
                    suggestions: [intended.greetingName(tone: tone)])
            ]
        }
        for name in names {
            if interviewers.contains(where: { Self.accepts(name, for: $0) }) { continue }
            if let recruiter,
                Self.normalized(recruiter.name) == Self.normalized(name)
                    || Self.normalized(recruiter.name).split(separator: " ").first.map(String.init) == Self.normalized(name)
            {
                continue
            }
            // The right person, the wrong form of address?
            if let person = Self.person(named: name, in: interviewers) {
                return [
                    document.finding(
                        self, at: part.range,
                        message: "\(person.name) should be addressed as “\(person.greetingName(tone: tone))”",
                        suggestions: [person.greetingName(tone: tone)])
                ]
            }
            let ranked = knownNames.sorted { editDistance(name, $0) < editDistance(name, $1) }
            return [
                document.finding(
                    self, at: part.range,
                    message: "“\(name)” is not an interviewer in this context (\(knownNames.joined(separator: ", ")))",
                    suggestions: Array(ranked.prefix(2)))
            ]
        }
        return []
    }
}
