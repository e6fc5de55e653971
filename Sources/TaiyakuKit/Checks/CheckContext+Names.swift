extension CheckContext {
    /// The proper names of segment `index` on `side` (and, for Japanese, its morphemes); empty when the analysis
    /// did not look for names.
    package func names(_ side: DocumentSide, segment index: Int) -> SegmentNames {
        analysis[side].names.names(segment: index)
    }

    /// The names of every segment of `side`, for rules that match Japanese words on morpheme boundaries
    /// (`DocumentNames.isEverydayWords(segment:range:)`, `boundaries(segment:)`).
    package func documentNames(_ side: DocumentSide) -> DocumentNames {
        analysis[side].names
    }
}
