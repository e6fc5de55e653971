extension Bead {
    /// The bead's segments on `side`.
    package func segments(_ side: DocumentSide) -> Range<Int> {
        side == .source ? source : target
    }
}
