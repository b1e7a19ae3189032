import Foundation

/// Splits a typed list: "Ana Pérez, Bob Li and Chen" or "scaling; on-call; hiring".
public enum ListAnswer {
    /// Splits names on commas, semicolons and a final " and ".
    public static func names(_ text: String) -> [String] {
        let unified =
            text
            .replacingOccurrences(of: " and ", with: ",")
            .replacingOccurrences(of: " & ", with: ",")
            .replacingOccurrences(of: ";", with: ",")
        return unified.split(separator: ",").map(clean).filter { !$0.isEmpty }
    }

    /// The names with the titles typed beside them: "mrs jolene park, branch mgr" is one person
    /// and her title, and so is "Jolene Park (branch manager)"; "Ana Pérez, Bob Li" two people.
    public static func namesWithTitles(_ text: String) -> [(name: String, title: String?)] {
        var people: [(name: String, title: String?)] = []
        for item in names(text) {
            var name = item
            var title: String?
            if let open = item.firstIndex(of: "("), item.hasSuffix(")"), open > item.startIndex {
                name = clean(item[..<open])
                title = clean(item[item.index(after: open)..<item.index(before: item.endIndex)])
            }
            if !people.isEmpty, people[people.count - 1].title == nil, isTitle(item) {
                people[people.count - 1].title = item
                continue
            }
            people.append((name, title.flatMap { $0.isEmpty ? nil : $0 }))
        }
        return people
    }

    /// True for a role typed where a name goes ("branch mgr", "HR", "head of sales"): a role
    /// word, and no word that is a given name.
    static func isTitle(_ text: String) -> Bool {
        let words = Note.words(text).map { Lexicon.shorthand[$0] ?? $0 }
        return (1...5).contains(words.count) && words.contains(where: roles.contains)
            && !words.contains(where: { Lexicon.writtenName($0) != nil && !roles.contains($0) })
    }

    /// Words that make a typed item a role (`isTitle`), made once.
    private static let roles = Lexicon.roleNouns.union(Lexicon.personNouns).union([
        "ceo", "cto", "cfo", "coo", "vp", "hr", "recruiter", "partner", "associate", "principal", "founder", "owner", "chef", "gm",
        "hiring", "talent", "svp", "evp", "md", "cno", "matron",
    ])

    /// Splits items on semicolons; when there are none, on commas.
    public static func items(_ text: String) -> [String] {
        let separator: Character = text.contains(";") ? ";" : ","
        return text.split(separator: separator).map(clean).filter { !$0.isEmpty }
    }

    /// Splits notes on semicolons only: a comma inside a note is part of it ("showed me the
    /// dental suite, v impressive"); a typed list of short phrases is split where the drafts
    /// read it (`InterviewLoop.splitItems`), as for an answers file.
    public static func notes(_ text: String) -> [String] {
        text.split(separator: ";").map(clean).filter { !$0.isEmpty }
    }

    /// Collapses runs of white space and trims the ends.
    public static func clean(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
