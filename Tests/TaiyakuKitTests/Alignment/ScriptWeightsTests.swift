import Testing

@testable import TaiyakuKit

@Suite struct ScriptWeightsTests {
    let weights = AlignmentParameters.standard.scriptWeights

    @Test func charactersWeighByScriptAndSpacesWeighNothing() {
        #expect(weights.length(of: Array("通勤".utf16)) == 6)
        #expect(weights.length(of: Array("つうきん".utf16)) == 6)
        #expect(weights.length(of: Array("バス".utf16)) == 2.6)
        #expect(weights.length(of: Array("the bus".utf16)) == 6)
        #expect(weights.length(of: Array("\u{3000}、。".utf16)) == 2)
        // A kanji outside the Basic Multilingual Plane counts once, as a kanji.
        #expect(weights.length(of: Array("𠮟".utf16)) == 3)
    }

    /// A sentence of seed 004 and our translation of it come out close in weighted length, though the Japanese has
    /// less than half the characters.
    @Test func aTranslationIsCloseInWeightedLength() {
        let source = "The two leaders welcomed the signing of 15 documents, including an agreement on investment."
        let target = "両首脳は、投資協定を含む15件の文書の署名を歓迎した。"
        let english = weights.length(of: Array(source.utf16))
        let japanese = weights.length(of: Array(target.utf16))
        #expect(Double(target.count) / english < 0.4)
        #expect(abs(japanese / english - 1) < 0.25, "\(japanese) against \(english)")
    }
}
