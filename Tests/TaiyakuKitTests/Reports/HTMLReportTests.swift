import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct HTMLReportTests {
    /// Occurrences of `part` in `text`.
    static func count(_ part: String, in text: String) -> Int {
        text.components(separatedBy: part).count - 1
    }

    @Test func everyFindingHasOneMarkWithItsIdAlsoInsideAHighlight() throws {
        let review = try ReportFixtures.review(sentences: 5)
        let html = HTMLReportWriter(toolVersion: "test").document(for: review)
        for number in 1...5 {
            #expect(Self.count("id=\"finding-\(number)\"", in: html) == 1)
            // Both sides are marked; the translation's mark carries the id.
            #expect(Self.count("data-finding=\"\(number)\" title=", in: html) == 2)
        }
        // The target's finding (…百万円) overlaps the term highlight (…のため6): the mark keeps its whole text, the
        // term is cut at the mark's edge.
        #expect(html.contains(#"<mark id="finding-5" class="finding error" data-finding="5" title="5. number-mismatch: 5 million is 6百万円 in the translation"><span class="term" title="project.khatlon-water-supply">6</span>百万円<sup class="n">5</sup></mark>"#))
    }

    @Test func markNestsInsideAnotherFindingAndAWholeSentenceFindingIsAFlag() throws {
        let text = "双方は「中央アジア＋日本」対話の成果を歓迎した。"
        let plus = ReportFixtures.range(of: "＋", in: text)
        let name = ReportFixtures.range(of: "中央アジア＋日本", in: text)
        let marks = [
            HTMLFindingPlacement.Mark(range: plus, kind: .finding(number: 2, severity: .warning, anchored: true), title: "width"),
            HTMLFindingPlacement.Mark(range: name, kind: .finding(number: 1, severity: .error, anchored: true), title: "deprecated"),
            HTMLFindingPlacement.Mark(range: 0..<text.utf16.count, kind: .finding(number: 3, severity: .note, anchored: true), title: "whole"),
            HTMLFindingPlacement.Mark(range: 0..<7, kind: .highlight(.term), title: "term"),
        ]
        let span = MarkupElement("span", children: HTMLMarkedText(text, marks: marks).children)
        let html = MarkupElement("p", children: [.element(span)]).htmlDocument()
        #expect(html.contains(#"<mark id="finding-3" class="flag finding note""#))
        #expect(html.contains(#"<mark id="finding-1" class="finding error" data-finding="1" title="deprecated"><span class="term" title="term">中央ア</span>ジア<mark id="finding-2" class="finding warning" data-finding="2" title="width">＋<sup class="n">2</sup></mark>日本<sup class="n">1</sup></mark>"#))
        #expect(html.contains(#"<span class="term" title="term">双方は「</span>"#))
    }

    /// The page grows linearly: placing n findings in n rows takes one step per segment, finding location and
    /// highlight (never rows × findings), and the page of 2n sentences is about twice that of n.
    @Test func pageWorkAndSizeAreLinear() throws {
        let small = try ReportFixtures.review(sentences: 40)
        let large = try ReportFixtures.review(sentences: 80)
        let smallPlacement = HTMLFindingPlacement(small)
        let largePlacement = HTMLFindingPlacement(large)
        // Segments indexed (2 per bead) + locations (2 per finding) + highlights (2 per sentence pair).
        #expect(smallPlacement.steps == 40 * 6)
        #expect(largePlacement.steps == 80 * 6)
        #expect(smallPlacement.findingsOfBead.allSatisfy { $0.count == 1 })
        let writer = HTMLReportWriter(toolVersion: "test")
        let smallSize = Double(writer.document(for: small).utf8.count)
        let largeSize = Double(writer.document(for: large).utf8.count)
        let fixed = Double(writer.document(for: try ReportFixtures.review(sentences: 1)).utf8.count)
        let ratio = (largeSize - fixed) / (smallSize - fixed)
        #expect(ratio > 1.9 && ratio < 2.2, "page size ratio \(ratio)")
    }

    @Test func pageCarriesWhatTheBaselineExportNeeds() throws {
        let review = try ReportFixtures.review(sentences: 2)
        let html = HTMLReportWriter(toolVersion: "test", workingDirectory: "/work").document(for: review)
        #expect(html.contains(#"data-source="grant.en.txt" data-target="grant.ja.txt" data-baseline-version="2""#))
        for finding in review.findings {
            #expect(html.contains("data-fingerprint=\"\(finding.fingerprint)\" data-message=\"\(finding.message)\""))
        }
        // No address outside the page: nothing is loaded from the network.
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains(" src="))
    }

    @Test func rowsAreColouredByConfidenceAndTheUnsureAreCounted() throws {
        let review = try ReportFixtures.review(sentences: 3, confidences: [0.3, 0.7, 0.97])
        let html = HTMLReportWriter(toolVersion: "test").document(for: review)
        #expect(html.contains(#"<tr id="bead-1" class="bead aligned unsure""#))
        #expect(html.contains(#"<td class="confidence low""#) && html.contains(#"<td class="confidence fair""#) && html.contains(#"<td class="confidence high""#))
        #expect(html.contains("unsure rows only (1)"))
    }

    @Test func findingsAboutTheOriginalAloneAreListedLastUnderTheirOwnHeading() throws {
        let base = try ReportFixtures.review(sentences: 2)
        let sentence = base.source.segments[0].text
        let dash = Finding(
            ruleID: "dash-inconsistent", severity: .note, message: "an en dash here, a hyphen elsewhere",
            source: FindingLocation(segment: 0, range: 0..<5, textRange: 0..<5, segmentText: sentence), target: nil, subject: .original)
        let review = Review(
            source: base.source, target: base.target, beads: base.beads, findings: [dash] + base.findings, rules: base.rules)
        let html = HTMLReportWriter(toolVersion: "test").document(for: review)
        let heading = try #require(html.range(of: "<h3>About the original alone")?.lowerBound)
        let item = try #require(html.range(of: #"<li id="item-3""#)?.lowerBound)
        #expect(heading < item && html.contains(#"<ol start="3">"#))
        #expect(html.contains(#"id="item-3" class="finding-item note""#))
        #expect(Self.count("id=\"finding-3\"", in: html) == 1)
    }
}
