import FollowUpCore
import Foundation
import TestSupport
import XCTest

/// Generative tests for the drafts: 500 random answers, built from tables of notes typed the
/// way candidates type them (noun phrases, gerunds, subjectless past clauses, whole sentences,
/// lowercase fragments, "etc", third person about the interviewer, time words, concerns told
/// as stories, promised items with and without links), composed with the default templates.
/// Every draft must keep each property below; one test per property, so a failure names it.
///
/// A failure reports how many cases broke the property and the smallest example: its seed
/// (rebuild it with `DraftPropertyTests.makeAnswers(seed:)`), the draft and what is wrong.
final class DraftPropertyTests: XCTestCase {
    static let caseCount = 500
    static let baseSeed: UInt64 = 20_261_121

    struct Case: Sendable {
        var seed: UInt64
        var answers: Answers
        var drafts: [EmailDraft]
    }

    /// Composed once for all the properties.
    static let cases: [Case] = (0..<UInt64(caseCount)).map { n in
        let seed = baseSeed &+ n
        let answers = makeAnswers(seed: seed)
        return Case(seed: seed, answers: answers, drafts: DraftComposer().compose(answers).drafts)
    }

    // MARK: - The properties

    func testNoDoubledWord() { check("no doubled word", Self.doubledWord) }
    func testNoSentenceStartsLowercase() { check("no sentence starts with a lowercase letter", Self.lowercaseSentenceStart) }
    func testNoHonorificOnlyGreeting() { check("no greeting that is only an honorific", Self.honorificOnlyGreeting) }
    func testThankYouGreetsItsRecipient() { check("a thank-you greets its own recipient", Self.thankYouGreetsSomeoneElse) }
    func testReaderIsYouInTheirThankYou() { check("the reader's things are 'your …' in their thank-you", Self.thirdPersonForReader) }
    func testAttachedOnlyWithLinkOrPlaceholder() { check("'attached'/'enclosed' only with a link or [placeholder]", Self.attachedWithoutThing) }
    func testNoDoubledFullStop() { check("no '..'", Self.doubledFullStop) }
    func testNoSpaceBeforeComma() { check("no ' ,'", Self.spaceBeforeComma) }
    func testNoSpaceInsideOpeningParenthesis() { check("no '( '", Self.spaceAfterParenthesis) }
    func testNoEmptyParentheses() { check("no '()'", Self.emptyParentheses) }
    func testNoSecondFullStopAfterEtc() { check("no 'etc' followed by a second full stop", Self.etcDoubleStop) }
    func testNoSentenceWithTwoColons() { check("no sentence with two colons", Self.twoColons) }
    func testNoDoubleSpaces() { check("no double spaces", Self.doubleSpace) }
    func testBodiesAreAtMost230Words() { check("every body at most 230 words", Self.tooLong) }

