/// Dates written with full stops, the same way in every language: day first as in most of Europe (`17.12.2013`,
/// `1.3.2024`), or year first as in East Asia (`2013.12.17`). Month first (`12.17.2013`) is read only where the
/// first number cannot be a month. The tokenizer reads `17.12` (or `2013.12`) as one decimal number; the scanner
/// takes that token, a full stop right after it and the last part right after that.
package enum DottedDateScanner {
    /// The dotted date starting at token `index` and the index of the token after it.
    /// - Complexity: O(1).
    package static func date(at index: Int, in text: TokenizedText) -> (DateMention, Int)? {
        guard index + 2 < text.tokens.count, text.kind(index) == .number, text.kind(index + 2) == .number,
            let stop = text.firstUnit(index + 1), TokenizedText.isDecimalPoint(stop),
            text.tokens[index + 1].range.count == 1,
            text.tokens[index + 1].range.lowerBound == text.tokens[index].range.upperBound,
            text.tokens[index + 2].range.lowerBound == text.tokens[index + 1].range.upperBound,
            text.kind(index + 3) != .number, text.kind(index + 3) != .word,
            !(text.firstUnit(index + 3).map(TokenizedText.isDecimalPoint) ?? false && text.kind(index + 4) == .number),
            let first = parts(of: index, in: text), first.count == 2
        else { return nil }
        let lastUnits = text.units[text.tokens[index + 2].range]
        guard lastUnits.allSatisfy(CharacterClass.isDigit), let last = DecimalNumber(digits: lastUnits)?.integerValue
        else { return nil }
        let point: DateMention.Point
        if first[0].digits == 4, (1...2).contains(lastUnits.count) {
            // 2013.12.17
            point = .init(year: .absolute(first[0].value), month: first[1].value, day: last)
        } else if first[0].digits <= 2, first[1].digits <= 2, lastUnits.count == 4 {
            // 17.12.2013, or 12.17.2013 where 17 cannot be a month.
            let (day, month) = first[1].value > 12 ? (first[1].value, first[0].value) : (first[0].value, first[1].value)
            point = .init(year: .absolute(last), month: month, day: day)
        } else {
            return nil
        }
        guard case .absolute(let year) = point.year, (1000...2999).contains(year), let month = point.month,
            (1...12).contains(month), let day = point.day, (1...31).contains(day)
        else { return nil }
        let range = text.tokens[index].range.lowerBound..<text.tokens[index + 2].range.upperBound
        return (DateMention(range: range, start: point), index + 3)
    }

    /// The two parts of a number token written with one decimal point (`17.12`): each part's value and digit count.
    private static func parts(of index: Int, in text: TokenizedText) -> [(value: Int, digits: Int)]? {
        let units = text.units[text.tokens[index].range]
        guard let point = units.firstIndex(where: TokenizedText.isDecimalPoint) else { return nil }
        let pieces = [units[units.startIndex..<point], units[units.index(after: point)...]]
        var result: [(value: Int, digits: Int)] = []
        for piece in pieces {
            guard !piece.isEmpty, piece.allSatisfy(CharacterClass.isDigit),
                let value = DecimalNumber(digits: piece)?.integerValue
            else { return nil }
            result.append((value, piece.count))
        }
        return result
    }
}
