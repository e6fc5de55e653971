import Testing

@testable import TaiyakuKit

@Suite struct UnitSequenceTableTests {
    private let table = UnitSequenceTable([
        (key: "U.S.", value: 1), (key: "Mr.", value: 2), (key: "etc.", value: 3), (key: "No.", value: 4),
        (key: "No.", value: 5),
    ])

    @Test func findsAKeyInsideALongerText() {
        let units = Array("in the U.S. These talks".utf16)
        #expect(table.value(in: units, 7..<11) == 1)
        #expect(table.contains(units, 7..<11))
    }

    @Test func aPrefixOrALongerTokenIsNotAKey() {
        let units = Array("U.S.A. etc No.5".utf16)
        #expect(table.value(in: units, 0..<6) == nil)  // U.S.A.
        #expect(table.value(in: units, 0..<2) == nil)  // U.
        #expect(table.value(in: units, 7..<10) == nil)  // etc without its stop
        #expect(table.value(in: units, 11..<15) == nil)  // No.5
    }

    @Test func aKeyGivenTwiceKeepsItsLastValue() {
        #expect(table.value(in: Array("No.".utf16), 0..<3) == 5)
    }

    @Test func anEmptyTableFindsNothing() {
        let empty = UnitSequenceTable<Int>([(key: String, value: Int)]())
        #expect(empty.isEmpty)
        #expect(empty.value(in: Array("Mr.".utf16), 0..<3) == nil)
    }

    /// The shipped abbreviations are all found through the table, as through the dictionary they come from.
    @Test func everyShippedAbbreviationIsFound() throws {
        let rules = try LanguageRules.builtIn(for: .english)
        for (abbreviation, _) in rules.abbreviations {
            let units = Array(abbreviation.utf16)
            #expect(rules.abbreviationTable.contains(units, 0..<units.count), "\(abbreviation)")
        }
        for starter in rules.sentenceStarters {
            let units = Array(starter.utf16)
            #expect(rules.sentenceStarterTable.contains(units, 0..<units.count), "\(starter)")
        }
    }
}
