import Foundation

/// A person's name as typed ("Dr. Amara Osei", "Mary Jo Carter", "Charles de la Croix", "李雷"),
/// split into honorific, given name and family name, and the greeting line it takes in each tone.
///
/// Pure and small: the word lists below are the whole of its knowledge. A name it cannot split
/// with confidence (written in a CJK script, or three or more words with no known compound or
/// particle) is flagged ``greetingIsUncertain`` so that the coach asks how to greet the person.
public struct PersonName: Equatable, Sendable {
    // MARK: - Data (reviewed lists; keys lowercased, without the trailing full stop)

    /// Honorifics and titles written before a name, with the form a greeting shows.
    static let honorifics: [String: String] = [
        "dr": "Dr.", "dra": "Dra.", "mr": "Mr.", "ms": "Ms.", "mrs": "Mrs.", "mx": "Mx.", "miss": "Miss",
        "prof": "Prof.", "professor": "Professor", "rev": "Rev.", "reverend": "Reverend", "sir": "Sir", "dame": "Dame",
        "lord": "Lord", "lady": "Lady", "fr": "Fr.", "father": "Father", "mme": "Mme", "madame": "Madame", "mlle": "Mlle",
        "m": "M.", "monsieur": "Monsieur", "herr": "Herr", "frau": "Frau", "sr": "Sr.", "sra": "Sra.", "srta": "Srta.",
        "dott": "Dott.", "dott.ssa": "Dott.ssa", "dottoressa": "Dottoressa", "ing": "Ing.", "rabbi": "Rabbi",
        "sister": "Sister", "pastor": "Pastor", "imam": "Imam", "cllr": "Cllr", "councillor": "Councillor", "chef": "Chef",
        "captain": "Captain", "capt": "Capt.", "judge": "Judge", "atty": "Atty.", "attorney": "Attorney",
        "officer": "Officer", "sergeant": "Sergeant", "sgt": "Sgt.", "lieutenant": "Lieutenant", "lt": "Lt.",
        "inspector": "Inspector", "constable": "Constable", "commander": "Commander", "coach": "Coach", "chief": "Chief",
        "engr": "Engr.", "arch": "Arch.", "alhaji": "Alhaji", "alhaja": "Alhaja",
    ]
    /// Words that make a rank of the title after them: "station officer", "chief inspector".
    static let rankModifiers: [String: String] = [
        "station": "Station", "watch": "Watch", "crew": "Crew", "group": "Group", "deputy": "Deputy", "chief": "Chief",
        "senior": "Senior", "detective": "Detective", "police": "Police", "fire": "Fire",
    ]
    /// Honorifics people who hold them expect to be greeted with (academics, clinicians, clergy,
    /// peers): the dialogue offers "Dr. Osei" rather than "Amara".
    static let earnedTitles: Set<String> = [
        "dr", "dra", "prof", "professor", "rev", "reverend", "sir", "dame", "lord", "lady", "fr", "father", "dott",
        "dott.ssa", "dottoressa", "ing", "rabbi",
    ]
    /// Titles that go with the given name: "Sir Ian", "Dame Judi".
    static let givenNameTitles: Set<String> = ["sir", "dame"]
    /// Written after the name, after a comma or at the end: never the family name.
    static let suffixes: Set<String> = [
        "jr", "sr", "ii", "iii", "iv", "phd", "md", "dds", "esq", "mba", "cpa", "dphil", "obe", "mbe", "cbe", "kbe", "frs",
        "kc", "qc", "rn", "cfa", "rvn", "mice", "ceng", "ieng", "fca", "aca", "acca", "cima", "pmp", "cipd", "faia", "aia",
        "riba", "rcvs", "mcsp", "hcpc",
    ]
    /// Letters after a name: a known one ("KC", "CFA"), or capitals with no vowel, which no
    /// family name is ("MRCVS", "FRCS", "RGN").
    static func isPostNominal(_ word: String, afterComma: Bool = false) -> Bool {
        let key = Self.key(word)
        if suffixes.contains(key) { return true }
        // "Karen Schultz, PharmD", "…, PsyD": a degree written with capitals inside (not "McKay").
        if afterComma, word.first?.isUppercase == true, word.dropFirst().contains(where: \.isUppercase), word.contains(where: \.isLowercase),
            word.filter(\.isLetter).count <= 6
        {
            return true
        }
        let letters = word.filter(\.isLetter)
        return (3...7).contains(letters.count) && letters.allSatisfy(\.isUppercase)
            && !letters.contains(where: { "AEIOUY".contains($0) })
    }

