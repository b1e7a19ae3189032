import XCTest

@testable import FollowUpCore

final class PersonNameTests: XCTestCase {
    /// One name as typed, and the greeting line it takes in the formal, warm and brief tones.
    struct Row {
        var name: String
        var formal: String
        var warm: String
        var brief: String
        var uncertain = false
        var line: UInt = #line
    }

    static let rows: [Row] = [
        // Honorifics and titles, with or without the full stop, in any case.
        Row(name: "Dr. Amara Osei", formal: "Dear Dr. Osei,", warm: "Hi Amara,", brief: "Hi Amara,"),
        // Irish particles open the family name with a capital; a Chinese name written family name first.
        Row(name: "Dr. Seán Ó Murchú", formal: "Dear Dr. Ó Murchú,", warm: "Hi Seán,", brief: "Hi Seán,"),
        Row(name: "dr seán ó murchú", formal: "Dear Dr. Ó Murchú,", warm: "Hi Seán,", brief: "Hi Seán,"),
        Row(name: "ms tan mei ling", formal: "Dear Ms. Tan,", warm: "Hi Mei Ling,", brief: "Hi Mei Ling,", uncertain: true),
        Row(name: "Lim Siew Hoon", formal: "Dear Lim Siew Hoon,", warm: "Hi Siew Hoon,", brief: "Hi Siew Hoon,", uncertain: true),
        Row(name: "Tom Birch", formal: "Dear Tom,", warm: "Hi Tom,", brief: "Hi Tom,"),
        // A title no list knows is no given name.
        Row(
            name: "Hon. Margaret Whitfield", formal: "Dear Hon. Margaret Whitfield,", warm: "Dear Hon. Margaret Whitfield,",
            brief: "Dear Hon. Margaret Whitfield,", uncertain: true),
        Row(name: "dr amara osei", formal: "Dear Dr. Osei,", warm: "Hi Amara,", brief: "Hi Amara,"),
        Row(name: "DR. AMARA OSEI", formal: "Dear Dr. Osei,", warm: "Hi Amara,", brief: "Hi Amara,"),
        Row(name: "Ms. Whitcombe", formal: "Dear Ms. Whitcombe,", warm: "Dear Ms. Whitcombe,", brief: "Dear Ms. Whitcombe,"),
        Row(name: "station officer dave kerr", formal: "Dear Station Officer Kerr,", warm: "Hi Dave,", brief: "Hi Dave,"),
        Row(name: "Sgt. Maria Lopez", formal: "Dear Sgt. Lopez,", warm: "Hi Maria,", brief: "Hi Maria,"),
        Row(name: "chief inspector ann lee", formal: "Dear Chief Inspector Lee,", warm: "Hi Ann,", brief: "Hi Ann,"),
        Row(name: "p. gagnon", formal: "Dear P. Gagnon,", warm: "Hi P. Gagnon,", brief: "Hi P. Gagnon,"),
        Row(name: "Chief Okafor", formal: "Dear Chief Okafor,", warm: "Dear Chief Okafor,", brief: "Dear Chief Okafor,"),
        Row(name: "Prof. Lena Brandt", formal: "Dear Prof. Brandt,", warm: "Hi Lena,", brief: "Hi Lena,"),
        Row(name: "Prof Lena Brandt", formal: "Dear Prof Brandt,", warm: "Hi Lena,", brief: "Hi Lena,"),
        Row(name: "Professor Lena Brandt", formal: "Dear Professor Brandt,", warm: "Hi Lena,", brief: "Hi Lena,"),
        Row(name: "Mx. Sam Rivera", formal: "Dear Mx. Rivera,", warm: "Hi Sam,", brief: "Hi Sam,"),
        Row(name: "Mrs Jane Doe", formal: "Dear Mrs Doe,", warm: "Hi Jane,", brief: "Hi Jane,"),
        Row(name: "Miss Ellie Park", formal: "Dear Miss Park,", warm: "Hi Ellie,", brief: "Hi Ellie,"),
        Row(name: "Herr Dr. Müller", formal: "Dear Herr Dr. Müller,", warm: "Dear Herr Dr. Müller,", brief: "Dear Herr Dr. Müller,"),
        Row(name: "Frau Schmidt", formal: "Dear Frau Schmidt,", warm: "Dear Frau Schmidt,", brief: "Dear Frau Schmidt,"),
        Row(name: "Rev. Thomas Okafor", formal: "Dear Rev. Okafor,", warm: "Hi Thomas,", brief: "Hi Thomas,"),
        Row(name: "Fr. Michael Kelly", formal: "Dear Fr. Kelly,", warm: "Hi Michael,", brief: "Hi Michael,"),
        Row(name: "Mme Émilie Dubois", formal: "Dear Mme Dubois,", warm: "Hi Émilie,", brief: "Hi Émilie,"),
        Row(name: "mlle claire roux", formal: "Dear Mlle Roux,", warm: "Hi Claire,", brief: "Hi Claire,"),
        Row(name: "M. Dupont", formal: "Dear M. Dupont,", warm: "Dear M. Dupont,", brief: "Dear M. Dupont,"),
        Row(name: "Sra. Ana Gómez", formal: "Dear Sra. Gómez,", warm: "Hi Ana,", brief: "Hi Ana,"),
        Row(name: "Dott.ssa Giulia Rossi", formal: "Dear Dott.ssa Rossi,", warm: "Hi Giulia,", brief: "Hi Giulia,"),
        Row(name: "Dott. Marco Bianchi", formal: "Dear Dott. Bianchi,", warm: "Hi Marco,", brief: "Hi Marco,"),
        Row(name: "Dame Judi Dench", formal: "Dear Dame Judi,", warm: "Hi Judi,", brief: "Hi Judi,"),
        Row(name: "Sir Ian McKellen", formal: "Dear Sir Ian,", warm: "Hi Ian,", brief: "Hi Ian,"),
        Row(name: "Lord Sugar", formal: "Dear Lord Sugar,", warm: "Dear Lord Sugar,", brief: "Dear Lord Sugar,"),
        // No honorific: the full name in a formal note, the given name otherwise.
        Row(name: "Amara Osei", formal: "Dear Amara,", warm: "Hi Amara,", brief: "Hi Amara,"),
        Row(name: "Priya", formal: "Dear Priya,", warm: "Hi Priya,", brief: "Hi Priya,"),
        Row(name: "Sarah O'Connor", formal: "Dear Sarah,", warm: "Hi Sarah,", brief: "Hi Sarah,"),
        Row(name: "sarah o'connor", formal: "Dear Sarah,", warm: "Hi Sarah,", brief: "Hi Sarah,"),
        Row(name: "Zoë Lefèvre", formal: "Dear Zoë,", warm: "Hi Zoë,", brief: "Hi Zoë,"),
        Row(name: "John F. Kennedy", formal: "Dear John,", warm: "Hi John,", brief: "Hi John,"),
        Row(name: "Osei, Amara", formal: "Dear Amara,", warm: "Hi Amara,", brief: "Hi Amara,"),
        // Compound given names stay whole.
        Row(name: "Mary Jo Carter", formal: "Dear Mary Jo,", warm: "Hi Mary Jo,", brief: "Hi Mary Jo,"),
        Row(name: "Ana Lucía Gómez", formal: "Dear Ana Lucía,", warm: "Hi Ana Lucía,", brief: "Hi Ana Lucía,"),
        Row(name: "Ana Lucia Gomez", formal: "Dear Ana Lucia,", warm: "Hi Ana Lucia,", brief: "Hi Ana Lucia,"),
        Row(name: "Jean-Luc Picard", formal: "Dear Jean-Luc,", warm: "Hi Jean-Luc,", brief: "Hi Jean-Luc,"),
        Row(name: "jean-luc picard", formal: "Dear Jean-Luc,", warm: "Hi Jean-Luc,", brief: "Hi Jean-Luc,"),
        Row(name: "Anne Marie Smith", formal: "Dear Anne Marie,", warm: "Hi Anne Marie,", brief: "Hi Anne Marie,"),
        Row(name: "Billy Bob Thornton", formal: "Dear Billy Bob,", warm: "Hi Billy Bob,", brief: "Hi Billy Bob,"),
        Row(name: "Juan Carlos Ortega", formal: "Dear Juan Carlos,", warm: "Hi Juan Carlos,", brief: "Hi Juan Carlos,"),
        // Particles stay with the family name.
        Row(name: "Charles de la Croix", formal: "Dear Charles,", warm: "Hi Charles,", brief: "Hi Charles,"),
        Row(name: "Mr. Charles de la Croix", formal: "Dear Mr. de la Croix,", warm: "Hi Charles,", brief: "Hi Charles,"),
        Row(name: "Mr. de la Croix", formal: "Dear Mr. de la Croix,", warm: "Dear Mr. de la Croix,", brief: "Dear Mr. de la Croix,"),
        Row(name: "Ludwig van der Berg", formal: "Dear Ludwig,", warm: "Hi Ludwig,", brief: "Hi Ludwig,"),
        Row(name: "Ahmed bin Salman", formal: "Dear Ahmed,", warm: "Hi Ahmed,", brief: "Hi Ahmed,"),
        Row(name: "Di Wang", formal: "Dear Di,", warm: "Hi Di,", brief: "Hi Di,"),
        // Suffixes are not the family name.
        Row(name: "Amara Osei, PhD", formal: "Dear Dr. Osei,", warm: "Hi Amara,", brief: "Hi Amara,"),
        Row(name: "Mr. Darcy III", formal: "Dear Mr. Darcy,", warm: "Dear Mr. Darcy,", brief: "Dear Mr. Darcy,"),
        Row(name: "Dr. Amara Osei MD", formal: "Dear Dr. Osei,", warm: "Hi Amara,", brief: "Hi Amara,"),
        // Unsure: CJK scripts (family name first), three words with no compound or particle.
        Row(name: "Martin Luther King Jr.", formal: "Dear Martin,", warm: "Hi Martin,", brief: "Hi Martin,", uncertain: true),
        Row(name: "Wei Zhang Li", formal: "Dear Wei,", warm: "Hi Wei,", brief: "Hi Wei,", uncertain: true),
        Row(name: "李雷", formal: "Dear 李雷,", warm: "Hi 李雷,", brief: "Hi 李雷,", uncertain: true),
        Row(name: "김민준", formal: "Dear 김민준,", warm: "Hi 김민준,", brief: "Hi 김민준,", uncertain: true),
        Row(name: "山田 太郎", formal: "Dear 山田 太郎,", warm: "Hi 山田 太郎,", brief: "Hi 山田 太郎,", uncertain: true),
        Row(name: "Dr. 李雷", formal: "Dear Dr. 李,", warm: "Dear Dr. 李,", brief: "Dear Dr. 李,", uncertain: true),
        // Nothing to greet.
        Row(name: "", formal: "Hello,", warm: "Hello,", brief: "Hello,"),
        Row(name: "   ", formal: "Hello,", warm: "Hello,", brief: "Hello,"),
        Row(name: "Dr.", formal: "Hello,", warm: "Hello,", brief: "Hello,"),
        Row(name: "Ms", formal: "Hello,", warm: "Hello,", brief: "Hello,"),
        Row(name: "Herr Dr.", formal: "Hello,", warm: "Hello,", brief: "Hello,"),
    ]

