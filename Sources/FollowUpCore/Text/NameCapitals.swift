/// Words typed in lowercase that are names ("dave", "manchester", "sql"), written with their
/// capitals: `english` knows the names of the English dictionary (generated data); tests pass
/// their own. Ordinary words ("bill", "may") are left alone.
public struct NameCapitals: Equatable, Sendable {
    /// Which source the names come from (`en_GB`): two values with one source are equal.
    public let source: String
    private let writtenForm: @Sendable (String) -> String?
    private let isUnknownWord: @Sendable (String) -> Bool
    /// Words the candidate wrote with their capitals (see `learning(from:company:)`).
    private var learnt: [String: String] = [:]

    /// `writtenForm` gives the capitalised form of a lowercase word that is a name, else nil;
    /// `isUnknownWord` says a lowercase word is no word of the language ("ponsonby", "mt").
    public init(
        source: String, _ writtenForm: @escaping @Sendable (String) -> String?, isUnknownWord: @escaping @Sendable (String) -> Bool = { _ in false }
    ) {
        self.source = source
        self.writtenForm = writtenForm
        self.isUnknownWord = isUnknownWord
    }

    /// Leaves every word as it is.
    public static let none = NameCapitals(source: "none") { _ in nil }

    /// The names of the English dictionary (see `Scripts/generate-names`): no dictionary is
    /// read at run time. A word is unknown when it is neither a common word nor such a name.
    public static let english = NameCapitals(
        source: "en", Lexicon.writtenName, isUnknownWord: { !Lexicon.isEnglishWord($0) && Lexicon.writtenName($0) == nil })

    public static func == (lhs: NameCapitals, rhs: NameCapitals) -> Bool { lhs.source == rhs.source }

    /// These names, and the words the candidate wrote with a capital somewhere in `texts`
    /// ("a guest at the Marriott", "Amazon"), for the places they typed them in lowercase
    /// ("references from marriott"). Ordinary words written with a capital at the start of a
    /// note ("Nursery visits") or as a product ("Slate") are not learnt.
    /// A `company` of one word is learnt even when it is an ordinary word too ("Amazon").
    public func learning(from texts: [String], company: String = "") -> NameCapitals {
        var learnt: [String: String] = [:]
        let brand = company.trimmingCharacters(in: .whitespaces)
        // "amazon" typed as the company is the company wherever it appears, as the drafts write it.
        if brand.count >= 3, brand.allSatisfy({ $0.isLetter && $0.isASCII }) {
            learnt[brand.lowercased()] = brand == brand.lowercased() ? brand.prefix(1).uppercased() + brand.dropFirst() : brand
        }
        // "OSCP", "SAP MM": a word typed in capitals is an acronym wherever it stands, unless it
        // is an everyday word typed so for emphasis ("NOT", "VERY").
        let emphasis: Set<String> = [
            "the", "and", "not", "but", "for", "you", "all", "any", "can", "did", "has", "had", "was", "are", "our", "yes", "now",
            "new", "too", "way", "who", "why", "how", "out", "get", "got", "its", "off", "one", "two", "big", "lot", "may", "see",
        ]
        for text in texts {
            for word in text.split(whereSeparator: { !($0.isLetter && $0.isASCII) }) where (3...5).contains(word.count) && word == word.uppercased() {
                let lower = word.lowercased()
                guard learnt[lower] == nil, !emphasis.contains(lower), word.count == 3 || !Lexicon.isCommonWord(lower) else { continue }
                learnt[lower] = String(word)
            }
        }
        for text in texts {
            // Only a capital in the middle of lowercase text is evidence: a note's first word
            // ("Roadmap for the app") and a title typed in capitals ("Acute Medical Unit") are not.
            let words = text.split(whereSeparator: { !($0.isLetter && $0.isASCII) })
            for (word, previous) in zip(words.dropFirst(), words) where word.count >= 3 && word.first?.isUppercase == true {
                let lower = word.lowercased()
                guard learnt[lower] == nil, previous.first?.isLowercase == true, !Lexicon.isEnglishWord(lower) else { continue }
                // "NSW" or "McLaren" as typed; a word typed in capitals for emphasis is no name.
                if word == word.uppercased(), word.count > 5 { continue }
                learnt[lower] = String(word)
            }
        }
        var known = self
        known.learnt.merge(learnt) { old, _ in old }
        return known
    }