    /// Vietnamese family names and middle names: "Nguyen Van An" is written family name first
    /// and greeted by the last word ("Hi An"); its "Van" is no Dutch particle.
    static let vietnameseFamilyNames: Set<String> = [
        "nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "trinh", "dinh", "truong",
    ]
    static let vietnameseMiddleNames: Set<String> = ["van", "thi", "duc", "minh", "thanh", "ngoc", "quoc", "huu", "xuan", "dinh"]
    /// True for "Nguyen Van An": three words or more, a Vietnamese family name, then a middle name.
    static func isVietnameseOrder(_ words: [String]) -> Bool {
        words.count >= 3 && vietnameseFamilyNames.contains(folded(words[0])) && vietnameseMiddleNames.contains(folded(words[1]))
    }

    /// Common Korean and Chinese family names in Latin letters; see `init`.
    static let eastAsianFamilyNames: Set<String> = [
        "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "han", "shin", "seo", "kwon",
        "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "zhang",
        "wang", "li", "liu", "chen", "zhao", "huang", "zhou", "wu", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin",
        "luo", "gao", "zheng", "liang", "xie", "tang", "deng", "feng", "cao", "peng", "zeng", "xiao", "tian", "pan",
    ]

    /// Common Japanese family and given names in Latin letters: "Tanaka Hiroshi" is written
    /// family name first, "Hiroshi Tanaka" given name first (see `init`).
    static let japaneseFamilyNames: Set<String> = [
        "sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato", "yoshida",
        "yamada", "sasaki", "yamaguchi", "matsumoto", "inoue", "kimura", "hayashi", "shimizu", "yamazaki", "mori", "abe",
        "ikeda", "hashimoto", "yamashita", "ishikawa", "nakajima", "maeda", "fujita", "ogawa", "goto", "okada", "hasegawa",
        "murakami", "kondo", "ishii", "saito", "sakamoto", "endo", "aoki", "fujii", "nishimura", "fukuda", "ota", "miura",
        "fujiwara", "okamoto", "matsuda", "nakagawa", "nakano", "harada", "ono", "tamura", "takeuchi", "kaneko", "wada",
    ]
    static let japaneseGivenNames: Set<String> = [
        "hiroshi", "takashi", "kenji", "akira", "yuki", "yuko", "keiko", "naoko", "satoshi", "makoto", "kenta", "daisuke",
        "haruto", "sota", "yuto", "riku", "hina", "yui", "aoi", "sakura", "emi", "ayumi", "akiko", "tomoko", "yoko", "kazuki",
        "shota", "takumi", "ryota", "yusuke", "kaito", "taro", "ichiro", "jiro", "kaori", "mai", "miki", "nana", "rina", "saki",
        "yuka", "haruka", "misaki", "takeshi", "tetsuya", "masato", "naoki", "hideki", "koji", "shinji", "osamu", "tadashi",
        "minoru", "hiroko", "yumi", "kumiko", "michiko", "sachiko", "junko", "mariko", "noriko", "kazuo", "hiroki", "ryo",
        "sho", "yuta", "kenichi", "shun", "hayato", "mio", "nao", "asuka", "chihiro", "megumi", "erika", "yoshiko",
    ]

