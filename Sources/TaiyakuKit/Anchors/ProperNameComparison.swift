import Synchronization

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

    /// Two parts at least this similar are nearly the same: a name said twice, a name written as a word.
    package let sameAbove: Double
    /// Two names less similar than this are unlike in every part: a substitution of persons' names is then sure.
    package let unlikeBelow: Double

    /// Similarities computed so far, shared by the copies of this comparison: one review compares the same two
    /// forms in many beads and in several passes, and a batch meets the same names in pair after pair.
    private let memo = SimilarityMemo()

    package init(threshold: Double = 0.75, differentBelow: Double = 0.5, sameAbove: Double = 0.9, unlikeBelow: Double = 0.4) {
        self.threshold = threshold
        self.differentBelow = differentBelow
        self.sameAbove = sameAbove
        self.unlikeBelow = unlikeBelow
    }

    /// Whether two names that did not match may still be one name loosely transliterated (`Kyiv`, キーウ;
    /// `Knowsley`, ノーズリー): a part of each at least `differentBelow` alike whose first consonants agree (a
    /// transliteration keeps the first consonant: `Biden` is not `アドリアナ`, `Alberta` not `ウクライナ`), and, for
    /// two names of several parts, the parts alike on average.
    package func isLooselyAlike(_ a: ProperName, _ b: ProperName) -> Bool {
        // Names of several parts: most parts alike (a person's name alike in one part by chance is another).
        if a.parts.count >= 2, b.parts.count >= 2, mutualCloseness(a, b) < (differentBelow + threshold) / 2 { return false }
        for part in a.parts {
            for other in b.parts {
                for form in part.prefix(8) {
                    for otherForm in other.prefix(8)
                    where similarity(form, otherForm, inside: false) >= differentBelow
                        && memo.key(of: form).sharesFirstConsonant(with: memo.key(of: otherForm))
                    {
                        return true
                    }
                }
            }
        }
        return false
    }

    /// The better closeness of the two names either way round.
    package func mutualCloseness(_ a: ProperName, _ b: ProperName) -> Double {
        max(closeness(a, b), closeness(b, a))
    }

    /// How well the best part of `a` matches some part of `b` (or adjacent parts run together), in 0...1.
    package func partScore(_ a: ProperName, _ b: ProperName) -> Double {
        var best = 0.0
        for part in a.parts {
            best = max(best, similarity(ofPart: part, toPartsOf: b))
            if best >= 1 { break }
        }
        return best
    }

    /// How close `a` comes to `b`, whole words only (no part inside another): the best similarity of a part of `a`
    /// to a part of `b`; when both have several parts, the mean over `a`'s parts of their best, so that two
    /// persons' names alike in one part by chance (`Olena Zelenska`, `バレリー・ザルジニ`) are not close.
    package func closeness(_ a: ProperName, _ b: ProperName) -> Double {
        var total = 0.0
        var best = 0.0
        for part in a.parts {
            var partBest = 0.0
            for other in b.parts {
                for form in part.prefix(8) {
                    for otherForm in other.prefix(8) {
                        partBest = max(partBest, similarity(form, otherForm, inside: false))
                    }
                }
            }
            total += partBest
            best = max(best, partBest)
        }
        guard a.parts.count >= 2, b.parts.count >= 2 else { return best }
        return total / Double(a.parts.count)
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
        if a == b { return a.isEmpty ? 0 : 1 }
        return memo.score(of: a, b, inside: inside) { soundSimilarity(a, b, inside: inside) }
    }

    private func soundSimilarity(_ a: String, _ b: String, inside: Bool) -> Double {
        var score = plainSimilarity(a, b, inside: inside)
        guard score < 1 else { return score }
        // English `g` before `e`, `i`, `y` is soft (`Georgia`, ジョージア), and `r` after a vowel and before a
        // consonant is silent in the English Japanese transliterates (`Georgia`, `York`: ヨーク). A romanised
        // katakana word has a vowel after every `r`, so the second changes only English spellings.
        let softA = Self.softenedG(a)
        let softB = Self.softenedG(b)
        if softA != a || softB != b {
            score = max(score, plainSimilarity(softA, softB, inside: inside))
        }
        let quietA = Self.withoutSilentR(softA)
        let quietB = Self.withoutSilentR(softB)
        if quietA != softA || quietB != softB {
            score = max(score, plainSimilarity(quietA, quietB, inside: inside))
        }
        return score
    }

    private static func withoutSilentR(_ word: String) -> String {
        let letters = Array(word)
        var kept: [Character] = []
        for index in letters.indices {
            if letters[index] == "r", index > 0, "aeiou".contains(letters[index - 1]),
                index + 1 == letters.count || !"aeiouy".contains(letters[index + 1])
            {
                continue
            }
            kept.append(letters[index])
        }
        return String(kept)
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
        let keyA = memo.key(of: a)
        let keyB = memo.key(of: b)
        var score = keyA.similarity(to: keyB)
        if inside {
            let (short, long) = keyA.symbols.count <= keyB.symbols.count ? (keyA, keyB) : (keyB, keyA)
            // Inside a longer part with a tail of its own (`tsukuba` in `tsukubadaigaku`), nearly exact only.
            if short.symbols.count >= 3, long.symbols.count >= short.symbols.count + 2 {
                let inner = short.similarity(inside: long)
                if inner >= 0.85 { score = max(score, inner) }
            } else if short.symbols.count == 2, long.symbols.count >= 4,
                long.symbols.starts(with: short.symbols) || long.symbols.reversed().starts(with: short.symbols.reversed())
            {
                // Two sounds only at an end of a long word: `Penn` in ペンシルバニア, `Cup` in プレジデンツカップ.
                score = max(score, 0.8)
            }
        }
        return score
    }

    /// Whether the two names share a part.
    package func sharesPart(_ a: ProperName, _ b: ProperName) -> Bool {
        partScore(a, b) >= threshold
    }

    /// An acronym's plural (`SCBAs`) as its singular.
    private static func singular(_ word: String) -> String {
        word.count >= 3 && word.hasSuffix("s") ? String(word.dropLast()) : word
    }
}

/// The similarities of pairs of romanised forms already computed, and the sound keys of forms, up to a bound: pure
/// functions' results, kept for the process. Thread-safe: the checks of a review, and the pairs of a batch, run
/// side by side.
private final class SimilarityMemo: Sendable {
    private struct Key: Hashable {
        let a: String
        let b: String
        let inside: Bool
    }

    /// Beyond this many scores (or keys) the memo starts again (about 10 MB).
    private static let capacity = 100_000
    private let scores = Mutex<[Key: Double]>([:])
    private let keys = Mutex<[String: PhoneticKey]>([:])

    /// The sound key of `form`.
    func key(of form: String) -> PhoneticKey {
        if let known = keys.withLock({ $0[form] }) { return known }
        let key = PhoneticKey(form)
        keys.withLock { keys in
            if keys.count >= Self.capacity { keys.removeAll(keepingCapacity: true) }
            keys[form] = key
        }
        return key
    }

    func score(of a: String, _ b: String, inside: Bool, _ compute: () -> Double) -> Double {
        let key = Key(a: a, b: b, inside: inside)
        if let known = scores.withLock({ $0[key] }) { return known }
        let score = compute()
        scores.withLock { scores in
            if scores.count >= Self.capacity { scores.removeAll(keepingCapacity: true) }
            scores[key] = score
        }
        return score
    }
}