    /// The lowercase words of `text` no word list knows that stay as typed ("servicetitan",
    /// "splunk"): a name whose capitals no list gives, or a typo. The candidate is told of them.
    /// Only words that `written` holds in lowercase, when given (a word whose capitals a draft
    /// found elsewhere, as an interviewer's name, is no question).
    public func unknownWords(in text: String, writtenIn written: String? = nil) -> [String] {
        let writtenWords = written.map { Set($0.split(whereSeparator: { !$0.isLetter })) }
        var found: [String] = []
        for token in apply(text).split(whereSeparator: \.isWhitespace) {
            let word = token.trimmingCharacters(in: .punctuationCharacters)
            guard word.count >= 4, word.allSatisfy({ $0.isASCII && $0.isLowercase }), isUnknownWord(word), !Lexicon.isShorthand(word),
                Lexicon.shorthand[word] == nil, !found.contains(word), writtenWords?.contains(Substring(word)) ?? true
            else { continue }
            found.append(word)
        }
        return found
    }

    /// `text` with each all-lowercase word that is a name in its written form. Words inside a
    /// `[placeholder]`, addresses and links (a word touching `@`, `/`, `.`, `_`, `:` or a digit
    /// on either side, as in `example.com` or `v2`), parts of hyphenated words ("t-rex") and
    /// the ends of contractions ("isn't") are left as typed; so is a word next to an unknown lowercase one ("ponsonby reno",
    /// "mt eden"): half a name in capitals reads worse than a name left as typed.
    public func apply(_ text: String) -> String {
        // Words (ASCII letters) and what lies between them, in order.
        var parts: [(text: String, isWord: Bool)] = []
        for char in text {
            // By the ASCII value: Unicode's letter property for every character was slow.
            let letter = char.asciiValue.map { (0x61...0x7A).contains($0 | 0x20) } ?? false
            if let last = parts.last, last.isWord == letter {
                parts[parts.count - 1].text.append(char)
            } else {
                parts.append((String(char), letter))
            }
        }
        let placed = placeNames(parts)
        var bracketDepth = 0
        var out = ""
        out.reserveCapacity(text.utf8.count)
        // Words written as part of a landmark's name ("Bolton Museum"), so a second one joins it
        // ("Cork University Hospital").
        var landmarkWords: Set<Int> = []
        for (index, part) in parts.enumerated() {
            guard part.isWord else {
                bracketDepth = max(0, bracketDepth + part.text.filter { $0 == "[" }.count - part.text.filter { $0 == "]" }.count)
                out += part.text
                continue
            }
            let before = index > 0 ? parts[index - 1].text : " "
            let after = index + 1 < parts.count ? parts[index + 1].text : " "
            let next = index + 2 < parts.count ? parts[index + 2].text : " "
            let touching = { (c: Character?) in
                c.map { $0.asciiValue.map { "@/_:\\-".utf8.contains($0) } ?? false || $0.isNumber || !$0.isASCII && $0.isLetter } ?? false
            }
            // "example.com": a full stop with letters straight after joins a word to the next.
            // A colon before a space ends a clause ("references from marriott: …"); one before
            // a letter joins, as in "mailto:".
            let joinedAfter =
                after.hasPrefix(": ") ? false : touching(after.first) || after == "." && next.first?.isLetter == true
            // After an apostrophe it is the end of a contraction ("isn't", "I've"), not a word.
            let free = bracketDepth == 0 && !touching(before.last) && ![".", "'", "\u{2019}"].contains(before.last) && !joinedAfter
            // The words either side, when only a space stands between; looked at last, for the
            // few words that are names (each look-up is several searches of the word lists).
            func besideUnknown() -> Bool {
                let neighbours = [index - 2, index + 2].filter { parts.indices.contains($0) && parts[($0 + index) / 2].text == " " }.map { parts[$0].text }
                return neighbours.contains { $0 == $0.lowercased() && learnt[$0] == nil && isUnknownWord($0) }
            }
            let word = part.text
            // "the lagos-kano run", "a dublin-based team": a name joined by a hyphen is still a name.
            // Not beside a letter ("t-rex").
            let longBeside = { (j: Int) in parts.indices.contains(j) && parts[j].text.count >= 3 }
            let hyphened =
                bracketDepth == 0 && (before == "-" && longBeside(index - 2) || after == "-" && longBeside(index + 2))
                && (before.last == "-" || !touching(before.last) && ![".", "'", "\u{2019}"].contains(before.last))
                && (after.first == "-" || !joinedAfter)
            if hyphened, word.count >= 3, word.allSatisfy(\.isLowercase), !Lexicon.isCommonWord(word), let written = learnt[word] ?? writtenForm(word) {
                out += written
                continue
            }
            if free, word.allSatisfy(\.isLowercase), let name = learnt[word] {
                out += name
                continue
            }
            // "frc", "nhs", "kpis": an acronym typed in lowercase (no vowel, or a common one).
            // Not after a number ("a 12 hr shift").
            let afterNumber = index >= 1 && parts[index - 1].text.trimmingCharacters(in: .whitespaces).last?.isNumber == true
            if free, !afterNumber, let acronym = NameCapitals.acronym(word), learnt[word] == nil, writtenForm(word) == nil {
                out += acronym
                continue
            }
            // "terry pratchett": a given name that is a word too, before a family name.
            if free, Lexicon.namesThatAreCommonWords.contains(word), index + 2 < parts.count, parts[index + 1].text == " " {
                let family = parts[index + 2].text
                if family.first?.isUppercase == true && !Lexicon.isCommonWord(family.lowercased())
                    || family.allSatisfy(\.isLowercase) && !Lexicon.isCommonWord(family) && writtenForm(family) != nil
                {
                    out += word.prefix(1).uppercased() + word.dropFirst()
                    continue
                }
            }
            if free, placed.contains(index) {
                out += writtenForm(word) ?? word.prefix(1).uppercased() + word.dropFirst()
                continue
            }
            // "bolton museum", "the niger delta", "lagos state": a landmark's word after a place's
            // name is part of that name. Not after "a"/"an" ("a Leeds museum" is any of them).
            // "grafton st", "abbey rd": a street's abbreviation too.
            if free,
                Lexicon.landmarks.contains(word)
                    || Lexicon.streetAbbreviations[word] != nil
                        && !(after == " " && index + 2 < parts.count && parts[index + 2].text.first?.isUppercase == true),
                index >= 2,
                before == " "
            {
                // "St James's hospital": the name is the one before the possessive.
                var typedBefore = out.dropLast()
                if typedBefore.hasSuffix("'s") || typedBefore.hasSuffix("\u{2019}s") { typedBefore = typedBefore.dropLast(2) }
                let name = String(typedBefore.reversed().prefix { $0.isLetter }.reversed())
                let lower = name.lowercased()
                // "the north sea": a compass word names a sea.
                let compassSea = word == "sea" && ["north", "south", "east", "west"].contains(lower)
                let isName =
                    compassSea || landmarkWords.contains(index - 2)
                    || name.first?.isUppercase == true && name != name.uppercased() && !Lexicon.isCommonWord(lower)
                        && (writtenForm(lower) != nil || learnt[lower] != nil || placed.contains(index - 2))
                let any = index >= 4 && parts[index - 3].text == " " && ["a", "an"].contains(parts[index - 4].text.lowercased())
                if isName, !any {
                    if compassSea, let first = name.first {
                        out = String(out.dropLast(name.count + 1)) + first.uppercased() + name.dropFirst() + " "
                    }
                    out += Lexicon.streetAbbreviations[word] ?? word.prefix(1).uppercased() + word.dropFirst()
                    landmarkWords.insert(index)
                    continue
                }
            }
            // An ordinary word too ("bill", "turkey", "may") stays as typed.
            if free, word.count > 1, word.allSatisfy(\.isLowercase), !Lexicon.isCommonWord(word), let written = writtenForm(word), !besideUnknown() {
                out += written
            } else if free, word.count > 2, word.first?.isUppercase == true, word.dropFirst().allSatisfy(\.isLowercase),
                !Lexicon.isCommonWord(word.lowercased()), let written = writtenForm(word.lowercased()), written == written.uppercased(), !besideUnknown()
            {
                // "Fire and Rescue Nsw": a name given its capitals word by word, though the word is an acronym.
                out += written
            } else {
                out += word
            }
        }
        return out
    }

