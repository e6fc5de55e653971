import Foundation

/// The consonant skeleton of a romanised or English word, for matching katakana names with their Latin
/// spellings: `Serdar` and `serudaru` (`セルダル`) both give `srdr`.
///
/// Vowels are dropped (Japanese inserts them: `serudaru`, `ashigabatto`), except one at the start; double
/// consonants are one (`tto`); `l` is `r`; digraphs become one symbol (`sh` → `S`, `ch` → `C`, `ts` → `T`,
/// `j` → `J`, `kh` → `h`, `ph` → `f`, `th` → `s`). The differences that remain (`v`/`b`/`f`/`h`, `s`/`sh`,
/// `n`/`m`, `v`/`w` as in Turkmen `Awaza` for `アヴァザ`; `s`/`sh`, since Japanese writes `si` as `shi`: `Syria`,
/// シリア) cost less than others in `distance(to:)`.
package struct PhoneticKey: Sendable, Hashable {
    package let symbols: [UInt8]

    package init(_ word: String) {
        var letters = Self.asciiLetters(word)
        // Silent first letters of English spelling: `Knowsley` (ノーズリー), `Wright` (ライト), `Gnome`, `Psaki`.
        if letters.count > 3, ["kn", "wr", "gn", "ps"].contains(String(decoding: letters.prefix(2), as: UTF8.self)) {
            letters.removeFirst()
        }
        var symbols: [UInt8] = []
        var index = 0
        func at(_ offset: Int) -> UInt8? {
            index + offset < letters.count ? letters[index + offset] : nil
        }
        func isVowel(_ letter: UInt8?) -> Bool {
            guard let letter else { return false }
            return "aeiou".utf8.contains(letter)
        }
        while index < letters.count {
            let letter = letters[index]
            let next = at(1)
            var symbol: UInt8?
            var length = 1
            switch (letter, next) {
            case (UInt8(ascii: "t"), UInt8(ascii: "c")) where at(2) == UInt8(ascii: "h"):
                symbol = UInt8(ascii: "C")
                length = 3
            case (UInt8(ascii: "s"), UInt8(ascii: "c")) where at(2) == UInt8(ascii: "h"):
                symbol = UInt8(ascii: "S")
                length = 3
            case (UInt8(ascii: "c"), UInt8(ascii: "z")):
                // Czech, Czesław: Polish and Czech `cz` sounds as `ch`.
                symbol = UInt8(ascii: "C")
                length = 2
            case (UInt8(ascii: "c"), UInt8(ascii: "h")):
                symbol = UInt8(ascii: "C")
                length = 2
            case (UInt8(ascii: "s"), UInt8(ascii: "h")):
                symbol = UInt8(ascii: "S")
                length = 2
            case (UInt8(ascii: "z"), UInt8(ascii: "h")), (UInt8(ascii: "d"), UInt8(ascii: "j")):
                symbol = UInt8(ascii: "J")
                length = 2
            case (UInt8(ascii: "k"), UInt8(ascii: "h")):
                symbol = UInt8(ascii: "h")
                length = 2
            case (UInt8(ascii: "g"), UInt8(ascii: "h")):
                symbol = UInt8(ascii: "g")
                length = 2
            case (UInt8(ascii: "p"), UInt8(ascii: "h")):
                symbol = UInt8(ascii: "f")
                length = 2
            case (UInt8(ascii: "t"), UInt8(ascii: "h")):
                symbol = UInt8(ascii: "s")
                length = 2
            case (UInt8(ascii: "t"), UInt8(ascii: "s")), (UInt8(ascii: "t"), UInt8(ascii: "z")):
                symbol = UInt8(ascii: "T")
                length = 2
            case (UInt8(ascii: "c"), UInt8(ascii: "k")):
                symbol = UInt8(ascii: "k")
                length = 2
            case (UInt8(ascii: "c"), _):
                symbol = next.map { "eiy".utf8.contains($0) } == true ? UInt8(ascii: "s") : UInt8(ascii: "k")
            case (UInt8(ascii: "q"), _):
                symbol = UInt8(ascii: "k")
            case (UInt8(ascii: "x"), _):
                symbols.append(UInt8(ascii: "k"))
                symbol = UInt8(ascii: "s")
            case (UInt8(ascii: "j"), _):
                symbol = UInt8(ascii: "J")
            case (UInt8(ascii: "l"), _):
                symbol = UInt8(ascii: "r")
            case (UInt8(ascii: "m"), _) where next == UInt8(ascii: "b") || next == UInt8(ascii: "p"):
                symbol = UInt8(ascii: "n")
            case (UInt8(ascii: "y"), _):
                // A glide after sh, ch, j (ICU's `jyo` for ジョ) or a vowel is dropped; before a vowel it stays.
                let previous = symbols.last
                if previous == UInt8(ascii: "S") || previous == UInt8(ascii: "C") || previous == UInt8(ascii: "J")
                    || !isVowel(next)
                {
                    symbol = index == 0 ? UInt8(ascii: "A") : nil
                } else {
                    symbol = UInt8(ascii: "y")
                }
            default:
                if isVowel(letter) {
                    symbol = index == 0 ? UInt8(ascii: "A") : nil
                } else {
                    symbol = letter
                }
            }
            if let symbol, symbols.last != symbol {
                symbols.append(symbol)
            }
            index += length
        }
        self.symbols = symbols
    }

    /// A weighted edit distance: one for an insertion, a deletion or an unrelated substitution, less for the
    /// sounds Japanese spelling merges.
    /// - Complexity: O(m · n) in the lengths of the keys (names are short).
    package func distance(to other: PhoneticKey) -> Double {
        let a = symbols
        let b = other.symbols
        if a.isEmpty || b.isEmpty { return Double(max(a.count, b.count)) }
        return Self.lastRow(a, b, firstRow: (0...b.count).map { Double($0) })[b.count]
    }

    /// Whether the first consonants of the two keys (after a first vowel and glides) are the same or close
    /// (`t`, `ts`; `s`, `sh`): a transliteration keeps the first consonant of a name.
    package func sharesFirstConsonant(with other: PhoneticKey) -> Bool {
        let glides: Set<UInt8> = [UInt8(ascii: "A"), UInt8(ascii: "y"), UInt8(ascii: "w"), UInt8(ascii: "h")]
        let mine = symbols.first { !glides.contains($0) }
        let theirs = other.symbols.first { !glides.contains($0) }
        guard let mine, let theirs else { return mine == nil && theirs == nil }
        return Self.substitutionCost(mine, theirs) < 0.5
    }

    /// How alike the two keys are, in 0...1.
    package func similarity(to other: PhoneticKey) -> Double {
        let longest = max(symbols.count, other.symbols.count)
        guard longest > 0 else { return 0 }
        let score = max(0, 1 - distance(to: other) / Double(longest))
        // Two symbols say little: `Japan` and `ジャパン` match, but so would many short words.
        return longest <= 2 ? score * 0.8 : score
    }

    fileprivate static func gapCost(_ symbol: UInt8) -> Double {
        // `r` after a vowel is silent in the English Japanese transliterates (`Barnes`, バーンズ; `York`, ヨーク).
        if symbol == UInt8(ascii: "r") { return 0.4 }
        return symbol == UInt8(ascii: "h") || symbol == UInt8(ascii: "y") || symbol == UInt8(ascii: "w") ? 0.5 : 1
    }

    private static let closePairs: [String: Double] = [
        "bv": 0.2, "fh": 0.2, "fv": 0.2, "bf": 0.3, "bh": 0.6, "hv": 0.6, "Ss": 0.2, "Js": 0.5, "st": 0.5, "Ts": 0.5, "Tt": 0.4,
        "CS": 0.4, "CT": 0.5, "Jz": 0.4, "Jg": 0.6, "JS": 0.6, "gk": 0.5, "dt": 0.5, "bp": 0.5, "sz": 0.4,
        "mn": 0.4, "dr": 0.7, "vw": 0.3, "bw": 0.5, "Ch": 0.4, "hk": 0.5, "Ck": 0.5, "ks": 0.6, "Aw": 0.3, "Ay": 0.3,
    ]

    fileprivate static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Double {
        if a == b { return 0 }
        let pair = a < b ? [a, b] : [b, a]
        return closePairs[String(decoding: pair, as: UTF8.self)] ?? 1
    }

    /// The ASCII letters of `word` in lower case, accents removed.
    private static func asciiLetters(_ word: String) -> [UInt8] {
        var letters: [UInt8] = []
        // Romanised words are ASCII already, and decompose to themselves: Foundation's decomposition (an NSString
        // round trip) only for the others (`Satō`, `Zelenská`).
        let values: [UInt8]
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            values = Array(word.utf8)
        } else {
            values = word.decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII).map { UInt8($0.value) }
        }
        for value in values {
            switch value {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letters.append(value)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters.append(value + 32)
            default: break
            }
        }
        return letters
    }
}

