import Foundation
import Testing

@testable import TaiyakuKit

/// The caps of `Limits` on hostile input, each reached with a clear outcome.
@Suite struct LimitsTests {
    @Test func aSentenceAboveTheCapIsSplitAtSpacesAndRealSentencesStayWhole() throws {
        let thirds = "The " + Array(repeating: "Third", count: 3_000).joined(separator: " ") + " meetings were held."
        let document = Document(name: "long.en.txt", text: "Short first sentence.\n\n\(thirds)\n")
        let segments = try Segmenter(language: .english).segment(document).segments
        let cap = Limits.standard.maximumSegmentLength
        #expect(segments.allSatisfy { $0.units.count <= cap })
        #expect(segments.first?.text == "Short first sentence.")
        // Nothing is lost but the white space at the cuts, and every cut falls at a space.
        let rest = segments.dropFirst().map(\.text)
        #expect(rest.count == (thirds.utf16.count + cap - 1) / cap || rest.count == (thirds.utf16.count + cap - 1) / cap + 1)
        #expect(rest.joined(separator: " ") == thirds)

        // Japanese without spaces or commas is cut at the cap, never inside a surrogate pair.
        let kanji = String(repeating: "𠮷野家", count: 2_000)
        let pieces = Limits.standard.segmentPieces(0..<kanji.utf16.count, of: Array(kanji.utf16))
        #expect(pieces.allSatisfy { $0.count <= cap && !UTF16.isTrailSurrogate(Array(kanji.utf16)[$0.lowerBound]) })
        #expect(pieces.map(\.count).reduce(0, +) == kanji.utf16.count)

        let seed = try Fixtures.segmented("004")
        #expect(seed.segments.allSatisfy { $0.units.count < 1_000 })
    }

    @Test func findingsAboveTheCapAreCutMostSevereFirstWithANote() {
        let limits = Limits(
            maximumFileBytes: 1 << 20, maximumSegmentLength: 100, maximumFindingsPerDocument: 4, maximumExcerptLength: 50,
            maximumXMLDepth: 8, maximumJSONDepth: 8)
        func finding(_ severity: Finding.Severity, _ message: String) -> Finding {
            Finding(ruleID: "number-mismatch", severity: severity, message: message, source: nil, target: nil)
        }
        let findings = [
            finding(.note, "n1"), finding(.error, "e1"), finding(.warning, "w1"), finding(.note, "n2"),
            finding(.error, "e2"), finding(.warning, "w2"),
        ]
        #expect(limits.capped(Array(findings.prefix(4))).truncated == false)
        let (kept, truncated) = limits.capped(findings)
        #expect(truncated)
        #expect(kept.map(\.message).prefix(3) == ["e1", "w1", "e2"])
        #expect(kept.count == 4)
        #expect(kept.last?.ruleID == "findings-truncated" && kept.last?.severity == .note)
        #expect(kept.last?.message.hasPrefix("3 more findings are not listed") == true)
    }

    @Test func jsonSyntaxErrorsNameLineAndColumnAndDepthIsCapped() {
        func problem(_ text: String) -> String? {
            do {
                try JSONInput.validate(Array(text.utf8), file: "f.json")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(problem("{\"version\": 2, \"findings\": [{\"a\": -1.5e3, \"b\": \"\\u00e9\\n\", \"c\": [true, false, null]}]}") == nil)
        #expect(problem("{\n  \"a\": [1,,2]\n}") == "f.json:2:11: not valid JSON: expected a value, found ','")
        #expect(problem("{\"a\": 1} x") == "f.json:1:10: not valid JSON: expected the end of the file after the value, found 'x'")
        #expect(problem("{\"a\": \"open}") == "f.json:1:13: not valid JSON: the file ends inside a string (a closing quote is missing)")
        // Valid JSON that no reader can hold (beyond a Double): named here, not "not valid JSON" from Foundation.
        #expect(problem("[1.5e308, 1e-400,\n -1e309]") == "f.json:2:2: not valid JSON: the number -1e309 is too large to read")
        #expect(problem("[01]") == "f.json:1:3: not valid JSON: expected ',' or ']' in an array, found '1'")
        #expect(problem("{'a': 1}") == "f.json:1:2: not valid JSON: expected a field name in quotes, found '''")
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(problem(deep)?.hasPrefix("f.json:1:65: arrays and objects are nested more than 64 deep") == true)
        #expect(problem(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) == nil)
        // Deeper than Foundation's own parser goes (about 512): still the depth message, never "not valid JSON".
        let deeper = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        #expect(problem(deeper)?.contains("nested more than 64 deep") == true)
    }

    @Test func decodingErrorsNameTheField() {
        struct Entry: Decodable { let source: String }
        struct File: Decodable { let version: Int; let findings: [Entry] }
        func message(_ text: String) -> String? {
            do {
                _ = try JSONInput.decode(File.self, from: Array(text.utf8), file: "b.json", what: "a baseline", advice: "write it again")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(message("{\"findings\": []}") == "b.json: not a baseline: the field 'version' is missing; write it again")
        #expect(message("{\"version\": \"2\", \"findings\": []}") == "b.json: not a baseline: the field 'version' should be a whole number; write it again")
        #expect(message("{\"version\": 2, \"findings\": [{}, {\"source\": 3}]}") == "b.json: not a baseline: the field 'source' is missing in 'findings[0]'; write it again")
        #expect(message("{\"version\": 2, \"findings\": {}}") == "b.json: not a baseline: the field 'findings' should be a list; write it again")
        #expect(message("[]") == "b.json: not a baseline: the file should be an object; write it again")
    }
}
