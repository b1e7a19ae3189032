import FollowUpCore
import XCTest

final class NameCapitalsTests: XCTestCase {
    /// A stand-in for the dictionary: these words are names.
    let names = NameCapitals(source: "test") {
        ["dave": "Dave", "manchester": "Manchester", "sql": "SQL", "kate": "Kate", "rex": "Rex", "example": "Example", "nsw": "NSW"][$0]
    }

    func testNamesTypedInLowercaseGetTheirCapitals() {
        XCTAssertEqual(names.apply("I told dave about our sql reports in manchester."), "I told Dave about our SQL reports in Manchester.")
        XCTAssertEqual(names.apply("dave's team"), "Dave's team")
        XCTAssertEqual(names.apply("Katherine \"kate\" O'Malley"), "Katherine \"Kate\" O'Malley")
        XCTAssertEqual(names.apply("(dave)\nmanchester"), "(Dave)\nManchester")
        // A word capitalised as part of a title that is an acronym: "Nsw" → "NSW"; "Sql" at a sentence start too.
        XCTAssertEqual(names.apply("Fire and Rescue Nsw. Sql reports"), "Fire and Rescue NSW. SQL reports")
        XCTAssertEqual(names.apply("Dave and Manchester"), "Dave and Manchester")
    }

    func testAWordBesideAnUnknownOneStaysAsTyped() {
        let names = NameCapitals(
            source: "test", { ["reno": "Reno", "eden": "Eden", "shannon": "Shannon"][$0] },
            isUnknownWord: { ["ponsonby", "mt"].contains($0) })
        // "ponsonby" is a coined word, so a name; "reno" beside it is the job, not the city.
        XCTAssertEqual(names.apply("the stair job at the ponsonby reno"), "the stair job at the Ponsonby reno")
    }

    /// A word no list knows is a product's or a place's name when it reads as coined, not as
    /// shorthand, a typo or a compound of words (the English lists, generated data).
    func testACoinedWordNoListKnowsIsAName() {
        let english = NameCapitals.english
        let table: [(String, String)] = [
            ("charting in dentrix ascend daily", "charting in Dentrix ascend daily"),
            ("used the cavitron and kronos for rostering", "used the Cavitron and Kronos for rostering"),
            ("the aistear framework", "the Aistear framework"),
            ("qc on the sysmex analysers", "QC on the Sysmex analysers"),
            ("moved from kelowna", "moved from Kelowna"),
            // Near misses: jargon made of words or a prefix, shorthand, typos, short words, addresses.
            ("the roadmap and the rollout", "the roadmap and the rollout"),
            ("timesheets, fitout, telehealth and neurodivergent clients", "timesheets, fitout, telehealth and neurodivergent clients"),
            ("daily standups and checkins", "daily standups and checkins"),
            ("postop obs and planograms", "postop obs and planograms"),
            ("replen and upskilling in paeds", "replen and upskilling in paeds"),
            ("a managment role", "a managment role"),
            ("see dentrix.example.com", "see dentrix.example.com"),
            // Acronyms by their first two letters, degrees as written, products by their use, places by their first word.
            ("a PhD from jcu, the fnol queue at the mbta", "a PhD from JCU, the FNOL queue at the MBTA"),
            ("msc in sports physio, mlis from dal", "MSc in sports physio, MLIS from dal"),
            ("led the pacs migration", "led the PACS migration"),
            ("a bank rec in excel, excel models; I excel at it", "a bank rec in Excel, Excel models; I excel at it"),
            ("calls on teams with the teams", "calls on Teams with the teams"),
            ("workshops at saint mary's, 3 years at st james's in leeds", "workshops at Saint Mary's, 3 years at St James's in Leeds"),
            ("NHS greater glasgow and clyde; greater NHS funding; a port role", "NHS Greater Glasgow and Clyde; greater NHS funding; a port role"),
            ("the strong team, the blue car", "the strong team, the blue car"),
            // A name made of words, in a list beside a coined one or one with its capital.
            ("experience with eaglesoft and dentrix", "experience with Eaglesoft and Dentrix"),
            ("filing in cargowise, Descartes", "filing in Cargowise, Descartes"),
            ("the roadmap and dentrix", "the roadmap and Dentrix"),
        ]
        assertWritten(table, by: english)
    }