extension PhoneticKey {
    /// How well this key matches somewhere inside `longer` (a semi-global alignment: the longer key's start and
    /// end are free), in 0...1: `tsukuba` inside `tsukubadaigaku`.
    /// - Complexity: O(m · n) in the lengths of the keys.
    package func similarity(inside longer: PhoneticKey) -> Double {
        let a = symbols
        let b = longer.symbols
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let distance = Self.lastRow(a, b, firstRow: [Double](repeating: 0, count: b.count + 1)).min() ?? Double(a.count)
        return max(0, 1 - distance / Double(a.count))
    }

    /// The last row of the weighted edit-distance table of `a` against `b` (both non-empty), starting from
    /// `firstRow`: the costs of reaching each prefix of `b` before any symbol of `a`.
    private static func lastRow(_ a: [UInt8], _ b: [UInt8], firstRow: [Double]) -> [Double] {
        var previous = firstRow
        var current = [Double](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = previous[0] + Self.gapCost(a[i - 1])
            for j in 1...b.count {
                let substitution = previous[j - 1] + Self.substitutionCost(a[i - 1], b[j - 1])
                let deletion = previous[j] + Self.gapCost(a[i - 1])
                let insertion = current[j - 1] + Self.gapCost(b[j - 1])
                current[j] = min(substitution, deletion, insertion)
            }
            swap(&previous, &current)
        }
        return previous
    }
}