    /// Particles that open a family name: "de la Croix", "van der Berg", "bin Salman".
    static let particles: Set<String> = [
        "de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "la", "le", "van", "von", "ter", "ten", "bin",
        "binti", "bint", "ibn", "al", "el", "st", "ó", "ní", "nic", "uí", "mac", "dela", "delos", "delas",
    ]
    /// Irish and Filipino particles, written with a capital like the name they open: "Ó Murchú",
    /// "Ní Bhriain", "Dela Cruz".
    static let capitalisedParticles: Set<String> = ["ó", "ní", "nic", "uí", "mac", "dela", "delos", "delas"]
    /// Syllables of Chinese given names in Latin letters (pinyin, Hokkien, Cantonese): "Tan Mei
    /// Ling" and "Lim Siew Hoon" are a family name and a given name of two such syllables.
    static let chineseGivenSyllables: Set<String> = [
        "mei", "ling", "siew", "hoon", "kar", "wai", "boon", "kiat", "hsien", "loong", "wei", "jie", "xiao", "ming", "hui",
        "yi", "li", "hong", "ying", "yan", "xin", "jun", "jia", "hao", "yu", "zhi", "qing", "lan", "fang", "hua", "jing",
        "kok", "keng", "seng", "chee", "choon", "chin", "beng", "huat", "leng", "lian", "swee", "poh", "soo", "kim", "ah",
        "kah", "kian", "wee", "teck", "eng", "guan", "hock", "yong", "siang", "kit", "man", "ka", "ho", "chi", "kwan",
        "pui", "shan", "yee", "sze", "wing", "kin", "tak", "fai", "lai", "yuen", "xue", "na", "ting", "lei", "tao", "peng",
        "min", "wen", "xiu", "zhen", "qian", "yun", "rui", "jin", "ning", "ping", "shu", "juan",
    ]
    /// Family names common in Singapore and Malaysia besides `eastAsianFamilyNames`.
    static let southeastAsianChineseFamilyNames: Set<String> = [
        "tan", "ng", "ong", "wong", "goh", "chua", "chan", "koh", "teo", "ang", "yeo", "tay", "ho", "low", "toh", "sim",
        "chong", "chia", "foo", "yap", "seah", "quek", "tee", "lau", "leong", "loh", "liew", "chin", "choo", "soh", "heng",
        "neo", "phua", "pang", "lai", "chew", "cheng", "chow", "leung", "cheung", "tsang", "yip", "lam", "fong",
    ]
    /// True for "Tan Mei Ling": three words, a Chinese family name, then two given-name syllables.
    static func isChineseOrder(_ words: [String]) -> Bool {
        guard words.count == 3 else { return false }
        let keys = words.map { folded($0) }
        return (eastAsianFamilyNames.contains(keys[0]) || southeastAsianChineseFamilyNames.contains(keys[0]))
            && chineseGivenSyllables.contains(keys[1]) && chineseGivenSyllables.contains(keys[2])
    }
    /// Two-word given names kept whole (diacritics and case do not matter).
    static let compoundGivenNames: Set<String> = [
        "mary jo", "mary ann", "mary anne", "mary beth", "mary kate", "mary jane", "anne marie", "ann marie", "sarah jane",
        "billy bob", "billy joe", "bobby joe", "jo ann", "lee ann", "jean paul", "jean pierre", "jean luc", "jean marc",
        "jean claude", "jean baptiste", "marie claire", "marie france", "ana lucia", "ana maria", "maria jose",
        "maria elena", "maria luisa", "juan carlos", "juan pablo", "juan manuel", "jose luis", "jose maria",
        "jose antonio", "luis miguel", "miguel angel", "john paul", "ana sofia",
    ]
    /// Chinese and Korean family names of two characters; any other is one character long.
    static let twoCharacterFamilyNames: Set<String> = [
        "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐", "慕容", "夏侯", "尉迟", "南宫", "남궁", "제갈", "선우",
        "황보", "독고",
    ]
    /// Titles that say "he" or "she": a note saying "he said…" among several people belongs to
    /// the one who is the only "Mr." (or "Ms.") among them.
    static let masculineTitles: Set<String> = ["mr", "herr", "sir", "monsieur", "m", "sr", "father", "fr", "lord"]
    static let feminineTitles: Set<String> = ["mrs", "ms", "miss", "frau", "madame", "mme", "mlle", "dame", "lady", "sra", "srta", "sister"]

    /// Words for a job, which a name typed with its role ("Owner - Sue") sets apart.
    static let roleWords: Set<String> = [
        "owner", "manager", "director", "head", "ceo", "cto", "cfo", "coo", "founder", "co-founder", "hr", "recruiter",
        "lead", "partner", "chef", "gm", "vp", "president", "supervisor", "principal", "headteacher", "matron", "engineer",
    ]
    /// The openers for a greeting that names someone without a title, by tone.
    static func opener(_ tone: Tone) -> String {
        switch tone {
        case .formal: return "Dear"
        case .warm, .brief: return "Hi"
        }
    }
    /// The greeting when there is no name to put in it.
    static let nameless = "Hello,"

