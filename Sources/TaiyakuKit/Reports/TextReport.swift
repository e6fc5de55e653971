/// Findings as plain text for a terminal: per finding a line `FILE:LINE:COLUMN: severity [rule] message`, then
/// the place and sentence on each side it concerns, then the suggestion, if any.
public struct TextReport: Sendable {
    public let findings: [Finding]
    public let source: SegmentedDocument
    public let target: SegmentedDocument

    public init(findings: [Finding], source: SegmentedDocument, target: SegmentedDocument) {
        self.findings = findings
        self.source = source
        self.target = target
    }

    /// The report; ends with a count of findings by severity.
    public var text: String {
        var output = ""
        for finding in findings {
            let places: [(String, SegmentedDocument, FindingLocation)] =
                [("source", source, finding.source), ("target", target, finding.target)].compactMap { side, document, location in
                    location.map { (side, document, $0) }
                }
            guard let (_, primaryDocument, primary) = places.first else { continue }
            output += "\(position(primary, in: primaryDocument)): \(finding.severity.rawValue) [\(finding.ruleID)] "
            output += "\(finding.message)\n"
            for (side, document, location) in places {
                output += "  \(side) \(position(location, in: document)) | \(location.segmentText)\n"
            }
            if let suggestion = finding.suggestion {
                output += "  suggestion: \(suggestion)\n"
            }
        }
        let counts = Finding.Severity.allCases.reversed().map { severity in
            let count = findings.filter { $0.severity == severity }.count
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        output += "\(findings.count) finding\(findings.count == 1 ? "" : "s") (\(counts.joined(separator: ", ")))\n"
        return output
    }

    private func position(_ location: FindingLocation, in document: SegmentedDocument) -> String {
        "\(document.document.name):\(document.document.location(of: location.range.lowerBound))"
    }
}