    /// `word` written as the acronym it is, or nil: a lowercase word of two to four letters with
    /// no vowel (y counts as one) that is no unit, title or shorthand ("frc" → "FRC", "dbs" →
    /// "DBS"; not "st", "hrs", "dr"), or a workplace acronym with a vowel ("kpi", "ux", "hse"), a
    /// plural "s" kept small ("kpis" → "KPIs").
    static func acronym(_ word: String) -> String? {
        if let degree = Lexicon.degreeSpellings[word] { return degree }
        guard word.allSatisfy({ $0.isASCII && $0.isLowercase }), (2...5).contains(word.count) else { return nil }
        let stem = word.hasSuffix("s") && word.count > 2 ? String(word.dropLast()) : word
        let plural = stem != word ? "s" : ""
        if Lexicon.lowercaseAcronyms.contains(word) { return word.uppercased() }
        if Lexicon.lowercaseAcronyms.contains(stem) { return stem.uppercased() + plural }
        // "jcu", "fnol", "mbta": three or four letters, two consonants no English word starts with
        // ("cvent" is a name, longer).
        let letters = Array(word)
        let unlisted = !Lexicon.abbreviations.contains(word) && !Lexicon.vowellessWords.contains(word) && Lexicon.shorthand[word] == nil
        if (3...4).contains(letters.count), !"aeiouy".contains(letters[0]), !"aeiouy".contains(letters[1]), unlisted,
            !Lexicon.consonantOnsets.contains(String(letters[0...1])), !Lexicon.isCommonWord(word), Lexicon.writtenName(word) == nil
        {
            return word.uppercased()
        }
        guard word.count <= 4, !word.contains(where: { "aeiouy".contains($0) }), unlisted, !Lexicon.isCommonWord(word) else { return nil }
        return word.uppercased()
    }