    // MARK: - The parts

    /// The honorific or title as a greeting shows it ("Dr.", "Herr Dr.", "Ms."), or nil.
    public let honorific: String?
    /// The given (first) name, compound names whole ("Mary Jo", "Jean-Luc"); empty when unknown.
    public let given: String
    /// The family name with its particles ("Osei", "de la Croix"); empty when unknown.
    public let family: String
    /// "Jr.", "PhD", "III" and the like, as typed, or nil.
    public let suffix: String?
    /// True when the split is a guess: a name in a CJK script (written family name first), or
    /// three or more words with no known compound or particle ("Wei Zhang Li"). Ask the person.
    public let greetingIsUncertain: Bool

    /// Every name word, honorific and suffix aside, in the order typed.
    private let full: String
    /// The honorific keys, for ``earnedTitles`` and ``givenNameTitles``.
    private let honorificKeys: [String]
    /// True for a name written in a CJK script.
    private let isCJK: Bool

    /// Parses a full name as typed. Never fails: an empty or honorific-only name has no parts.
    public init(_ text: String) {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var keys: [String] = []
        var shown: [String] = []
        while let first = words.first {
            // "station officer dave kerr": a rank of two words, greeted as "Station Officer Kerr".
            if words.count > 2, let modifier = Self.rankModifiers[Self.key(first)], Self.honorifics[Self.key(words[1])] != nil {
                shown.append(first.first?.isUppercase == true ? first : modifier)
                words.removeFirst()
                continue
            }
            guard let canonical = Self.honorifics[Self.key(first)] else { break }
            keys.append(Self.key(first))
            shown.append(Self.titleShown(first, canonical: canonical))
            words.removeFirst()
        }
        honorificKeys = keys
        honorific = shown.isEmpty ? nil : shown.joined(separator: " ")
        // "the student panel (year 10s)", "The hiring team": a group, greeted by what it is.
        if keys.isEmpty, words.count > 1, words[0].lowercased() == "the" {
            let group = words.dropFirst().prefix { !$0.hasPrefix("(") }.map { Self.capitalized($0.lowercased()) }
            full = group.joined(separator: " ")
            (given, family, suffix, isCJK, greetingIsUncertain) = ("", "", nil, false, false)
            return
        }
        // "Osei, Amara" or "King, Jr.": what follows a comma is a suffix, or the given name.
        var suffixWords: [String] = []
        if let comma = words.firstIndex(where: { $0.hasSuffix(",") }) {
            let after = Array(words[(comma + 1)...])
            let before = Array(words[...comma])
            if after.allSatisfy({ Self.isPostNominal($0, afterComma: true) }) {
                (words, suffixWords) = (before, after)
            } else {
                words = after + before
            }
        }
        words = words.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }.filter { !$0.isEmpty }
        while words.count > 2 || words.count > 1 && Self.suffixes.contains(Self.key(words[words.count - 1])),
            let last = words.last, Self.isPostNominal(last)
        {
            suffixWords.insert(last, at: 0)
            words.removeLast()
        }
        suffix = suffixWords.isEmpty ? nil : suffixWords.joined(separator: " ")
        // A name typed all in capitals ("MRS. JANE DOE") is read as if typed in lowercase.
        let shouted = words.joined() == words.joined().uppercased() && words.joined() != words.joined().lowercased()
        // "LIM Siew Hoon", "TANAKA Hiroshi": a family name in capitals, written first.
        let capitalFamily =
            !shouted && words.count >= 2 && words[0].count >= 3 && words[0].allSatisfy { $0.isLetter && $0.isUppercase }
            && words.dropFirst().allSatisfy { $0 != $0.uppercased() }
        let vietnamese = Self.isVietnameseOrder(words)
        words = words.map { Self.capitalized(shouted || capitalFamily && $0 == words[0] ? $0.lowercased() : $0, particles: !vietnamese) }
        full = words.joined(separator: " ")
        if vietnamese, let last = words.last {
            (family, given) = (words[0], last)
            isCJK = false
            greetingIsUncertain = false
            return
        }