    func testGreetingsInEveryTone() {
        XCTAssertGreaterThanOrEqual(Self.rows.count, 40)
        for row in Self.rows {
            let name = PersonName(row.name)
            XCTAssertEqual(name.greeting(tone: .formal), row.formal, "formal: \(row.name)", line: row.line)
            XCTAssertEqual(name.greeting(tone: .warm), row.warm, "warm: \(row.name)", line: row.line)
            XCTAssertEqual(name.greeting(tone: .brief), row.brief, "brief: \(row.name)", line: row.line)
            XCTAssertEqual(name.greetingIsUncertain, row.uncertain, "uncertain: \(row.name)", line: row.line)
        }
    }

    func testNoGreetingIsEverJustAnHonorific() {
        let honorifics = PersonName.honorifics.keys.flatMap { [$0, $0 + ".", $0.capitalized, $0.uppercased() + "."] }
        let names = Self.rows.map(\.name) + honorifics + honorifics.map { "Herr \($0)" } + honorifics.map { "\($0), PhD" }
        for typed in names {
            for tone in Tone.allCases {
                let line = PersonName(typed).greeting(tone: tone)
                let words = line.dropLast().split(separator: " ").dropFirst()  // without the opener and the comma
                XCTAssertTrue(
                    line == "Hello," || words.contains { PersonName.honorifics[PersonName.key(String($0))] == nil },
                    "\(typed) (\(tone)): \(line)")
            }
        }
    }

