/// Whether two proper names from different languages name the same thing, compared part by part by sound:
/// `Robert Stein` and `ロバート・スタイン` (`robaato sutain`), `TAKAICHI Sanae` and `高市早苗` (`takaichi`,
/// `sanae`, in either order), `University of Tsukuba` and `筑波大学` (`tsukuba` inside `tsukubadaigaku`).
///
/// Parts are compared with `PhoneticKey`, which already merges what Japanese spelling merges (long vowels, `l`/`r`,
/// `v`/`b`, `si`/`shi`, doubled consonants, vowels added after consonants such as a final `-u`). A part of three
/// sounds or more also matches inside a longer part of the other name (a kanji organisation's reading carries its
/// generic tail: `daigaku`, `shou`), and Latin parts match by letters (`SCBAs` and `SCBA`).
package struct ProperNameComparison: Sendable {
    /// Two parts at least this similar are the same.
    package let threshold: Double
    /// Two names less similar than this are clearly different: only then is one reported as rendered as the other
    /// (between the two, the transliteration may simply be loose).
    package let differentBelow: Double

    package init(threshold: Double = 0.75, differentBelow: Double = 0.6) {
        self.threshold = threshold
        self.differentBelow = differentBelow
    }

    /// The best similarity of any part of `a` to any part of `b`, whole words only (no part inside another).
    package func closeness(_ a: ProperName, _ b: ProperName) -> Double {
        var best = 0.0
        for part in a.parts {
            for other in b.parts {
                for form in part.prefix(8) {
                    for otherForm in other.prefix(8) {
                        best = max(best, similarity(form, otherForm, inside: false))
                    }
                }
            }
        }
        return best
    }

    /// How well `part` (romanised forms) matches some part of `name`, or adjacent parts of it run together, in 0...1.
    /// - Complexity: O(p · a² · m²) for a name of p parts with a alternatives of at most m letters.
    package func similarity(ofPart part: [String], toPartsOf name: ProperName) -> Double {
        var best = 0.0
        let parts = name.parts
        for start in parts.indices {
            var joined: [String] = [""]
            for length in 1...min(3, parts.count - start) {
                joined = joined.flatMap { prefix in parts[start + length - 1].prefix(4).map { prefix + $0 } }
                for form in part.prefix(8) {
                    for other in joined.prefix(8) {
                        best = max(best, similarity(form, other, inside: length == 1))
                        if best >= 1 { return best }
                    }
                }
            }
        }
        return best
    }

    /// How alike two romanised words are: equal letters (a plural `s` aside), else their sound, also inside the
    /// other when `inside` and the shorter has three sounds or more.
    package func similarity(_ a: String, _ b: String, inside: Bool = true) -> Double {
        let score = plainSimilarity(a, b, inside: inside)
        guard score < 1 else { return score }
        // English `g` before `e`, `i`, `y` is soft (`Georgia`, ジョージア).
        let softA = Self.softenedG(a)
        let softB = Self.softenedG(b)
        guard softA != a || softB != b else { return score }
        return max(score, plainSimilarity(softA, softB, inside: inside))
    }

    private static func softenedG(_ word: String) -> String {
        var letters = Array(word)
        for index in letters.indices.dropLast() where letters[index] == "g" && "eiy".contains(letters[index + 1]) {
            letters[index] = "j"
        }
        return String(letters)
    }

    private func plainSimilarity(_ a: String, _ b: String, inside: Bool) -> Double {
        if a == b { return a.isEmpty ? 0 : 1 }
        if Self.singular(a) == Self.singular(b) { return 1 }
        let keyA = PhoneticKey(a)
        let keyB = PhoneticKey(b)
        var score = keyA.similarity(to: keyB)
        if inside {
            let (short, long) = keyA.symbols.count <= keyB.symbols.count ? (keyA, keyB) : (keyB, keyA)
            // Inside a longer part with a tail of its own (`tsukuba` in `tsukubadaigaku`), nearly exact only.
            if short.symbols.count >= 3, long.symbols.count >= short.symbols.count + 2 {
                let inner = short.similarity(inside: long)
                if inner >= 0.85 { score = max(score, inner) }
            }
        }
        return score
    }

    /// Whether the two names share a part.
    package func sharesPart(_ a: ProperName, _ b: ProperName) -> Bool {
        a.parts.contains { similarity(ofPart: $0, toPartsOf: b) >= threshold }
    }

    /// An acronym's plural (`SCBAs`) as its singular.
    private static func singular(_ word: String) -> String {
        word.count >= 3 && word.hasSuffix("s") ? String(word.dropLast()) : word
    }
}