        // "Ms Tan Mei Ling": family name first; greeted "Ms. Tan" or "Mei Ling", and asked.
        if !capitalFamily, Self.isChineseOrder(words) {
            (family, given) = (words[0], words[1] + " " + words[2])
            isCJK = false
            greetingIsUncertain = true
            return
        }
        if capitalFamily {
            (family, given) = (words[0], words.dropFirst().joined(separator: " "))
            isCJK = false
            greetingIsUncertain = false
            return
        }
        let cjk = words.contains { $0.unicodeScalars.contains(where: Self.isCJKScalar) }
        isCJK = cjk
        if cjk {
            // Family name first: "李雷", "김민준", "山田 太郎".
            let joined = words.joined()
            let familyLength = Self.twoCharacterFamilyNames.contains(String(joined.prefix(2))) ? 2 : 1
            if words.count > 1 {
                (family, given) = (words[0], words.dropFirst().joined(separator: " "))
            } else {
                (family, given) = (String(joined.prefix(familyLength)), String(joined.dropFirst(familyLength)))
            }
            greetingIsUncertain = true
            return
        }
        // "Kim Soo-jin", "Zhang Xiao-ming": a Korean or Chinese family name, then a hyphenated given name.
        if words.count == 2, Self.eastAsianFamilyNames.contains(Self.key(words[0])), words[1].contains("-") {
            (family, given) = (words[0], words[1])
            greetingIsUncertain = false
            return
        }
        // "Tanaka Hiroshi": a Japanese family name, then a Japanese given name.
        if words.count == 2, Self.japaneseFamilyNames.contains(Self.key(words[0])), Self.japaneseGivenNames.contains(Self.key(words[1])) {
            (family, given) = (words[0], words[1])
            greetingIsUncertain = true
            return
        }
        let givenCount = words.count >= 2 && Self.compoundGivenNames.contains(Self.folded(words[0] + " " + words[1])) ? 2 : 1
        // After a title the family name may come first ("Mr. de la Croix"); otherwise a first
        // word is a given name even when it looks like a particle ("Di Wang").
        let firstFamilyIndex = keys.isEmpty ? givenCount : 0
        let isParticle = { (i: Int) in i >= firstFamilyIndex && i < words.count - 1 && Self.particles.contains(Self.key(words[i])) }
        if let particle = words.indices.first(where: isParticle) {
            // "Charles de la Croix": the family name starts at the particle. Two words before it
            // are a given name of two, as in "Maria Cristina Dela Cruz" and "Muhammad Faizal bin
            // Rahman", more often than a middle name: a guess, so the session asks.
            let twoGiven = keys.isEmpty && givenCount == 1 && particle == 2
            (given, family) = (words.prefix(twoGiven ? 2 : min(givenCount, particle)).joined(separator: " "), words[particle...].joined(separator: " "))
            greetingIsUncertain = twoGiven
            return
        }
        switch words.count - givenCount {
        case ..<0:
            (given, family) = ("", "")
        case 0:
            // One name: with a title it is the family name ("Ms. Whitcombe"), except after Sir and Dame.
            let titled = !keys.isEmpty && !keys.contains(where: Self.givenNameTitles.contains)
            (given, family) = titled ? ("", words.joined(separator: " ")) : (words.joined(separator: " "), "")
        default:
            (given, family) = (words.prefix(givenCount).joined(separator: " "), words.last ?? "")
        }
        // Middle initials ("John F. Kennedy") are no reason for doubt; middle words are.
        let middle = words.dropFirst(givenCount).dropLast()
        greetingIsUncertain = middle.contains { $0.filter(\.isLetter).count > 1 }
    }

    // MARK: - Greeting

    /// The name part of the greeting in `tone`: "Dr. Osei" (formal), "Amara" (warm, brief, and
    /// formal without a title), "Li Lei" for a name written family name first. Empty when there
    /// is no name to greet.
    public func greetingName(tone: Tone) -> String {
        let plain = tone == .formal || isCJK || given.isEmpty
        // "Kevin O'Malley, PhD": a doctorate after the name is greeted as "Dr." in a formal note.
        let doctor =
            honorific == nil && tone == .formal && !family.isEmpty
            && (suffix ?? "").split(separator: " ").contains {
                ["phd", "dphil", "md", "edd", "psyd", "pharmd", "dds", "dmd", "dvm", "dnp", "dpt"].contains(Self.key(String($0)))
            }
        if doctor { return "Dr. " + family }
        // "P. Gagnon": a given name known only by its initial is greeted with the whole name.
        if honorific == nil, !isCJK, given.filter(\.isLetter).count == 1, !family.isEmpty { return full }
        // "Dana K.": a family name given only as an initial is no name to greet by.
        if honorific == nil, !isCJK, family.filter(\.isLetter).count == 1, family.allSatisfy({ $0.isASCII }), !given.isEmpty { return given }
        // "Hon. Margaret Whitfield": a title no list knows is never greeted alone ("Dear Hon.,").
        if honorific == nil, Self.isTypedTitle(given), !family.isEmpty { return full }
        // "Dear Tom," in a formal note too: the whole name ("Dear Tom Birch,") reads as a form letter.
        // A name written family name first ("Lim Siew Hoon", "李雷") is greeted whole in a formal note.
        let familyFirst = isCJK || !family.isEmpty && family != full && full.hasPrefix(family)
        guard let honorific, !family.isEmpty || !given.isEmpty else { return given.isEmpty || isCJK || tone == .formal && familyFirst ? full : given }
        let usesGiven = honorificKeys.contains(where: Self.givenNameTitles.contains) && !given.isEmpty
        let titled = "\(honorific) \(usesGiven || family.isEmpty ? given : family)"
        return plain ? titled : given
    }

    /// The whole greeting line: "Dear Dr. Osei,", "Dear Amara,", "Hi Amara,"; "Hello," when
    /// there is no name (an empty or honorific-only name never gives "Dear Dr.,").
    public func greeting(tone: Tone) -> String {
        Self.greeting(addressing: greetingName(tone: tone), tone: tone)
    }

    /// The greeting line for a form of address used as given ("Dr. Pérez", "Ana", "hiring team"):
    /// one with a title takes "Dear" in any tone ("Hi Dr. Pérez" mixes registers); others the
    /// tone's opener. "Hello," when it names nobody.
    public static func greeting(addressing name: String, tone: Tone) -> String {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = name.split(whereSeparator: \.isWhitespace)
        guard words.contains(where: { honorifics[key(String($0))] == nil && $0.contains(where: \.isLetter) }) else {
            return nameless
        }
        // A title, known or typed as one ("Hon."), takes "Dear".
        let titled = words.count > 1 && (honorifics[key(String(words[0]))] != nil || isTypedTitle(String(words[0])))
        return "\(titled ? "Dear" : opener(tone)) \(name),"
    }

    /// True for a word typed as a title no list knows: letters and a full stop ("Hon.", "Cpl.").
    static func isTypedTitle(_ word: String) -> Bool { word.hasSuffix(".") && word.filter(\.isLetter).count >= 2 }

    /// "him" or "her" when the title says which ("Mr Greg O'Sullivan", "Mrs Joy Adeyemi"), else nil.
    public var objectPronoun: String? {
        if honorificKeys.contains(where: Self.masculineTitles.contains) { return "him" }
        if honorificKeys.contains(where: Self.feminineTitles.contains) { return "her" }
        return nil
    }

    /// What the dialogue offers for "how should the note greet them": the given name for most
    /// ("Amara"), the title and family name for a doctor, professor or cleric ("Dr. Osei") or when
    /// no given name is known ("Ms. Whitcombe"). Empty when there is no name.
    public var defaultAddress: String {
        if honorificKeys.contains(where: Self.earnedTitles.contains) || given.isEmpty || isCJK {
            return greetingName(tone: .formal)
        }
        return given
    }

    // MARK: - Helpers

    /// Lowercased, without a trailing full stop: "Dr." → "dr".
    static func key(_ word: String) -> String {
        var k = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ","))
        if k.hasSuffix(".") { k.removeLast() }
        return k
    }

    /// Lowercased without diacritics, for the compound-name list: "Ana Lucía" → "ana lucia".
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// A title as typed when it is the well-capitalised short form ("Dr", "Mr", as in British
    /// usage), otherwise the list's form ("dr" → "Dr.").
    static func titleShown(_ typed: String, canonical: String) -> String {
        typed + "." == canonical ? typed : canonical
    }

    /// The name as a careful writer types it: a name typed all in lowercase ("dana kim",
    /// "siobhan o'neill", "charles de la croix") gets its capitals, particles aside; a name
    /// with a capital letter and a small one is kept as typed (lowercase and capitals alone are a hurry).
    /// The name as a sentence names the person: written, without the name they go by typed in
    /// quotes (`Rajesh "Raj" Iyer` → "Rajesh Iyer"; the greeting uses "Raj").
    public static func inProse(_ text: String) -> String {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { "\"“”".contains($0) })
        guard parts.count == 3, !parts[0].trimmingCharacters(in: .whitespaces).isEmpty else { return written(text) }
        return written((parts[0] + parts[2]).split(separator: " ").joined(separator: " "))
    }

    public static func written(_ text: String) -> String {
        var cleaned = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // "Owner - Sue", "Sue (owner)": the role typed with the name is not part of it.
        if let open = cleaned.firstIndex(of: "("), let close = cleaned[open...].firstIndex(of: ")"), open != cleaned.startIndex {
            cleaned = (cleaned[..<open] + cleaned[cleaned.index(after: close)...]).trimmingCharacters(in: .whitespaces)
        }
        for dash in [" - ", " – ", " — "] where cleaned.contains(dash) {
            let parts = cleaned.components(separatedBy: dash)
            let names = parts.filter { part in !part.lowercased().split(separator: " ").contains { roleWords.contains(String($0)) } }
            if names.count == 1, let name = names.first { cleaned = name }
        }
        // "JAKE PEARSON": a name typed in capitals is written as if typed in lowercase.
        if cleaned == cleaned.uppercased(), cleaned.filter(\.isLetter).count > 3 { cleaned = cleaned.lowercased() }
        guard cleaned == cleaned.lowercased(), cleaned != cleaned.uppercased() else {
            // "Noreen Mccabe": the letter after "Mc" is a capital in a name typed with capitals too.
            return cleaned.split(separator: " ").map { word in
                let letters = Array(word)
                guard letters.count > 3, letters[0] == "M", letters[1] == "c", letters[2].isLowercase, word.dropFirst().allSatisfy(\.isLowercase)
                else { return String(word) }
                return "Mc" + letters[2].uppercased() + String(letters[3...])
            }.joined(separator: " ")
        }
        let vietnamese = isVietnameseOrder(cleaned.split(separator: " ").map(String.init))
        return cleaned.split(separator: " ").map { word in
            let word = String(word)
            if let canonical = honorifics[key(word)] { return titleShown(word, canonical: canonical) }
            return capitalized(word, particles: !vietnamese)
        }.joined(separator: " ")
    }

    /// A word typed all in lowercase gets capitals ("amara" → "Amara", "jean-luc" → "Jean-Luc",
    /// "o'connor" → "O'Connor"); particles and words with any capital stay as typed.
    static func capitalized(_ word: String, particles keepingParticles: Bool = true) -> String {
        let isLowercaseParticle = particles.contains(key(word)) && !capitalisedParticles.contains(key(word))
        guard word == word.lowercased(), !keepingParticles || !isLowercaseParticle else { return word }
        var out = ""
        var startOfPart = true
        for (i, c) in word.enumerated() {
            out += startOfPart ? c.uppercased() : String(c)
            // After a hyphen, an apostrophe following one letter (O'Connor, D'Angelo), or "Mc" (McIntyre).
            startOfPart = c == "-" || (c == "'" && i == 1) || (i == 1 && word.hasPrefix("mc") && word.count > 3)
        }
        return out
    }

    /// Han ideographs, Hiragana, Katakana and Hangul.
    static func isCJKScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x1100...0x11FF, 0xAC00...0xD7AF,
            0x20000...0x2FFFF:
            return true
        default: return false
        }
    }
}