    /// True for a lowercase word that reads as a coined name ("dentrix", "aistear", "kelowna",
    /// "incoterms"), given that no word list knows it: five letters or more, with a vowel, no
    /// workplace shorthand ("paeds", "upskilling"), no typo of a common word ("managment"), and
    /// no compound of words or of a word and a prefix or particle ("roadmap", "timesheets",
    /// "fitout", "telehealth", "neurodivergent", "planograms", "postop", "standups"), which are jargon far more often
    /// than names. Names made of words ("eaglesoft", "sunnybrook") are missed; a missed capital
    /// reads better than jargon given one.
    static func isCoined(_ word: String) -> Bool {
        let letters = Array(word)
        guard letters.count >= 5, letters.contains(where: { "aeiouy".contains($0) }), !Lexicon.isShorthand(word), Lexicon.shorthand[word] == nil,
            !Lexicon.isTypoOfCommonWord(word)
        else { return false }
        let prefixes: Set<String> = [
            "tele", "neuro", "geo", "bio", "para", "sono", "micro", "cyber", "multi", "inter", "pre", "post", "pharmaco", "de", "re", "un",
            "co", "sub", "super", "mini", "non", "anti", "hyper", "e", "up", "out", "off", "over", "under", "auto", "eco", "nano", "meta", "intra",
            "extra", "trans", "semi",
        ]
        let tails: Set<String> = ["op", "ops", "athon", "athons", "chem", "gram", "grams", "graphy", "ology", "con", "fest"]
        // A part is a word when the common words list it; parts of one to three letters only when listed exactly.
        func isWord(_ part: String) -> Bool { part.count <= 3 ? Lexicon.isCommonWord(part) : Lexicon.isEnglishWord(part) }
        for cut in 1..<letters.count {
            let head = String(letters[..<cut]), tail = String(letters[cut...])
            // "standups", "checkin": a word and a particle.
            let particle = ["up", "ups", "in", "ins"].contains(tail) && head.count >= 4 && Lexicon.isCommonWord(head)
            if particle || tails.contains(tail) || (isWord(tail) && tail.count >= 3 && (isWord(head) || prefixes.contains(head) || tail.count >= 5)) {
                return false
            }
        }
        return true
    }