    func testParts() {
        func parts(_ typed: String) -> [String] {
            let name = PersonName(typed)
            return [name.honorific ?? "", name.given, name.family, name.suffix ?? ""]
        }
        XCTAssertEqual(parts("Dr. Amara Osei"), ["Dr.", "Amara", "Osei", ""])
        XCTAssertEqual(parts("dr amara osei"), ["Dr.", "Amara", "Osei", ""])
        XCTAssertEqual(parts("Ms. Whitcombe"), ["Ms.", "", "Whitcombe", ""])
        XCTAssertEqual(parts("Herr Dr. Müller"), ["Herr Dr.", "", "Müller", ""])
        XCTAssertEqual(parts("Mary Jo Carter"), ["", "Mary Jo", "Carter", ""])
        XCTAssertEqual(parts("Charles de la Croix"), ["", "Charles", "de la Croix", ""])
        XCTAssertEqual(parts("Ludwig van der Berg"), ["", "Ludwig", "van der Berg", ""])
        // Two words before a particle are a given name of two (asked about in the session).
        XCTAssertEqual(parts("maria cristina dela cruz"), ["", "Maria Cristina", "Dela Cruz", ""])
        XCTAssertEqual(parts("Muhammad Faizal bin Rahman"), ["", "Muhammad Faizal", "bin Rahman", ""])
        XCTAssertTrue(PersonName("Maria Cristina Dela Cruz").greetingIsUncertain)
        XCTAssertEqual(PersonName("Maria Cristina Dela Cruz").greeting(tone: .formal), "Dear Maria Cristina,")
        XCTAssertEqual(parts("Engr. Ibrahim Musa"), ["Engr.", "Ibrahim", "Musa", ""])
        XCTAssertEqual(PersonName("engr ibrahim musa").greeting(tone: .formal), "Dear Engr. Musa,")
        XCTAssertEqual(PersonName("Alhaji Musa Bello").greeting(tone: .formal), "Dear Alhaji Bello,")
        XCTAssertEqual(PersonName("Mr. Tanaka Hiroshi").greeting(tone: .formal), "Dear Mr. Tanaka,")
        XCTAssertEqual(PersonName("Mr. Tanaka Hiroshi").greeting(tone: .warm), "Hi Hiroshi,")
        XCTAssertEqual(PersonName("Hiroshi Tanaka").greeting(tone: .warm), "Hi Hiroshi,")
        XCTAssertEqual(PersonName("Ms. Yuki Sato").greeting(tone: .formal), "Dear Ms. Sato,")
        XCTAssertEqual(PersonName("Ms. Lim Hui Min").greeting(tone: .formal), "Dear Ms. Lim,")
        XCTAssertEqual(PersonName("Ms. Lim Hui Min").greeting(tone: .warm), "Hi Hui Min,")
        XCTAssertEqual(parts("Martin Luther King, Jr."), ["", "Martin", "King", "Jr."])
        XCTAssertEqual(parts("Amara Osei, PhD"), ["", "Amara", "Osei", "PhD"])
        XCTAssertEqual(parts("Priya"), ["", "Priya", "", ""])
        XCTAssertEqual(parts("李雷"), ["", "雷", "李", ""])
        XCTAssertEqual(parts("김민준"), ["", "민준", "김", ""])
        XCTAssertEqual(parts("欧阳娜娜"), ["", "娜娜", "欧阳", ""])
    }

