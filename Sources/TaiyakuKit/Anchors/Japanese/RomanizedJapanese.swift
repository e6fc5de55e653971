/// Whether a Latin word reads as Japanese in Hepburn romanisation (`takaichi`, `ishiba`, `shigeru`, `ohno`,
/// `nippon`): such a name is written in kanji in a Japanese text (高市), where no phonetic comparison can find it.
///
/// Syllables are a vowel; a consonant (or `sh`, `ch`, `ts`, `j`, `f`, `ky`, `gy`, `ny`, `hy`, `my`, `ry`, `by`,
/// `py`) with the vowels Hepburn allows after it (`ti`, `di`, `si`, `hu` are not Hepburn, so `Modi` is not
/// Japanese); a syllabic `n` or `m` (before `b`, `p`, `m`); a doubled `k`, `s`, `t`, `p` or `tch`; and `h` after
/// `o` as a long vowel (`Ohno`). Macrons are read as their plain vowels. Short acronyms pass when their letters
/// spell syllables (`UN`, `ODA`), which suits them: Japanese writes `UN` as 国連.
package enum RomanizedJapanese {
    private static let vowels: Set<Character> = ["a", "i", "u", "e", "o"]
    private static let macrons: [Character: Character] = [
        "ā": "a", "ī": "i", "ū": "u", "ē": "e", "ō": "o", "â": "a", "î": "i", "û": "u", "ê": "e", "ô": "o",
    ]
    /// Onsets, longest first, with the vowels that may follow them.
    private static let onsets: [(String, Set<Character>)] = [
        ("sh", vowels), ("ch", vowels), ("ts", ["u"]),
        ("ky", ["a", "u", "o"]), ("gy", ["a", "u", "o"]), ("ny", ["a", "u", "o"]), ("hy", ["a", "u", "o"]),
        ("my", ["a", "u", "o"]), ("ry", ["a", "u", "o"]), ("by", ["a", "u", "o"]), ("py", ["a", "u", "o"]),
        ("j", vowels), ("f", ["u"]), ("k", vowels), ("g", vowels), ("n", vowels), ("m", vowels), ("r", vowels),
        ("b", vowels), ("p", vowels), ("s", ["a", "u", "e", "o"]), ("z", ["a", "u", "e", "o"]),
        ("t", ["a", "e", "o"]), ("d", ["a", "e", "o"]), ("h", ["a", "i", "e", "o"]), ("y", ["a", "u", "o"]),
        ("w", ["a", "o"]),
    ].map { (String($0.0), $0.1) }

    /// Whether every part of `name` (lower-case Latin; parts split at spaces and hyphens) reads as Japanese.
    /// - Complexity: O(n) in the length of the name.
    package static func isJapanese(_ name: String) -> Bool {
        let parts = name.split { $0 == " " || $0 == "-" }
        return !parts.isEmpty && parts.allSatisfy { isJapaneseWord(Array($0).map { macrons[$0] ?? $0 }) }
    }

    /// A romanised Japanese word with its long vowels written short, as modified Hepburn writes names without
    /// macrons: `saitou`, `saitō` and `saito` are `saito`; `oono`, `ohno` and `ōno` are `ono`; `yuuko` is `yuko`.
    /// A long `e` (`ei`) stays, as in `Kenichi`'s neighbours `Eiji`, `Seiko`.
    /// - Complexity: O(n) in the length of the word.
    package static func withShortVowels(_ word: String) -> String {
        var result: [Character] = []
        result.reserveCapacity(word.count)
        let letters = Array(word).map { macrons[$0] ?? $0 }
        for (index, letter) in letters.enumerated() {
            guard let previous = result.last else {
                result.append(letter)
                continue
            }
            // `ou`, `oo`, `uu`, `aa`, `ii`; `oh` before a consonant or at the end (`Ohno`, `Itoh`).
            if (letter == "u" && (previous == "o" || previous == "u")) || (letter == previous && "aio".contains(letter)) {
                continue
            }
            if letter == "h", previous == "o", index + 1 == letters.count || !vowels.contains(letters[index + 1]) {
                continue
            }
            result.append(letter)
        }
        return String(result)
    }

    private static func isJapaneseWord(_ letters: [Character]) -> Bool {
        var index = 0
        func letter(_ offset: Int) -> Character? {
            index + offset < letters.count ? letters[index + offset] : nil
        }
        while index < letters.count {
            let current = letters[index]
            let next = letter(1)
            if vowels.contains(current) {
                index += 1
            } else if current == "n", next.map({ !vowels.contains($0) && $0 != "y" }) ?? true {
                index += 1  // syllabic n
            } else if current == "m", let next, "bpm".contains(next) {
                index += 1  // syllabic n written m
            } else if let next, next == current, "kstp".contains(current) {
                index += 1  // doubled consonant
            } else if current == "t", next == "c", letter(2) == "h" {
                index += 1  // tch
            } else if current == "h", index > 0, letters[index - 1] == "o", next.map({ !vowels.contains($0) }) ?? true {
                index += 1  // oh as a long o
            } else if let length = onsetLength(at: index, in: letters) {
                index += length
            } else {
                return false
            }
        }
        return !letters.isEmpty
    }

    /// The length of the onset at `index` and its vowel, or `nil`.
    private static func onsetLength(at index: Int, in letters: [Character]) -> Int? {
        for (onset, allowed) in onsets {
            let end = index + onset.count
            guard end < letters.count, String(letters[index..<end]) == onset, allowed.contains(letters[end]) else {
                continue
            }
            return onset.count + 1
        }
        return nil
    }
}
