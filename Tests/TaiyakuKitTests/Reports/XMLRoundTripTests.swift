import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import TaiyakuKit

/// Every XML Taiyaku writes is well-formed whatever the input holds, and what it writes it reads back: markup
/// characters, a CDATA end, carriage returns and tabs survive exactly; characters XML 1.0 cannot hold (C0 controls,
/// U+FFFE, U+FFFF) are refused in a glossary and shown visibly (`\u001B`) in a report.
@Suite struct XMLRoundTripTests {
    /// Markup and white space a parser must give back exactly.
    static let markup = "Tom & Jerry's \"<b>\" ]]> --> a\ttab, a\r\ncarriage return"
    /// What XML 1.0 cannot hold at all.
    static let forbidden: [Character] = ["\u{1B}", "\u{7}", "\u{FFFE}", "\u{FFFF}", "\u{1}"]

    @Test func escapeShowsWhatXMLCannotHoldAndKeepsTheRest() throws {
        for character in Self.forbidden {
            let escaped = MarkupElement.escape("a\(character)b", attribute: false)
            let code = String(character.unicodeScalars.first!.value, radix: 16, uppercase: true)
            #expect(escaped == "a\\u" + String(repeating: "0", count: 4 - code.count) + code + "b")
        }
        let element = MarkupElement("root", attributes: [("note", Self.markup)], text: Self.markup)
        let parsed = try XMLDocument(data: Data(element.document().utf8))
        let root = try #require(parsed.rootElement())
        #expect(root.stringValue == Self.markup)
        #expect(root.attribute(forName: "note")?.stringValue == Self.markup)
    }

    @Test func aTBXGlossaryRoundTripsMarkupAndRefusesWhatXMLCannotHold() throws {
        let entry = GlossaryEntry(
            id: "org.tom&jerry", kind: .organization,
            terms: [
                .english: GlossaryTerms(preferred: "Tom & Jerry <Ltd>", accepted: ["\"T&J\""], deprecated: ["]]>"]),
                .japanese: GlossaryTerms(preferred: "トム＆ジェリー"),
            ],
            note: Self.markup, seenIn: "003\t004")
        let glossary = Glossary(name: "hostile\u{1B}[31m.tsv", entries: [entry])
        let written = try glossary.encoded(as: .tbx, file: "out.tbx")
        let again = try Glossary(name: "out.tbx", bytes: written, format: .tbx)
        #expect(again.entries == glossary.entries)
        // The glossary's own name, which goes into the header, is shown rather than written raw.
        #expect(String(decoding: written, as: UTF8.self).contains("hostile\\u001B[31m.tsv"))

        for character in Self.forbidden {
            var bad = entry
            bad.note = "a note with \(character) in it"
            #expect(throws: GlossaryError.self) {
                try Glossary(name: "g.tsv", entries: [bad]).encoded(as: .tbx, file: "out.tbx")
            }
        }
    }

    /// A pair whose text holds every hostile character, reviewed and aligned.
    static func hostilePair() throws -> TranslationPair {
        let hostile = Self.forbidden.map(String.init).joined()
        let english = """
            Foreign Minister Kamikawa met the President of Tajikistan on 3 May 2024 \(hostile) & <b>"talks"</b> ]]>.
            The two ministers agreed to hold the next meeting in Tokyo in 2025.

            """
        let japanese = """
            上川外務大臣は、2024年5月3日、タジキスタン大統領と会談した\(hostile)＆<b>。
            両大臣は、次回会合を2025年に東京で開催することで一致した。

            """
        return TranslationPair(
            source: try Segmenter(language: .english).segment(Document(name: "hostile\u{1B}.en.txt", text: english)),
            target: try Segmenter(language: .japanese).segment(Document(name: "hostile.ja.txt", text: japanese)))
    }

    @Test func tmxAndJUnitOfHostileTextAreWellFormedAndShowTheControls() throws {
        let pair = try Self.hostilePair()
        let reviewer = Reviewer(checks: CheckRegistry.all)
        let tmx = TMXWriter(toolVersion: "test").document(for: try reviewer.alignment(for: pair))
        let tmxDocument = try XMLDocument(data: Data(tmx.utf8))
        let segments = try tmxDocument.nodes(forXPath: "//seg").compactMap(\.stringValue)
        #expect(segments.contains { $0.contains("\\u001B\\u0007\\uFFFE\\uFFFF\\u0001 & <b>\"talks\"</b> ]]>") })

        let review = try reviewer.review(pair)
        for severity in [Finding.Severity.error, nil] {
            let junit = JUnitWriter(failingSeverity: severity).document(for: review)
            let parsed = try XMLDocument(data: Data(junit.utf8))
            #expect(parsed.rootElement() != nil)
            #expect(!junit.unicodeScalars.contains { !MarkupElement.canHold($0) })
        }
        let batch = BatchReview(entries: [BatchReview.Entry(pair: BatchPair(name: "hostile\u{1B}", source: "a\u{FFFF}", target: "b"), outcome: .failed("a\u{FFFF}: broken \u{7}"))])
        let junit = JUnitWriter(failingSeverity: .error).document(for: batch)
        #expect(try XMLDocument(data: Data(junit.utf8)).rootElement() != nil)
        #expect(junit.contains("a\\uFFFF: broken \\u0007"))
    }
}
