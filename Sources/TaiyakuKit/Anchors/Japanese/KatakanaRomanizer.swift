/// Romanises katakana with ICU's `Katakana-Latin` transform, in the plain form name matching compares:
/// lower case, no macrons (`エネルギー` → `energi`), small kana merged (`ドゥシャンベ` → `dushanbe`), the middle
/// dot as a space (`セルダル・ベルディムハメドフ` → `serudaru berudimuhamedofu`).
///
/// Owns an ICU transliterator and a cache of what it has romanised, so it is a class and not thread-safe:
/// one romaniser per task.
package final class KatakanaRomanizer {
    private let transliterator: Transliterator
    private var cache: [String: String] = [:]

    /// - Throws: `ICUError` when ICU lacks the `Katakana-Latin` transform.
    package init() throws(ICUError) {
        transliterator = try Transliterator(id: "Katakana-Latin")
    }

    /// The romanisation of `katakana`.
    /// - Throws: `ICUError` when ICU fails to transliterate.
    package func romanize(_ katakana: String) throws(ICUError) -> String {
        if let known = cache[katakana] { return known }
        let romanized = Self.plain(try transliterator.transliterate(katakana))
        cache[katakana] = romanized
        return romanized
    }

    /// ICU's romanisation made plain: ICU writes a small kana as a tilde before its vowel (`do~u` for `ドゥ`,
    /// `vu~a` for `ヴァ`), whose sound replaces the vowel before it; long vowels carry macrons.
    static func plain(_ icu: String) -> String {
        var result: [Unicode.Scalar] = []
        for scalar in icu.unicodeScalars {
            switch scalar {
            case "~":
                if let last = result.last, "aeiou".unicodeScalars.contains(last) {
                    result.removeLast()
                }
            case "ā", "â": result.append("a")
            case "ī", "î": result.append("i")
            case "ū", "û": result.append("u")
            case "ē", "ê": result.append("e")
            case "ō", "ô": result.append("o")
            case "・", " ":
                if let last = result.last, last != " " { result.append(" ") }
            case "'", "’":
                continue
            default:
                result.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        while result.last == " " { result.removeLast() }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: result)
        return String(text)
    }
}
