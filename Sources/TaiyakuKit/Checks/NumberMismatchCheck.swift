/// `number-mismatch`: a number, count, ordinal, percentage, amount, item number or code (`LLDC3`, `77/158`) of an
/// aligned bead that the other side leaves out or states differently.
///
/// Anchors are compared by their normalised values (see `Anchor.Kind`): `1,000`, `１，０００` and `千` are all
/// 1000, `13.41億円` and `1.341 billion yen` are both `1341000000 JPY`, `30th year` and `３０周年` are the ordinal
/// 30, `1.` and `１．` the item 1, `LLDC 3` and `ＬＬＤＣ３` the code `LLDC3`. Kinds compare as such: a code only with
/// an identical code, an ordinal only with an ordinal, an item or section
/// number only with another, a count or quantity with a count or quantity (a unit on one side only is no
/// difference: `1,000 officials` and `1,000名`). A number inside a name (`Expo 2025`) and a bare year explain an
/// equal number on the other side but are never reported themselves: names are translated, not transcribed
/// (`United Nations 2028 Water Conference` is `2028年国連水会議`, `One Village, One Product` is `一村一品`).
///
/// What a side has no equal for is paired with what the other side has no equal for, kind by kind (the same unit
/// first, then in order of position): such a pair is a difference (`15 documents` / `16件`) and is always reported,
/// even for small spelled-out numbers (`three` / `２`). What stays unpaired is missing on the other side; it is
/// reported from weight 0.3 on, since small spelled-out numbers (`two countries`, `両国`, `二国間`) come and go in
/// translation. Each finding points to the anchor on each side (the whole aligned sentence where one is missing).
package struct NumberMismatchCheck: Check {
    package let id = "number-mismatch"
    package let summary =
        "A number, count, ordinal, amount or code that the aligned sentence leaves out or states differently."
    package let defaultSeverity = Finding.Severity.error
    /// An anchor with no counterpart at all is reported from this weight on.
    package let minimumWeightWhenMissing: Double

    package init(minimumWeightWhenMissing: Double = 0.3) {
        self.minimumWeightWhenMissing = minimumWeightWhenMissing
    }

    package var examples: [CheckExample] {
        [
            CheckExample(
                source: "Both sides welcomed the signing of 15 documents in Tokyo.",
                target: "双方は、東京における16件の文書の署名を歓迎した。", triggers: true),
            CheckExample(
                source: "Japan will provide support of 1,000 tons of rice.", target: "日本は100トンのコメの支援を行う。",
                triggers: true),
            CheckExample(
                source: "Japan welcomed the Fourth High-Level International Conference on Glaciers.",
                target: "日本は、氷河に関する第5回ハイレベル国際会議を歓迎した。", triggers: true),
            CheckExample(
                source: "Japan trained 1,000 administrative officials from various ministries.",
                target: "日本は、各省庁の行政官を対象とした研修を実施した。", triggers: true),
            CheckExample(
                source: "The three countries welcomed the outcome of the meeting.", target: "２か国は、会合の成果を歓迎した。",
                triggers: true),
            CheckExample(
                source: "1. Both sides welcomed the signing of the Memorandum.", target: "２．双方は、覚書の署名を歓迎した。",
                triggers: true),
            CheckExample(
                source: "Both sides welcomed the adoption of UN General Assembly resolution 77/158.",
                target: "双方は、国連総会決議77/185の採択を歓迎した。", triggers: true),
            CheckExample(
                source: "Both sides welcomed the holding of the Third United Nations Conference (LLDC3) in Avaza.",
                target: "双方は、アヴァザで開催された第3回国連会議（ＬＬＤＣ３）を歓迎した。", triggers: false),
            CheckExample(
                source: "Both sides welcomed the signing of 15 documents. Japan will provide 1,000 tons of rice.",
                target: "双方は、15件の文書の署名を歓迎した。日本は１，０００トンのコメを支援する。", triggers: false),
            CheckExample(
                source: "The budget of the project amounts to 1.341 billion yen.", target: "本事業の予算は13.41億円である。",
                triggers: false),
            CheckExample(
                source: "This year marks the 30th year of diplomatic relations.", target: "本年は外交関係樹立３０周年である。",
                triggers: false),
            CheckExample(
                source: "The two countries welcomed the signing of the Memorandum.", target: "双方は、覚書の署名を歓迎した。",
                triggers: false),
            CheckExample(
                source: "1. Both sides welcomed the success of the Expo 2025 Osaka, Kansai, Japan.",
                target: "１．双方は、2025年日本国際博覧会（大阪・関西万博）の成功を歓迎した。", triggers: false),
        ]
    }

    package func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for bead in context.beads where bead.isAligned {
            let source = context.anchors(.source, segments: bead.source).compactMap(Quantity.init)
            let target = context.anchors(.target, segments: bead.target).compactMap(Quantity.init)
            let lonelySource = source.filter { quantity in
                quantity.isReported && !target.contains { $0.corresponds(to: quantity) }
            }
            let lonelyTarget = target.filter { quantity in
                quantity.isReported && !source.contains { $0.corresponds(to: quantity) }
            }
            let paired = Self.pair(lonelySource, lonelyTarget)
            for (expected, found) in paired.pairs {
                findings.append(
                    context.finding(
                        self, source: (expected.place.segment, expected.place.anchor.range),
                        target: (found.place.segment, found.place.anchor.range),
                        message: "The source says \(expected.reading) ('\(expected.place.anchor.surface)'), the "
                            + "translation \(found.reading) ('\(found.place.anchor.surface)')",
                        suggestion: expected.reading))
            }
            for (side, alone) in [(DocumentSide.source, paired.source), (.target, paired.target)] {
                let otherSegment = bead.segments(side.other).lowerBound
                for quantity in alone where quantity.place.anchor.weight >= minimumWeightWhenMissing {
                    let here = (quantity.place.segment, Optional(quantity.place.anchor.range))
                    let there = (otherSegment, Range<Int>?.none)
                    let what = "\(quantity.reading) ('\(quantity.place.anchor.surface)')"
                    findings.append(
                        context.finding(
                            self, source: side == .source ? here : there, target: side == .target ? here : there,
                            message: side == .source
                                ? "\(what) in the source has no counterpart in the aligned translation"
                                : "\(what) in the translation has no counterpart in the aligned source sentence",
                            suggestion: side == .source ? quantity.reading : nil))
                }
            }
        }
        return findings
    }

    /// Pairs the source's quantities with the target's, family by family: for each source quantity in order, the
    /// first unpaired target quantity of its family with the same unit, else the first whose unit does not
    /// contradict it.
    /// - Returns: the pairs (source first) and what stays unpaired on each side.
    /// - Complexity: O(s · t).
    static func pair(
        _ source: [Quantity], _ target: [Quantity]
    ) -> (pairs: [(Quantity, Quantity)], source: [Quantity], target: [Quantity]) {
        var open = Array(target.indices)
        var pairs: [(Quantity, Quantity)] = []
        var alone: [Quantity] = []
        for quantity in source {
            let candidates = open.filter {
                target[$0].family == quantity.family && target[$0].unitAgrees(with: quantity)
            }
            if let chosen = candidates.first(where: { target[$0].unit == quantity.unit }) ?? candidates.first {
                pairs.append((quantity, target[chosen]))
                open.removeAll { $0 == chosen }
            } else {
                alone.append(quantity)
            }
        }
        return (pairs, alone, open.map { target[$0] })
    }

    /// A numeric anchor of one side of a bead, split into its number and unit.
    struct Quantity {
        enum Family {
            /// A quantity or a count.
            case amount
            case ordinal
            /// An item or section number.
            case section
            /// A number inside a name: explains, never reported.
            case nameNumber
            /// A bare year (a date anchor of four digits): explains, never reported (dates are `date-mismatch`'s).
            case year
            /// A code carried over as it is (`LLDC3`, `ADF14`, `77/158`): its whole value is its number.
            case code
        }

        let place: PlacedAnchor
        let family: Family
        /// The decimal number, without separators.
        let number: String
        /// The normalised unit (`%`, `JPY`, `t`), if stated.
        let unit: String?

        init?(_ place: PlacedAnchor) {
            let anchor = place.anchor
            switch anchor.kind {
            case .number, .count: family = .amount
            case .ordinal: family = .ordinal
            case .section: family = .section
            case .nameNumber: family = .nameNumber
            case .date where anchor.value.count == 4 && anchor.value.allSatisfy(\.isNumber): family = .year
            case .identifier:
                self.place = place
                family = .code
                number = anchor.value
                unit = nil
                return
            default: return nil
            }
            let parts = anchor.value.split(separator: " ", maxSplits: 1)
            guard let number = parts.first else { return nil }
            self.place = place
            self.number = String(number)
            self.unit = parts.count > 1 ? String(parts[1]) : nil
        }

        var isReported: Bool {
            switch family {
            case .amount, .ordinal, .section, .code: return true
            case .nameNumber, .year: return false
            }
        }

        /// Whether the two state the same thing: equal numbers, comparable kinds, units that do not contradict.
        func corresponds(to other: Quantity) -> Bool {
            guard number == other.number else { return false }
            switch (family, other.family) {
            case (.amount, .amount): return unitAgrees(with: other)
            case (.ordinal, .ordinal), (.section, .section), (.code, .code): return true
            case (.nameNumber, .amount), (.nameNumber, .nameNumber), (.nameNumber, .year), (.amount, .nameNumber),
                (.year, .nameNumber), (.year, .amount), (.amount, .year), (.year, .year):
                return true
            default: return false
            }
        }

        /// Equal units, or a unit on one side only.
        func unitAgrees(with other: Quantity) -> Bool {
            unit == nil || other.unit == nil || unit == other.unit
        }

        /// The value for a message: `1,000 t`, `4th`, `item 1`.
        var reading: String {
            switch family {
            case .ordinal: return number + Self.ordinalSuffix(number)
            case .section: return "item " + number
            case .code: return number
            default: return Self.grouped(number) + (unit.map { " " + $0 } ?? "")
            }
        }

        /// `1341000000` → `1,341,000,000`; `3.29` stays.
        static func grouped(_ number: String) -> String {
            let integer = number.prefix { $0 != "." }
            let rest = number.dropFirst(integer.count)
            var groups: [Substring] = []
            var end = integer.endIndex
            while end > integer.startIndex {
                let start = integer.index(end, offsetBy: -3, limitedBy: integer.startIndex) ?? integer.startIndex
                groups.insert(integer[start..<end], at: 0)
                end = start
            }
            return groups.joined(separator: ",") + rest
        }

        static func ordinalSuffix(_ number: String) -> String {
            guard let value = Int(number) else { return "" }
            if (11...13).contains(value % 100) { return "th" }
            switch value % 10 {
            case 1: return "st"
            case 2: return "nd"
            case 3: return "rd"
            default: return "th"
            }
        }
    }
}
