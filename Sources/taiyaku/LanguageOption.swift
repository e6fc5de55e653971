import ArgumentParser
import TaiyakuKit

/// `--lang en|ja|auto`.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case en
    case ja
    case auto

    /// The language named, or `nil` for `auto`.
    var language: Language? {
        switch self {
        case .en: return .english
        case .ja: return .japanese
        case .auto: return nil
        }
    }

    /// The language to segment `document` as: the one named, or the one its script shows.
    func resolve(for document: Document) throws -> Language {
        switch self {
        case .en: return .english
        case .ja: return .japanese
        case .auto:
            guard let detected = Language.detect(in: document.units) else {
                // Too few letters to tell (an empty or numbers-only file): English rules cut such text safely.
                return .english
            }
            return detected
        }
    }
}

/// `--source-lang` and `--target-lang`, shared by the commands that take a pair.
struct PairLanguageOptions: ParsableArguments {
    @Option(name: .customLong("source-lang"), help: "The source's language: en, ja or auto.")
    var sourceLanguage: LanguageOption = .en

    @Option(name: .customLong("target-lang"), help: "The target's language: en, ja or auto.")
    var targetLanguage: LanguageOption = .ja
}