    func testAPlaceOrProductIsKnownByTheWordsAroundIt() {
        let names = NameCapitals(
            source: "test", { ["reno": "Reno", "eden": "Eden", "shannon": "Shannon", "leeds": "Leeds", "sql": "SQL"][$0] },
            isUnknownWord: { ["ponsonby", "bondi", "cvent", "bizzabo", "nola", "paeds", "microservices", "managment"].contains($0) })
        let table: [(String, String)] = [
            ("a flat near mt eden", "a flat near Mt Eden"),
            ("bootcamps at north bondi for 2 years", "bootcamps at North Bondi for 2 years"),
            ("the hotel overbooking in nola", "the hotel overbooking in Nola"),
            ("the ward in leeds general", "the ward in Leeds General"),
            ("base preference shannon vs bizzabo", "base preference Shannon vs Bizzabo"),
            ("the NHS vs private split", "the NHS vs private split"),
            ("cvent vs bizzabo", "Cvent vs Bizzabo"),
            ("experience in sql", "experience in SQL"),
            ("the bail hearings on zoom", "the bail hearings on Zoom"),
            ("a zoom lens", "a zoom lens"),
            // Near misses: shorthand, a typo, a common word (a coined word is a name anywhere).
            ("the ponsonby job", "the Ponsonby job"),
            ("worked in paeds", "worked in paeds"),
            ("experience in microservices", "experience in microservices"),
            ("experience in managment", "experience in managment"),
            ("a shift in north wing", "a shift in north wing"),
        ]
        assertWritten(table, by: names)
    }

    func testPlaceholdersAddressesLinksAndCompoundsStayAsTyped() {
        for text in [
            "[paste the link to dave's portfolio here]", "dave@example.com", "https://example.com/dave", "see example.com today",
            "my t-rex demo", "dave2", "sql_server",
        ] {
            XCTAssertEqual(names.apply(text), text)
        }
        // A word touching an accented letter is part of a longer word; one after a space is not.
        XCTAssertEqual(names.apply("Josédave"), "Josédave")
        XCTAssertEqual(names.apply("José and dave"), "José and Dave")
        // Words with a capital already are the candidate's choice.
        XCTAssertEqual(names.apply("Dave and DAVE"), "Dave and DAVE")
        XCTAssertEqual(NameCapitals.none.apply("told dave"), "told dave")
    }

    /// The English dictionary's names (generated data): what the drafts get.
    func testTheEnglishNamesCapitaliseNamesAndLeaveWordsAlone() {
        let english = NameCapitals.english
        XCTAssertEqual(
            english.apply("told dave the bill for the turkey may come in marks and jobs, via sql in manchester and edinburgh"),
            "told Dave the bill for the turkey may come in marks and jobs, via SQL in Manchester and Edinburgh")
        XCTAssertEqual(english.apply("I led the team of or if ok on github"), "I led the team of or if OK on GitHub")
        // Short mixed-case entries (symbols, abbreviations, "Sam") and Latin abbreviations stay.
        XCTAssertEqual(english.apply("te au chr ie eg sam"), "te au chr ie eg sam")
        XCTAssertEqual(english.apply("the stair job at the ponsonby reno"), "the stair job at the Ponsonby reno")
        XCTAssertEqual(english.apply("a visit from Nasa"), "a visit from NASA")
        XCTAssertEqual(english.apply("I'll see you're here, it isn't dont"), "I'll see you're here, it isn't dont")
        // The end of a contraction is no word of its own, even one a name list knows ("nt" → "NT").
        let names = NameCapitals(source: "test") { ["nt": "NT", "ve": "VE"][$0] }
        XCTAssertEqual(names.apply("it isn\u{2019}t, I've, nt"), "it isn\u{2019}t, I've, NT")
        XCTAssertEqual(english.apply("walked dave through it, planned glasgow quickly"), "walked Dave through it, planned Glasgow quickly")
    }

    func testANameTheCandidateWroteWithItsCapitalsOnceIsWrittenSoEverywhere() {
        let names = NameCapitals(source: "test") { _ in nil }.learning(
            from: ["the guest with the parrot at the Marriott", "Roadmap for the driver app", "Ward Manager (Acute Medical Unit)"],
            company: "amazon")
        XCTAssertEqual(names.apply("2 references from marriott: [add them]"), "2 references from Marriott: [add them]")
        XCTAssertEqual(names.apply("my amazon systems experience"), "my Amazon systems experience")
        XCTAssertEqual(names.apply("the roadmap for the unit"), "the roadmap for the unit", "a first word or a title is no evidence")
        XCTAssertEqual(names.apply("jo@amazon.example"), "jo@amazon.example")
    }

    func testAGivenNameThatIsAWordTooIsANameBeforeAFamilyName() {
        let names = NameCapitals(source: "test") { ["pratchett": "Pratchett"][$0] }
        XCTAssertEqual(names.apply("we both love terry pratchett"), "we both love Terry Pratchett")
        XCTAssertEqual(names.apply("a terry towel"), "a terry towel")
    }

    func testAnAcronymTypedInLowercaseGetsItsCapitals() {
        let names = NameCapitals(source: "test") { _ in nil }
        let table: [(String, String)] = [
            ("the frc inspection findings", "the FRC inspection findings"),
            ("my gdpr training and dbs check", "my GDPR training and DBS check"),
            ("the hse audit and our kpis", "the HSE audit and our KPIs"),
            // Near misses: units, shorthand, titles, words, addresses.
            ("a 12 hr shift, 3 days a wk", "a 12 hr shift, 3 days a wk"),
            ("dr brooks and mrs hughes", "dr brooks and mrs hughes"),
            ("the gym and the rhythm", "the gym and the rhythm"),
            ("frc@example.com", "frc@example.com"),
        ]
        assertWritten(table, by: names)
    }

