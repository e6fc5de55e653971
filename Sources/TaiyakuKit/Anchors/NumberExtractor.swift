/// Finds the numbers of a segment — quantities, counts, ordinals, section and item numbers, codes and numbers
/// inside names — and weighs them: a multi-digit number with a unit near 0.9, a small spelled-out count
/// (`two countries`) near 0.1, so that a bare small number never decides an alignment on its own.
package struct NumberExtractor: Sendable {
    package let grammar: any NumberGrammar

    package init(grammar: any NumberGrammar) {
        self.grammar = grammar
    }

    /// The number anchors of `text`, the text of a segment with item label `label`.
    /// - Complexity: O(n) in the length of the text.
    package func anchors(in text: TokenizedText, label: String?) -> [Anchor] {
        var mentions: [NumberMention] = []
        if let section = sectionNumber(label: label, in: text) {
            mentions.append(section)
        }
        mentions = AnchorOverlap.merge(mentions, IdentifierScanner.identifiers(in: text), by: \.range)
        mentions = AnchorOverlap.merge(mentions, grammar.numberMentions(in: text), by: \.range)
        return mentions.map { mention in
            Anchor(
                kind: mention.kind, value: mention.value, surface: text.text(in: mention.range), range: mention.range,
                weight: Self.weight(of: mention))
        }
    }

    /// How much a match of this number on both sides says, in 0...1.
    package static func weight(of mention: NumberMention) -> Double {
        switch mention.kind {
        case .identifier: return 0.9
        case .section: return 0.6
        case .nameNumber: return mention.writing == .digits ? 0.7 : 0.2
        default: break
        }
        guard let quantity = mention.quantity else { return 0.1 }
        // A time of day: evidence when both sides state it, but written in too many ways (`a quarter to nine`,
        // `the clock 7`) for its absence to count against a pairing.
        if mention.isClockTime { return 0.4 }
        let integer = quantity.integerValue
        let small = integer.map { $0 < 10 } ?? false
        if mention.unit != nil {
            return quantity.significantDigits >= 2 || !small ? 0.9 : 0.6
        }
        if small {
            switch (mention.kind, mention.writing) {
            case (.ordinal, .digits): return 0.4
            case (.ordinal, _): return 0.3
            case (_, .digits): return 0.2
            default: return 0.1
            }
        }
        let large = integer.map { $0 >= 100 } ?? true
        switch mention.kind {
        case .ordinal: return large ? 0.8 : 0.7
        case .count: return mention.writing == .words ? 0.3 : (large ? 0.8 : 0.6)
        default: return mention.writing == .words ? 0.3 : (large ? 0.7 : 0.5)
        }
    }

    /// The section number of a list item (`1.`, `１．`, `(2)`, `③`) or of a heading (`II`, `Ⅱ`), which stays at
    /// the start of the segment's text.
    func sectionNumber(label: String?, in text: TokenizedText) -> NumberMention? {
        if let label, text.unitsMatch(Array(label.utf16), at: 0) {
            let units = Array(label.utf16)
            guard let value = Self.labelValue(units) else { return nil }
            return NumberMention(kind: .section, range: 0..<units.count, quantity: DecimalNumber(significand: value))
        }
        // Roman numerals of the Number Forms block (`Ⅰ　3つの優先協力分野`), which the layout does not label.
        if let first = text.units.first, (0x2160...0x216B).contains(first), text.units.count > 1,
            CharacterClass.isSpace(text.units[1])
        {
            return NumberMention(
                kind: .section, range: 0..<1, quantity: DecimalNumber(significand: Int(first) - 0x215F))
        }
        return nil
    }

    /// The number of an item label or Roman section number, or `nil` for a bullet.
    static func labelValue(_ units: [UInt16]) -> Int? {
        let digits = units.filter(CharacterClass.isDigit)
        if !digits.isEmpty {
            return DecimalNumber(digits: digits)?.integerValue
        }
        if let first = units.first, (0x2460...0x2473).contains(first) {  // ① … ⑳
            return Int(first) - 0x245F
        }
        let roman = units.filter { $0 != 0x2E }
        return ItemLabel.romanValue(roman)
    }
}