    /// "5 yrs at mercury drug", "a 3 month stint on pastry at hotel du vin", "2 yrs at the
    /// connacht tribune": after "at", in a clause that counts time spent there, the employer is
    /// named, however ordinary its words. Not a place of work ("at a school", "at the
    /// hospital", "at uni") nor a manner ("at scale", "at board level").
    private func employers(
        _ parts: [(text: String, isWord: Bool)], placed: Set<Int>, word: (Int, Int) -> Int?
    ) -> Set<Int> {
        let counts: Set<String> = [
            "years", "year", "yrs", "yr", "months", "month", "mos", "mths", "weeks", "wks", "stint", "placement", "internship",
            "worked", "employed", "experience",
        ]
        let ends: Set<String> = [
            "for", "in", "on", "with", "and", "as", "where", "since", "until", "during", "before", "after", "from", "to", "when",
            "while", "but", "which", "who", "then", "so", "including", "through", "until", "via", "under", "over", "by",
        ]
        let manners: Set<String> = [
            "uni", "university", "college", "school", "home", "work", "night", "nights", "scale", "least", "first", "once", "times",
            "present", "pace", "ease", "weekends", "sea", "length", "speed", "volume", "hospital", "church", "camp", "heights",
        ]
        let particles: Set<String> = ["du", "de", "la", "le", "of", "and", "von", "van", "der", "del", "da", "di", "y"]
        var employers: Set<Int> = []
        for (i, part) in parts.enumerated() where part.isWord && part.text == "at" {
            var j = i - 1
            var counted = false
            while j >= 0, !counted {
                if parts[j].isWord {
                    counted = counts.contains(parts[j].text.lowercased())
                } else if parts[j].text.contains(where: { ".!?;:\n".contains($0) }) {
                    break
                }
                j -= 1
            }
            guard counted else { continue }
            var phrase: [Int] = []
            var k = i
            while let n = word(k, 1), phrase.count < 4 {
                let text = parts[n].text.lowercased()
                let verbal = (text.hasSuffix("ing") || text.hasSuffix("ed")) && Lexicon.isEnglishWord(text) && !placed.contains(n)
                if ends.contains(text) || verbal || !phrase.isEmpty && Lexicon.determiners.contains(text) || Lexicon.subjectPronouns.contains(text) { break }
                phrase.append(n)
                k = n
            }
            guard let first = phrase.first else { continue }
            var named = phrase
            if parts[first].text == "the" {
                named.removeFirst()
                // "at the hospital" is a place of work; "at the connacht tribune" names one.
                let names = named.contains { n in
                    placed.contains(n) || parts[n].text.first?.isUppercase == true
                        || writtenForm(parts[n].text) != nil && !Lexicon.isCommonWord(parts[n].text)
                }
                guard names else { continue }
            } else if Lexicon.determiners.contains(parts[first].text.lowercased()) {
                continue
            }
            guard !named.isEmpty, !(named.count == 1 && manners.contains(parts[named[0]].text.lowercased())),
                !["level", "levels"].contains(parts[named.last ?? 0].text.lowercased())
            else { continue }
            employers.formUnion(named.filter { parts[$0].text.allSatisfy(\.isLowercase) && !particles.contains(parts[$0].text) })
        }
        return employers
    }

