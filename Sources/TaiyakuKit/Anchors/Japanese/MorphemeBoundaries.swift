/// Where the words of one Japanese segment begin and end, as MeCab's morphemes tell: what a rule that looks for a
/// form in running text (a glossary term, a variant spelling) reads so as not to find it inside another word.
///
/// Japanese compounds are written together, so the test is not "is the span a whole word" but "does the span begin
/// and end between words": `外務省` in `外務省報道官` (外務省 | 報道 | 官) and `東京` in `東京都` (東京 | 都) begin and
/// end between morphemes; `京都` in `東京都`, `テロ` in `ステロイド` or `テロリスト`, `致す` in `一致する`, `かつ` in
/// `かつて` and `ともに` in `まともに` do not. Where the dictionary's analysis gives no evidence against a span, the span
/// is admitted (see `admits(_:in:)`).
package struct MorphemeBoundaries: Sendable {
    /// The segment's morphemes, in order, covering its text (white space between them is not a morpheme).
    package let morphemes: [Morpheme]

    package init(morphemes: [Morpheme]) {
        self.morphemes = morphemes
    }

    /// Whether a form may be read at `range` of `text` (the segment's UTF-16 text, which the morphemes cover): the
    /// range begins and ends between morphemes, except where a morpheme it cuts is no evidence of a word:
    /// - a morpheme the dictionary does not know (`スマイロフカザフスタン`, `エモマリ・ラフモン・タジキスタン`): MeCab
    ///   groups an unknown run by its characters, not by words, so `カザフスタン` may end it;
    /// - at the end, a morpheme that begins inside the range: MeCab moved the form's last characters into the next
    ///   word (`1つか2つ` read as 1 | つか, `仮訳文` as 仮 | 訳文), which says nothing of where the form ends;
    /// - at the end, one kanji the dictionary fused to a form ending in kanji (`日本人`, `中国語`, one word each): a
    ///   one-character suffix, as `省`, `氏` or `側` are when MeCab keeps them apart.
    /// A range that begins inside a known word (`京都` in `東京都`, read 東京 | 都; `致す` in `一致する`) is never
    /// admitted: a kanji before the form is rarely a prefix the dictionary fused (it keeps prefixes apart: `反`, `駐`).
    /// - Complexity: O(log m) for m morphemes.
    package func admits(_ range: Range<Int>, in text: [UInt16]) -> Bool {
        guard !morphemes.isEmpty, !range.isEmpty else { return true }
        if let cut = morpheme(cutAt: range.lowerBound), !morphemes[cut].isUnknown { return false }
        guard let cut = morpheme(cutAt: range.upperBound) else { return true }
        let word = morphemes[cut]
        if word.isUnknown || word.range.lowerBound > range.lowerBound { return true }
        let end = range.upperBound
        return word.range.upperBound == end + 1 && end < text.count && CharacterClass.isKanji(text[end])
            && CharacterClass.isKanji(text[end - 1])
    }

    /// The index of the morpheme `offset` falls strictly inside, if any.
    private func morpheme(cutAt offset: Int) -> Int? {
        // The first morpheme ending after `offset`.
        let low = morphemes.firstIndex { $0.range.upperBound > offset }
        guard low < morphemes.count, morphemes[low].range.lowerBound < offset else { return nil }
        return low
    }
}
