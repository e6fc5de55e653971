/// A segment's text with its tokens, and the small look-ups every anchor grammar needs.
package struct TokenizedText {
    package let units: [UInt16]
    package let tokens: [TextToken]
    /// For each word token, its text in lower case with full-width letters folded; empty for other tokens.
    /// Computed once, because every grammar looks words up.
    private let foldedWords: [String]

    /// Splits `units` into tokens.
    /// - Complexity: O(n): every code unit is looked at a bounded number of times.
    package init(units: [UInt16]) {
        self.units = units
        var tokens: [TextToken] = []
        tokens.reserveCapacity(units.count / 2)
        var index = 0
        let count = units.count
        while index < count {
            let unit = units[index]
            let start = index
            let kind: TextToken.Kind
            if CharacterClass.isDigit(unit) {
                kind = .number
                index = Self.endOfNumber(in: units, from: index)
            } else if CharacterClass.isLatinLetter(unit) {
                kind = .word
                while index < count, CharacterClass.isLatinLetter(units[index]) { index += 1 }
            } else if Self.isKanjiNumeral(unit) {
                kind = .kanjiNumeral
                while index < count, Self.isKanjiNumeral(units[index]) { index += 1 }
            } else if Self.isKatakanaLetter(unit) {
                kind = .katakana
                index += 1
                while index < count {
                    let next = units[index]
                    if Self.isKatakanaLetter(next) || next == 0x30FC {
                        index += 1
                    } else if next == 0x30FB, index + 1 < count, Self.isKatakanaLetter(units[index + 1]) {
                        index += 2
                    } else {
                        break
                    }
                }
            } else if CharacterClass.isSpace(unit) {
                kind = .space
                while index < count, CharacterClass.isSpace(units[index]) { index += 1 }
            } else {
                kind = .other
                index += 1
            }
            tokens.append(TextToken(kind: kind, range: start..<index))
        }
        self.tokens = tokens
        foldedWords = tokens.map { token in
            token.kind == .word ? Self.fold(units[token.range]) : ""
        }
    }

    /// Lower case with full-width Latin folded to ASCII; ASCII words (nearly all) without going through scalars.
    private static func fold(_ word: ArraySlice<UInt16>) -> String {
        if word.count <= 64, word.allSatisfy({ $0 < 0x80 }) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { buffer in
                for (offset, unit) in word.enumerated() {
                    let byte = UInt8(unit)
                    buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                }
                return String(decoding: buffer, as: UTF8.self)
            }
        }
        return String(units: word.map(CharacterClass.foldedLatin))
    }

    /// The text of token `index`.
    package func text(_ index: Int) -> String {
        String(units: units[tokens[index].range])
    }

    /// The text of `range`.
    package func text(in range: Range<Int>) -> String {
        String(units: units[range])
    }

    /// The text of token `index` in lower case with full-width letters folded to ASCII, for vocabulary look-ups;
    /// the token's text unchanged when it is not a word.
    package func folded(_ index: Int) -> String {
        tokens[index].kind == .word ? foldedWords[index] : text(index)
    }

    /// The kind of token `index`, or `nil` past either end.
    package func kind(_ index: Int) -> TextToken.Kind? {
        index >= 0 && index < tokens.count ? tokens[index].kind : nil
    }

    /// Whether token `index` is the single code unit `unit`.
    package func isCharacter(_ index: Int, _ unit: UInt16) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        return token.range.count == 1 && units[token.range.lowerBound] == unit
    }

    /// Whether token `index` is one of `set`'s single code units.
    package func isCharacter(_ index: Int, in set: Set<UInt16>) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        return token.range.count == 1 && set.contains(units[token.range.lowerBound])
    }

    /// The first code unit of token `index`, or `nil` past either end.
    package func firstUnit(_ index: Int) -> UInt16? {
        index >= 0 && index < tokens.count ? units[tokens[index].range.lowerBound] : nil
    }

    /// Whether the tokens from `index` on spell `word` exactly, one code unit per token (`から`, `周年`, `令和`):
    /// for Japanese words made of `.other` tokens. Returns the index after the word.
    package func match(_ word: [UInt16], at index: Int) -> Int? {
        guard index >= 0, index + word.count <= tokens.count else { return nil }
        var position = index
        for unit in word {
            guard isCharacter(position, unit) else { return nil }
            position += 1
        }
        return position
    }

    /// Whether the code units from offset `start` on are `word` (for words that span token kinds).
    package func unitsMatch(_ word: [UInt16], at start: Int) -> Bool {
        guard start >= 0, start + word.count <= units.count else { return false }
        for (offset, unit) in word.enumerated() where units[start + offset] != unit {
            return false
        }
        return true
    }

    /// The index of the first token after `index` that is not a space (`index + 1` when none is skipped), or
    /// `nil` at the end.
    package func next(after index: Int) -> Int? {
        var position = index + 1
        if position < tokens.count, tokens[position].kind == .space { position += 1 }
        return position < tokens.count ? position : nil
    }

    /// The index of the last token before `index` that is not a space, or `nil` at the start.
    package func previous(before index: Int) -> Int? {
        var position = index - 1
        if position >= 0, tokens[position].kind == .space { position -= 1 }
        return position >= 0 ? position : nil
    }

    /// Whether token `index` is separated from the token before it by exactly one ordinary space.
    package func followsSingleSpace(_ index: Int) -> Bool {
        guard index >= 2, index < tokens.count else { return false }
        let space = tokens[index - 1]
        return space.kind == .space && space.range.count == 1
    }

    // MARK: Character classes for tokens

    /// Where a number that starts at `start` ends: digits, then groups of three after thousands separators when
    /// the first group has at most three digits, then one decimal point followed by digits.
    private static func endOfNumber(in units: [UInt16], from start: Int) -> Int {
        let count = units.count
        var index = start
        while index < count, CharacterClass.isDigit(units[index]) { index += 1 }
        if index - start <= 3 {
            while index + 3 < count, isThousandsSeparator(units[index]), CharacterClass.isDigit(units[index + 1]),
                CharacterClass.isDigit(units[index + 2]), CharacterClass.isDigit(units[index + 3]),
                !(index + 4 < count && CharacterClass.isDigit(units[index + 4]))
            {
                index += 4
            }
        }
        if index + 1 < count, isDecimalPoint(units[index]), CharacterClass.isDigit(units[index + 1]) {
            index += 1
            while index < count, CharacterClass.isDigit(units[index]) { index += 1 }
        }
        return index
    }

    package static func isThousandsSeparator(_ unit: UInt16) -> Bool { unit == 0x2C || unit == 0xFF0C }
    package static func isDecimalPoint(_ unit: UInt16) -> Bool { unit == 0x2E || unit == 0xFF0E }

    package static func isKanjiNumeral(_ unit: UInt16) -> Bool {
        KanjiNumeral.value(of: unit) != nil
    }

    /// Katakana letters (not the middle dot or the prolonged sound mark, which only continue a run).
    package static func isKatakanaLetter(_ unit: UInt16) -> Bool {
        (0x30A1...0x30FA).contains(unit)
    }
}

extension TokenizedText {
    /// Scans the tokens left to right: at each token `match` either finds a mention and says at which token to go
    /// on, or finds nothing and the scan moves one token on.
    /// - Complexity: O(n) calls of `match` for n tokens.
    func scan<Mention>(_ match: (Int) -> (Mention, Int)?) -> [Mention] {
        var mentions: [Mention] = []
        var index = 0
        while index < tokens.count {
            if let (mention, next) = match(index) {
                mentions.append(mention)
                index = max(next, index + 1)
            } else {
                index += 1
            }
        }
        return mentions
    }
}