    /// The words of `parts` that are a place or product name typed in lowercase: a coined word
    /// (`isCoined`) anywhere, and by the words around them, a word no list knows (and no typo of
    /// a known word) right after "at", "in", "into", "near" or "from" ("bootcamps at north
    /// bondi", "a wedding in cancun"), or either side of "vs" ("cvent vs bizzabo"), or a name
    /// there beside a capitalised one ("Shannon vs reno"; "NHS vs private" stays, an ordinary word).
    /// Compass words and "mt" before such a word belong to the name ("mt eden").
    private func placeNames(_ parts: [(text: String, isWord: Bool)]) -> Set<Int> {
        func word(_ i: Int, _ step: Int) -> Int? {
            let j = i + 2 * step
            return parts.indices.contains(j) && parts[i + step].text == " " && parts[j].isWord ? j : nil
        }
        let leads: Set<String> = ["at", "in", "into", "near", "from"]
        let prefixes: Set<String> = ["north", "south", "east", "west", "mt", "upper", "lower", "new", "port", "lake"]
        // "dentrix", "kelowna": a word no list knows that is no shorthand, typo or compound of
        // words ("roadmap", "telehealth") is a product's or a place's name wherever it stands.
        let coined = Set(
            parts.indices.filter { i in
                parts[i].isWord && parts[i].text.allSatisfy(\.isLowercase) && isUnknownWord(parts[i].text) && NameCapitals.isCoined(parts[i].text)
            })
        var placed = coined
        for (i, part) in parts.enumerated() where part.isWord && part.text.count > 1 && part.text.allSatisfy(\.isLowercase) {
            let text = part.text
            let versusOther = [word(i, -1), word(i, 1)].compactMap { $0 }.compactMap { v -> Int? in
                ["vs", "versus"].contains(parts[v].text) ? word(v, v < i ? -1 : 1) : nil
            }
            let unknown = text.count > 2 && isUnknownWord(text) && !Lexicon.isShorthand(text) && (text.count < 8 || !Lexicon.isTypoOfCommonWord(text))
            let nameOpposite = versusOther.contains { parts[$0].text.first?.isUppercase == true || writtenForm(parts[$0].text) != nil }
            // "NHS vs private" is no name: only a word no list knows, or a name, takes the capital.
            if unknown && !versusOther.isEmpty || text.count > 2 && nameOpposite && (isUnknownWord(text) || writtenForm(text) != nil) {
                placed.insert(i)
                continue
            }
            let known = !unknown && !Lexicon.isCommonWord(text) && writtenForm(text) != nil
            guard unknown || known else { continue }
            var start = i
            while let p = word(start, -1), prefixes.contains(parts[p].text) { start = p }
            guard let lead = word(start, -1), leads.contains(parts[lead].text) else { continue }
            placed.formUnion(stride(from: start, through: i, by: 2))
            // "leeds general", "bondi beach": a word that ends a place's name goes with it.
            var end = i
            while let n = word(end, 1), Lexicon.placeEndings.contains(parts[n].text) {
                placed.insert(n)
                end = n
            }
        }
        // "with eaglesoft and dentrix": a word no list knows, made of words, beside a coined name in
        // a list of things used is a name of the same kind.
        func isName(_ j: Int) -> Bool { coined.contains(j) || parts[j].text.first?.isUppercase == true && parts[j].text != parts[j].text.uppercased() }
        for (i, part) in parts.enumerated() where part.isWord && part.text.count >= 5 && part.text.allSatisfy(\.isLowercase) && !coined.contains(i) {
            let text = part.text
            guard isUnknownWord(text), !Lexicon.isShorthand(text), !Lexicon.isTypoOfCommonWord(text) else { continue }
            var partners: [Int] = []
            for step in [-1, 1] {
                if let joint = word(i, step), ["and", "or"].contains(parts[joint].text), let other = word(joint, step) { partners.append(other) }
                let comma = i + step
                if parts.indices.contains(comma), parts[comma].text == ", ", parts.indices.contains(i + 2 * step), parts[i + 2 * step].isWord {
                    partners.append(i + 2 * step)
                }
            }
            // Only in a list of things used or worked with ("experience with eaglesoft and dentrix"),
            // not "the roadmap and dentrix".
            let tools: Set<String> = ["with", "using", "in", "on", "into", "via", "from"]
            if partners.contains(where: { other in
                isName(other) && word(min(i, other), -1).map { tools.contains(parts[$0].text) } == true
            }) {
                placed.insert(i)
            }
        }
        // "bail hearings on zoom", "a bank rec in excel": a product after the words that use it,
        // or before what it makes ("excel models"); "excel at" is the verb.
        let calls: Set<String> = ["on", "via", "over"]
        let products: [String: (leads: Set<String>, makes: Set<String>)] = [
            "zoom": (calls, []), "skype": (calls, []), "webex": (calls, []), "teams": (calls, []),
            "excel": (
                ["in", "into", "with", "using", "advanced", "basic", "intermediate"],
                ["sheets", "spreadsheets", "spreadsheet", "models", "skills", "formulas", "macros", "dashboards"]
            ),
        ]
        for (i, part) in parts.enumerated() {
            guard let product = products[part.text] else { continue }
            if let lead = word(i, -1), product.leads.contains(parts[lead].text) { placed.insert(i) }
            if let next = word(i, 1), product.makes.contains(parts[next].text) { placed.insert(i) }
        }
        placed.formUnion(employers(parts, placed: placed, word: word))
        // "mt eden", "saint mary's", "NHS greater glasgow": the word before a place's name is part
        // of it, the name written with its capital already or known as one ("greater NHS" is no place).
        let placeLeads: Set<String> = ["mt", "mount", "st", "saint", "greater", "lake", "port", "fort", "cape", "san", "santa", "los", "las"]
        for (i, part) in parts.enumerated() where placeLeads.contains(part.text) {
            guard let next = word(i, 1) else { continue }
            let name = parts[next].text
            let written =
                name.first?.isUppercase == true && name != name.uppercased() || placed.contains(next) || writtenForm(name) != nil && !Lexicon.isCommonWord(name)
            if written && (part.text == "mt" || name.count > 2) {
                placed.insert(i)
                if name.first?.isLowercase == true { placed.insert(next) }
            }
        }
        return placed
    }
}
