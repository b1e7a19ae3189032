import Spelling
import XCTest

/// Names typed in lowercase, as the installed en_US dictionary writes them.
final class DictionaryNamesTests: XCTestCase {
    func testNamesPlacesAndAcronymsGetTheDictionaryForm() throws {
        let names = try XCTUnwrap(DictionaryNames(language: "en_US"), "hunspell-en-us is installed by Scripts/install-deps")
        XCTAssertEqual(names.writtenForm(of: "dave"), "Dave")
        XCTAssertEqual(names.writtenForm(of: "manchester"), "Manchester")
        XCTAssertEqual(names.writtenForm(of: "edinburgh"), "Edinburgh")
        XCTAssertEqual(names.writtenForm(of: "sql"), "SQL")
        XCTAssertEqual(names.writtenForm(of: "github"), "GitHub")
        XCTAssertEqual(names.writtenForm(of: "christmas"), "Christmas")
        XCTAssertEqual(names.writtenForm(of: "ok"), "OK")
    }

    func testCommonWordsSymbolsAndAbbreviationsStayAsTyped() throws {
        let names = try XCTUnwrap(DictionaryNames(language: "en_US"))
        // Words the dictionary knows in lowercase too.
        for word in ["bill", "turkey", "may", "mark", "switch", "python", "excel", "marks", "jobs"] {
            XCTAssertNil(names.writtenForm(of: word), word)
        }
        // Short mixed-case entries (chemical symbols, abbreviations) and Latin abbreviations.
        for word in ["te", "au", "chr", "ie", "eg", "sam"] {
            XCTAssertNil(names.writtenForm(of: word), word)
        }
        // Not in the dictionary at all.
        XCTAssertNil(names.writtenForm(of: "qwzx"))
        XCTAssertTrue(names.isUnknown("ponsonby"))
        XCTAssertFalse(names.isUnknown("reno"), "a name it knows")
        XCTAssertFalse(names.isUnknown("cork"), "a word it knows")
    }
}
