import Testing

@testable import TaiyakuKit

/// `String(units:)` reads UTF-16 exactly as the standard library's `String(decoding:as:)` does.
@Suite struct StringUnitsTests {
    static let texts: [[UInt16]] = [
        [],
        Array("Tajikistan".utf16),
        Array("エモマリ・ラフモン大統領は、２０２５年１２月に来日した。".utf16),
        Array("𠮷野家 and 🇯🇵 flags".utf16),
        // Lone surrogates: a lead at the end, a trail at the start, a lead before an ASCII letter.
        Array("abc".utf16) + [0xD83D],
        [0xDC00] + Array("abc".utf16),
        [0x61, 0xD800, 0x62, 0xDFFF, 0xD800, 0xD800, 0xDC00],
    ]

    @Test(arguments: texts) func readsAsTheStandardLibraryDoes(_ units: [UInt16]) {
        #expect(String(units: units) == String(decoding: units, as: UTF16.self))
        #expect(String(units: units).unicodeScalars.elementsEqual(String(decoding: units, as: UTF16.self).unicodeScalars))
        if units.count > 2 {
            let slice = units[1..<(units.count - 1)]
            #expect(String(units: slice) == String(decoding: slice, as: UTF16.self))
        }
        // A collection without contiguous storage.
        let lazy = units.lazy.map { $0 }
        #expect(String(units: lazy) == String(decoding: units, as: UTF16.self))
    }

    @Test func everyBMPCodeUnitAlone() {
        for unit in UInt16.min...UInt16.max {
            #expect(String(units: [unit]).unicodeScalars.elementsEqual(String(decoding: [unit], as: UTF16.self).unicodeScalars))
        }
    }
}