    /// Each check flags the sentence it is about and passes its careful rewrite, so that a
    /// property that passes does so because the drafts keep it.
    func testTheChecksCatchWhatTheyClaim() {
        let osei = Interviewer(name: "Dr. Amara Osei", topics: ["their dbt models"])
        let answers = Answers(interviewers: [osei, Interviewer(name: "Marcus Bell")])
        let item = Case(seed: 0, answers: answers, drafts: [])
        func draft(_ body: String) -> EmailDraft {
            EmailDraft(id: "thank-you-1", kind: .thankYou, recipientName: osei.name, subject: "Thank you", body: body)
        }
        let pairs: [(Property, bad: String, good: String)] = [
            (Self.doubledWord, "Dear Dr. Osei,\n\nI liked the the tour.", "Dear Dr. Osei,\n\nI liked the tour. That tour was 20 20 minutes."),
            (
                Self.lowercaseSentenceStart, "Dear Dr. Osei,\n\nThanks. headcount is frozen.",
                "Dear Dr. Osei,\n\nThanks. iPhone users, e.g. me, agree.\n\nAna\nana@example.com"
            ),
            (Self.honorificOnlyGreeting, "Dear Dr.,\n\nThanks.", "Dear Dr. Osei,\n\nThanks."),
            (Self.honorificOnlyGreeting, "Dear Hon.,\n\nThanks.", "Dear Hon. Margaret Whitfield,\n\nThanks."),
            (Self.thankYouGreetsSomeoneElse, "Hi Marcus,\n\nThanks.", "Hi Amara,\n\nThanks."),
            (
                Self.thirdPersonForReader, "Dear Dr. Osei,\n\nI enjoyed hearing about their dbt models.",
                "Dear Dr. Osei,\n\nI enjoyed hearing about your dbt models."
            ),
            (Self.attachedWithoutThing, "Hi Amara,\n\nAttached is my portfolio.", "Hi Amara,\n\nAttached is my portfolio: [attach the portfolio]."),
            (Self.doubledFullStop, "Hi Amara,\n\nThanks..", "Hi Amara,\n\nThanks..."),
            (Self.spaceBeforeComma, "Hi Amara ,\n\nThanks.", "Hi Amara,\n\nThanks."),
            (Self.spaceAfterParenthesis, "Hi Amara,\n\nThe audit ( May).", "Hi Amara,\n\nThe audit (May)."),
            (Self.emptyParentheses, "Hi Amara,\n\nThe audit ().", "Hi Amara,\n\nThe audit (May)."),
            (Self.etcDoubleStop, "Hi Amara,\n\nShrink, rota etc..", "Hi Amara,\n\nShrink, rota, etc. Thanks."),
            (Self.twoColons, "Hi Amara,\n\nAs promised: portfolio: here.", "Hi Amara,\n\nAs promised: https://example.com/a at 10:30."),
            (Self.doubleSpace, "Hi Amara,\n\nThanks.  Bye.", "Hi Amara,\n\nThanks. Bye."),
            (Self.tooLong, String(repeating: "word ", count: 231), String(repeating: "word ", count: 230)),
        ]
        for (index, pair) in pairs.enumerated() {
            XCTAssertNotNil(pair.0(item, draft(pair.bad)), "check \(index) missed: \(pair.bad)")
            XCTAssertNil(pair.0(item, draft(pair.good)), "check \(index) flagged: \(pair.good)")
        }
    }

    /// A property: what is wrong with this draft of this case, or nil.
    typealias Property = @Sendable (Case, EmailDraft) -> String?

    private func check(_ name: String, _ property: Property, file: StaticString = #filePath, line: UInt = #line) {
        var brokenCases = 0
        var brokenDrafts = 0
        var smallest: (case: Case, draft: EmailDraft, problem: String)?
        for item in Self.cases {
            var broken = false
            for draft in item.drafts {
                guard let problem = property(item, draft) else { continue }
                broken = true
                brokenDrafts += 1
                // The smallest example: fewest interviewers, then the shortest draft.
                let size = (item.answers.interviewers.count, draft.bodyWordCount)
                if smallest.map({ size < ($0.case.answers.interviewers.count, $0.draft.bodyWordCount) }) ?? true {
                    smallest = (item, draft, problem)
                }
            }
            if broken { brokenCases += 1 }
        }
        print("DraftPropertyTests: \(name): broken in \(brokenCases) of \(Self.caseCount) cases (\(brokenDrafts) drafts)")
        guard let smallest else { return }
        XCTFail(
            """
            \(name): broken in \(brokenCases) of \(Self.caseCount) cases (\(brokenDrafts) drafts).
            Smallest example: seed \(smallest.case.seed) (DraftPropertyTests.makeAnswers(seed: \(smallest.case.seed))), \
            \(smallest.draft.id) to \(smallest.draft.recipientName), tone \(smallest.case.answers.tone.rawValue): \(smallest.problem)
            ---
            Subject: \(smallest.draft.subject)

            \(smallest.draft.body)
            ---
            """, file: file, line: line)
    }

    // MARK: Property checks

    static let doubledWord: Property = { _, draft in
        let tokens = (draft.subject + "\n" + draft.body).split(whereSeparator: { $0 == " " || $0 == "\n" })
        for (a, b) in zip(tokens, tokens.dropFirst()) {
            // Only words with nothing but space between them: "that. That" is two sentences.
            guard let last = a.last, last.isLetter || last.isNumber else { continue }
            let left = a.trimmingCharacters(in: .punctuationCharacters).lowercased()
            let right = b.trimmingCharacters(in: .punctuationCharacters).lowercased()
            if !left.isEmpty, left == right, !left.contains(where: \.isNumber) { return "“\(a) \(b)”" }
        }
        return nil
    }

