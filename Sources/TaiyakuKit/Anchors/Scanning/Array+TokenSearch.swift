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
