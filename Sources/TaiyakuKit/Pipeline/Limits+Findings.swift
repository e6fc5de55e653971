extension Limits {
    /// The rule of the note that says a review's findings were cut at `maximumFindingsPerDocument`.
    public static let truncationRule = RuleDescriptor(
        id: "findings-truncated",
        summary: "The review found more than Taiyaku lists for one document; the rest are left out.",
        defaultSeverity: .note)

    /// The rule of the note that says the aligner's band was narrowed to keep within `maximumAlignmentCells`.
    public static let narrowingRule = RuleDescriptor(
        id: "alignment-narrowed",
        summary: "The documents are too long for the aligner's full band; it searched a narrower one.",
        defaultSeverity: .note)

    /// The `alignment-narrowed` note for an alignment whose band the cell budget kept narrow, else nil.
    package func narrowingNote(for alignment: Alignment, parameters: AlignmentParameters) -> Finding? {
        guard alignment.narrowedByCellBudget else { return nil }
        return Finding(
            ruleID: Self.narrowingRule.id, severity: .note,
            message: "The documents have \(alignment.source.segments.count) and \(alignment.target.segments.count) "
                + "segments, too many to align within ±\(parameters.maximumBandWidth) segments of where each sentence "
                + "is expected (Taiyaku keeps the aligner to \(maximumAlignmentCells) cells): it searched "
                + "±\(alignment.bandWidth), and sentences displaced further may be reported as left out or added; "
                + "check the documents in parts",
            source: nil, target: nil)
    }

    /// At most `maximumFindingsPerDocument` of `findings`, the most severe first kept (in their order), plus one
    /// `findings-truncated` note saying how many were left out; `findings` unchanged when within the cap.
    /// - Complexity: O(n log n) when over the cap, else O(1).
    package func capped(_ findings: [Finding]) -> (findings: [Finding], truncated: Bool) {
        guard findings.count > maximumFindingsPerDocument else { return (findings, false) }
        // Most severe first, earliest first among equals; one place is left for the note.
        let bySeverity = findings.indices.sorted { lhs, rhs in
            let (left, right) = (findings[lhs].severity, findings[rhs].severity)
            return left != right ? left > right : lhs < rhs
        }
        let kept = Set(bySeverity.prefix(max(0, maximumFindingsPerDocument - 1)))
        var result = findings.indices.filter { kept.contains($0) }.map { findings[$0] }
        let left = findings.count - result.count
        result.append(
            Finding(
                ruleID: Self.truncationRule.id, severity: .note,
                message: "\(left) more findings are not listed: Taiyaku lists at most \(maximumFindingsPerDocument) "
                    + "for one document, the most severe first; fix these and check again, or split the document",
                source: nil, target: nil))
        return (result, true)
    }
}
