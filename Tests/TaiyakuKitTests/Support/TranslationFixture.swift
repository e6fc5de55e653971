import Foundation
import Testing

/// One pair of `Tests/TaiyakuKitTests/Fixtures/translations`: a correct translation, its gold alignment, and a copy
/// of the translation with planted errors together with the list of the plants (see the folder's README).
struct TranslationFixture: Sendable, CustomTestStringConvertible {
    /// The fixtures, by the name their files share (`000-joint-press-release.plants.json`, `….gold.json`, …).
    static let names = [
        "000-joint-press-release", "001-political-consultations", "002-foreign-ministers-meeting",
        "010-joint-statement", "011-press-release", "012-fact-sheet", "013-justice-delegation",
    ]
    static let folder = "Tests/TaiyakuKitTests/Fixtures/translations"

    /// One planted error: where it is, what was changed, and the rules that must report it.
    struct Plant: Decodable, Sendable {
        /// What kind of error it is (`number-changed`, `sentence-dropped`, `names-swapped`, …).
        let kind: String
        /// The rules any of which reports it correctly.
        let rules: [String]
        /// The text of the correct translation and what the planted copy has instead.
        let from: String
        let to: String
        let what: String
        /// The side whose line the finding must name: `target` for an error in the translation, `source` for a
        /// sentence the translation leaves out.
        let side: String
        /// The 1-based line on that side (a paragraph of the release).
        let line: Int
        /// Part of the sentence on that line that the finding must be about.
        let sentence: String
        /// The severity the finding must have where the severity contract is plain (a number, a date, a sentence
        /// left out are errors); `nil` where the rule decides.
        let severity: String?
    }

    private struct PlantList: Decodable {
        let source: String
        let translation: String
        let planted: String
        let arguments: [String]
        let plants: [Plant]
    }

    let name: String
    /// The original and the correct translation, relative to the repository.
    let source: String
    let translation: String
    /// The translation with the plants.
    let planted: String
    /// The gold alignment of `source` with `translation`.
    let gold: String
    /// Language options for `taiyaku check` (the Japanese original names its direction).
    let arguments: [String]
    let plants: [Plant]

    var testDescription: String { name }

    init(_ name: String) throws {
        let list = try JSONDecoder().decode(
            PlantList.self, from: Data(contentsOf: Fixtures.root.appendingPathComponent("\(Self.folder)/\(name).plants.json")))
        self.name = name
        source = list.source
        translation = list.translation
        planted = list.planted
        gold = "\(Self.folder)/\(name).gold.json"
        arguments = list.arguments
        plants = list.plants
    }
}
