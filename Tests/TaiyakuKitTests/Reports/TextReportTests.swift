import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct TextReportTests {
    static func location(_ text: String, _ part: String, segment: Int = 0, offset: Int = 0) -> FindingLocation {
        let range = ReportFixtures.range(of: part, in: text)
        return FindingLocation(segment: segment, range: (offset + range.lowerBound)..<(offset + range.upperBound), textRange: range, segmentText: text)
    }

    /// The review of `ReportFixtures` with findings of our choosing in place of its own.
    static func review(_ findings: [Finding]) throws -> Review {
        let base = try ReportFixtures.review(sentences: 3)
        return Review(source: base.source, target: base.target, beads: base.beads, findings: findings, rules: base.rules)
    }

    @Test func translationFindingsComeFirstThenErrorsThenDocumentOrder() throws {
        let base = try ReportFixtures.review(sentences: 3)
        let source = base.source.segments.map(\.text)
        let dash = Finding(
            ruleID: "dash-inconsistent", severity: .note, message: "an en dash here, hyphens elsewhere",
            source: Self.location(source[0], "Japan"), target: nil, subject: .original)
        let early = Finding(ruleID: "term-missing", severity: .warning, message: "early warning", source: Self.location(source[0], "Khatlon"), target: nil)
        let late = Finding(
            ruleID: "omission", severity: .error, message: "late error",
            source: Self.location(source[2], source[2], segment: 2, offset: base.source.segments[2].range.lowerBound), target: nil)
        let text = TextReportWriter(colour: false).text(for: try Self.review([dash, early, late]))
        let order = ["late error", "early warning", "About the original alone", "an en dash here"].map { text.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    }

    @Test func blockShowsPlaceMessageBothSidesMarkedAndTheFix() throws {
        let review = try ReportFixtures.review(sentences: 3)
        let text = TextReportWriter(colour: false, width: 100).text(for: review)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix("error") })
        #expect(lines[first].hasPrefix("error    grant.ja.txt:1:19  number-mismatch"))
        #expect(lines[first + 1] == "  1 million is 2百万円 in the translation")
        #expect(lines[first + 2] == "  original     Japan will provide ⟦1⟧ million yen for the Khatlon Region water supply project.")
        #expect(lines[first + 3] == "  translation  日本はハトロン州上水道整備計画のため⟦2百万円⟧を供与する。")
        #expect(lines[first + 4] == "  fix          1百万円")
        #expect(!text.contains("segment") && !text.contains("fingerprint") && !text.contains("bead"))
        let verbose = TextReportWriter(colour: false, verbose: true).text(for: review)
        #expect(verbose.contains("source segment 1 · target segment 1 · fingerprint \(review.findings[0].fingerprint)"))
        #expect(verbose.contains("beads aligned"))
    }

    /// A long sentence shows a window around its mark, wrapped to the width (wide characters count two columns),
    /// and never more than two lines a side.
    @Test func longSentencesShowAWindowWrappedToTheWidth() throws {
        let clauses = (1...12).map { "the \($0)th clause of the joint statement on cooperation in the energy sector" }
        let english = "Both sides confirmed " + clauses.joined(separator: ", ") + ", and the grant of 1,000 million yen."
        let japanese = String(repeating: "双方はエネルギー分野における協力に関する共同声明を確認し、", count: 10) + "10億円の無償資金協力を歓迎した。"
        let finding = Finding(
            ruleID: "number-mismatch", severity: .error, message: "1,000 million yen is 10億円",
            source: Self.location(english, "1,000 million yen"), target: Self.location(japanese, "10億円"))
        let base = try ReportFixtures.review(sentences: 1)
        let review = Review(source: base.source, target: base.target, beads: base.beads, findings: [finding], rules: base.rules)
        for width in [60, 80, 120] {
            let text = TextReportWriter(colour: false, width: width).text(for: review)
            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.allSatisfy { TerminalText.width($0) <= width }, "width \(width)")
            let original = try #require(lines.firstIndex { $0.hasPrefix("  original") })
            let translation = try #require(lines.firstIndex { $0.hasPrefix("  translation") })
            #expect(translation - original <= 2)
            #expect(text.contains("⟦1,000 million yen⟧") && text.contains("⟦10億円⟧"))
            #expect(lines[original].contains("…"))
        }
    }

    @Test func controlCharactersOfTheInputAreShownEscaped() throws {
        let hostile = "Japan will provide \u{1B}]0;owned\u{07}\u{1B}[2J 5 million yen\u{202E}."
        let finding = Finding(
            ruleID: "number-mismatch", severity: .error, message: "'\u{1B}[31m5' differs", source: Self.location(hostile, "5"),
            target: nil, suggestion: "\u{9B}6")
        let base = try ReportFixtures.review(sentences: 1)
        let review = Review(source: base.source, target: base.target, beads: base.beads, findings: [finding], rules: base.rules)
        for colour in [false, true] {
            let text = TextReportWriter(colour: colour).text(for: review)
            let withoutOurColour = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            #expect(!withoutOurColour.split(separator: "\n").joined().unicodeScalars.contains { TerminalText.needsEscape($0) })
            #expect(text.contains(#"\u001B]0;owned\u0007\u001B[2J"#) && text.contains(#"\u202E"#) && text.contains(#"\u009B6"#))
        }
    }

    @Test func batchSummaryEscapesNames() throws {
        let summary = BatchSummary(BatchReview(
            entries: [BatchReview.Entry(pair: BatchPair(name: "evil\u{1B}[2J", source: "a\u{1B}.en.txt", target: "a.ja.txt"), outcome: .failed("a\u{1B}.en.txt: no such file"))],
            unpaired: ["lonely\u{7}.en.txt"]))
        let table = TextReportWriter(colour: false).summaryTable(for: summary)
        #expect(!table.split(separator: "\n").joined().unicodeScalars.contains { TerminalText.needsEscape($0) })
        #expect(table.contains(#"evil\u001B[2J"#) && table.contains(#"lonely\u0007.en.txt"#))
    }

    /// Every mark position and length, in sentences short and long, English and Japanese, at narrow and wide widths:
    /// the excerpt keeps its width and line limit, and shows the whole mark or its start.
    @Test func excerptsHoldTheirLimitsForEveryMark() {
        let sentences = [
            "Both sides welcomed the signing of the Exchange of Notes concerning a grant for the Project for the Construction of the Substation for the Bulk Power System in Dushanbe (Detailed Design), and affirmed the importance of the Japan–Tajikistan Network for Investment Environment Improvement.",
            String(repeating: "双方は、2023年9月に開催された「中央アジア＋日本」対話・経済エネルギー対話の成果の進展を歓迎した。", count: 3),
            "短い文。",
        ]
        for sentence in sentences {
            let length = sentence.utf16.count
            for width in [10, 23, 40, 85] {
                for lower in stride(from: 0, through: length, by: 7) {
                    for size in [0, 1, 5, 30, 120, length] {
                        let mark = lower..<min(length, lower + size)
                        let excerpt = TextExcerpt(sentence, mark: mark, width: width, lines: 2, style: .brackets)
                        #expect(excerpt.lines.count <= 2)
                        #expect(excerpt.lines.allSatisfy { TerminalText.width($0) <= max(10, width) })
                    }
                }
            }
        }
    }
}
