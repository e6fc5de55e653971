extension Limits {
    /// `range` of `units` cut into pieces of at most `maximumSegmentLength` code units, so that no check or cost
    /// function ever works on an unbounded sentence. Each cut falls after the last white space or comma (`,` `、`
    /// `，`) in the second half of the allowed length, else at the cap itself (never inside a surrogate pair).
    /// Real sentences are far shorter than the cap and come back whole.
    /// - Complexity: O(n) in the length of `range`: each cut scans back at most half the cap and advances at least
    ///   half of it.
    package func segmentPieces(_ range: Range<Int>, of units: [UInt16]) -> [Range<Int>] {
        let cap = max(2, maximumSegmentLength)
        guard range.count > cap else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > cap {
            var cut = start + cap
            var candidate = cut
            while candidate > start + cap / 2 {
                let unit = units[candidate - 1]
                if CharacterClass.isSpace(unit) || unit == 0x2C || unit == 0x3001 || unit == 0xFF0C { break }
                candidate -= 1
            }
            if candidate > start + cap / 2 {
                cut = candidate
            } else if UTF16.isTrailSurrogate(units[cut]) {
                cut -= 1
            }
            pieces.append(start..<cut)
            start = cut
        }
        pieces.append(start..<range.upperBound)
        // Pieces keep no leading or trailing white space, as sentences do.
        return pieces.compactMap { piece in
            var lower = piece.lowerBound
            var upper = piece.upperBound
            while lower < upper, CharacterClass.isSpace(units[lower]) { lower += 1 }
            while upper > lower, CharacterClass.isSpace(units[upper - 1]) { upper -= 1 }
            return lower < upper ? lower..<upper : nil
        }
    }
}
