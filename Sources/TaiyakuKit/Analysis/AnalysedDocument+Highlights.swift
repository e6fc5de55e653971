extension AnalysedDocument {
    /// What is worth showing in each segment: its glossary terms, then its anchors (every kind but the low-weight
    /// ones such as `two countries`). One list per segment.
    public var highlights: [[Highlight]] {
        anchors.enumerated().map { index, list in
            termMatches(segment: index).map { Highlight(kind: .term, range: $0.range, label: $0.conceptID) }
                + list.filter { $0.weight >= 0.3 }.map {
                    Highlight(kind: .anchor, range: $0.range, label: "\($0.kind.rawValue) \($0.value)")
                }
        }
    }
}
