/// `name-order-inconsistent`: one person's name written in different orders or capitalisations in one document
/// (`TAKAICHI Sanae` and `Sanae Takaichi`, `Serdar BERDIMUHAMEDOV` and `Serdar Berdimuhamedov`).
///
/// A person's name is two adjacent capitalised words. They are taken for a name when the document writes one of
/// them in capitals (the Japanese government's style: `ISHIBA Shigeru`, `Emomali RAHMON`; in `Prime Minister
/// TAKAICHI Sanae` the name is the capitals and the word after them, not the title before), when the glossary
/// gives them as a person's name, or when the document writes them in both orders. Every place where the two words
/// stand side by side, in either order and any capitalisation, is then a use of the name. The form used most often
/// is the document's (ties: the glossary's preferred form, then the first one used); each use of another form is
/// reported, pointing to it. Lines written all in capitals (a heading, a signature block) are left out.
///
/// A warning: a reader may take the two forms for two people, and house style fixes one.
package struct NameOrderInconsistentCheck: Check {
    package let id = "name-order-inconsistent"
    package let summary = "One person's name written in different orders or capitalisations in one document."
    package let defaultSeverity = Finding.Severity.warning

    package init() {}

    package var examples: [CheckExample] {
        [
            CheckExample(
                source: "Prime Minister TAKAICHI Sanae met the President. Sanae Takaichi thanked him.", marking: "Sanae Takaichi"),
            CheckExample(
                source:
                    "President Serdar BERDIMUHAMEDOV visited Japan. President Serdar Berdimuhamedov met the Emperor.",
                marking: "Serdar Berdimuhamedov"),
            CheckExample(
                source: "Prime Minister TAKAICHI Sanae met the President. TAKAICHI Sanae thanked him.", triggers: false),
            CheckExample(
                source: "President Serdar BERDIMUHAMEDOV visited Japan. Gurbanguly Berdimuhamedov visited in 2022.",
                triggers: false),
        ]
    }

    /// Two words side by side in a segment's text.
    struct Pair {
        let segment: Int
        let range: Range<Int>
        let first: [UInt16]
        let second: [UInt16]

        /// The two words without case, in alphabetical order: the same for every order and capitalisation.
        var person: String {
            let words = [Self.folded(first), Self.folded(second)].sorted()
            return words.joined(separator: " ")
        }

        var written: String { String(units: first) + " " + String(units: second) }

        /// Whether the two words stand in the order of `other`.
        func hasTheOrder(of other: Pair) -> Bool { Self.folded(first) == Self.folded(other.first) }

        /// One word in capitals, the other capitalised: `TAKAICHI Sanae`.
        var isInGovernmentStyle: Bool {
            (Self.isAllCapitals(first) && Self.isCapitalised(second))
                || (Self.isCapitalised(first) && Self.isAllCapitals(second))
        }

        static func folded(_ word: [UInt16]) -> String {
            String(units: word.map(CharacterClass.foldedLatin))
        }

        static func isAllCapitals(_ word: [UInt16]) -> Bool {
            word.count >= 2 && !word.contains(where: CharacterClass.isLowercaseLatin)
        }

        /// A capital, then at least one lower-case letter.
        static func isCapitalised(_ word: [UInt16]) -> Bool {
            guard let first = word.first, CharacterClass.isUppercaseLatin(first) else { return false }
            return word.dropFirst().contains(where: CharacterClass.isLowercaseLatin)
        }
    }

    package func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for side in DocumentSide.allCases {
            let document = context.document(side)
            var pairs: [Pair] = []
            for segment in document.segments where segment.units.contains(where: CharacterClass.isLowercaseLatin) {
                pairs += Self.pairs(in: segment.units, segment: segment.index)
            }
            let preferred = glossaryNames(context, language: document.language)
            var persons = Set(preferred.keys)
            var orders: [String: Set<String>] = [:]
            for (index, pair) in pairs.enumerated() {
                orders[pair.person, default: []].insert(Pair.folded(pair.first))
                guard pair.isInGovernmentStyle else { continue }
                // In `Prime Minister TAKAICHI Sanae` the name is `TAKAICHI Sanae`, not `Minister TAKAICHI`.
                let next = index + 1 < pairs.count ? pairs[index + 1] : nil
                if Pair.isAllCapitals(pair.second), let next, next.segment == pair.segment,
                    next.range.lowerBound == pair.range.upperBound - pair.second.count, next.isInGovernmentStyle
                {
                    continue
                }
                persons.insert(pair.person)
            }
            persons.formUnion(orders.filter { $0.value.count > 1 }.keys)
            // Uses by person, then by written form in order of first use.
            var order: [String] = []
            var forms: [String: [(written: String, uses: [Pair])]] = [:]
            for pair in pairs where persons.contains(pair.person) {
                var written = forms[pair.person] ?? []
                if written.isEmpty { order.append(pair.person) }
                if let position = written.firstIndex(where: { $0.written == pair.written }) {
                    written[position].uses.append(pair)
                } else {
                    written.append((pair.written, [pair]))
                }
                forms[pair.person] = written
            }
            for person in order {
                guard let written = forms[person], written.count > 1 else { continue }
                let ranked = written.enumerated().max {
                    ($0.element.uses.count, $0.element.written == preferred[person] ? 1 : 0, -$0.offset)
                        < ($1.element.uses.count, $1.element.written == preferred[person] ? 1 : 0, -$1.offset)
                }
                guard let majority = ranked?.element, let exemplar = majority.uses.first else { continue }
                for form in written where form.written != majority.written {
                    for use in form.uses {
                        let how = use.hasTheOrder(of: exemplar) ? "capitalises" : "orders"
                        findings.append(
                            context.finding(
                                self, side, segment: use.segment, textRange: use.range,
                                message: "'\(use.written)' \(how) the name differently from '\(majority.written)', "
                                    + "which this document writes \(times(majority.uses.count))",
                                suggestion: majority.written))
                    }
                }
            }
        }
        return findings.map { $0.source != nil && $0.target == nil ? $0.about(.original) : $0 }
    }

    /// The glossary's persons whose preferred form in `language` is two words: person key → preferred form.
    private func glossaryNames(_ context: CheckContext, language: Language) -> [String: String] {
        guard let glossary = context.terminology?.glossary else { return [:] }
        var names: [String: String] = [:]
        for entry in glossary.entries where entry.kind == .person {
            guard let form = entry.terms(in: language)?.preferred else { continue }
            let units = Array(form.utf16)
            if let pair = Self.pairs(in: units, segment: 0).first, pair.range == 0..<units.count {
                names[pair.person] = form
            }
        }
        return names
    }

    /// Adjacent capitalised words (Latin letters, hyphens inside) separated by one space, in order.
    /// - Complexity: O(n) in the length of the text.
    static func pairs(in units: [UInt16], segment: Int) -> [Pair] {
        var words: [Range<Int>] = []
        var index = 0
        while index < units.count {
            guard CharacterClass.isLatinLetter(units[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < units.count,
                CharacterClass.isLatinLetter(units[index])
                    || (units[index] == 0x2D && index + 1 < units.count
                        && CharacterClass.isLatinLetter(units[index + 1]))
            {
                index += 1
            }
            words.append(start..<index)
        }
        var pairs: [Pair] = []
        for (left, right) in zip(words, words.dropFirst()) {
            guard right.lowerBound == left.upperBound + 1,
                units[left.upperBound] == 0x20 || units[left.upperBound] == 0xA0,
                let a = units[left].first, CharacterClass.isUppercaseLatin(a),
                let b = units[right].first, CharacterClass.isUppercaseLatin(b)
            else { continue }
            pairs.append(
                Pair(
                    segment: segment, range: left.lowerBound..<right.upperBound, first: Array(units[left]),
                    second: Array(units[right])))
        }
        return pairs
    }
}