    /// After "at", in a clause that counts time spent there, the employer is a name however
    /// ordinary its words; a place of work, a manner or a level is not.
    func testTheEmployerAfterAtInAClauseThatCountsTimeThereIsAName() {
        let table: [(String, String)] = [
            ("5 years of community pharmacy experience at mercury drug.", "5 years of community pharmacy experience at Mercury Drug."),
            ("a 3-month stint on pastry at hotel du vin", "a 3-month stint on pastry at Hotel du Vin"),
            ("2 yrs at the connacht tribune", "2 yrs at the Connacht Tribune"),
            ("6 years at brakes, mostly in month end", "6 years at Brakes, mostly in month end"),
            ("3 years at tesco stores managing a team", "3 years at Tesco Stores managing a team"),
            // Near misses: no time counted, a determiner, a place of work, a manner, a level.
            ("we met at mercury drug", "we met at mercury drug"),
            ("10 years of office admin at a school", "10 years of office admin at a school"),
            ("2 years at the hospital as a porter", "2 years at the hospital as a porter"),
            ("4 years on the tools, working at heights", "4 years on the tools, working at heights"),
            ("I worked at scale for 4 years", "I worked at scale for 4 years"),
            ("3 years of experience at board level", "3 years of experience at board level"),
            ("2 years at home with my kids", "2 years at home with my kids"),
        ]
        assertWritten(table, by: .english)
    }

    /// A name joined to another word by a hyphen keeps its capital; faiths are always capitalised.
    func testANameJoinedByAHyphenAndAFaithAreWrittenWithCapitals() {
        let table: [(String, String)] = [
            ("the lagos-kano run", "the Lagos-Kano run"),
            ("a dublin-based team", "a Dublin-based team"),
            // Near misses: words, letters, an address.
            ("a t-rex, an x-ray, a well-known co-op", "a t-rex, an x-ray, a well-known co-op"),
            ("mail jo-anne@dublin.ie", "mail jo-anne@dublin.ie"),
        ]
        assertWritten(table, by: .english)
        XCTAssertEqual(NameCapitals.english.apply(Note("the trust's christian values")?.text ?? ""), "the trust's Christian values")
    }

    /// A word the candidate typed in capitals somewhere is an acronym wherever they typed it
    /// in lowercase ("OSCP" as a strength, "my oscp certificate"); capitals for emphasis are not.
    func testAWordTypedInCapitalsIsThatAcronymEverywhere() {
        let names = NameCapitals.english.learning(from: ["OSCP", "started the SAP MM course", "I was NOT late", "VERY keen"])
        XCTAssertEqual(names.apply("my oscp certificate and sap"), "my OSCP certificate and SAP")
        XCTAssertEqual(names.apply("not very late"), "not very late")
    }

    /// A landmark's word after a place's name is part of the name ("bolton museum" → "Bolton
    /// Museum"); after an ordinary or technical word, or "a", it is a description.
    func testALandmarkAfterAPlacesNameIsPartOfIt() {
        let table: [(String, String)] = [
            ("the outreach work at bolton museum", "the outreach work at Bolton Museum"),
            ("oil spill work in the niger delta", "oil spill work in the Niger Delta"),
            ("grew up in Lagos state", "grew up in Lagos State"),
            ("a placement at cork university hospital", "a placement at Cork University Hospital"),
            ("worked on the bolton museum gallery project", "worked on the Bolton Museum Gallery project"),
            ("MLIS from san jose state", "MLIS from San Jose State"),
            ("the new grafton st site", "the new Grafton St site"),
            ("6 yrs on anchor handlers in the north sea", "6 yrs on anchor handlers in the North Sea"),
            ("6 month placement in St James's hospital pharmacy", "6 month placement in St James's Hospital pharmacy"),
            ("the warehouse in Montague gardens", "the warehouse in Montague Gardens"),
            // Near misses: a word before it, a tool, "a", an acronym, a plural, a saint.
            ("the python library and the react state", "the python library and the react state"),
            ("a Leeds museum", "a Leeds museum"),
            ("the NHS university links", "the NHS university links"),
            ("Oxford colleges", "Oxford colleges"),
            ("the 1st floor and the big st", "the 1st floor and the big st"),
            ("north of the sea wall", "north of the sea wall"),
            ("a London hospital and the primary school", "a London hospital and the primary school"),
        ]
        assertWritten(table, by: .english)
    }

    /// Each typed text of `table` is written as given.
    func assertWritten(_ table: [(typed: String, written: String)], by names: NameCapitals, line: UInt = #line) {
        for (typed, written) in table {
            XCTAssertEqual(names.apply(typed), written, typed, line: line)
        }
    }
}
