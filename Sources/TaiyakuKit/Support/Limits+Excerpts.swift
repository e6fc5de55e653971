extension Limits {
    /// `text` as a finding quotes it: whole when it holds at most `maximumExcerptLength` UTF-16 code units, else a
    /// window of it around `part` with `…` where it is cut, `maximumExcerptLength` units at most, ellipses included.
    ///
    /// The window centres on `part` (the offending part, as UTF-16 offsets into `text`), with the context either
    /// side of it shared out evenly and what one side cannot use given to the other; a part too long for the window
    /// is shown from its start. Cuts fall between characters (grapheme clusters), moved back to a space within a
    /// few characters of the edge when there is one (English), so a word is not cut in two; a single character
    /// longer than the window (a letter with thousands of combining marks) is cut between Unicode scalars, never
    /// inside a surrogate pair. Characters are kept exactly as they are, control characters included: a terminal
    /// writer escapes them itself.
    ///
    /// - Parameters:
    ///   - text: the whole text, e.g. a sentence.
    ///   - part: what the excerpt must show; `nil` for the start of `text`.
    /// - Returns: `text`, or a window of it with `…` at each cut.
    /// - Complexity: O(n) in the length of `text`.
    public func excerpt(of text: String, around part: Range<Int>? = nil) -> String {
        let window = excerptRange(of: text, around: part)
        let total = text.utf16.count
        guard window.count < total else { return text }
        let utf16 = text.utf16
        let start = utf16.index(utf16.startIndex, offsetBy: window.lowerBound)
        let end = utf16.index(utf16.startIndex, offsetBy: window.upperBound)
        let shown = String(utf16[start..<end]) ?? String(units: Array(utf16[start..<end]))
        return (window.lowerBound > 0 ? Self.ellipsis : "") + shown + (window.upperBound < total ? Self.ellipsis : "")
    }

    /// The longest word or name a finding's message quotes, in UTF-16 units.
    static let longestQuotedWord = 40

    /// A number, name or term as a message quotes it: whole up to `longestQuotedWord` units (never more than the
    /// excerpt cap), else its start with `…`.
    func quoted(_ surface: String) -> String {
        var limits = self
        limits.maximumExcerptLength = min(Self.longestQuotedWord, maximumExcerptLength)
        return limits.excerpt(of: surface)
    }

    /// The mark of a cut in an excerpt.
    static let ellipsis = "…"

    /// The part of `text` that `excerpt(of:around:)` shows, as UTF-16 offsets: all of it when it fits
    /// `maximumExcerptLength`, else a window that leaves room for an ellipsis at each cut.
    /// - Complexity: O(n) in the length of `text`.
    public func excerptRange(of text: String, around part: Range<Int>? = nil) -> Range<Int> {
        let total = text.utf16.count
        let cap = max(3, maximumExcerptLength)
        guard total > cap else { return 0..<total }
        // Room for the text itself, an ellipsis kept aside for each side.
        let room = cap - 2 * Self.ellipsis.utf16.count
        let lowerPart = min(max(0, part?.lowerBound ?? 0), total)
        let upperPart = min(max(lowerPart, part?.upperBound ?? lowerPart), total)
        var lower: Int
        var upper: Int
        if upperPart - lowerPart >= room {
            lower = lowerPart
            upper = lowerPart + room
        } else {
            let context = room - (upperPart - lowerPart)
            var before = context / 2
            var after = context - before
            if lowerPart < before { after += before - lowerPart; before = lowerPart }
            if total - upperPart < after { before += after - (total - upperPart); after = total - upperPart }
            lower = lowerPart - before
            upper = upperPart + after
        }
        // Character boundaries inside the window, as UTF-16 offsets.
        var boundaries: [Int] = []
        var offset = 0
        for character in text {
            if offset >= lower && offset <= upper { boundaries.append(offset) }
            offset += character.utf16.count
            if offset > upper { break }
        }
        if offset == total, offset <= upper { boundaries.append(offset) }
        if let first = boundaries.first, let last = boundaries.last, first < last {
            let near = 12
            let units = Array(text.utf16[text.utf16.index(text.utf16.startIndex, offsetBy: first)..<text.utf16.index(text.utf16.startIndex, offsetBy: last)])
            func isSpace(_ position: Int) -> Bool {
                position >= first && position < last && CharacterClass.isSpace(units[position - first])
            }
            lower = first
            upper = last
            // Move each cut inward to a space near it, never into the part (unless the part itself is cut).
            let ceiling = lowerPart > lower ? min(lower + near, lowerPart, upper) : lower
            if lower > 0, ceiling > lower, let space = (lower..<ceiling).first(where: isSpace) {
                lower = space + 1
            }
            let floor = upperPart < upper ? max(upper - near, upperPart, lower) : max(upper - near, lower)
            if upper < total, floor < upper, let space = (floor..<upper).last(where: isSpace), space > lower {
                upper = space
            }
        } else {
            // No whole character fits: cut between scalars, never inside a surrogate pair.
            let units = Array(text.utf16)
            if lower > 0, lower < total, UTF16.isTrailSurrogate(units[lower]) { lower += 1 }
            if upper > lower, upper < total, UTF16.isTrailSurrogate(units[upper]) { upper -= 1 }
        }
        return lower..<max(lower, upper)
    }
}
