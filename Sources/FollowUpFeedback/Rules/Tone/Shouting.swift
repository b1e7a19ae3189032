import Foundation

/// `tone.shouting`: words in capitals for emphasis.
public struct Shouting: FeedbackRule {
    public let id = "tone.shouting"
    public let defaultSeverity = Severity.warning
    public let summary = "Words in capitals for emphasis (“VERY excited”, “THANK YOU”); acronyms are fine."
    public let explanation = "Capitals read as shouting. Keep the emphasis in the words, not the case."

    /// Emphasis words that are shouting even without a dictionary to tell them from acronyms.
    static let emphasis: Set<String> = [
        "very", "really", "extremely", "always", "never", "must", "need", "please", "urgent", "important", "thank",
        "thanks", "now", "huge", "love", "excited", "definitely", "absolutely", "truly", "so", "not", "any",
        "all", "best", "great", "amazing", "happy", "hope", "want", "today", "you",
    ]
    /// Capitalised words that are names of things, not emphasis.
    static let acronyms: Set<String> = [
        "rest", "aws", "gcp", "html", "css", "json", "yaml", "sql", "nosql", "api", "apis", "ceo", "cto", "cfo",
        "coo", "vp", "hr", "ux", "ui", "qa", "sre", "ml", "ai", "pdf", "cv", "usa", "uk", "eu", "gdpr", "hipaa",
        "soc", "iso", "saas", "kpi", "kpis", "okr", "okrs", "eta", "faq", "crm", "erp", "it", "pr", "ci", "cd",
        "llm", "gpu", "cpu", "nasa", "ibm", "sap", "cobol", "scrum", "ios", "os", "id", "ids", "ok", "am", "pm",
        "ny", "nyc", "sf", "la", "dc", "phd", "mba", "bsc", "msc", "ba", "ma", "cpa", "rn", "md", "gmt", "utc",
        "est", "pst", "cet", "tbd", "etl", "sdk", "ide", "http", "https", "url", "tcp", "ip", "dns", "ssh", "vpn",
        "b2b", "b2c", "roi", "asap", "fyi", "rsvp", "hris", "sop", "sops", "emr", "ehr", "nhs", "gp", "icu", "er", "lpn", "cna", "p&l", "seo", "sem", "cms",
        "gis", "mit", "ucla", "unicef", "nato", "who", "usb",
    ]

    public init() {}

    public func check(_ document: DraftDocument, context: FeedbackContext) -> [Finding] {
        let known = context.knownWords
        let words = document.proseWords
        func isCaps(_ text: String) -> Bool {
            var asciiLetters = 0
            var ascii = true
            for byte in text.utf8 {
                if byte >= 0x80 { ascii = false; break }
                if byte >= 0x61 && byte <= 0x7A { return false }  // a lowercase letter: not capitals
                if byte >= 0x41 && byte <= 0x5A { asciiLetters += 1 }
            }
            if ascii {
                // The same test on bytes: ASCII letters are the only letters, A-Z the only capitals.
                return asciiLetters >= 2 && !known.contains(text.lowercased())
            }
            let letters = text.filter(\.isLetter)
            return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !known.contains(text.lowercased())
        }
        func isEmphasis(_ word: DraftWord) -> Bool {
            let lower = word.text.lowercased()
            if Self.acronyms.contains(lower) { return false }
            if Self.emphasis.contains(lower) { return true }
            if let speller = context.spellChecker, lower.count >= 4, speller.isCorrect(lower) { return true }
            return false
        }
        var findings: [Finding] = []
        var index = 0
        while index < words.count {
            // (A word's text is asked for, not the word: copying each word was a third of the rule.)
            guard isCaps(words[index].text) else { index += 1; continue }
            var end = index
            while end + 1 < words.count, isCaps(words[end + 1].text), words[end + 1].lineIndex == words[end].lineIndex { end += 1 }
            let run = words[index...end]
            let acronymRun = run.allSatisfy { Self.acronyms.contains($0.text.lowercased()) }
            if (run.count >= 2 && !acronymRun) || run.contains(where: isEmphasis) {
                let first = words[index].range
                let last = words[end].range
                let range = NSRange(location: first.location, length: last.location + last.length - first.location)
                let text = document.text(range)
                findings.append(
                    document.finding(self, at: range, message: "“\(text)” in capitals reads as shouting", suggestions: [text.lowercased()]))
            }
            index = end + 1
        }
        return findings
    }
}