    func testDefaultAddress() {
        let expected = [
            "Amara Osei": "Amara", "Dr. Amara Osei": "Dr. Osei", "Prof Lena Brandt": "Prof Brandt", "Ms. Whitcombe": "Ms. Whitcombe",
            "Ms. Jane Whitcombe": "Jane", "Mary Jo Carter": "Mary Jo", "Sir Ian McKellen": "Sir Ian", "Priya": "Priya",
            "Herr Dr. Müller": "Herr Dr. Müller", "Dr.": "", "": "",
        ]
        for (typed, address) in expected {
            XCTAssertEqual(PersonName(typed).defaultAddress, address, typed)
        }
    }

    func testAFormOfAddressWithATitleTakesDearInEveryTone() {
        for tone in Tone.allCases {
            XCTAssertEqual(PersonName.greeting(addressing: "Dr. Pérez", tone: tone), "Dear Dr. Pérez,")
            XCTAssertEqual(PersonName.greeting(addressing: "Mme Dubois", tone: tone), "Dear Mme Dubois,")
            XCTAssertEqual(PersonName.greeting(addressing: "Dr.", tone: tone), "Hello,")
            XCTAssertEqual(PersonName.greeting(addressing: " ", tone: tone), "Hello,")
        }
        XCTAssertEqual(PersonName.greeting(addressing: "Ana", tone: .formal), "Dear Ana,")
        XCTAssertEqual(PersonName.greeting(addressing: "Ana", tone: .warm), "Hi Ana,")
        XCTAssertEqual(PersonName.greeting(addressing: "Ana", tone: .brief), "Hi Ana,")
    }

