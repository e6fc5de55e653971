extension Array where Element == TextToken {
    /// The index of the token that starts at UTF-16 offset `offset`, if one does.
    /// - Complexity: O(log n).
    package func firstIndexStarting(at offset: Int) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].range.lowerBound < offset {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < count && self[low].range.lowerBound == offset ? low : nil
    }
}

extension ArraySlice where Element == TextToken {
    /// The index of the token that starts at UTF-16 offset `offset`, looking at no more than `limit` tokens from
    /// the start of the slice (a token is at least one unit long, so a word of n units ends within n + 1 tokens).
    /// - Complexity: O(limit).
    package func firstIndexStarting(at offset: Int, limit: Int) -> Int? {
        var index = startIndex
        while index < endIndex, index - startIndex <= limit {
            let start = self[index].range.lowerBound
            if start == offset { return index }
            if start > offset { return nil }
            index += 1
        }
        return nil
    }
}
