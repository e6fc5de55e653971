/// A language Taiyaku segments and checks. Language-specific behaviour lives in `LanguageRules` data and in
/// per-language extractors, never in `if language == …` branches inside generic code.
public enum Language: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable, CustomStringConvertible {
    case english = "en"
    case japanese = "ja"

    public var description: String { rawValue }

    /// The language a text is written in, judged from its script: Japanese when kana and kanji make up at least
    /// a fifth of its letters, English when Latin letters dominate, `nil` when it has too few letters to tell.
    /// - Parameter units: UTF-16 code units; only the first 200,000 are looked at.
    /// - Complexity: O(1) beyond that prefix.
    public static func detect(in units: some Collection<UInt16>) -> Language? {
        var japanese = 0
        var latin = 0
        for unit in units.prefix(200_000) {
            switch unit {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F:
                latin += 1
            case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F:
                japanese += 1
            default:
                break
            }
        }
        let letters = japanese + latin
        guard letters >= 3 else { return nil }
        return japanese * 5 >= letters ? .japanese : .english
    }
}