    func testInterviewerAndRecruiterGreetings() {
        let osei = Interviewer(name: "Dr. Amara Osei")
        XCTAssertEqual(osei.greeting(tone: .formal), "Dear Dr. Osei,")
        XCTAssertEqual(osei.greeting(tone: .warm), "Hi Amara,")
        XCTAssertEqual(osei.greetingName(tone: .formal), "Dr. Osei")
        let perez = Interviewer(name: "María Pérez", addressAs: "Dr. Pérez")
        for tone in Tone.allCases { XCTAssertEqual(perez.greeting(tone: tone), "Dear Dr. Pérez,") }
        let lei = Interviewer(name: "李雷", addressAs: "Lei")
        XCTAssertEqual(lei.greeting(tone: .formal), "Dear Lei,")
        XCTAssertEqual(lei.greeting(tone: .warm), "Hi Lei,")

        var answers = Answers(
            interview: Interview(company: "Acme", role: "Engineer"),
            interviewers: [Interviewer(name: "Prof. Lena Brandt", topics: ["grading"])],
            recruiter: Contact(name: "Mary Jo Carter"), tone: .formal)
        var set = DraftComposer().compose(answers)
        XCTAssertEqual(set.draft(id: "thank-you-1")?.body.hasPrefix("Dear Prof. Brandt,"), true)
        XCTAssertEqual(set.draft(id: "recruiter-note")?.body.hasPrefix("Dear Mary Jo,"), true)
        XCTAssertEqual(set.draft(id: "check-in")?.body.hasPrefix("Dear Mary Jo,"), true)
        answers.tone = .warm
        set = DraftComposer().compose(answers)
        XCTAssertEqual(set.draft(id: "thank-you-1")?.body.hasPrefix("Hi Lena,"), true)
        XCTAssertEqual(set.draft(id: "recruiter-note")?.body.hasPrefix("Hi Mary Jo,"), true)
        XCTAssertEqual(set.draft(id: "rejection-reply")?.body.hasPrefix("Hi Mary Jo,"), true)
    }

    func testGreetingNameTemplateVariable() {
        let composer = DraftComposer(overrides: ["check-in": "{{greeting}} / {{greeting_name}}"])
        let answers = Answers(interviewers: [Interviewer(name: "Dr. Amara Osei")], tone: .formal)
        XCTAssertEqual(composer.compose(answers).draft(id: "check-in")?.body, "Dear Dr. Osei, / Dr. Osei")
    }

    func testAVietnameseNameIsWrittenFamilyNameFirstAndGreetedByItsLastWord() {
        XCTAssertEqual(PersonName.written("nguyen van an"), "Nguyen Van An")
        XCTAssertEqual(PersonName("nguyen van an").greeting(tone: .warm), "Hi An,")
        XCTAssertEqual(PersonName("Tran Thi Mai").greeting(tone: .brief), "Hi Mai,")
        XCTAssertFalse(PersonName("Nguyen Van An").greetingIsUncertain)
        // Near misses: a Dutch particle, and a Vietnamese name written given name first.
        XCTAssertEqual(PersonName.written("ludwig van beethoven"), "Ludwig van Beethoven")
        XCTAssertEqual(PersonName("ludwig van beethoven").greeting(tone: .warm), "Hi Ludwig,")
        XCTAssertEqual(PersonName("An Nguyen").greeting(tone: .warm), "Hi An,")
    }
}
