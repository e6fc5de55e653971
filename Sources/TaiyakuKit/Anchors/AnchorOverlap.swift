/// Combines anchors or mentions found by different scanners when they claim the same text.
package enum AnchorOverlap {
    /// `kept` plus those of `candidates` that overlap none of `kept`, in order of start. Both must be sorted by
    /// start and free of overlaps among themselves.
    /// - Complexity: O(n + m).
    package static func merge<Element>(
        _ kept: [Element], _ candidates: [Element], by range: (Element) -> Range<Int>
    ) -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(kept.count + candidates.count)
        var keptIndex = 0
        for candidate in candidates {
            let candidateRange = range(candidate)
            while keptIndex < kept.count, range(kept[keptIndex]).upperBound <= candidateRange.lowerBound {
                result.append(kept[keptIndex])
                keptIndex += 1
            }
            if keptIndex < kept.count, range(kept[keptIndex]).overlaps(candidateRange) {
                continue
            }
            result.append(candidate)
        }
        result.append(contentsOf: kept[keptIndex...])
        return result
    }

    /// Those of `candidates` that overlap none of `blockers`. Both sorted by start; blockers may overlap each
    /// other only if sorted by start.
    /// - Complexity: O(n + m) when the blockers do not nest deeply.
    package static func removing<Element, Blocker>(
        _ candidates: [Element], overlapping blockers: [Blocker], candidateRange: (Element) -> Range<Int>,
        blockerRange: (Blocker) -> Range<Int>
    ) -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(candidates.count)
        var blockerIndex = 0
        for candidate in candidates {
            let range = candidateRange(candidate)
            while blockerIndex < blockers.count, blockerRange(blockers[blockerIndex]).upperBound <= range.lowerBound {
                blockerIndex += 1
            }
            var overlapped = false
            var probe = blockerIndex
            while probe < blockers.count, blockerRange(blockers[probe]).lowerBound < range.upperBound {
                if blockerRange(blockers[probe]).overlaps(range) {
                    overlapped = true
                    break
                }
                probe += 1
            }
            if !overlapped { result.append(candidate) }
        }
        return result
    }
}
