/// A sentence as the text report shows it: a window around the part at fault (not the whole sentence), the part
/// marked, wrapped to a width in terminal columns.
///
/// The window holds at most `lines` lines; a cut is shown with `…` and falls on a space when one is near (English),
/// anywhere otherwise (Japanese). The input's control characters are shown escaped, its line breaks as spaces.
struct TextExcerpt {
    /// One character as shown: its text (escaped when it is a control character), its width, and whether it is
    /// part of the mark.
    private struct Cell {
        var text: String
        var width: Int
        var marked: Bool
        var isSpace: Bool { text == " " }
    }

    /// How the mark is drawn: colour (ANSI codes around each marked run of a line) or brackets around the mark.
    enum MarkStyle {
        case brackets
        case ansi(String)
    }

    /// The excerpt's lines, without indentation.
    let lines: [String]

    /// - Parameters:
    ///   - text: the whole sentence.
    ///   - mark: the part at fault as UTF-16 offsets into `text`; nil or the whole sentence: nothing marked.
    ///   - focus: where the window centres when nothing is marked (a UTF-16 offset), e.g. where the other side's
    ///     mark lies in proportion.
    ///   - width: columns of a line; `lines`: lines at most.
    ///   - limits: `maximumExcerptLength` bounds the window whatever the width (see `Limits.excerpt(of:around:)`).
    init(
        _ text: String, mark: Range<Int>?, focus: Int = 0, width: Int, lines maxLines: Int, style: MarkStyle,
        limits: Limits = .standard
    ) {
        // First the window any report may quote around the mark (or the focus), offsets shifted into it.
        let length = text.utf16.count
        let partMark = mark.flatMap { !$0.isEmpty && ($0.lowerBound > 0 || $0.upperBound < length) ? $0 : nil }
        let quoted = limits.excerptRange(of: text, around: partMark ?? (focus..<focus))
        let utf16 = text.utf16
        let shownUnits = utf16[utf16.index(utf16.startIndex, offsetBy: quoted.lowerBound)..<utf16.index(utf16.startIndex, offsetBy: quoted.upperBound)]
        let shownText = String(shownUnits) ?? String(units: Array(shownUnits))
        func shifted(_ offset: Int) -> Int { min(max(0, offset - quoted.lowerBound), quoted.count) }
        let shownMark = partMark.map { shifted($0.lowerBound)..<shifted($0.upperBound) }
        let shownFocus = shifted(focus)
        var cells: [Cell] = []
        var starts: [Int] = []
        if quoted.lowerBound > 0 {
            cells.append(Cell(text: Limits.ellipsis, width: 1, marked: false))
            starts.append(-1)
        }
        var offset = 0
        for character in shownText {
            let shown = TerminalText.escaped(String(character), foldingSpace: true)
            cells.append(Cell(text: shown, width: shown == String(character) ? TerminalText.width(of: character) : TerminalText.width(shown), marked: false))
            starts.append(offset)
            offset += character.utf16.count
        }
        if quoted.upperBound < length {
            cells.append(Cell(text: Limits.ellipsis, width: 1, marked: false))
            starts.append(offset)
        }
        // The mark as character indices; none when it is empty or the whole sentence.
        var markedCells: Range<Int>?
        if let mark = shownMark, !mark.isEmpty {
            let lower = starts.firstIndex { $0 >= mark.lowerBound } ?? cells.count
            let upper = starts.firstIndex { $0 >= mark.upperBound } ?? cells.count
            if lower < upper {
                markedCells = lower..<upper
                for index in lower..<upper { cells[index].marked = true }
            }
        }
        let centre = markedCells ?? {
            let index = starts.firstIndex { $0 >= shownFocus } ?? cells.count
            return index..<index
        }()
        let lineWidth = max(10, width)
        // Breaking lines at spaces wastes columns: a window that wraps to too many lines is made smaller.
        var budget = max(10, lineWidth * min(maxLines, 1_000_000) - 4)
        var wrapped: [[Cell]] = []
        for _ in 0..<8 {
            let window = Self.window(cells, around: centre, budget: budget)
            var shown: [Cell] = []
            if window.lowerBound > 0 { shown.append(Cell(text: "…", width: 1, marked: false)) }
            for index in window {
                if case .brackets = style, index == markedCells?.lowerBound { shown.append(Cell(text: "⟦", width: 1, marked: true)) }
                shown.append(cells[index])
                if case .brackets = style, index + 1 == markedCells?.upperBound { shown.append(Cell(text: "⟧", width: 1, marked: true)) }
            }
            if window.upperBound < cells.count { shown.append(Cell(text: "…", width: 1, marked: false)) }
            wrapped = Self.wrap(shown, width: lineWidth)
            if wrapped.count <= maxLines { break }
            budget = max(10, budget - lineWidth / 2)
        }
        if wrapped.count > maxLines {
            // Still too long (a narrow width): the first lines, the last one ending in an ellipsis.
            wrapped = Array(wrapped.prefix(maxLines))
            if var last = wrapped.popLast() {
                while !last.isEmpty, last.reduce(0, { $0 + $1.width }) + 1 > lineWidth { last.removeLast() }
                last.append(Cell(text: "…", width: 1, marked: false))
                wrapped.append(last)
            }
        }
        lines = wrapped.map { Self.render($0, style: style) }
    }