    static let lowercaseSentenceStart: Property = { _, draft in
        for sentence in sentences(draft.body) {
            guard let first = sentence.first, first.isLowercase else { continue }
            let word = String(sentence.prefix(while: { !$0.isWhitespace }))
            // The signature's email address is not a sentence.
            if isURL(word) || isIntentionalLowercase(word) || word.contains("@") { continue }
            return "“\(sentence.prefix(80))”"
        }
        return nil
    }

    static let honorificOnlyGreeting: Property = { _, draft in
        let greeting = greetingLine(draft.body)
        let typed = greeting.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",:!")) }
        guard let salutationEnd = typed.firstIndex(where: { salutations.contains($0.lowercased()) }) else { return nil }
        // A title no list knows ends in its full stop ("Hon.").
        let named = typed[(salutationEnd + 1)...].filter { !$0.isEmpty }
        if named.allSatisfy({ honorifics.contains($0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))) || $0.hasSuffix(".") }) {
            return "“\(greeting)”"
        }
        return nil
    }

    static let thankYouGreetsSomeoneElse: Property = { item, draft in
        guard draft.kind == .thankYou, let person = interviewer(of: draft, in: item.answers) else { return nil }
        let greeting = greetingLine(draft.body)
        let own = nameWords(person.name).union(nameWords(person.addressAs ?? ""))
        let greetingWords = nameWords(greeting)
        if own.isDisjoint(with: greetingWords) { return "“\(greeting)” does not name \(person.name)" }
        for other in item.answers.interviewers where other.name != person.name {
            let theirs = nameWords(other.name).union(nameWords(other.addressAs ?? "")).subtracting(own)
            if let word = theirs.first(where: greetingWords.contains) { return "“\(greeting)” names \(other.name) (\(word))" }
        }
        return nil
    }

    static let thirdPersonForReader: Property = { item, draft in
        guard draft.kind == .thankYou, let person = interviewer(of: draft, in: item.answers) else { return nil }
        let body = draft.body.lowercased()
        for topic in person.topics {
            let words = topic.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init)
            guard words.count > 1, ["their", "her", "his"].contains(words[0].lowercased()) else { continue }
            // The possessive and up to three words of what follows: "their dbt models and".
            let phrase = words.prefix(4).joined(separator: " ").lowercased()
            if body.contains(phrase) { return "topic “\(topic)” appears as “\(phrase)…” in the note to \(person.name)" }
        }
        return nil
    }

    static let attachedWithoutThing: Property = { _, draft in
        let pattern = #"\b(attach|attached|attaching|enclose|enclosed|enclosing)\b"#
        guard let range = draft.body.range(of: pattern, options: [.regularExpression, .caseInsensitive]) else { return nil }
        if draft.body.contains("http://") || draft.body.contains("https://") || draft.body.contains("www.") || draft.body.contains("[") {
            return nil
        }
        return "“\(sentence(around: range, in: draft.body))” with no link and no [placeholder]"
    }

    static let doubledFullStop: Property = { _, draft in
        find(#"(?<!\.)\.\.(?!\.)"#, in: draft.body)
    }

    static let spaceBeforeComma: Property = { _, draft in
        find(" ,", in: draft.subject + "\n" + draft.body, literal: true)
    }

    static let spaceAfterParenthesis: Property = { _, draft in
        find("( ", in: draft.subject + "\n" + draft.body, literal: true)
    }

    static let emptyParentheses: Property = { _, draft in
        find(#"\(\s*\)"#, in: draft.subject + "\n" + draft.body)
    }

    static let etcDoubleStop: Property = { _, draft in
        find(#"\betc\.\s*\."#, in: draft.body, caseInsensitive: true)
    }

    static let twoColons: Property = { _, draft in
        for sentence in sentences(draft.body) {
            // Colons in links (https:) and times (10:30) are not the sentence's.
            let words = sentence.split(separator: " ").filter { !isURL(String($0)) }
            let text = words.joined(separator: " ").replacingOccurrences(of: #"\d:\d"#, with: "", options: .regularExpression)
            if text.filter({ $0 == ":" }).count >= 2 { return "“\(sentence)”" }
        }
        return nil
    }

    static let doubleSpace: Property = { _, draft in
        find("  ", in: draft.subject + "\n" + draft.body, literal: true)
    }

    static let tooLong: Property = { _, draft in
        draft.bodyWordCount > 230 ? "\(draft.bodyWordCount) words" : nil
    }

    // MARK: Reading a draft

    static let salutations: Set<String> = ["dear", "hi", "hello", "hey", "morning", "afternoon", "greetings"]
    static let honorifics: Set<String> = [
        "dr", "mr", "ms", "mrs", "mx", "miss", "prof", "professor", "rev", "sir", "dame", "mme", "herr", "frau", "councillor", "cllr",
    ]
    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "dr", "mr", "ms", "mrs", "mx", "prof", "rev", "st", "mme", "e.g", "i.e", "etc", "vs", "approx", "no", "inc", "ltd", "jr", "sr",
    ]

    /// The first line of the body.
    static func greetingLine(_ body: String) -> String {
        body.split(separator: "\n").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
    }

    /// The sentences of a body: each line (greeting, paragraph, sign-off) starts one, and so does
    /// the text after `.`, `?` or `!` and a space, unless the full stop ends an abbreviation.
    static func sentences(_ body: String) -> [String] {
        var result: [String] = []
        for line in body.split(separator: "\n") {
            var current = ""
            let words = line.split(separator: " ", omittingEmptySubsequences: false)
            for word in words {
                current += current.isEmpty ? String(word) : " " + word
                guard let last = word.last, ".?!".contains(last) else { continue }
                let bare = word.dropLast().trimmingCharacters(in: CharacterSet(charactersIn: "(\"“")).lowercased()
                if last == ".", abbreviations.contains(bare) || isURL(String(word)) { continue }
                result.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
            let rest = current.trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { result.append(rest) }
        }
        return result
    }

    static func isURL(_ word: String) -> Bool {
        let lower = word.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") || lower.contains("://")
    }

    /// Brands and names written with a lowercase first letter on purpose: iPhone, eBay, dbt.
    static func isIntentionalLowercase(_ word: String) -> Bool {
        let bare = word.trimmingCharacters(in: .punctuationCharacters)
        if ["dbt", "npm", "macOS", "pH", "e.g", "i.e"].contains(bare) { return true }
        // iPhone, eBay, iOS: a lowercase letter, then a capital.
        let letters = Array(bare)
        return letters.count > 1 && letters[0].isLowercase && letters[1].isUppercase
    }

    /// The interviewer a thank-you (`thank-you-N`) is for.
    static func interviewer(of draft: EmailDraft, in answers: Answers) -> Interviewer? {
        guard let number = Int(draft.id.replacingOccurrences(of: "thank-you-", with: "")),
            answers.interviewers.indices.contains(number - 1)
        else { return nil }
        return answers.interviewers[number - 1]
    }

    /// The words of a name that identify a person (lowercased; no honorifics, no particles).
    static func nameWords(_ text: String) -> Set<String> {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" })
        // CJK names are written without spaces: compare them whole.
        return Set(words.map(String.init).filter { !honorifics.contains($0) && !salutations.contains($0) && !["van", "der", "de", "la"].contains($0) })
    }

    static func sentence(around range: Range<String.Index>, in text: String) -> String {
        let start = text[..<range.lowerBound].lastIndex(where: { ".?!\n".contains($0) }).map { text.index(after: $0) } ?? text.startIndex
        let end = text[range.upperBound...].firstIndex(where: { ".?!\n".contains($0) }).map { text.index(after: $0) } ?? text.endIndex
        return text[start..<end].trimmingCharacters(in: .whitespaces)
    }

    /// The text around the first match, or nil.
    static func find(_ pattern: String, in text: String, literal: Bool = false, caseInsensitive: Bool = false) -> String? {
        var options: String.CompareOptions = literal ? [] : [.regularExpression]
        if caseInsensitive { options.insert(.caseInsensitive) }
        guard let range = text.range(of: pattern, options: options) else { return nil }
        let start = text.index(range.lowerBound, offsetBy: -30, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(range.upperBound, offsetBy: 30, limitedBy: text.endIndex) ?? text.endIndex
        return "“…\(text[start..<end].replacingOccurrences(of: "\n", with: "⏎"))…”"
    }
}

// MARK: - The generator

extension DraftPropertyTests {
    /// One field of work: what its interviews talk about, typed in every shape. `{pos}` is the
    /// interviewer's possessive as the candidate wrote it (their / her / his).
    struct Field {
        var company: String
        var role: String
        var topics: [String]
        var highlights: [String]
        var strengths: [String]
        var concerns: [(String, String?)]
        var promised: [String]
    }

    /// A name as typed, how the greeting should name them (when the candidate said), and how the
    /// candidate mentions them in a note.
    static let people: [(name: String, addressAs: String?, mention: String)] = [
        ("Dr. Amara Osei", nil, "Dr Osei"), ("Ms. Whitcombe", nil, "Ms Whitcombe"), ("Prof. Lena Brandt", nil, "Lena"),
        ("Mary Jo Carter", nil, "Mary Jo"), ("Ana Lucía Gómez", nil, "Ana Lucía"), ("Jean-Luc Moreau", nil, "Jean-Luc"),
        ("Pieter van der Berg", nil, "Pieter"), ("Priya", nil, "Priya"), ("李雷", nil, "Li Lei"), ("李雷", "Mr. Li", "Mr Li"),
        ("dana kim", nil, "Dana"), ("José Álvarez", nil, "José"), ("Siobhán Ní Bhriain", nil, "Siobhán"),
        ("Mr. Rajesh Varma", nil, "Rajesh"), ("Mx. Jordan Reyes", nil, "Jordan"), ("Zoë Laurent", nil, "Zoë"),
        ("Marcus Bell", nil, "Marcus"), ("Sir Geoffrey Pike", nil, "Sir Geoffrey"), ("Frau Ingrid Schäfer", "Frau Schäfer", "Frau Schäfer"),
        ("Renée Dubois", nil, "Renée"), ("Kenji Watanabe", nil, "Kenji"), ("Mrs. Gillian O'Connor", nil, "Gillian"),
        ("Carla Mendes", "Carla", "Carla"), ("Dr. Kwame Mensah", "Dr. Mensah", "Dr Mensah"), ("Hannah de la Croix", nil, "Hannah"),
        ("tom", nil, "Tom"), ("Hon. Margaret Whitfield", nil, "Judge Whitfield"), ("ms tan mei ling", nil, "Mei Ling"),
        ("dr seán ó murchú", nil, "Dr Ó Murchú"),
    ]

    static let titles = ["Clinical Director", "store manager", "Senior Partner", "VP Sales", "Headteacher", "Staff Engineer", "", "owner", "Team Manager"]

    /// Shapes every field shares: time words, stories, "etc", whole sentences.
    static let commonHighlights = [
        "we toured the site today", "{name} said the team is growing next year", "the panel laughed at my story about the fire drill",
        "We sketched a plan together on the whiteboard.", "got on really well with {name}", "met the team over lunch (yesterday)",
        "learning they promote from within",
    ]
    static let commonConcerns: [(String, String?)] = [
        ("{name} doubted I had managed a budget", "I ran a £40k budget for two years."), ("they asked about my gap year", nil),
        ("they asked about my gap year", "travelling and caring for my mum"), ("my answer on salary expectations was vague", nil),
        ("I froze on the scenario question", "I'd escalate it to my manager the same day and write it up"),
        ("{name} wasn't sure I had enough leadership experience", "I led a team of 6 for a year"),
    ]
    static let commonPromised = [
        "references from my last two managers", "a writing sample", "a link to my portfolio", "portfolio: https://example.com/me",
        "my CV with the dates fixed; a list of references", "the slides from my presentation: https://example.org/slides",
    ]
    static let commonStrengths = [
        "6 yrs experience", "Calm under pressure.", "building trust with difficult stakeholders etc", "fluent Spanish and Portuguese",
    ]

    static let fields: [Field] = [
        Field(
            company: "St Brigid's Hospital", role: "Ward Manager",
            topics: [
                "the EHR rollout", "{pos} team's backlog of mandatory training", "safe staffing on nights", "running the Saturday shift",
                "the ward audit (the results came out yesterday)", "HIPAA compliance etc", "{pos} plan to cut agency spend by 40%",
                "how they handle bed flow and discharges",
            ],
            highlights: ["{name} said the unit needs stability after the rollout", "we walked the ward at the end", "the HCAs were lovely"],
            strengths: ["built a scheduling tool used by 40 nurses", "6 yrs band 6 on an acute ward", "leading the sepsis audit"],
            concerns: [("budget management", nil), ("no ICU experience", "I did a 6 month ICU rotation in 2021.")],
            promised: ["my NMC PIN", "a copy of the rota tool guide"]),
        Field(
            company: "Brightway Home", role: "store supervisor",
            topics: ["running the Saturday shift", "shrink etc", "{pos} store's footfall", "how they train new starters", "click and collect"],
            highlights: ["she laughed at the story about the returns queue", "saw the new tills"],
            strengths: ["cut weekend shrink by 40% at my last store", "opened and closed alone for 2 years", "cashing up"],
            concerns: [("no experience with ordering", "I placed the weekly chilled order at my last store.")],
            promised: ["a reference from my old area manager"]),
        Field(
            company: "Whitcombe & Hale LLP", role: "Trainee Solicitor",
            topics: [
                "The firm's pro bono clinic on Thursdays.", "how trainees rotate between seats", "{pos} seat in real estate finance",
                "the written exercise on the lease dispute", "SDLT etc",
            ],
            highlights: ["{name} also studied at Durham", "I spotted the break clause point in the written exercise"],
            strengths: ["two vacation schemes in property", "drafting leases under supervision", "LPC distinction"],
            concerns: [("My answer on SDLT was muddled.", "the rate depends on whether the property is residential or mixed use")],
            promised: ["a writing sample", "my transcript"]),
        Field(
            company: "Ledgerly", role: "Account Executive",
            topics: [
                "how they split inbound and outbound", "{pos} reps' quota attainment in Q3", "the MEDDICC rollout",
                "{pos} team's pipeline reviews on Mondays", "shadowing a discovery call",
            ],
            highlights: ["{name} and I both came from fintech", "the mock call went well i think"],
            strengths: ["hit 118% of quota in FY25", "closing 6 figure deals with CFOs", "built our outbound sequence from scratch"],
            concerns: [("{name} wasn't sure I'd used Salesforce", nil), ("only SMB experience", "my largest deal was 240 seats")],
            promised: ["my quota numbers for the last 3 years", "a link to the LinkedIn post about our outbound experiment"]),
        Field(
            company: "Oakfield Primary School", role: "Year 6 Teacher",
            topics: ["phonics catch up for year 6", "how they use the reading scheme, book bands etc", "behaviour policy", "{pos} plans for the new library"],
            highlights: ["the kids loved the fractions game", "we toured the site today and saw the new library"],
            strengths: [
                "taught year 6 SATs for three years, 82% at expected standard", "running the after school coding club", "I'm trained in Read Write Inc.",
            ],
            concerns: [("I froze on the safeguarding scenario", "I would record it word for word and go straight to the DSL.")],
            promised: ["the fractions game resources", "my lesson plan from today"]),
        Field(
            company: "Northwind Analytics", role: "Senior Data Engineer",
            topics: [
                "{pos} dbt models and how they test them", "code review culture", "migrating off Airflow 1", "{pos} team's on-call rota",
                "the Snowflake cost spike in Q3", "backfills", "iOS analytics events",
            ],
            highlights: ["we sketched a backfill strategy together on the whiteboard", "{name} said the team ships to prod every day"],
            strengths: [
                "four years running Kafka pipelines in production; built a data quality alerting system used by 40 analysts",
                "strong SQL and Python, some Scala", "led the move to dbt",
            ],
            concerns: [
                ("I froze on the Terraform question", "I've used Terraform for our Snowflake roles, just never from scratch"), ("no dbt in production", nil),
            ],
            promised: ["a link to my GitHub: https://example.com/sam/pipelines", "the blog post about our alerting system"]),
        Field(
            company: "Vantage Capital Partners", role: "Senior FP&A Analyst",
            topics: ["the Q3 reforecast", "{pos} view on driver-based budgeting", "IFRS 16 lease adjustments", "month end close in 5 working days"],
            highlights: ["{name} walked me through the board pack", "They are moving from Excel to Anaplan in 2027."],
            strengths: ["CFA level II", "rebuilt the 3-statement model at my current company", "cut the close from 9 days to 6"],
            concerns: [("limited PE portfolio reporting", "I supported two portfolio companies' lender reporting"), ("Dutch language", nil)],
            promised: ["a redacted sample of my variance commentary"]),
        Field(
            company: "the Harbour Kitchen", role: "general manager",
            topics: ["running the Saturday brunch shift", "food cost, GP targets, rota etc.", "pass communication", "{pos} plans for a second site"],
            highlights: ["tasted the new winter menu", "{name} showed me the kitchen"],
            strengths: ["opened 2 sites for my current group", "gp up 4 points in a year"],
            concerns: [("licensing, my personal licence lapsed in 2024", nil)],
            promised: ["copy of my personal licence once renewed"]),
        Field(
            company: "Riverside Children's Services", role: "Child Protection Social Worker",
            topics: ["{pos} caseload numbers, about 18 each", "how they use Signs of Safety", "supervision every 4 weeks", "the Ofsted inspection last year"],
            highlights: ["{name} said the team is stable now after a rough year"],
            strengths: ["3 years in a frontline assessment team", "Signs of Safety trained, used it daily"],
            concerns: [("why I'm leaving after only 18 months", "the commute is 2 hours a day"), ("court work, I've only given evidence once", nil)],
            promised: ["my Social Work England registration number"]),
        Field(
            company: "Tidepool Health", role: "Senior Product Designer",
            topics: [
                "accessibility audits, WCAG 2.2", "{pos} team's design system in Figma", "the onboarding drop off (about 30%)", "how they run usability tests",
            ],
            highlights: ["{name} liked the case study on the refill flow", "kenji asked great questions about research ops"],
            strengths: ["shipped a design system used by 5 product teams", "ran 60+ moderated usability sessions last year"],
            concerns: [("not much healthcare experience", "The refill project was HIPAA-regulated and I worked with compliance throughout.")],
            promised: ["a link to my portfolio", "the Figma file from the case study"]),
        Field(
            company: "Hallam & Brooke", role: "Site Engineer",
            topics: ["the A57 bridge replacement", "temporary works design", "CDM 2015 duties", "{pos} near miss reporting app"],
            highlights: ["we toured the site today, the piling rig was there", "{name} said they are short of setting out engineers"],
            strengths: ["setting out with a total station and GPS", "2 yrs on a rail bridge deck replacement", "SMSTS and CSCS card"],
            concerns: [
                ("chartership, I'm not CEng yet", "I'm on track to submit my ICE review in spring 2027"),
                ("{name} asked about a RIDDOR incident and I didn't explain it well", nil),
            ],
            promised: ["my CSCS card number", "the method statement I wrote for the deck lift"]),
        Field(
            company: "Eastgate University Hospital", role: "Clinical Pharmacist",
            topics: ["chemotherapy dose banding", "the aseptic unit's capacity issues", "{pos} clinic's oral chemo monitoring"],
            highlights: ["discussed closed system transfer devices"],
            strengths: ["independent prescriber since 2024", "Writing the oncology CIVAS guidelines at my current trust."],
            concerns: [("I haven't worked in aseptics for 4 years", "happy to do the refresher training in the first month")],
            promised: ["my prescribing portfolio", "references"]),
        Field(
            company: "Department for Regional Growth", role: "Senior Policy Advisor",
            topics: ["the housing white paper", "ministerial submissions", "cost-benefit analysis, green book etc", "{pos} team's new land value model"],
            highlights: ["the panel asked for an example of briefing a minister at short notice"],
            strengths: ["wrote 30+ ministerial submissions in the last year", "Green Book trained"],
            concerns: [("they asked why I left local government", nil), ("the strengths question on delivering at pace", nil)],
            promised: ["the evaluation report I mentioned: https://example.org/reports/eval.pdf"]),
        Field(
            company: "Clearwater Trust", role: "Major Gifts Manager",
            topics: [
                "the capital campaign for the new centre", "how they steward donors after the first gift", "gift aid and restricted funds",
                "{pos} portfolio of 120 donors",
            ],
            highlights: ["{name} told me the campaign is at 60% of the £4m target", "lunch was really easy going"],
            strengths: ["raised £1.2m from major donors last year", "managing a portfolio of 90 donors", "writing trust applications, 70% success rate"],
            concerns: [("I haven't run a capital campaign", nil)],
            promised: ["a link to the case for support I wrote"]),
    ]

    static let candidateNames = ["Grace Adeyemi", "Luis Ortega", "Eleanor Fairweather", "Sam Whitfield", "Mei Lin Tan", "Noa Feldman"]
    static let nextSteps = [
        "a call from HR", "final round with the CRO next week, then references", "they will phone on Friday either way", "results by email within two weeks",
    ]

    /// The answers of one case: the same seed gives the same answers.
    static func makeAnswers(seed: UInt64) -> Answers {
        var rng = SeededRandom(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        func chance(_ percent: UInt64) -> Bool { rng.next() % 100 < percent }
        func some<T>(_ items: [T], _ range: ClosedRange<Int>) -> [T] {
            let count = Int.random(in: range, using: &rng)
            return Array(items.shuffled(using: &rng).prefix(count))
        }

        let field = pick(fields)
        let tone = pick(Tone.allCases)
        // 1 to 4 people, no name twice (李雷 comes with and without address_as).
        let size = Int.random(in: 1...4, using: &rng)
        var chosen: [(name: String, addressAs: String?, mention: String)] = []
        for person in people.shuffled(using: &rng) where chosen.count < size && !chosen.contains(where: { $0.name == person.name }) {
            chosen.append(person)
        }
        let possessives = ["their", "her", "his"]
        var topics = field.topics.shuffled(using: &rng)
        let interviewers = chosen.map { person -> Interviewer in
            let pos = pick(possessives)
            let count = Int.random(in: 0...3, using: &rng)
            let own = (0..<count).compactMap { _ in topics.popLast() }.map { $0.replacingOccurrences(of: "{pos}", with: pos) }
            return Interviewer(
                name: person.name, title: chance(70) ? pick(titles) : nil,
                email: chance(60) ? "person\(rng.next() % 1000)@example.com" : nil, addressAs: person.addressAs, topics: own)
        }
        func mention(_ text: String) -> String {
            text.replacingOccurrences(of: "{name}", with: pick(chosen).mention)
        }

        var answers = Answers(
            candidate: Candidate(name: pick(candidateNames), email: chance(70) ? "me@example.com" : nil, phone: chance(30) ? "+44 7700 900123" : nil),
            interview: Interview(
                company: field.company, role: field.role, date: LocalDate(year: 2026, month: 11, day: Int.random(in: 16...20, using: &rng)),
                format: chance(70) ? pick(InterviewFormat.allCases) : nil, round: chance(70) ? pick(InterviewRound.allCases) : nil),
            interviewers: interviewers,
            tone: tone)
        answers.highlights = some(field.highlights + commonHighlights, 0...2).map(mention)
        answers.strengths = some(field.strengths + commonStrengths, 0...3)
        answers.concerns = some(field.concerns + commonConcerns, 0...2).map { Concern(topic: mention($0.0), response: chance(70) ? $0.1 : nil) }
        answers.promised = some(field.promised + commonPromised, 0...2)
        if chance(50) { answers.decisionDate = LocalDate(year: 2026, month: 12, day: Int.random(in: 1...11, using: &rng)) }
        if chance(40) { answers.nextSteps = pick(nextSteps) }
        if chance(35) {
            answers.recruiter = Contact(
                name: pick(["Hannah Cole", "Tom Pryce", "olivia grant", "Priya Shah"]), email: chance(50) ? "recruiter@example.com" : nil)
        }
        return answers
    }
}
