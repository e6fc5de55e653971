/// Where each finding of a review goes on the HTML page, worked out in one pass: the bead (row) of every finding,
/// the findings of every row, and the marks of every segment.
///
/// Rows and findings meet only here, through a table from each segment to its bead, so the page costs time in
/// proportion to beads + segments + findings + highlights (a row never scans all findings, a finding never scans
/// all beads). `steps` counts the elementary steps taken, for tests that hold the page linear.
struct HTMLFindingPlacement {
    /// A part of a segment to mark: a finding (its number in reading order, from 1) or a highlight.
    struct Mark {
        enum Kind: Equatable {
            /// The finding numbered so; `anchored`: this mark carries the page's `finding-N` id (one per finding).
            case finding(number: Int, severity: Finding.Severity, anchored: Bool)
            case highlight(Highlight.Kind)
        }

        let range: Range<Int>
        let kind: Kind
        let title: String
    }

    /// The findings in reading order; a finding's number is its index here plus one.
    let findings: [Finding]
    /// The row of each finding (nil when neither of its segments is in a bead).
    let beadOfFinding: [Int?]
    /// The numbers (from 1) of each row's findings, in reading order.
    let findingsOfBead: [[Int]]
    /// The marks of each segment, by side then segment index.
    let sourceMarks: [[Mark]]
    let targetMarks: [[Mark]]
    /// Elementary steps taken (segments indexed, finding locations placed, highlights placed).
    let steps: Int

    init(_ review: Review) {
        var steps = 0
        findings = review.findingsInReadingOrder
        var beadOfSource = Array(repeating: -1, count: review.source.segments.count)
        var beadOfTarget = Array(repeating: -1, count: review.target.segments.count)
        for (index, bead) in review.beads.enumerated() {
            for segment in bead.source where beadOfSource.indices.contains(segment) {
                beadOfSource[segment] = index
                steps += 1
            }
            for segment in bead.target where beadOfTarget.indices.contains(segment) {
                beadOfTarget[segment] = index
                steps += 1
            }
        }
        func bead(_ table: [Int], _ location: FindingLocation?) -> Int? {
            guard let location, table.indices.contains(location.segment), table[location.segment] >= 0 else { return nil }
            return table[location.segment]
        }
        var sourceMarks = Array(repeating: [Mark](), count: review.source.segments.count)
        var targetMarks = Array(repeating: [Mark](), count: review.target.segments.count)
        var beadOfFinding: [Int?] = []
        var findingsOfBead = Array(repeating: [Int](), count: review.beads.count)
        for (index, finding) in findings.enumerated() {
            let number = index + 1
            let row = bead(beadOfSource, finding.source) ?? bead(beadOfTarget, finding.target)
            beadOfFinding.append(row)
            if let row { findingsOfBead[row].append(number) }
            let title = "\(number). \(finding.ruleID): \(finding.message)"
            // The translation's mark carries the id; the source's when the finding has no place in the translation.
            if let location = finding.source, sourceMarks.indices.contains(location.segment) {
                let kind = Mark.Kind.finding(number: number, severity: finding.severity, anchored: finding.target == nil)
                sourceMarks[location.segment].append(Mark(range: location.textRange, kind: kind, title: title))
                steps += 1
            }
            if let location = finding.target, targetMarks.indices.contains(location.segment) {
                let kind = Mark.Kind.finding(number: number, severity: finding.severity, anchored: true)
                targetMarks[location.segment].append(Mark(range: location.textRange, kind: kind, title: title))
                steps += 1
            }
        }
        for (highlights, side) in [(review.sourceHighlights, 0), (review.targetHighlights, 1)] {
            for (segment, list) in highlights.enumerated() {
                for highlight in list {
                    let mark = Mark(range: highlight.range, kind: .highlight(highlight.kind), title: highlight.label)
                    if side == 0, sourceMarks.indices.contains(segment) { sourceMarks[segment].append(mark) }
                    if side == 1, targetMarks.indices.contains(segment) { targetMarks[segment].append(mark) }
                    steps += 1
                }
            }
        }
        self.beadOfFinding = beadOfFinding
        self.findingsOfBead = findingsOfBead
        self.sourceMarks = sourceMarks
        self.targetMarks = targetMarks
        self.steps = steps
    }
}
