/// A segment's text with its marks as well-nested HTML: every finding gets an element of its own (a `mark`, or a ⚑
/// flag before the sentence when it is about the whole sentence), whatever it overlaps; anchors and glossary terms
/// are `span`s inside or between them, cut where they would cross a finding's edge.
///
/// Findings nest in order of their start (the longer first); one that starts inside another and ends after it is
/// clipped to the other's end, so it keeps an element of its own. A highlight overlapping an earlier highlight is
/// clipped to start after it.
///
/// - Complexity: O((f + h) log f) for f findings and h highlights in the segment.
struct HTMLMarkedText {
    private struct Node {
        var range: Range<Int>
        var mark: HTMLFindingPlacement.Mark?
        var children: [Int] = []
        /// Highlight pieces owned by this node (not crossing any of its children's edges).
        var pieces: [HTMLFindingPlacement.Mark] = []
    }

    let children: [MarkupElement.Child]

    init(_ text: String, marks: [HTMLFindingPlacement.Mark]) {
        let units = Array(text.utf16)
        let length = units.count
        func clamped(_ range: Range<Int>) -> Range<Int> {
            let lower = min(max(0, range.lowerBound), length)
            return lower..<min(max(lower, range.upperBound), length)
        }
        var flags: [MarkupElement.Child] = []
        var findings: [(order: Int, mark: HTMLFindingPlacement.Mark)] = []
        var highlights: [HTMLFindingPlacement.Mark] = []
        for (order, mark) in marks.enumerated() {
            let range = clamped(mark.range)
            let placed = HTMLFindingPlacement.Mark(range: range, kind: mark.kind, title: mark.title)
            if case .finding = mark.kind {
                if range.isEmpty || (range.lowerBound == 0 && range.upperBound == length) {
                    flags.append(.element(Self.element(for: placed, content: [.text("⚑")], flag: true)))
                } else {
                    findings.append((order, placed))
                }
            } else if !range.isEmpty {
                highlights.append(placed)
            }
        }
        findings.sort { ($0.mark.range.lowerBound, -$0.mark.range.upperBound, $0.order) < ($1.mark.range.lowerBound, -$1.mark.range.upperBound, $1.order) }

        // The tree of finding marks: each nests in the innermost mark still open at its start, clipped to its end.
        var nodes = [Node(range: 0..<length, mark: nil)]
        var open = [0]
        var preorder: [Int] = []
        for (_, mark) in findings {
            while open.count > 1, let top = open.last, nodes[top].range.upperBound <= mark.range.lowerBound { open.removeLast() }
            let parent = open.last ?? 0
            let range = mark.range.lowerBound..<min(mark.range.upperBound, nodes[parent].range.upperBound)
            nodes.append(Node(range: range, mark: mark))
            nodes[parent].children.append(nodes.count - 1)
            open.append(nodes.count - 1)
            preorder.append(nodes.count - 1)
        }

        // Highlights cut at every finding edge, each piece given to the innermost finding mark around it.
        let edges = Array(Set(nodes.dropFirst().flatMap { [$0.range.lowerBound, $0.range.upperBound] })).sorted()
        var pieces: [Range<Int>] = []
        var pieceMarks: [HTMLFindingPlacement.Mark] = []
        for highlight in highlights {
            var lower = highlight.range.lowerBound
            var next = Self.firstIndex(in: edges, above: lower)
            while lower < highlight.range.upperBound {
                let upper = next < edges.count ? min(edges[next], highlight.range.upperBound) : highlight.range.upperBound
                pieces.append(lower..<upper)
                pieceMarks.append(HTMLFindingPlacement.Mark(range: lower..<upper, kind: highlight.kind, title: highlight.title))
                lower = upper
                next += 1
            }
        }
        // A sweep over the pieces in order of their start, with the finding marks open there.
        let pieceOrder = pieces.indices.sorted { (pieces[$0].lowerBound, $0) < (pieces[$1].lowerBound, $1) }
        var stack = [0]
        var nextNode = 0
        for index in pieceOrder {
            let piece = pieces[index]
            while nextNode < preorder.count, nodes[preorder[nextNode]].range.lowerBound <= piece.lowerBound {
                let node = preorder[nextNode]
                while stack.count > 1, let top = stack.last, !nodes[top].range.contains(nodes[node].range.lowerBound) { stack.removeLast() }
                stack.append(node)
                nextNode += 1
            }
            while stack.count > 1, let top = stack.last, !(nodes[top].range.lowerBound <= piece.lowerBound && piece.upperBound <= nodes[top].range.upperBound) {
                stack.removeLast()
            }
            nodes[stack.last ?? 0].pieces.append(pieceMarks[index])
        }
        children = flags + Self.render(0, nodes: nodes, units: units)
    }

    /// The first index of `edges` (sorted) whose value is above `value`.
    private static func firstIndex(in edges: [Int], above value: Int) -> Int {
        var low = 0
        var high = edges.count
        while low < high {
            let middle = (low + high) / 2
            if edges[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The content of `node`: text, its child finding marks and its highlight pieces, in order.
    private static func render(_ index: Int, nodes: [Node], units: [UInt16]) -> [MarkupElement.Child] {
        let node = nodes[index]
        var items: [(range: Range<Int>, child: Int?, piece: HTMLFindingPlacement.Mark?)] =
            node.children.map { (nodes[$0].range, $0, nil) } + node.pieces.map { ($0.range, nil, $0) }
        items.sort { ($0.range.lowerBound, $0.child == nil ? 1 : 0) < ($1.range.lowerBound, $1.child == nil ? 1 : 0) }
        var output: [MarkupElement.Child] = []
        var position = node.range.lowerBound
        func text(_ range: Range<Int>) -> MarkupElement.Child {
            .text(String(units: units[range]))
        }
        for item in items {
            let lower = max(item.range.lowerBound, position)
            guard lower < item.range.upperBound else { continue }
            if lower > position { output.append(text(position..<lower)) }
            if let child = item.child {
                let content = render(child, nodes: nodes, units: units)
                if let mark = nodes[child].mark { output.append(.element(element(for: mark, content: content, flag: false))) }
            } else if let piece = item.piece {
                output.append(.element(element(for: piece, content: [text(lower..<item.range.upperBound)], flag: false)))
            }
            position = item.range.upperBound
        }
        if position < node.range.upperBound { output.append(text(position..<node.range.upperBound)) }
        return output
    }

    /// A finding's `mark` (its number after the text, its id when it carries it) or a highlight's `span`.
    private static func element(for mark: HTMLFindingPlacement.Mark, content: [MarkupElement.Child], flag: Bool) -> MarkupElement {
        switch mark.kind {
        case .finding(let number, let severity, let anchored):
            var attributes: [(String, String)] = []
            if anchored { attributes.append(("id", "finding-\(number)")) }
            attributes += [
                ("class", (flag ? "flag " : "") + "finding \(severity.rawValue)"), ("data-finding", "\(number)"), ("title", mark.title),
            ]
            let label = MarkupElement("sup", attributes: [("class", "n")], text: "\(number)")
            return MarkupElement("mark", attributes: attributes, children: content + [.element(label)])
        case .highlight(let kind):
            return MarkupElement("span", attributes: [("class", kind.rawValue), ("title", mark.title)], children: content)
        }
    }
}
