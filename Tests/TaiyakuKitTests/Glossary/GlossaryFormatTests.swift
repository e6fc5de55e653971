import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct GlossaryFormatTests {
    static let shipped = "Glossaries/central-asia.tsv"
    static let header = GlossaryTable.columns.joined(separator: "\t")

    static func tsv(_ rows: [String]) -> [UInt8] {
        Array(([header] + rows).joined(separator: "\n").utf8) + [0x0A]
    }

    @Test func shippedGlossaryLoads() throws {
        let glossary = try Glossary.load(contentsOf: Fixtures.path(Self.shipped))
        #expect(glossary.entries.count == 295)
        let ashgabat = try #require(glossary.entry(id: "place.ashgabat"))
        #expect(ashgabat.kind == .place)
        #expect(ashgabat.terms(in: .english)?.preferred == "Ashgabat")
        #expect(ashgabat.terms(in: .english)?.deprecated == ["Ashkhabad", "Ashgabad"])
        #expect(ashgabat.terms(in: .japanese)?.deprecated.first == "アシュハバード")
        let index = try #require(glossary.entries.firstIndex { $0.id == "place.ashgabat" })
        #expect(glossary.line(ofEntryAt: index) == index + 2)
    }

    @Test func tsvWriterReproducesTheShippedFileByteForByte() throws {
        let path = Fixtures.path(Self.shipped)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let glossary = try Glossary.load(contentsOf: path)
        #expect(try glossary.encoded(as: .tsv, file: "out.tsv") == original)
    }

    @Test func tsvToTBXToTSVIsLossless() throws {
        let path = Fixtures.path(Self.shipped)
        let original = try Glossary.load(contentsOf: path)
        let tbx = try original.encoded(as: .tbx, file: "out.tbx")
        let text = String(decoding: tbx, as: UTF8.self)
        #expect(text.contains("<tbx style=\"dca\" type=\"TBX-Basic\""))
        #expect(text.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
        #expect(!text.contains("DOCTYPE"))
        let back = try Glossary(name: "out.tbx", bytes: tbx, format: .tbx)
        #expect(back.entries == original.entries)
        let tsv = try back.encoded(as: .tsv, file: "back.tsv")
        #expect(tsv == (try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test func tbxKeepsSpecialCharactersAndLines() throws {
        let entry = GlossaryEntry(
            id: "term.x", kind: .term,
            terms: [
                .english: GlossaryTerms(preferred: "R&D <lab>", accepted: ["\"quoted\""]),
                .japanese: GlossaryTerms(preferred: "研究開発", deprecated: ["研究＆開発"]),
            ],
            note: "two\nlines\r\nand a tab\t", seenIn: "-")
        let glossary = Glossary(name: "x.tsv", entries: [entry])
        let tbx = try glossary.encoded(as: .tbx, file: "x.tbx")
        let back = try Glossary(name: "x.tbx", bytes: tbx, format: .tbx)
        #expect(back.entries == [entry])
        #expect(throws: GlossaryError.self) { try glossary.encoded(as: .tsv, file: "x.tsv") }
    }

    /// libxml2 refuses a single chunk above 10 MB unless told otherwise; the reader streams the file.
    @Test func readsATBXLargerThanTenMegabytes() throws {
        let note = String(repeating: "a long note ", count: 220)
        let entries = (0..<5_000).map { number in
            GlossaryEntry(
                id: "term.t\(number)", kind: .term,
                terms: [.english: GlossaryTerms(preferred: "term \(number)"), .japanese: GlossaryTerms(preferred: "用語\(number)")],
                note: note)
        }
        let tbx = try Glossary(name: "big.tsv", entries: entries).encoded(as: .tbx, file: "big.tbx")
        #expect(tbx.count > 12_000_000)
        let back = try Glossary(name: "big.tbx", bytes: tbx, format: .tbx)
        #expect(back.entries.count == entries.count)
        #expect(back.entries.last == entries.last)
    }

    @Test func readsTheOlderMartifLayout() throws {
        let martif = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en-US">
              <martifHeader><fileDesc><sourceDesc><p>old</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry id="place.ashgabat">
                  <descrip type="subjectField">place</descrip>
                  <langSet xml:lang="en-US">
                    <tig><term>Ashgabat</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                    <tig><term>Ashkhabad</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                  </langSet>
                  <langSet xml:lang="ja-JP">
                    <ntig><termGrp><term>アシガバット</term></termGrp></ntig>
                    <ntig><termGrp><term>アシガバード</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termGrp></ntig>
                  </langSet>
                  <langSet xml:lang="fr"><tig><term>Achgabat</term></tig></langSet>
                </termEntry>
              </body></text>
            </martif>
            """
        let glossary = try Glossary(name: "old.tbx", bytes: Array(martif.utf8), format: .tbx)
        let entry = try #require(glossary.entries.first)
        #expect(entry.id == "place.ashgabat")
        #expect(entry.kind == .place)
        #expect(entry.terms(in: .english) == GlossaryTerms(preferred: "Ashgabat", deprecated: ["Ashkhabad"]))
        #expect(entry.terms(in: .japanese) == GlossaryTerms(preferred: "アシガバット", deprecated: ["アシガバード"]))
        #expect(glossary.line(ofEntryAt: 0) == 5)
    }

    @Test func csvAsSpreadsheetsExportIt() throws {
        let csv = "\u{FEFF}id,kind,en,en_variants,en_deprecated,ja,ja_variants,ja_deprecated,note,seen_in\r\n"
            + "org.meti,organization,\"Ministry of Economy, Trade and Industry of Japan\",METI,,経済産業省,,,"
            + "\"He said \"\"METI\"\"\non two lines\",000 003\r\n"
            + ",,,,,,,,,\r\n"
            + "place.tokyo,place,Tokyo,,,東京,,,,-\r\n"
        let glossary = try Glossary(name: "g.csv", bytes: Array(csv.utf8), format: .csv)
        #expect(glossary.entries.count == 2)
        let meti = glossary.entries[0]
        #expect(meti.terms(in: .english)?.preferred == "Ministry of Economy, Trade and Industry of Japan")
        #expect(meti.terms(in: .english)?.accepted == ["METI"])
        #expect(meti.note == "He said \"METI\"\non two lines")
        #expect(meti.seenIn == "000 003")
        #expect(glossary.line(ofEntryAt: 1) == 5)
    }

    @Test func csvUnclosedQuoteNamesTheLineItOpensOn() {
        let csv = "id,kind,en,en_variants,en_deprecated,ja,ja_variants,ja_deprecated,note,seen_in\n"
            + "place.tokyo,place,Tokyo,,,東京,,,,-\n"
            + "place.osaka,place,Osaka,,,大阪,,,\"never closed,-\nmore\n"
        #expect(throws: GlossaryError.malformedRow(file: "g.csv", line: 3, reason: "unclosed quote")) {
            try Glossary(name: "g.csv", bytes: Array(csv.utf8), format: .csv)
        }
    }

    @Test func wrongColumnCountNamesTheLine() {
        let bytes = Self.tsv(["place.tokyo\tplace\tTokyo\t\t\t東京\t\t\t\t-", "place.osaka\tplace\tOsaka\t\t大阪"])
        #expect(throws: GlossaryError.malformedRow(file: "g.tsv", line: 3, reason: "5 columns, expected 10")) {
            try Glossary(name: "g.tsv", bytes: bytes, format: .tsv)
        }
    }

    @Test func emptyTermAndUnknownKindAreMalformedRows() {
        let emptyTerm = Self.tsv(["place.tokyo\tplace\t\t\t\t東京\t\t\t\t-"])
        #expect(throws: GlossaryError.malformedRow(file: "g.tsv", line: 2, reason: "empty term in column 'en'")) {
            try Glossary(name: "g.tsv", bytes: emptyTerm, format: .tsv)
        }
        let emptyVariant = Self.tsv(["place.tokyo\tplace\tTokyo\tTokio | \t\t東京\t\t\t\t-"])
        #expect(throws: GlossaryError.self) { try Glossary(name: "g.tsv", bytes: emptyVariant, format: .tsv) }
        let unknownKind = Self.tsv(["place.tokyo\tcity\tTokyo\t\t\t東京\t\t\t\t-"])
        #expect(throws: GlossaryError.self) { try Glossary(name: "g.tsv", bytes: unknownKind, format: .tsv) }
    }

    @Test func badHeaderIsReported() {
        let bytes = Array("id\tkind\ten\tenglish\n".utf8)
        #expect(throws: GlossaryError.malformedRow(file: "g.tsv", line: 1, reason: "unknown column 'english' in the header")) {
            try Glossary(name: "g.tsv", bytes: bytes, format: .tsv)
        }
    }

    @Test func invalidUTF8NamesLineAndByte() {
        var bytes = Self.tsv(["place.tokyo\tplace\tTokyo\t\t\t東京\t\t\t\t-"])
        let offset = bytes.count
        bytes += Array("place.osaka\tplace\tOsaka\t\t\t".utf8) + [0xE5, 0x41] + Array("\t\t\t\t-\n".utf8)
        #expect(throws: GlossaryError.invalidUTF8(file: "g.tsv", line: 3, byte: offset + 27)) {
            try Glossary(name: "g.tsv", bytes: bytes, format: .tsv)
        }
    }

    @Test func tbxWithDoctypeOrEntityIsRejectedWithItsLine() {
        let doctype = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tbx SYSTEM "TBXcoreStructV03.dtd">
            <tbx type="TBX-Basic"><text><body/></text></tbx>
            """
        #expect(throws: GlossaryError.forbiddenXML(
            file: "g.tbx", line: 2,
            reason: "a DOCTYPE declaration is not allowed (Taiyaku never processes DTDs or entities); remove it")
        ) {
            try Glossary(name: "g.tbx", bytes: Array(doctype.utf8), format: .tbx)
        }
        let external = """
            <?xml version="1.0"?>
            <!-- a comment -->
            <!DOCTYPE tbx [
              <!ENTITY secret SYSTEM "file:///etc/passwd">
            ]>
            <tbx><text><body><conceptEntry id="x"><langSec xml:lang="en"><termSec><term>&secret;</term></termSec></langSec></conceptEntry></body></text></tbx>
            """
        #expect {
            try Glossary(name: "g.tbx", bytes: Array(external.utf8), format: .tbx)
        } throws: { error in
            guard case .forbiddenXML(let file, let line, _) = error as? GlossaryError else { return false }
            return file == "g.tbx" && line == 3
        }
        let inComment = "<?xml version=\"1.0\"?>\n<!-- <!DOCTYPE x> -->\n<tbx><text><body/></text></tbx>\n"
        #expect(throws: Never.self) { try Glossary(name: "g.tbx", bytes: Array(inComment.utf8), format: .tbx) }
    }

    @Test func malformedTBXNamesTheLine() {
        let broken = "<?xml version=\"1.0\"?>\n<tbx>\n<text>\n<body>\n</text>\n</tbx>\n"
        #expect {
            try Glossary(name: "g.tbx", bytes: Array(broken.utf8), format: .tbx)
        } throws: { error in
            guard case .malformedXML(let file, let line, _) = error as? GlossaryError else { return false }
            return file == "g.tbx" && line == 5
        }
        let notTBX = "<?xml version=\"1.0\"?>\n<html/>\n"
        #expect(throws: GlossaryError.malformedXML(file: "g.tbx", line: 2, reason: "the root element is <html>, not <tbx> or <martif>")) {
            try Glossary(name: "g.tbx", bytes: Array(notTBX.utf8), format: .tbx)
        }
    }

    @Test func mergingRejectsADuplicateID() throws {
        let shipped = try Glossary.load(contentsOf: Fixtures.path(Self.shipped))
        let extra = try Glossary(
            name: "extra.tsv", bytes: Self.tsv(["place.tokyo\tplace\tTokyo\t\t\t東京\t\t\t\t-"]), format: .tsv)
        #expect {
            try Glossary(merging: [shipped, extra])
        } throws: { error in
            guard case .duplicateConcept(let id, let file, let line, _, _) = error as? GlossaryError else { return false }
            return id == "place.tokyo" && file == "extra.tsv" && line == 2
        }
    }

    @Test func formatFollowsTheExtension() {
        #expect(GlossaryFormat(path: "a/b.TBX") == .tbx)
        #expect(GlossaryFormat(path: "terms.csv") == .csv)
        #expect(GlossaryFormat(path: "dir.tsv/file") == nil)
        #expect(GlossaryFormat(path: "glossary.xlsx") == nil)
    }
}
