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
                target: "双方は、東京における16件の文書の署名を歓迎した。", marking: "15", "16件"),
            CheckExample(
                source: "Japan will provide support of 1,000 tons of rice.", target: "日本は100トンのコメの支援を行う。",
                marking: "1,000 tons", "100トン"),
            CheckExample(
                source: "Japan welcomed the Fourth High-Level International Conference on Glaciers.",
                target: "日本は、氷河に関する第5回ハイレベル国際会議を歓迎した。", marking: "Fourth", "第5回"),
            CheckExample(
                source: "Japan trained 1,000 administrative officials from various ministries.",
                target: "日本は、各省庁の行政官を対象とした研修を実施した。", marking: "1,000"),
            CheckExample(
                source: "The three countries welcomed the outcome of the meeting.", target: "２か国は、会合の成果を歓迎した。",
                marking: "three", "２か国"),
            CheckExample(
                source: "1. Both sides welcomed the signing of the Memorandum.", target: "２．双方は、覚書の署名を歓迎した。",
                marking: "1.", "２．"),
            CheckExample(
                source: "Both sides welcomed the adoption of UN General Assembly resolution 77/158.",
                target: "双方は、国連総会決議77/185の採択を歓迎した。", marking: "77/158", "77/185"),
            CheckExample(
                source: "A survey found that 30 percent of households in the region had applied.",
                target: "調査の結果、同地域の世帯の4割が申請していたことが分かった。", marking: "30 percent", "4割"),
            CheckExample(
                source: "The two ministers will hold a joint press conference at 1.30pm in Tokyo.",
                target: "両大臣は、午後１時半から東京で共同記者会見を行う。", triggers: false),
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
        // A wrong pair (`not-a-translation`) has no sentences to compare.
        for bead in context.beads where bead.isAligned && context.isTranslation {
            let source = Self.quantities(context.anchors(.source, segments: bead.source))
            let target = Self.quantities(context.anchors(.target, segments: bead.target))
            let lonelySource = Self.lonely(source, against: target)
            let lonelyTarget = Self.lonely(target, against: source)
            // Years and days explain numbers but are `date-mismatch`'s to compare.
            let paired = Self.pair(lonelySource.filter(\.isPaired), lonelyTarget.filter(\.isPaired))
            findings += differences(paired.pairs, in: context)
            for side in DocumentSide.allCases {
                let alone = (side == .source ? paired.source : paired.target).filter {
                    $0.isReported && $0.place.anchor.weight >= minimumWeightWhenMissing
                }
                findings += missing(alone, side, otherSegment: bead.segments(side.other).lowerBound, in: context)
            }
        }
        for side in DocumentSide.allCases {
            findings += ordinalPrefixTypos(side, in: context)
        }
        return findings
    }

    /// The anchors that are numbers, in order.
    static func quantities(_ anchors: [PlacedAnchor]) -> [Quantity] {
        let multipliers = Quantity.multipliers(anchors)
        return anchors.compactMap { Quantity($0, sharedMultipliers: multipliers) }
    }

    /// The quantities of `side` with no equal on `other`.
    /// - Complexity: O(n + m) lookups for n and m quantities, each against the few of the other side that share
    ///   one of its values.
    static func lonely(_ side: [Quantity], against other: [Quantity]) -> [Quantity] {
        var byKey: [String: [Int]] = [:]
        for (index, quantity) in other.enumerated() {
            for key in quantity.keys where byKey[key]?.last != index { byKey[key, default: []].append(index) }
        }
        return side.filter { quantity in
            !quantity.keys.contains { key in
                (byKey[key] ?? []).contains { other[$0].corresponds(to: quantity) }
            }
        }
    }

    /// One finding per pair of differing quantities; identical complaints in one bead are one finding that says
    /// how often.
    private func differences(_ pairs: [(Quantity, Quantity)], in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var seen: [String: Int] = [:]
        var counts: [Int] = []
        for (expected, found) in pairs {
            let key = expected.reading + "\u{0}" + found.reading
            if let index = seen[key] {
                counts[index] += 1
                continue
            }
            let approximate = Self.isRoundingOrMultiplier(expected, found)
            let sure = expected.isFirm && found.isFirm && expected.family == found.family && !approximate
            var message = "The source says \(expected.reading) ('\(Self.excerpt(expected.place.anchor.surface))'), the "
                + "translation \(found.reading) ('\(Self.excerpt(found.place.anchor.surface))')"
            if approximate {
                message += "; one may be the other rounded, or with a multiplier written in a way not read "
                    + "(`44m`, `3 1/2`), so check the figure"
            } else if !sure {
                message += expected.family == .nameNumber || found.family == .nameNumber
                    ? "; one of them is part of a name, so check which is right"
                    : "; one of them is written in words or is of another kind, so check which is meant"
            }
            let finding = context.finding(
                self, source: (expected.place.segment, expected.place.anchor.range),
                target: (found.place.segment, found.place.anchor.range), message: message,
                suggestion: expected.reading)
            seen[key] = findings.count
            counts.append(1)
            findings.append(sure ? finding : finding.with(severity: .warning))
        }
        return zip(findings, counts).map { finding, count in
            guard count > 1 else { return finding }
            return Finding(
                ruleID: finding.ruleID, severity: finding.severity, message: finding.message + " (\(count) times)",
                source: finding.source, target: finding.target, suggestion: finding.suggestion)
        }
    }

    /// Findings for the quantities of one side with no counterpart: one per segment and kind of evidence (numbers
    /// written in digits: a warning; in words, which translations render freely: a note), naming each quantity
    /// once with how often it occurs.
    private func missing(
        _ alone: [Quantity], _ side: DocumentSide, otherSegment: Int, in context: CheckContext
    ) -> [Finding] {
        var groups: [(segment: Int, inDigits: Bool, items: [Quantity])] = []
        for quantity in alone {
            // A code (`COVID-19`, `PERSON10`) may be rendered by its name: no firmer than a number in words.
            let inDigits = quantity.isWrittenInDigits && quantity.family != .code
            if let index = groups.firstIndex(where: { $0.segment == quantity.place.segment && $0.inDigits == inDigits }) {
                groups[index].items.append(quantity)
            } else {
                groups.append((quantity.place.segment, inDigits, [quantity]))
            }
        }
        return groups.map { group in
            // A number only the translation states is mostly the original's words put in figures
            // (`round-the-clock` as 24時間, `a quarter to nine` as ８時４５分): worth a glance, not a warning.
            let addedInFigures = side == .target && group.inDigits
            // Each reading once, with its count, at most five of them.
            var order: [String] = []
            var counts: [String: Int] = [:]
            for quantity in group.items {
                let what = "\(quantity.reading) ('\(Self.excerpt(quantity.place.anchor.surface))')"
                if counts[what] == nil { order.append(what) }
                counts[what, default: 0] += 1
            }
            var listed = order.prefix(5).map { counts[$0, default: 1] > 1 ? "\($0) \(counts[$0, default: 1]) times" : $0 }
            if order.count > 5 { listed.append("\(order.count - 5) more") }
            let what = listed.joined(separator: ", ")
            let first = group.items[0].place.anchor.range
            let last = group.items[group.items.count - 1].place.anchor.range
            let here = (group.segment, Optional(first.lowerBound..<max(first.upperBound, last.upperBound)))
            let there = (otherSegment, Range<Int>?.none)
            let plural = group.items.count > 1
            var message = side == .source
                ? "\(what) in the source \(plural ? "have" : "has") no counterpart in the aligned translation"
                : "\(what) in the translation \(plural ? "have" : "has") no counterpart in the aligned source sentence"
            if !group.inDigits {
                message += group.items.contains { $0.family == .code }
                    ? " (a code, which a translation may render by its name)"
                    : " (written in words, which a translation may render freely: 'first' as 初めて)"
            } else if addedInFigures {
                message += " (a translation may state in figures what the original says in words: 'round-the-clock'"
                    + " as 24時間)"
            }
            let finding = context.finding(
                self, source: side == .source ? here : there, target: side == .target ? here : there,
                message: message, suggestion: side == .source && !plural ? group.items[0].reading : nil)
            return finding.with(severity: group.inDigits && !addedInFigures ? .warning : .note)
        }
    }

    /// A look-alike of the ordinal prefix before a numeral and an ordinal counter (`弟23条` for `第23条`): an error
    /// wherever it is, aligned or not.
    private func ordinalPrefixTypos(_ side: DocumentSide, in context: CheckContext) -> [Finding] {
        let document = context.document(side)
        guard let notation = AnchorGrammars.ordinalPrefixLookalikes(for: document.language) else { return [] }
        var findings: [Finding] = []
        for segment in document.segments {
            let units = segment.units
            for index in units.indices where notation.lookalikes.contains(units[index]) {
                var end = index + 1
                while end < units.count, Self.isNumeral(units[end]) { end += 1 }
                guard end > index + 1, let counter = notation.counters.longestWord(in: units, at: end) else { continue }
                let range = index..<(end + counter.count)
                let written = String(units: units[range])
                let right = String(units: [notation.prefix] + units[(index + 1)..<range.upperBound])
                findings.append(
                    context.finding(
                        self, side, segment: segment.index, textRange: range,
                        message: "'\(written)' reads as a typing error for the ordinal '\(right)'", suggestion: right))
            }
        }
        return findings
    }

    private static func isNumeral(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0xFF10...0xFF19).contains(unit) || KanjiNumeral.value(of: unit) != nil
    }

    /// Whether one number is the other rounded (`62,985` / `６万２千`, `1.3` / `１`; never `109` / `100`), or the other times a power of
    /// ten of at least a thousand with the multiplier written on one side only (`44` / `4,400万`).
    static func isRoundingOrMultiplier(_ one: Quantity, _ other: Quantity) -> Bool {
        guard one.family == .amount || other.family == .amount, !one.isClockTime, !other.isClockTime,
            let a = DecimalNumber(digits: Array(one.number.utf16)), let b = DecimalNumber(digits: Array(other.number.utf16))
        else { return false }
        for (x, y) in [(a, b), (b, a)] {
            // y is x rounded to y's precision: x's leading digits are y's.
            // Only a precise figure (four significant digits or a fraction) is rounded: `109` / `100` is a change.
            if y.exponent > x.exponent, y.significantDigits < x.significantDigits,
                x.significantDigits >= 4 || x.exponent < 0
            {
                let drop = y.exponent - x.exponent
                var rest = x.significand
                for _ in 0..<drop { rest /= 10 }
                if rest == y.significand || rest + 1 == y.significand { return true }
            }
            // y is x with a multiplier (both written with the same digits), where only one side writes a multiplier
            // that was read: `44` / `4,400万` (`£44m` unread); `500万` / `500億` is a changed magnitude.
            if x.significand == y.significand, y.exponent - x.exponent >= 3,
                one.hasWrittenMultiplier != other.hasWrittenMultiplier
            {
                return true
            }
        }
        return false
    }

    /// A surface for a message: at most 40 UTF-16 units, cut like every quote (`Limits.excerpt(of:around:)`).
    static func excerpt(_ surface: String) -> String {
        Limits.standard.quoted(surface)
    }

    /// Pairs the source's quantities with the target's, family by family: for each source quantity in order, the
    /// first unpaired target quantity of its family with the same unit, else the first whose unit does not
    /// contradict it. A number inside a name pairs only with a number of as many digits (`Docket 147` / `174`).
    /// - Returns: the pairs (source first) and what stays unpaired on each side.
    /// - Complexity: O(s + t) for s and t quantities: the open target quantities are kept in queues by family
    ///   and unit.
    static func pair(
        _ source: [Quantity], _ target: [Quantity]
    ) -> (pairs: [(Quantity, Quantity)], source: [Quantity], target: [Quantity]) {
        struct Queue {
            var indices: [Int] = []
            var head = 0
        }
        var queues: [Quantity.Family: [String: Queue]] = [:]
        var taken = Array(repeating: false, count: target.count)
        for (index, quantity) in target.enumerated() {
            queues[quantity.pairingFamily, default: [:]][quantity.unit ?? "", default: Queue()].indices.append(index)
        }
        func next(_ family: Quantity.Family, _ unit: String, accepting: (Quantity) -> Bool) -> Int? {
            guard var queue = queues[family]?[unit] else { return nil }
            defer { queues[family]?[unit] = queue }
            while queue.head < queue.indices.count, taken[queue.indices[queue.head]] { queue.head += 1 }
            var position = queue.head
            // Skip (without consuming) the few that this quantity does not accept.
            while position < queue.indices.count {
                let index = queue.indices[position]
                if !taken[index], accepting(target[index]) { return index }
                position += 1
                if position - queue.head > 8 { return nil }
            }
            return nil
        }
        var pairs: [(Quantity, Quantity)] = []
        var alone: [Quantity] = []
        for quantity in source {
            let family = quantity.pairingFamily
            let accepting = { (candidate: Quantity) in quantity.mayPair(with: candidate) }
            var chosen: Int?
            if let unit = quantity.unit {
                chosen = next(family, unit, accepting: accepting) ?? next(family, "", accepting: accepting)
            } else {
                chosen = next(family, "", accepting: accepting)
                if chosen == nil {
                    // The earliest open quantity of the family, whatever its unit.
                    for unit in (queues[family] ?? [:]).keys.sorted() where unit != "" {
                        guard let index = next(family, unit, accepting: accepting) else { continue }
                        if chosen.map({ index < $0 }) ?? true { chosen = index }
                    }
                }
            }
            if let chosen {
                taken[chosen] = true
                pairs.append((quantity, target[chosen]))
            } else {
                alone.append(quantity)
            }
        }
        return (pairs, alone, target.indices.filter { !taken[$0] }.map { target[$0] })
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
            /// The day of a date: explains, never reported.
            case day
            /// A code carried over as it is (`LLDC3`, `ADF14`, `77/158`): its whole value is its number.
            case code
        }

        let place: PlacedAnchor
        let family: Family
        /// The decimal number, without separators.
        let number: String
        /// The normalised unit (`%`, `JPY`, `t`), if stated.
        let unit: String?
        /// Whether the number is written in digits (`15`, `１５`), not in words (`fifteen`, `first`, `十五`).
        let isWrittenInDigits: Bool
        /// Whether the number carries a multiplier written as a word that was read (`5 million`, `4,400万`,
        /// `five million`), so that its value is not just its digits.
        var hasWrittenMultiplier = false
        /// Every value the quantity may stand for: its number; with the multiplier of its range's other end when
        /// it is bare (`4` in `4 to 54 million` is also 4000000, `400` in `400～5,400万` also 4000000); a two-digit
        /// number's last digits as a year (`22年` after `２０２１年`, `91` in `1827–91`: `yy91`); a code's digits.
        let keys: [String]

        init?(_ place: PlacedAnchor, sharedMultipliers: [Int] = []) {
            let anchor = place.anchor
            let surface = Array(anchor.surface.utf16)
            let digits = surface.filter(Self.isDigit)
            isWrittenInDigits = !digits.isEmpty
            switch anchor.kind {
            case .number, .count: family = .amount
            case .ordinal: family = .ordinal
            case .section: family = .section
            case .nameNumber: family = .nameNumber
            case .date where anchor.value.count == 4 && anchor.value.allSatisfy(\.isNumber): family = .year
            case .date:
                // The days of a date (`5月10日から26日`: 10 and 26) explain an ordinal or number of the day, and its
                // year's last two digits an abbreviated year (`２２年` for 2022).
                var days: [String] = []
                for end in anchor.value.split(separator: "/") {
                    let parts = end.split(separator: "-", omittingEmptySubsequences: true)
                    if let year = parts.first, !end.hasPrefix("--"), year.count == 4 { days.append("yy" + year.suffix(2)) }
                    let hasDay = end.hasPrefix("--") ? parts.count == 2 : parts.count == 3
                    if hasDay, let last = parts.last, let day = Int(last) { days.append(String(day)) }
                }
                guard let first = days.first else { return nil }
                self.place = place
                family = .day
                number = first
                unit = nil
                keys = days
                return
            case .identifier:
                self.place = place
                family = .code
                number = anchor.value
                unit = nil
                let digitValue = String(units: digits.map(Self.halfWidth))
                keys = digitValue.isEmpty || digitValue == anchor.value ? [anchor.value] : [anchor.value, digitValue]
                return
            default: return nil
            }
            let parts = anchor.value.split(separator: " ", maxSplits: 1)
            guard let number = parts.first else { return nil }
            self.place = place
            self.number = String(number)
            let writtenUnit = parts.count > 1 ? String(parts[1]) : nil
            // A time of day on a 12-hour clock (`10:30`, `10時30分`) is a time like any other; it may also be the
            // same hour after noon (`22:30`), and a whole hour is also its hour (`nine` / `９時`).
            self.unit = writtenUnit == Self.twelveHourClock ? Self.clock : writtenUnit
            if self.unit == Self.clock, let minutes = Int(number) {
                var keys = ["t\(minutes)"]
                if writtenUnit == Self.twelveHourClock { keys.append("t\(minutes + 720)") }
                if minutes % 60 == 0 { keys.append(String((minutes / 60 - 1) % 12 + 1)) }
                self.keys = keys
                return
            }
            if let written = DecimalNumber(digits: digits.map(Self.halfWidth)),
                let value = DecimalNumber(digits: Array(self.number.utf16))
            {
                hasWrittenMultiplier = value.exponent - written.exponent >= 3
            } else if !isWrittenInDigits, let value = DecimalNumber(digits: Array(self.number.utf16)) {
                hasWrittenMultiplier = value.exponent >= 3
            }
            var keys = [self.number]
            let isBare = !surface.isEmpty && surface.allSatisfy { Self.isDigit($0) || Self.isSeparator($0) }
            if isBare, let value = DecimalNumber(digits: digits.map(Self.halfWidth)) {
                for power in sharedMultipliers { keys.append(value.timesPowerOfTen(power).description) }
            }
            if family == .year, self.number.count == 4 {
                keys.append("yy" + self.number.suffix(2))
            } else if family == .amount, digits.count == 2, !surface.contains(where: Self.isSeparator) {
                keys.append("yy" + String(units: digits.map(Self.halfWidth)))
            }
            self.keys = keys
        }

        /// The multipliers that the numbers of one sentence write as words (`million` in `54 million`, `万` in
        /// `5,400万`): a bare number in a range with one of them may share it.
        /// - Returns: the powers of ten.
        static func multipliers(_ anchors: [PlacedAnchor]) -> [Int] {
            var found: [Int] = []
            for placed in anchors where placed.anchor.kind == .number || placed.anchor.kind == .count {
                let surface = placed.anchor.surface.utf16
                let written = surface.filter { isDigit($0) || isSeparator($0) }
                guard written.contains(where: isDigit), let writtenValue = DecimalNumber(digits: written),
                    let value = DecimalNumber(digits: Array(placed.anchor.value.prefix { $0 != " " }.utf16)),
                    value.significand == writtenValue.significand
                else { continue }
                let power = value.exponent - writtenValue.exponent
                if power >= 3, !found.contains(power) { found.append(power) }
            }
            return found
        }

        /// The units of a time of day (see `Anchor.Kind.number`): minutes after midnight, on a 24-hour clock or on a
        /// 12-hour one where the text does not say which half of the day.
        static let clock = NumberMention.clockUnit
        static let twelveHourClock = NumberMention.twelveHourClockUnit

        var isClockTime: Bool { unit == Self.clock }

        /// Whether a difference is sure: the number is in digits, or in words that name a large figure exactly
        /// (`five million`, `fifty thousand`), which a translation writes in figures, not freely.
        var isFirm: Bool {
            if isWrittenInDigits { return true }
            guard family == .amount, let value = DecimalNumber(digits: Array(number.utf16)) else { return false }
            return value.exponent + value.significantDigits > 4
        }

        static func isDigit(_ unit: UInt16) -> Bool { (0x30...0x39).contains(unit) || (0xFF10...0xFF19).contains(unit) }
        static func isSeparator(_ unit: UInt16) -> Bool { [0x2C, 0x2E, 0xFF0C, 0xFF0E].contains(unit) }
        static func halfWidth(_ unit: UInt16) -> UInt16 { (0xFF01...0xFF5E).contains(unit) ? unit - 0xFEE0 : unit }

        var isReported: Bool {
            switch family {
            case .amount, .ordinal, .section, .code: return true
            case .nameNumber, .year, .day: return false
            }
        }

        /// Whether a difference may be stated for the quantity: not for years and days (dates are compared by
        /// `date-mismatch`).
        var isPaired: Bool { family != .year && family != .day }

        /// The family a difference is looked for in: a number inside a name may differ from a plain number.
        var pairingFamily: Family { family == .nameNumber ? .amount : family }

        /// Whether a difference between the two is worth stating: a number inside a name only against a number of
        /// as many digits, both in digits (`Docket 147` / `174`), else any of the family.
        func mayPair(with other: Quantity) -> Bool {
            guard family == .nameNumber || other.family == .nameNumber else { return true }
            if family == .nameNumber && other.family == .nameNumber { return false }
            return isWrittenInDigits && other.isWrittenInDigits && number.count == other.number.count
                && !number.contains(".") && !other.number.contains(".")
        }

        /// Whether the two state the same thing: a shared value, comparable kinds, units that do not contradict.
        /// Ordinals and plain numbers of one value are one thing (`the 21st` / `21日`, `4th` / `４台目`), and so are
        /// a number in a name and an ordinal or item (`Article 12` / `第12条`), a code and its number (`NFPA 1981` /
        /// `NFPA1981`).
        func corresponds(to other: Quantity) -> Bool {
            switch (family, other.family) {
            case (.code, .code): return number == other.number
            case (.code, .section), (.section, .code): return false
            case (.code, _), (_, .code): return !Set(keys).isDisjoint(with: other.keys)
            default: break
            }
            guard !Set(keys).isDisjoint(with: other.keys) else { return false }
            switch (family, other.family) {
            case (.amount, .amount): return unitAgrees(with: other)
            case (.ordinal, .ordinal), (.section, .section): return true
            // An item label on one side only (`1.Build` read as a number, `1.強力な` as a label).
            case (.section, .amount), (.amount, .section): return true
            case (.ordinal, .amount), (.amount, .ordinal): return true
            case (.nameNumber, _), (_, .nameNumber): return true
            case (.year, .amount), (.amount, .year), (.year, .year): return true
            case (.day, .amount), (.day, .ordinal), (.amount, .day), (.ordinal, .day): return true
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
            default:
                if isClockTime, let minutes = Int(number) {
                    let minute = minutes % 60
                    return "\(minutes / 60):\(minute < 10 ? "0" : "")\(minute)"
                }
                return Self.grouped(number) + (unit.map { " " + $0 } ?? "")
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
