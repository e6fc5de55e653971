/// One word of a Japanese text as MeCab's IPAdic dictionary analyses it.
package struct Morpheme: Sendable, Hashable {
    /// The kind of proper noun a dictionary entry is (IPAdic's 固有名詞 subclasses).
    package enum ProperNounClass: Sendable, Hashable {
        /// A person's family name (姓), given name (名) or whole name (一般).
        case familyName, givenName, personName
        /// A country or other place (地域).
        case place
        /// An organisation (組織): ministries, universities, companies.
        case organisation
        /// Any other proper noun (固有名詞,一般): products, events, works.
        case other

        /// Whether the class names a person.
        package var isPerson: Bool { self == .familyName || self == .givenName || self == .personName }
    }

    /// UTF-16 offsets in the analysed text.
    package var range: Range<Int>
    /// The dictionary's part of speech (名詞, 動詞, 記号, …) and its first subclass (固有名詞, 一般, 数, 接尾, …).
    package var partOfSpeech: String
    package var subclass: String
    /// The proper-noun class, `nil` for a common word and for an unknown word.
    package var properNoun: ProperNounClass?
    /// The katakana readings the dictionary offers for this span, the one on the best path first; empty for an
    /// unknown word (its surface is its reading when it is katakana).
    package var readings: [String]
    /// Whether the dictionary does not know the word (MeCab guessed its class from the characters).
    package var isUnknown: Bool

    package init(
        range: Range<Int>, partOfSpeech: String, subclass: String, properNoun: ProperNounClass?, readings: [String],
        isUnknown: Bool
    ) {
        self.range = range
        self.partOfSpeech = partOfSpeech
        self.subclass = subclass
        self.properNoun = properNoun
        self.readings = readings
        self.isUnknown = isUnknown
    }

    /// Whether this is an everyday word of the language: a dictionary word that is not a proper noun
    /// (`コスト`, `テスト`, `センサー`, `大学`). Near-miss and name rules never treat such a word as a name.
    package var isEverydayWord: Bool { !isUnknown && properNoun == nil }

    /// Reads the feature columns of a MeCab node as they come, a NUL-terminated UTF-8 line in IPAdic's order:
    /// 品詞,細分類1,細分類2,細分類3,活用型,活用形,原形,読み,発音 (unknown words have the first seven only). Only the
    /// columns a morpheme keeps become strings (part of speech, subclasses, reading).
    init(range: Range<Int>, feature: UnsafePointer<CChar>, isUnknown: Bool) {
        var columns = [String](repeating: "", count: 8)
        feature.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            var column = 0
            var start = 0
            var offset = 0
            while column < 8 {
                let byte = bytes[offset]
                if byte == 0x2C || byte == 0 {
                    // Columns 4 to 6 (conjugation, base form) are not kept; `*` is an empty column.
                    let length = offset - start
                    if column <= 3 || column == 7, length > 0, !(length == 1 && bytes[start] == 0x2A) {
                        columns[column] = String(
                            decoding: UnsafeBufferPointer(start: bytes + start, count: length), as: UTF8.self)
                    }
                    if byte == 0 { break }
                    column += 1
                    start = offset + 1
                }
                offset += 1
            }
        }
        self.init(range: range, columns: columns, isUnknown: isUnknown)
    }

    /// `columns`: at least the first eight feature columns, an empty string for `*`.
    private init(range: Range<Int>, columns: [String], isUnknown: Bool) {
        let partOfSpeech = columns[0]
        let subclass = columns[1]
        var properNoun: ProperNounClass?
        if partOfSpeech == "名詞", subclass == "固有名詞" {
            switch (columns[2], columns[3]) {
            case ("人名", "姓"): properNoun = .familyName
            case ("人名", "名"): properNoun = .givenName
            case ("人名", _): properNoun = .personName
            case ("地域", _): properNoun = .place
            case ("組織", _): properNoun = .organisation
            default: properNoun = .other
            }
        }
        let reading = columns[7]
        self.init(
            range: range, partOfSpeech: partOfSpeech, subclass: subclass, properNoun: isUnknown ? nil : properNoun,
            readings: reading.isEmpty ? [] : [reading], isUnknown: isUnknown)
    }
}

extension [Morpheme] {
    /// The index of the first morpheme for which `isPast` holds, or `count`: the morphemes are in text order, so
    /// `isPast` (for example "ends after offset 12") holds for a suffix of them. A binary search.
    /// - Complexity: O(log m) for m morphemes.
    package func firstIndex(past isPast: (Morpheme) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isPast(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
