import Foundation

/// A source document and its translation, loaded, checked and segmented: the start of `align` and `check`.
public typealias TranslationPair = Pair<SegmentedDocument>

extension Pair where Value == SegmentedDocument {
    /// Loads and segments two files.
    /// - Parameters:
    ///   - sourceLanguage: the language the source must be written in; `nil` accepts what its script shows.
    ///   - targetLanguage: the same for the target.
    /// - Throws: `DocumentError` for unreadable files, `PairError` for a pair that cannot be aligned: the same
    ///   file twice, an empty side, identical contents, a side in the wrong language, or both sides in one language.
    public static func load(
        source sourcePath: String, target targetPath: String, sourceLanguage: Language? = .english,
        targetLanguage: Language? = .japanese
    ) throws -> TranslationPair {
        let source = try Document.load(contentsOf: sourcePath)
        let target = try Document.load(contentsOf: targetPath)
        if URL(fileURLWithPath: sourcePath).standardizedFileURL == URL(fileURLWithPath: targetPath).standardizedFileURL {
            throw PairError.sameFile(file: sourcePath)
        }
        if !source.units.isEmpty, source.units == target.units {
            throw PairError.identicalContents(source: sourcePath, target: targetPath)
        }
        for document in [source, target] where !document.units.contains(where: { !CharacterClass.isSpace($0) && !CharacterClass.isLineBreak($0) }) {
            throw PairError.emptySide(file: document.name)
        }
        let sourceResolved = try resolve(source, expected: sourceLanguage, fallback: .english)
        let targetResolved = try resolve(target, expected: targetLanguage, fallback: .japanese)
        if sourceResolved == targetResolved, !source.units.isEmpty, !target.units.isEmpty {
            throw PairError.sameLanguage(source: sourcePath, target: targetPath, language: sourceResolved)
        }
        return TranslationPair(
            source: try Segmenter(language: sourceResolved).segment(source),
            target: try Segmenter(language: targetResolved).segment(target))
    }

    private static func resolve(_ document: Document, expected: Language?, fallback: Language) throws -> Language {
        guard let detected = Language.detect(in: document.units) else {
            return expected ?? fallback
        }
        if let expected, expected != detected {
            throw PairError.wrongLanguage(file: document.name, expected: expected, found: detected)
        }
        return detected
    }
}

/// Why two documents cannot be aligned.
public enum PairError: Error, Equatable, Sendable, CustomStringConvertible {
    case sameFile(file: String)
    case emptySide(file: String)
    case identicalContents(source: String, target: String)
    case wrongLanguage(file: String, expected: Language, found: Language)
    case sameLanguage(source: String, target: String, language: Language)

    public var description: String {
        switch self {
        case .sameFile(let file):
            return "\(file): given as both source and target"
        case .emptySide(let file):
            return "\(file): has no text to align"
        case .identicalContents(let source, let target):
            return "\(source) and \(target) have identical contents: a release and its translation differ"
        case .wrongLanguage(let file, let expected, let found):
            return "\(file): expected \(expected.name) text, but its script is \(found.name)"
        case .sameLanguage(let source, let target, let language):
            return "\(source) and \(target) are both \(language.name): give a release and its translation"
        }
    }
}

extension Language {
    /// The language's English name, for messages.
    public var name: String {
        switch self {
        case .english: return "English"
        case .japanese: return "Japanese"
        }
    }
}
