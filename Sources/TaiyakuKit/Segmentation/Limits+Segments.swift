extension Limits {
    /// `range` of `units` cut into pieces of at most `maximumSegmentLength` code units, so that no check or cost
    /// function ever works on an unbounded sentence. Each cut falls in the second half of the allowed length: after
    /// the last comma or semicolon (`,` `;` `、` `，` `；`) that does not stand between two digits (so `April 15, 2025`
    /// and `1,000` stay whole), else after the last white space between two non-digits, else at the cap itself (never inside a
    /// surrogate pair). Real sentences are far shorter than the cap and come back whole.
    /// - Complexity: O(n) in the length of `range`: each cut scans back at most half the cap and advances at least
    ///   half of it.
    package func segmentPieces(_ range: Range<Int>, of units: [UInt16]) -> [Range<Int>] {
        let cap = max(2, maximumSegmentLength)
        guard range.count > cap else { return [range] }
        func isDigit(_ unit: UInt16) -> Bool { (0x30...0x39).contains(unit) || (0xFF10...0xFF19).contains(unit) }
        func nextVisible(after index: Int) -> UInt16? {
            var position = index
            while position < range.upperBound, CharacterClass.isSpace(units[position]) { position += 1 }
            return position < range.upperBound ? units[position] : nil
        }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > cap {
            let earliest = start + cap / 2
            var comma: Int?
            var space: Int?
            var candidate = start + cap
            while candidate > earliest, comma == nil {
                let unit = units[candidate - 1]
                if [0x2C, 0x3B, 0x3001, 0xFF0C, 0xFF1B].contains(unit),
                    candidate < 2 || !isDigit(units[candidate - 2]) || !(nextVisible(after: candidate).map(isDigit) ?? false)
                {
                    comma = candidate
                } else if space == nil, CharacterClass.isSpace(unit), candidate >= 2, !isDigit(units[candidate - 2]),
                    !isDigit(units[candidate])
                {
                    space = candidate
                }
                candidate -= 1
            }
            var cut = comma ?? space ?? start + cap
            if comma == nil, space == nil, UTF16.isTrailSurrogate(units[cut]) {
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
