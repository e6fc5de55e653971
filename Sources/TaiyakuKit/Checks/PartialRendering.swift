/// Where a sentence writes most of a glossary form, though not the form itself: a rendering that differs from the
/// glossary (`経済エネルギー対話` for `経済・エネルギー対話`, `政策協議` for `政務協議`), rather than none.
package enum PartialRendering {
    /// A stretch of a sentence that shares most of a form.
    package struct Match: Sendable, Equatable {
        /// The UTF-16 range in the sentence's text.
        package let range: Range<Int>
        /// Whether the stretch is the whole form once middle dots, spaces and case are set aside: the same
        /// rendering, written with other punctuation (`ファクト・シート` / `ファクトシート`).
        package let isSameForm: Bool
        /// Whether the stretch begins the form and stops early at a word end (`Kazakh` for `Kazakhstan`).
        package let isPrefix: Bool
    }

    /// The longest stretch of `text` that the folded `form` shares, when it covers at least three characters and
    /// three fifths of the form; else `nil`.
    /// - Complexity: O(m · n) for a form of m and a text of n units (forms are short; the text is bounded by
    ///   `maximumTextLength`).
    package static func find(_ form: String, in text: [UInt16]) -> Match? {
        let formUnits = fold(Array(form.utf16)).units
        let (textUnits, offsets) = fold(Array(text.prefix(maximumTextLength)))
        let m = formUnits.count
        let n = textUnits.count
        guard m >= 3, n > 0 else { return nil }
        // Longest common substring by dynamic programming over one row.
        var previous = Array(repeating: 0, count: n + 1)
        var current = Array(repeating: 0, count: n + 1)
        var best = (length: 0, formEnd: 0, textEnd: 0)
        for i in 1...m {
            for j in 1...n {
                current[j] = formUnits[i - 1] == textUnits[j - 1] ? previous[j - 1] + 1 : 0
                if current[j] > best.length { best = (current[j], i, j) }
            }
            swap(&previous, &current)
        }
        guard best.length >= 3, best.length * 5 >= m * 3 else { return nil }
        var start = offsets[best.textEnd - best.length]
        var end = offsets[best.textEnd - 1] + 1
        // Whole Latin words: a stretch never starts or ends inside one (`on Energy Transitions`, not `…Transition`).
        while start > 0, isLetter(text[start - 1]) { start -= 1 }
        while end < text.count, isLetter(text[end]) { end += 1 }
        return Match(
            range: start..<end, isSameForm: best.length == m,
            isPrefix: best.formEnd == best.length && best.length < m
                && (offsets[best.textEnd - 1] + 1 >= text.count || !isLetter(text[offsets[best.textEnd - 1] + 1])))
    }

    /// Texts longer than this are compared on their first part only.
    static let maximumTextLength = 4_000

    /// Lower case, without spaces, hyphens and middle dots between katakana; with each kept unit's offset in the
    /// original.
    static func fold(_ units: [UInt16]) -> (units: [UInt16], offsets: [Int]) {
        var folded: [UInt16] = []
        var offsets: [Int] = []
        func isKatakana(_ index: Int) -> Bool {
            index >= 0 && index < units.count && (0x30A1...0x30FA).contains(units[index]) || index >= 0
                && index < units.count && units[index] == 0x30FC
        }
        for (offset, unit) in units.enumerated() {
            switch unit {
            case 0x20, 0x3000, 0xB7, 0x2D, 0x2010, 0x2011: continue
            // A middle dot between katakana words is optional (`ファクト・シート`); between other words it
            // coordinates them (`経済・エネルギー`) and stays.
            case 0x30FB where isKatakana(offset - 1) && isKatakana(offset + 1),
                0xFF65 where isKatakana(offset - 1) && isKatakana(offset + 1):
                continue
            case 0x41...0x5A: folded.append(unit + 0x20)
            case 0xFF21...0xFF3A: folded.append(unit - 0xFEE0 + 0x20)
            case 0xFF41...0xFF5A, 0xFF10...0xFF19: folded.append(unit - 0xFEE0)
            default: folded.append(unit)
            }
            offsets.append(offset)
        }
        return (folded, offsets)
    }

    private static func isLetter(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
    }
}
