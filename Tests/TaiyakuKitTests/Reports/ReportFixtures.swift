import Foundation

@testable import TaiyakuKit

/// Reviews made by hand for the writers' tests: documents of our own, beads 1:1, findings placed where we say.
enum ReportFixtures {
    /// `count` English release sentences and their Japanese translations, aligned 1:1, each pair with one
    /// `number-mismatch` finding on the number of both sides (inside a glossary-term highlight on the target, so
    /// that the finding's mark overlaps it) and an anchor highlight on the source number.
    /// - Parameter confidences: the beads' confidences in order (0.97 for those not given).
    static func review(sentences count: Int, confidences: [Double] = []) throws -> Review {
        var english: [String] = []
        var japanese: [String] = []
        for index in 1...count {
            english.append("Japan will provide \(index) million yen for the Khatlon Region water supply project.")
            japanese.append("日本はハトロン州上水道整備計画のため\(index + 1)百万円を供与する。")
        }
        let source = try Segmenter(language: .english).segment(Document(name: "grant.en.txt", text: english.joined(separator: "\n\n")))
        let target = try Segmenter(language: .japanese).segment(Document(name: "grant.ja.txt", text: japanese.joined(separator: "\n\n")))
        var findings: [Finding] = []
        var sourceHighlights: [[Highlight]] = []
        var targetHighlights: [[Highlight]] = []
        for index in 0..<count {
            let sourceSegment = source.segments[index]
            let targetSegment = target.segments[index]
            let sourceNumber = range(of: "\(index + 1)", in: sourceSegment.text)
            let targetNumber = range(of: "\(index + 2)百万円", in: targetSegment.text)
            let termRange = range(of: "ハトロン州上水道整備計画のため\(index + 2)", in: targetSegment.text)
            findings.append(Finding(
                ruleID: "number-mismatch", severity: .error, message: "\(index + 1) million is \(index + 2)百万円 in the translation",
                source: FindingLocation(
                    segment: index, range: (sourceSegment.range.lowerBound + sourceNumber.lowerBound)..<(sourceSegment.range.lowerBound + sourceNumber.upperBound),
                    textRange: sourceNumber, segmentText: sourceSegment.text),
                target: FindingLocation(
                    segment: index, range: (targetSegment.range.lowerBound + targetNumber.lowerBound)..<(targetSegment.range.lowerBound + targetNumber.upperBound),
                    textRange: targetNumber, segmentText: targetSegment.text),
                suggestion: "\(index + 1)百万円"))
            sourceHighlights.append([Highlight(kind: .anchor, range: sourceNumber, label: "number \(index + 1)")])
            targetHighlights.append([Highlight(kind: .term, range: termRange, label: "project.khatlon-water-supply")])
        }
        let beads = (0..<count).map {
            Bead(source: $0..<($0 + 1), target: $0..<($0 + 1), confidence: $0 < confidences.count ? confidences[$0] : 0.97)
        }
        return Review(
            source: source, target: target, beads: beads, findings: findings,
            rules: [RuleDescriptor(id: "number-mismatch", summary: "A number differs.", defaultSeverity: .error)],
            sourceHighlights: sourceHighlights, targetHighlights: targetHighlights)
    }

    /// UTF-16 offsets of the first `part` in `text`.
    static func range(of part: String, in text: String) -> Range<Int> {
        guard let found = text.range(of: part) else { return 0..<0 }
        let lower = text.utf16.distance(from: text.startIndex, to: found.lowerBound)
        return lower..<(lower + part.utf16.count)
    }
}
