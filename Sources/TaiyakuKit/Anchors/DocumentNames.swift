/// The proper names of every segment of one document, and for Japanese its morphemes: computed once per document
/// in the analysis, read by the name checks and by every rule that matches Japanese words.
package struct DocumentNames: Sendable {
    /// `segments[i]` belongs to segment `i`; empty when names were not analysed.
    package let segments: [SegmentNames]

    package init(segments: [SegmentNames] = []) {
        self.segments = segments
    }

    /// The names of segment `index` (empty when not analysed).
    package func names(segment index: Int) -> SegmentNames {
        index < segments.count ? segments[index] : SegmentNames()
    }

    /// The word boundaries of segment `index` for rules that must not match inside a word (glossary terms, variant
    /// spellings); `nil` when the segment was not analysed morphologically (English, or names not analysed).
    package func boundaries(segment index: Int) -> MorphemeBoundaries? {
        let morphemes = names(segment: index).morphemes
        return morphemes.isEmpty ? nil : MorphemeBoundaries(morphemes: morphemes)
    }

    /// Whether `range` of segment `index` is made only of everyday dictionary words, starting and ending on word
    /// boundaries (`コスト`, `テスト`, `センサー`, `エネルギー政策`): such a span is never a name, and a near-miss
    /// or variant rule should not take it for a misspelt one. `false` for proper nouns and for words the dictionary
    /// does not know (`レバプ`, `ラフモン`), for spans that cut a word, and when the segment was not analysed
    /// morphologically (English, or names not analysed).
    /// - Complexity: O(log m) for a segment of m morphemes.
    package func isEverydayWords(segment index: Int, range: Range<Int>) -> Bool {
        let morphemes = names(segment: index).morphemes
        guard !range.isEmpty, !morphemes.isEmpty else { return false }
        // The first morpheme ending after the range's start.
        let low = morphemes.firstIndex { $0.range.upperBound > range.lowerBound }
        guard low < morphemes.count, morphemes[low].range.lowerBound == range.lowerBound else { return false }
        var position = low
        while position < morphemes.count, morphemes[position].range.upperBound <= range.upperBound {
            guard morphemes[position].isEverydayWord else { return false }
            if morphemes[position].range.upperBound == range.upperBound { return true }
            position += 1
        }
        return false
    }

    /// Whether `range` of segment `index` is exactly one everyday dictionary word (`レバー`, `コスト`): unlike
    /// `isEverydayWords(segment:range:)`, a span MeCab splits into several words (`ラフマン`: ラフ, マン) is not.
    /// - Complexity: O(log m) for a segment of m morphemes.
    package func isEverydayWord(segment index: Int, range: Range<Int>) -> Bool {
        let morphemes = names(segment: index).morphemes
        let low = morphemes.firstIndex { $0.range.lowerBound >= range.lowerBound }
        return low < morphemes.count && morphemes[low].range == range && morphemes[low].isEverydayWord
    }
}
