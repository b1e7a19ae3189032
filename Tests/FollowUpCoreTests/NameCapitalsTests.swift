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

    func testAWordBesideAnUnknownOneStaysAsTypedSoNoNameIsHalfCapitalised() {
        let names = NameCapitals(
            source: "test", { ["reno": "Reno", "eden": "Eden", "shannon": "Shannon"][$0] },
            isUnknownWord: { ["ponsonby", "mt"].contains($0) })
        XCTAssertEqual(names.apply("the stair job at the ponsonby reno"), "the stair job at the ponsonby reno")
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
            ("base preference shannon vs cork", "base preference Shannon vs Cork"),
            ("cvent vs bizzabo", "Cvent vs Bizzabo"),
            ("experience in sql", "experience in SQL"),
            ("the bail hearings on zoom", "the bail hearings on Zoom"),
            ("a zoom lens", "a zoom lens"),
            // Near misses: no place word before it, shorthand, a typo, a common word.
            ("the ponsonby job", "the ponsonby job"),
            ("worked in paeds", "worked in paeds"),
            ("experience in microservices", "experience in microservices"),
            ("experience in managment", "experience in managment"),
            ("a shift in north wing", "a shift in north wing"),
        ]
        for (typed, written) in table {
            XCTAssertEqual(names.apply(typed), written, typed)
        }
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
        XCTAssertEqual(english.apply("the stair job at the ponsonby reno"), "the stair job at the ponsonby reno")
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
}
