import Foundation
import Testing

@testable import TaiyakuKit

/// Every report quotes at most `Limits.maximumExcerptLength` of a sentence, however long the sentence: a 3,900-unit
/// sentence with one changed amount gives a finding that each format quotes within the cap, the changed amount in
/// view. The full sentence stays where a format needs it: in the HTML report's document view and in the fingerprint.
@Suite struct QuotedTextBoundTests {
    static let towns = [
        ("Dushanbe", "ドゥシャンベ"), ("Khujand", "ホジェンド"), ("Bokhtar", "ボフタル"), ("Kulob", "クリャブ"),
        ("Istaravshan", "イスタラフシャン"), ("Panjakent", "パンジケント"), ("Vahdat", "ヴァフダット"), ("Tursunzoda", "トゥルスンゾダ"),
    ]

    /// One English sentence of `count` grants (62: about 3,900 UTF-16 units, under the segment cap) and its Japanese
    /// translation, which writes the 25th amount, 124 million yen, as 214.
    static func review(grants count: Int = 62) throws -> Review {
        let amounts = (0..<count).map { 100 + $0 }
        let english = "The Government of Japan will extend grant aid of "
            + amounts.enumerated().map { index, amount in
                "\(amount) million yen for the water supply facilities of \(towns[index % towns.count].0)"
            }.joined(separator: ", ")
            + " to the Republic of Tajikistan."
        let japanese = "日本国政府は、タジキスタン共和国に対し、"
            + amounts.enumerated().map { index, amount in
                "\(towns[index % towns.count].1)の給水施設のための\(amount == 124 ? 214 : amount)百万円"
            }.joined(separator: "、")
            + "の無償資金協力を行う。"
        let source = try Segmenter(language: .english).segment(
            Document(name: "grants.en.txt", text: "Grant aid for water supply in Tajikistan\n\n\(english)\n"))
        let target = try Segmenter(language: .japanese).segment(
            Document(name: "grants.ja.txt", text: "タジキスタンにおける給水のための無償資金協力\n\n\(japanese)\n"))
        #expect(count < 62 || source.segments.map(\.units.count).max() ?? 0 > 3_800)
        return try Reviewer(checks: CheckRegistry.all).review(TranslationPair(source: source, target: target))
    }

    @Test func everyFormatQuotesALongSentenceWithinTheCapWithTheChangedNumberInView() throws {
        let cap = Limits.standard.maximumExcerptLength
        let review = try Self.review()
        let mismatch = try #require(review.findings.first { $0.ruleID == "number-mismatch" }, "\(review.findings.map(\.message))")
        let target = try #require(mismatch.target)
        #expect(target.segmentText.utf16.count > 1_000 || (mismatch.source?.segmentText.utf16.count ?? 0) > 3_800)
        #expect(target.offendingText.contains("214"))

        // JSON: every place's sentence within the cap, its excerpt exactly the offending part; the mismatch's both
        // show the number.
        let json = ReviewReport(review, toolVersion: "test")
        #expect(json.findings.count == review.findings.count)
        for (entry, finding) in zip(json.findings, review.findings) {
            for (place, location) in [(entry.source, finding.source), (entry.target, finding.target)] {
                guard let place, let location else { continue }
                #expect(place.sentence.utf16.count <= cap, "\(entry.rule)")
                #expect(place.excerpt == location.offendingText, "\(entry.rule)")
            }
        }
        let entry = try #require(json.findings.first { $0.rule == "number-mismatch" })
        #expect(entry.target?.excerpt.contains("214") == true && entry.target?.sentence.contains("214") == true,
            "\(entry.message) \(entry.target?.excerpt ?? "") | \(entry.target?.sentence ?? "")")
        #expect(entry.source?.sentence.contains("124 million yen") == true, "\(entry.source?.sentence ?? "")")
        #expect(entry.source?.sentence.hasPrefix("…") == true)

        // SARIF: every snippet within the cap.
        let sarif = SARIFLog(review, toolVersion: "test", workingDirectory: "/")
        let results = try #require(sarif.runs.first?.results)
        let snippets = results.flatMap { result in
            (result.locations + (result.relatedLocations ?? [])).compactMap { $0.physicalLocation.region.snippet?.text }
        }
        #expect(!snippets.isEmpty && snippets.allSatisfy { $0.utf16.count <= cap })
        #expect(snippets.contains { $0.contains("214") })

        // JUnit: each place line quotes the sentence around the part, within the cap.
        let junit = JUnitWriter(failingSeverity: .error).document(for: review)
        let placeLines = junit.split(separator: "\n").filter { $0.contains("grants.en.txt:") || $0.contains("grants.ja.txt:") }
        #expect(!placeLines.isEmpty)
        for line in placeLines {
            let quoted = line.split(separator: ": ", maxSplits: 1).last ?? ""
            #expect(quoted.utf16.count <= cap + 20, "\(line.prefix(80))")
        }
        #expect(placeLines.contains { $0.contains("214") })

        // Text: each side's window is bounded whatever the width, and shows the number.
        let text = TextReportWriter(colour: false, width: 1_000).text(for: review)
        let sideLines = text.split(separator: "\n").filter { $0.hasPrefix("  original") || $0.hasPrefix("  translation") }
        #expect(!sideLines.isEmpty)
        for line in sideLines {
            #expect(line.utf16.count <= cap + 20, "\(line.prefix(80))")
        }
        #expect(text.contains("⟦214⟧") || text.contains("214"))

    }

    /// A report's size follows its findings, not the length of the sentences they are in: the same finding in a
    /// sentence twice as long gives a JSON report of about the same size (it once repeated the whole sentence).
    @Test func theReportDoesNotGrowWithTheSentence() throws {
        let short = try Self.review(grants: 31)
        let long = try Self.review(grants: 62)
        #expect(short.findings.map(\.ruleID) == long.findings.map(\.ruleID), "\(long.findings.map(\.message))")
        let shortBytes = Double(try ReviewReport(short, toolVersion: "test").jsonData().count)
        let longBytes = Double(try ReviewReport(long, toolVersion: "test").jsonData().count)
        #expect(longBytes / shortBytes < 1.1, "\(shortBytes) → \(longBytes) bytes")
    }

    /// The fingerprint hashes the whole sentence and part, not what reports quote of them: two long sentences alike
    /// in their first few hundred units are told apart, and a finding's identity does not hang on the cap.
    @Test func fingerprintsHashTheWholeTextNotTheExcerpt() {
        let opening = String(repeating: "The Ministry of Foreign Affairs and the embassy held consultations. ", count: 6)
        func omission(_ ending: String) -> Finding {
            let sentence = opening + ending
            let location = FindingLocation(
                segment: 3, range: 100..<(100 + sentence.utf16.count), textRange: 0..<sentence.utf16.count,
                segmentText: sentence)
            return Finding(ruleID: "omission", severity: .error, message: "left out", source: location, target: nil)
        }
        let first = omission("They agreed to meet again in Dushanbe in May.")
        let second = omission("They agreed to meet again in Tashkent in June.")
        #expect(first.source?.excerpt == second.source?.excerpt)
        #expect(first.fingerprint != second.fingerprint)
    }
}
