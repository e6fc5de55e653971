/// Bounded Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and
/// transpositions of adjacent units).
package enum EditDistance {
    /// The distance between `a` and `b` if it is at most `limit`, else `nil`.
    /// - Complexity: O(n · limit): only the band of the matrix within `limit` of the diagonal is computed.
    package static func distance(_ a: [UInt16], _ b: [UInt16], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        let beyond = limit + 1
        var previous2 = [Int](repeating: beyond, count: width)
        var previous = [Int](repeating: beyond, count: width)
        var current = [Int](repeating: beyond, count: width)
        for column in 0...min(b.count, limit) { previous[column] = column }
        for row in 1...a.count {
            let low = max(1, row - limit)
            let high = min(b.count, row + limit)
            for column in 0..<width { current[column] = beyond }
            if row <= limit { current[0] = row }
            var rowMinimum = current[0]
            if low <= high {
                for column in low...high {
                    let cost = a[row - 1] == b[column - 1] ? 0 : 1
                    var value = min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                    if row > 1, column > 1, a[row - 1] == b[column - 2], a[row - 2] == b[column - 1] {
                        value = min(value, previous2[column - 2] + 1)
                    }
                    current[column] = min(value, beyond)
                    rowMinimum = min(rowMinimum, current[column])
                }
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        let result = previous[b.count]
        return result <= limit ? result : nil
    }
}
