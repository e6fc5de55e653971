/// Romanises katakana in the plain form name matching compares: the Hepburn spellings of ICU's `Katakana-Latin`
/// transform, lower case, long vowels folded (`エネルギー` → `enerugi`), small kana merged (`ドゥシャンベ` →
/// `dushanbe`), the middle dot as a space (`セルダル・ベルディムハメドフ` → `serudaru berudimuhamedofu`).
///
/// A table and three rules of context (small tsu, small kana, long vowel), so it needs no ICU transform: opening
/// one took longer than finding a whole release's names. Its spellings are ICU's made plain, checked on every pair
/// of kana and every triple a rule reads (`KatakanaRomanizerTests`) and once on all 248,041 katakana readings of
/// IPAdic. It differs from ICU only where ICU is irregular: ICU leaves some long vowels as a combining macron,
/// spells `ジャ` `jya` at the start of a text only, and lets a small kana after `ー` take the vowel.
///
/// ```swift
/// KatakanaRomanizer.romanize("ロバート・スタイン")  // "robato sutain"
/// ```
package enum KatakanaRomanizer {
    /// The romanisation of `katakana` (full-width letters, as tokens and MeCab's readings have them). Other
    /// characters are kept, lower-cased; a middle dot or space at either end, or after another, is dropped.
    /// - Complexity: O(n) in the length of `katakana`.
    package static func romanize(_ katakana: String) -> String {
        let units = Array(katakana.utf16)
        var result = String.UnicodeScalarView()
        var index = 0
        func append(_ spelling: Substring) {
            for scalar in spelling.unicodeScalars {
                if scalar == "~" {
                    // A small kana's sound replaces the vowel before it: `ド`+`ゥ` is `du`.
                    if let last = result.last, Self.isVowel(last) { result.removeLast() }
                } else {
                    result.append(scalar)
                }
            }
        }
        while index < units.count {
            let unit = units[index]
            let next = index + 1 < units.count ? units[index + 1] : nil
            if let spelling = Self.spelling(of: unit) {
                if unit == 0x30C3, let next, let following = Self.spelling(of: next), !following.hasPrefix("~"),
                    !Self.vowelsAndV.contains(next)
                {
                    // A small tsu doubles the consonant after it; before `ch` it is a `t` (`マッチ` → `matchi`).
                    append(following.hasPrefix("ch") ? "t" : following.prefix(1))
                } else if let next, let merged = Self.merged(spelling, smallKana: next) {
                    append(merged)
                    index += 1
                } else {
                    append(spelling)
                }
            } else if unit == 0x30FC || unit == 0x30FD || unit == 0x30FE {
                // A long vowel mark is folded; iteration marks carry no sound of their own here.
            } else if unit == 0x30FB || unit == 0x20 || unit == 0x3000 {
                if let last = result.last, last != " " { result.append(" ") }
            } else if unit == 0x27 || unit == 0x2019 {
                // Apostrophes are dropped.
            } else {
                let end = UTF16.isLeadSurrogate(unit) && next.map(UTF16.isTrailSurrogate) == true ? index + 2 : index + 1
                let text = String(units: units[index..<end])
                result.append(contentsOf: text.lowercased().unicodeScalars)
                index = end
                continue
            }
            index += 1
        }
        while result.last == " " { result.removeLast() }
        return String(result)
    }

    /// A kana's spelling before small kana are merged: a small kana is `~` and its sound.
    private static func spelling(of unit: UInt16) -> Substring? {
        (0x30A1...0x30FA).contains(unit) ? spellings[Int(unit - 0x30A1)] : nil
    }

    /// The spelling of a kana with the small kana after it, where Hepburn writes them as one syllable: `シャ` →
    /// `sha`, `ジョ` → `jo`, `ニェ` → `nye`, `キィ` → `kyi`. `nil` when the small kana is spelled on its own.
    private static func merged(_ spelling: Substring, smallKana: UInt16) -> Substring? {
        let vowel: Substring
        switch smallKana {
        case 0x30E3: vowel = "a"
        case 0x30E5: vowel = "u"
        case 0x30E7: vowel = "o"
        case 0x30A3: vowel = "yi"
        case 0x30A7: vowel = "ye"
        default: return nil
        }
        if vowel.hasPrefix("y") {
            return ["ki", "gi", "ri", "ni", "hi", "bi", "pi", "mi"].contains(spelling) ? spelling.prefix(1) + vowel : nil
        }
        return ["shi", "chi", "dji", "ji"].contains(spelling) ? spelling.dropLast() + vowel : nil
    }

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "a" || scalar == "i" || scalar == "u" || scalar == "e" || scalar == "o"
    }

    /// Kana a small tsu does not double: the vowels and `ヴ` (`ッヴ` stays `tsuvu`).
    private static let vowelsAndV: Set<UInt16> = [0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30F4]

    /// The spellings of U+30A1 `ァ` to U+30FA `ヺ`, in code point order.
    private static let spellings: [Substring] = [
        "~a", "a", "~i", "i", "~u", "u", "~e", "e", "~o", "o",
        "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go",
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo",
        "ta", "da", "chi", "dji", "~tsu", "tsu", "dzu", "te", "de", "to", "do",
        "na", "ni", "nu", "ne", "no",
        "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po",
        "ma", "mi", "mu", "me", "mo",
        "~ya", "ya", "~yu", "yu", "~yo", "yo",
        "ra", "ri", "ru", "re", "ro",
        "~wa", "wa", "wi", "we", "wo", "n", "vu", "~ka", "~ke", "va", "vi", "ve", "vo",
    ]
}
