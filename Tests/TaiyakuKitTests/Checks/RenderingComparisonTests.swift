import Testing

@testable import TaiyakuKit

/// When two accepted forms of one concept compete (`term-inconsistent`).
@Suite struct RenderingComparisonTests {
    static func compete(_ a: String, _ b: String, kind: GlossaryEntry.Kind = .phrase) throws -> Bool {
        RenderingComparison.compete(
            (a, try FoldedText(a).units), (b, try FoldedText(b).units), kind: kind,
            rules: TerminologyRules.builtIn(for: .english))
    }

    @Test func aLeadingPrepositionBelongsToTheSentence() throws {
        // Seed 004: "launched by the initiative of …", "adopted … on the initiative of …".
        #expect(try !Self.compete("on the initiative of", "by the initiative of"))
        #expect(try !Self.compete("at the initiative of", "upon the initiative of"))
        // A stop word inside the form still makes two renderings (house decision 13 in Glossaries/README.md).
        #expect(try Self.compete("State Minister for Foreign Affairs", "State Minister of Foreign Affairs", kind: .title))
        // A leading word that is no stop word still competes.
        #expect(try Self.compete("Akhal velayat", "Ahal velayat", kind: .place))
    }
}