    /// The characters to show: all when they fit the budget, else the mark (cut when longer than the budget) with as
    /// much context on each side as fits, cuts moved to a nearby space.
    private static func window(_ cells: [Cell], around centre: Range<Int>, budget: Int) -> Range<Int> {
        let total = cells.reduce(0) { $0 + $1.width }
        if total <= budget { return 0..<cells.count }
        let markWidth = cells[centre].reduce(0) { $0 + $1.width }
        var lower = centre.lowerBound
        var upper = centre.upperBound
        if markWidth >= budget - 16 {
            // A long mark: a little context before it, then as much of it as fits.
            var used = 0
            while lower > 0, used + cells[lower - 1].width <= 8 { lower -= 1; used += cells[lower].width }
            upper = lower
            used = 0
            while upper < cells.count, used + cells[upper].width <= budget { used += cells[upper].width; upper += 1 }
        } else {
            var left = (budget - markWidth) / 2
            var right = budget - markWidth - left
            // Context one side does not use goes to the other.
            let before = cells[..<centre.lowerBound].reduce(0) { $0 + $1.width }
            let after = cells[centre.upperBound...].reduce(0) { $0 + $1.width }
            if before < left { right += left - before; left = before }
            if after < right { left += right - after; right = after }
            var used = 0
            while lower > 0, used + cells[lower - 1].width <= left { lower -= 1; used += cells[lower].width }
            used = 0
            while upper < cells.count, used + cells[upper].width <= right { used += cells[upper].width; upper += 1 }
        }
        // Cut after a space near the edge rather than inside a word.
        if lower > 0, lower < centre.lowerBound, let space = cells[lower..<min(centre.lowerBound, lower + 14)].firstIndex(where: \.isSpace) {
            lower = space + 1
        }
        let floor = min(max(centre.upperBound, upper - 14, lower), upper)
        if upper < cells.count, let space = cells[floor..<upper].lastIndex(where: \.isSpace), space > lower {
            upper = space
        }
        return lower..<max(lower, upper)
    }

    /// Greedy lines of at most `width` columns, broken after a space when the line has one, else where it is full.
    private static func wrap(_ cells: [Cell], width: Int) -> [[Cell]] {
        var lines: [[Cell]] = []
        var line: [Cell] = []
        var used = 0
        for cell in cells {
            if used + cell.width > width, !line.isEmpty {
                if let space = line.lastIndex(where: \.isSpace), space > 0, !cell.isSpace {
                    lines.append(Array(line[..<space]))
                    line = Array(line[(space + 1)...])
                } else {
                    lines.append(line)
                    line = []
                }
                used = line.reduce(0) { $0 + $1.width }
                if line.isEmpty, cell.isSpace { continue }
            }
            line.append(cell)
            used += cell.width
        }
        if !line.isEmpty { lines.append(line) }
        return lines.isEmpty ? [[]] : lines
    }

    private static func render(_ line: [Cell], style: MarkStyle) -> String {
        guard case .ansi(let code) = style else { return line.map(\.text).joined() }
        var output = ""
        var inMark = false
        for cell in line {
            if cell.marked != inMark {
                output += cell.marked ? "\u{1B}[\(code)m" : "\u{1B}[0m"
                inMark = cell.marked
            }
            output += cell.text
        }
        if inMark { output += "\u{1B}[0m" }
        return output
    }
}
