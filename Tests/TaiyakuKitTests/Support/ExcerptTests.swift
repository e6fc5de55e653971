import Foundation
import Testing

@testable import TaiyakuKit

/// `Limits.excerpt(of:around:)`, the one place that cuts the text a finding quotes: at most
/// `maximumExcerptLength` UTF-16 units, centred on the offending part, cut between characters.
@Suite struct ExcerptTests {
    static let limits = Limits.standard
    static var cap: Int { limits.maximumExcerptLength }

    /// A long sentence of a government release: grants to many towns, one amount in the middle.
    static func grants(_ count: Int, amount: (Int) -> Int) -> String {
        let towns = ["Dushanbe", "Khujand", "Bokhtar", "Kulob", "Istaravshan", "Panjakent", "Vahdat", "Tursunzoda"]
        let items = (0..<count).map { index in
            "\(amount(index)) million yen for the water supply facilities of \(towns[index % towns.count]) district \(index + 1)"
        }
        return "The Government of Japan will extend grant aid of " + items.joined(separator: ", ") + " to the Republic of Tajikistan."
    }

    @Test func textWithinTheCapIsQuotedWhole() {
        let sentence = "The Foreign Minister welcomed the delegation of Tajikistan to Tokyo on 12 May 2025."
        #expect(Self.limits.excerpt(of: sentence, around: 40..<50) == sentence)
        #expect(Self.limits.excerptRange(of: sentence) == 0..<sentence.utf16.count)
    }

    @Test func aLongSentenceIsCutAroundThePartAtSpaces() throws {
        let sentence = Self.grants(42) { 100 + $0 }
        #expect(sentence.utf16.count > 3_000)
        let part = try #require(sentence.range(of: "119 million yen"))
        let offsets = sentence.utf16.distance(from: sentence.startIndex, to: part.lowerBound)
            ..< sentence.utf16.distance(from: sentence.startIndex, to: part.upperBound)
        let excerpt = Self.limits.excerpt(of: sentence, around: offsets)
        #expect(excerpt.utf16.count <= Self.cap)
        #expect(excerpt.utf16.count >= Self.cap - 16, "too little context: \(excerpt)")
        #expect(excerpt.contains("119 million yen"))
        #expect(excerpt.hasPrefix("…") && excerpt.hasSuffix("…"))
        // The part sits near the middle, and each cut falls at a space: the quoted text starts and ends on a word.
        let window = Self.limits.excerptRange(of: sentence, around: offsets)
        let units = Array(sentence.utf16)
        #expect(units[window.lowerBound - 1] == 0x20 && units[window.upperBound] == 0x20, "\(excerpt)")
        let middle = (window.lowerBound + window.upperBound) / 2
        #expect(abs(middle - (offsets.lowerBound + offsets.upperBound) / 2) < 20)
        // The sentence's start and end: the window goes to the other side, with one ellipsis.
        let start = Self.limits.excerpt(of: sentence, around: 4..<14)
        #expect(start.hasPrefix("The Government of Japan") && start.hasSuffix("…") && start.utf16.count <= Self.cap)
        let end = Self.limits.excerpt(of: sentence, around: (units.count - 9)..<units.count)
        #expect(end.hasPrefix("…") && end.hasSuffix("Tajikistan.") && end.utf16.count <= Self.cap)
    }

    @Test func aPartLongerThanTheCapIsShownFromItsStart() {
        let sentence = Self.grants(10) { 100 + $0 }
        let excerpt = Self.limits.excerpt(of: sentence, around: 0..<sentence.utf16.count)
        #expect(excerpt.hasPrefix("The Government of Japan will extend grant aid of 100 million yen"))
        #expect(excerpt.hasSuffix("…") && excerpt.utf16.count <= Self.cap)
        #expect(Self.limits.excerpt(of: sentence) == excerpt)
    }

    @Test func japaneseWithoutSpacesIsCutBetweenCharactersNeverInsideASurrogatePair() {
        // 𠮷 (U+20BB7) takes two UTF-16 units: every window must keep its pairs whole wherever it falls.
        let sentence = String(repeating: "𠮷野家の牛丼は、", count: 60) + "東京で販売された。"
        let units = Array(sentence.utf16)
        for lower in stride(from: 0, to: units.count - 2, by: 7) {
            let window = Self.limits.excerptRange(of: sentence, around: lower..<lower + 2)
            #expect(window.count <= Self.cap - 2)
            #expect(!UTF16.isTrailSurrogate(units[window.lowerBound]), "window \(window) starts inside a pair")
            #expect(window.upperBound == units.count || !UTF16.isTrailSurrogate(units[window.upperBound]))
            let excerpt = Self.limits.excerpt(of: sentence, around: lower..<lower + 2)
            #expect(!excerpt.contains("\u{FFFD}") && excerpt.utf16.count <= Self.cap)
        }
    }

    @Test func oneCharacterLongerThanTheCapIsCutBetweenScalars() {
        // One grapheme: a letter carrying 3,000 combining marks, each outside the BMP (two UTF-16 units).
        let letter = "a" + String(repeating: "\u{1D167}", count: 3_000)
        #expect(letter.count == 1)
        let excerpt = Self.limits.excerpt(of: "Tremolo " + letter + " ends here.", around: 10..<20)
        #expect(excerpt.utf16.count <= Self.cap && excerpt.utf16.count > 0)
        #expect(!excerpt.contains("\u{FFFD}"))
    }
}
