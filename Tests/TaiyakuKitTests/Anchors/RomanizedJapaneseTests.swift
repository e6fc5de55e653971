import Testing

@testable import TaiyakuKit

/// Which Latin names read as Japanese (and so are written in kanji in a Japanese text).
@Suite struct RomanizedJapaneseTests {
    @Test(arguments: [
        "takaichi", "sanae", "ishiba", "shigeru", "kamikawa", "yoko", "motegi", "toshimitsu", "fujii", "hisayuki",
        "tsubai", "ohno", "nippon", "nihombashi", "kyoto", "ōsaka", "matcha", "takaichi sanae", "un", "unga",
    ])
    func japaneseNames(name: String) {
        #expect(RomanizedJapanese.isJapanese(name))
    }

    @Test(arguments: [
        "rahmon", "emomali", "serdar", "berdimuhamedov", "modi", "meredov", "tokayev", "muhriddin", "jica",
        "gosat", "unesco", "oecd", "dushanbe", "ashgabat", "", "takaichi rahmon",
    ])
    func otherNames(name: String) {
        #expect(!RomanizedJapanese.isJapanese(name))
    }

    @Test func onlyJapaneseWritesThemInItsOwnScript() {
        #expect(AnchorGrammars.writesInOwnScript("takaichi", language: .japanese))
        #expect(!AnchorGrammars.writesInOwnScript("takaichi", language: .english))
    }
}
