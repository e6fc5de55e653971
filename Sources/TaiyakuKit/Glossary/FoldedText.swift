/// Text prepared for term matching, with a map back to the original: NFKC (full-width Latin and digits become
/// half-width, half-width katakana full-width), lower case, one hyphen for all dashes, straight quotes for curly
/// ones, and one space for every run of white space.
///
/// The folding is for comparison only. Each folded unit remembers the original range of the character it came
/// from, so a match in folded text maps back to exact UTF-16 offsets in the original, and the original (with
/// its widths) is what checks and reports show.
package struct FoldedText: Sendable {
    /// The folded units.
    package fileprivate(set) var units: [UInt16] = []
    /// The same text folded in every way except case (for terms that match case-sensitively).
    package fileprivate(set) var casedUnits: [UInt16] = []
    /// For each folded unit, where the original character it came from starts and ends.
    package fileprivate(set) var starts: [Int] = []
    package fileprivate(set) var ends: [Int] = []

    package var count: Int { units.count }

    /// The original range of folded `range`.
    package func originalRange(of range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let position = range.lowerBound < starts.count ? starts[range.lowerBound] : (ends.last ?? 0)
            return position..<position
        }
        return starts[range.lowerBound]..<ends[range.upperBound - 1]
    }

    /// Folds `units`.
    /// - Throws: `ICUError` if ICU cannot normalise a compatibility character (only those reach ICU).
    /// - Complexity: O(n); ASCII, kana and kanji take a fast path without ICU.
    package init(_ units: [UInt16]) throws(ICUError) {
        var cache: [[UInt16]: [UInt16]] = [:]
        try TextFolder.fold(units, into: &self, keepingOffsets: true, cache: &cache)
    }

    package init(_ text: String) throws(ICUError) {
        try self.init(Array(text.utf16))
    }

    fileprivate init() {}
}

/// Folds many short texts (glossary forms) for keys, reusing its buffers; keeps a cache of the compatibility
/// characters it has sent to ICU.
package struct TextFolder {
    private var cache: [[UInt16]: [UInt16]] = [:]
    private var input: [UInt16] = []
    private var scratch = FoldedText()

    package init() {}

    /// The folded units and the case-keeping folded units of `text` (no offsets).
    package mutating func foldedKey(_ text: String) throws(ICUError) -> (folded: [UInt16], cased: [UInt16]) {
        try fold(text)
        return (scratch.units, scratch.casedUnits)
    }

    /// Appends the folded units of `text` to `keys` and the case-keeping ones to `casedKeys`.
    package mutating func appendKey(_ text: String, to keys: inout FlatKeys, cased casedKeys: inout FlatKeys) throws(ICUError) {
        try fold(text)
        keys.append(scratch.units)
        casedKeys.append(scratch.casedUnits)
    }

    private mutating func fold(_ text: String) throws(ICUError) {
        input.removeAll(keepingCapacity: true)
        input.append(contentsOf: text.utf16)
        scratch.units.removeAll(keepingCapacity: true)
        scratch.casedUnits.removeAll(keepingCapacity: true)
        try Self.fold(input, into: &scratch, keepingOffsets: false, cache: &cache)
    }

    fileprivate static func fold(
        _ units: [UInt16], into text: inout FoldedText, keepingOffsets: Bool, cache: inout [[UInt16]: [UInt16]]
    ) throws(ICUError) {
        text.units.reserveCapacity(units.count)
        text.casedUnits.reserveCapacity(units.count)
        if keepingOffsets {
            text.starts.reserveCapacity(units.count)
            text.ends.reserveCapacity(units.count)
        }
        func append(_ folded: UInt16, _ cased: UInt16, _ start: Int, _ end: Int) {
            if folded == 0x20, text.units.last == 0x20 {
                if keepingOffsets { text.ends[text.ends.count - 1] = end }
                return
            }
            text.units.append(folded)
            text.casedUnits.append(cased)
            if keepingOffsets {
                text.starts.append(start)
                text.ends.append(end)
            }
        }
        let count = units.count
        var index = 0
        while index < count {
            let unit = units[index]
            let nextIsCombining = index + 1 < count && Self.isCombining(units[index + 1])
            if !nextIsCombining, let simple = Self.simpleFold(unit) {
                append(simple.folded, simple.cased, index, index + 1)
                index += 1
                continue
            }
            var end = index + 1
            if UTF16.isLeadSurrogate(unit), end < count, UTF16.isTrailSurrogate(units[end]) { end += 1 }
            while end < count, Self.isCombining(units[end]) { end += 1 }
            let cluster = Array(units[index..<end])
            let normalized: [UInt16]
            if let cached = cache[cluster] {
                normalized = cached
            } else {
                normalized = Array(try UnicodeNormalization.nfkc(String(units: cluster)).utf16)
                cache[cluster] = normalized
            }
            for scalar in String(units: normalized).unicodeScalars {
                let cased = Self.foldPunctuation(scalar)
                let lowered = Self.lowercase(cased)
                let casedUnits = Array(String(cased).utf16)
                let loweredUnits = Array(String(lowered).utf16)
                if casedUnits.count == loweredUnits.count {
                    for (foldedUnit, casedUnit) in zip(loweredUnits, casedUnits) {
                        append(foldedUnit, casedUnit, index, end)
                    }
                } else {
                    for casedUnit in casedUnits { append(casedUnit, casedUnit, index, end) }
                }
            }
            index = end
        }
    }

    /// The fold of a unit that needs no ICU: ASCII, white space, dashes, quotes, kana, kanji, Latin-1 letters.
    private static func simpleFold(_ unit: UInt16) -> (folded: UInt16, cased: UInt16)? {
        switch unit {
        case 0x41...0x5A:
            return (unit + 0x20, unit)
        case 0x09, 0x0A, 0x0D, 0x20:
            return (0x20, 0x20)
        case 0x21...0x7E:
            return (unit, unit)
        case 0x00...0x1F, 0x7F:
            return (unit, unit)
        case 0xC0...0xDE where unit != 0xD7:
            return (unit + 0x20, unit)
        case 0xDF...0xFF where unit != 0xF7:
            return (unit, unit)
        case 0x3041...0x3096, 0x30A1...0x30FE, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x3001...0x3002, 0x3005...0x3007,
            0x3008...0x3011, 0x3014...0x301B:
            return (unit, unit)
        default:
            if CharacterClass.isSpace(unit) || CharacterClass.isLineBreak(unit) { return (0x20, 0x20) }
            if let folded = punctuationFold(unit) { return (folded, folded) }
            return nil
        }
    }

    /// Dashes become a hyphen-minus; curly and prime quotes become straight ones.
    private static func punctuationFold(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return 0x2D
        case 0x2018, 0x2019, 0x201B, 0x2032, 0xFF07: return 0x27
        case 0x201C, 0x201D, 0x201F, 0x2033, 0xFF02: return 0x22
        default: return nil
        }
    }

    private static func foldPunctuation(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value <= 0xFFFF, let folded = punctuationFold(UInt16(scalar.value)) else {
            return CharacterClass.isSpace(UInt16(truncatingIfNeeded: scalar.value)) && scalar.value <= 0xFFFF ? " " : scalar
        }
        return Unicode.Scalar(folded) ?? scalar
    }

    private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.properties.changesWhenLowercased else { return scalar }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped[mapped.startIndex] : scalar
    }

    /// Combining marks that NFKC may compose with the character before them (accents, kana voicing marks).
    private static func isCombining(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x0300...0x036F, 0x3099...0x309A, 0xFF9E...0xFF9F, 0x20D0...0x20FF: return true
        default: return false
        }
    }
}
