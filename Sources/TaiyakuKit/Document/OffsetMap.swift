/// Maps offsets in a repaired text back to offsets in the original document.
///
/// Layout repair builds a text from runs copied out of the original (lines of one paragraph, or halves of a
/// sentence broken by a blank line) and joins them with nothing or one inserted space. A run records where its
/// characters came from; an inserted character maps to the edge of the run beside it.
package struct OffsetMap: Sendable, Hashable {
    /// `text[textStart ..< textStart + length]` is `original[originalStart ..< originalStart + length]`.
    package struct Run: Sendable, Hashable {
        package var textStart: Int
        package var originalStart: Int
        package var length: Int

        package var textEnd: Int { textStart + length }
        package var originalEnd: Int { originalStart + length }
    }

    package private(set) var runs: [Run]

    package init(runs: [Run] = []) {
        self.runs = runs
    }

    /// Appends a run; a run that continues the previous one in both texts is merged into it.
    package mutating func append(textStart: Int, originalStart: Int, length: Int) {
        guard length > 0 else { return }
        if let last = runs.last, last.textEnd == textStart, last.originalEnd == originalStart {
            runs[runs.count - 1].length += length
        } else {
            runs.append(Run(textStart: textStart, originalStart: originalStart, length: length))
        }
    }

    /// The original range of the repaired text's `range`.
    /// - Complexity: O(log r) in the number of runs.
    package func originalRange(of range: Range<Int>) -> Range<Int> {
        let start = originalStart(of: range.lowerBound)
        let end = range.isEmpty ? start : max(start, originalEnd(of: range.upperBound))
        return start..<end
    }

    /// The same map for `range` of the text, rebased so that `range.lowerBound` becomes offset 0.
    package func slice(_ range: Range<Int>) -> OffsetMap {
        var sliced = OffsetMap()
        var index = runIndex(containingOrBefore: range.lowerBound)
        while index < runs.count, runs[index].textStart < range.upperBound {
            let run = runs[index]
            let start = max(run.textStart, range.lowerBound)
            let end = min(run.textEnd, range.upperBound)
            if start < end {
                sliced.append(
                    textStart: start - range.lowerBound, originalStart: run.originalStart + (start - run.textStart),
                    length: end - start)
            }
            index += 1
        }
        return sliced
    }

    private func originalStart(of offset: Int) -> Int {
        guard !runs.isEmpty else { return offset }
        let index = runIndex(containingOrBefore: offset)
        let run = runs[index]
        if offset < run.textStart { return run.originalStart }
        if offset < run.textEnd { return run.originalStart + (offset - run.textStart) }
        return index + 1 < runs.count ? runs[index + 1].originalStart : run.originalEnd
    }

    private func originalEnd(of offset: Int) -> Int {
        guard !runs.isEmpty else { return offset }
        guard offset > 0 else { return originalStart(of: 0) }
        let index = runIndex(containingOrBefore: offset - 1)
        let run = runs[index]
        if offset - 1 < run.textStart { return run.originalStart }
        if offset - 1 < run.textEnd { return run.originalStart + (offset - run.textStart) }
        return run.originalEnd
    }

    /// The last run that starts at or before `offset` (the first run when none does).
    private func runIndex(containingOrBefore offset: Int) -> Int {
        var low = 0
        var high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].textStart <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }
}
