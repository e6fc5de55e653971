/// A trie over folded UTF-16 keys in flat arrays, built in one pass over the sorted keys.
///
/// Children of a node are stored contiguously and sorted by unit (binary search); each node lists the patterns
/// whose key ends there, in pattern order. Walking the trie from each start position finds every key that
/// starts there in time proportional to the longest one, independent of the number of keys.
package struct PatternTrie: Sendable {
    /// `childStart[node] ..< childStart[node + 1]` are the node's children in `childUnits`/`childNodes`.
    private var childStart: [Int32] = []
    private var childUnits: [UInt16] = []
    private var childNodes: [Int32] = []
    /// `outputStart[node] ..< outputStart[node + 1]` are the patterns ending at the node in `outputs`.
    private var outputStart: [Int32] = []
    private var outputs: [Int32] = []

    package static let root: Int32 = 0

    package var nodeCount: Int { childStart.count - 1 }

    /// Builds the trie of `keys` (pattern `i` has key `keys[i]`; empty keys are left out).
    /// - Complexity: O(k log k) comparisons for k keys to sort them, then O(total key length).
    package init(keys: FlatKeys) {
        let patternCount = keys.count
        let order = Self.sortedOrder(keys)
        // Create nodes depth-first along the sorted keys, recording (parent, unit, child) edges.
        let allUnits = keys.units
        let bounds = keys.bounds
        var parents: [Int32] = []
        var units: [UInt16] = []
        parents.reserveCapacity(allUnits.count / 2)
        units.reserveCapacity(allUnits.count / 2)
        var terminal = [Int32](repeating: -1, count: patternCount)
        var path: [Int32] = [Self.root]
        var nodeCount: Int32 = 1
        var previousStart = 0
        var previousCount = 0
        for pattern in order {
            let start = bounds[Int(pattern)]
            let count = bounds[Int(pattern) + 1] - start
            var common = 0
            let limit = min(count, previousCount)
            while common < limit, allUnits[start + common] == allUnits[previousStart + common] {
                common += 1
            }
            path.removeLast(path.count - common - 1)
            for depth in common..<count {
                parents.append(path[depth])
                units.append(allUnits[start + depth])
                path.append(nodeCount)
                nodeCount += 1
            }
            terminal[Int(pattern)] = path[count]
            previousStart = start
            previousCount = count
        }
        // Edges were created in sorted order per parent; a counting sort by parent makes them contiguous.
        let nodes = Int(nodeCount)
        var start = [Int32](repeating: 0, count: nodes + 1)
        for parent in parents { start[Int(parent) + 1] += 1 }
        for node in 0..<nodes { start[node + 1] += start[node] }
        var fill = start
        var edgeUnits = [UInt16](repeating: 0, count: parents.count)
        var edgeNodes = [Int32](repeating: 0, count: parents.count)
        for (edge, parent) in parents.enumerated() {
            let slot = Int(fill[Int(parent)])
            edgeUnits[slot] = units[edge]
            edgeNodes[slot] = Int32(edge + 1)  // node ids follow edge creation order; the root is 0
            fill[Int(parent)] += 1
        }
        var outStart = [Int32](repeating: 0, count: nodes + 1)
        for node in terminal where node >= 0 { outStart[Int(node) + 1] += 1 }
        for node in 0..<nodes { outStart[node + 1] += outStart[node] }
        var outFill = outStart
        var outs = [Int32](repeating: 0, count: Int(outStart[nodes]))
        for (pattern, node) in terminal.enumerated() where node >= 0 {
            outs[Int(outFill[Int(node)])] = Int32(pattern)
            outFill[Int(node)] += 1
        }
        childStart = start
        childUnits = edgeUnits
        childNodes = edgeNodes
        outputStart = outStart
        outputs = outs
    }

    /// The indices of the non-empty keys in lexicographic order of their units (ties: by index).
    ///
    /// The first four units of each key, packed into one number, decide most comparisons: the pairs are sorted
    /// on that number, and only runs that share it are compared unit by unit.
    private static func sortedOrder(_ keys: FlatKeys) -> [Int32] {
        var entries: [(prefix: UInt64, index: Int32)] = []
        entries.reserveCapacity(keys.count)
        for pattern in 0..<keys.count {
            let key = keys.key(pattern)
            guard !key.isEmpty else { continue }
            var packed: UInt64 = 0
            for offset in 0..<4 {
                packed <<= 16
                if offset < key.count { packed |= UInt64(key[key.startIndex + offset]) }
            }
            entries.append((packed, Int32(pattern)))
        }
        entries.sort { $0.prefix != $1.prefix ? $0.prefix < $1.prefix : $0.index < $1.index }
        var order = entries.map(\.index)
        keys.units.withUnsafeBufferPointer { buffer in
            var runStart = 0
            while runStart < entries.count {
                var runEnd = runStart + 1
                while runEnd < entries.count, entries[runEnd].prefix == entries[runStart].prefix { runEnd += 1 }
                if runEnd - runStart > 1 {
                    order[runStart..<runEnd].sort { left, right in
                        let a = keys.range(Int(left))
                        let b = keys.range(Int(right))
                        let length = min(a.count, b.count)
                        var offset = min(4, length)
                        while offset < length {
                            let x = buffer[a.lowerBound + offset]
                            let y = buffer[b.lowerBound + offset]
                            if x != y { return x < y }
                            offset += 1
                        }
                        return a.count != b.count ? a.count < b.count : left < right
                    }
                }
                runStart = runEnd
            }
        }
        return order
    }

    /// The child of `node` along `unit`, or `nil`.
    @inline(__always)
    package func child(of node: Int32, along unit: UInt16) -> Int32? {
        var low = Int(childStart[Int(node)])
        var high = Int(childStart[Int(node) + 1])
        while low < high {
            let middle = (low + high) / 2
            let value = childUnits[middle]
            if value == unit { return childNodes[middle] }
            if value < unit { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The patterns whose key ends at `node`, in pattern order.
    @inline(__always)
    package func patterns(endingAt node: Int32) -> ArraySlice<Int32> {
        outputs[Int(outputStart[Int(node)])..<Int(outputStart[Int(node) + 1])]
    }

    /// Calls `body` with every key of the trie that occurs in `units` starting at `start`: the end of the
    /// occurrence and the patterns whose key it is, shortest first.
    /// - Complexity: O(p) child look-ups for the longest key p.
    @inline(__always)
    package func forEachKey(in units: [UInt16], startingAt start: Int, _ body: (Int, ArraySlice<Int32>) -> Void) {
        var node = Self.root
        var position = start
        while position < units.count, let next = child(of: node, along: units[position]) {
            node = next
            position += 1
            let found = patterns(endingAt: node)
            if !found.isEmpty { body(position, found) }
        }
    }
}

/// Keys stored back to back in one array (far fewer allocations than an array per key).
package struct FlatKeys: Sendable {
    package private(set) var units: [UInt16] = []
    /// `units[bounds[i] ..< bounds[i + 1]]` is key `i`.
    package private(set) var bounds: [Int] = [0]

    package init() {}

    package var count: Int { bounds.count - 1 }

    package mutating func append(_ key: some Collection<UInt16>) {
        units.append(contentsOf: key)
        bounds.append(units.count)
    }

    package func range(_ index: Int) -> Range<Int> { bounds[index]..<bounds[index + 1] }

    package func key(_ index: Int) -> ArraySlice<UInt16> { units[range(index)] }
}
