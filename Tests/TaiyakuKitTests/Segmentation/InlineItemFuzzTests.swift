import Testing

@testable import TaiyakuKit

/// Inputs the `document` fuzz target found crashing the segmenter, kept as tests.
@Suite struct InlineItemFuzzTests {
    /// A bullet followed only by spaces at the end of a paragraph made the inline-item parser read past the end of
    /// the text ("Index out of range"): `taiyaku segment` and `check` died on it.
    @Test(arguments: ["The leaders met in Tokyo.\n•  \n", "Trade rose 12.5% from 2023.\n•  \n(U.[.).\n", "•", "• ", "The two sides agreed. • "])
    func aBulletFollowedOnlyBySpacesEndsTheParagraph(_ text: String) throws {
        let segments = try Segmenter(language: .english).segment(Document(name: "bullet.en.txt", text: text)).segments
        #expect(segments.allSatisfy { !$0.text.isEmpty })
        #expect(segments.first?.text.hasPrefix(String(text.prefix(1))) == true)
    }
}
