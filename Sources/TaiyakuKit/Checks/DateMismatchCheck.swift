/// `date-mismatch`: a date of an aligned bead that the other side states differently (another day, month, year or
/// range) or leaves out.
///
/// Dates are compared by their ISO values, relative dates resolved against each side's document date
/// (`February 14 this year` and `本年2月14日` are both `2025-02-14` in a release of 2025). A less precise date
/// agrees with a more precise one it contains (`2025-12` with `2025-12-20`, `2025` with `2025-06-27`), and a date
/// agrees with a range it starts or ends. A bare year also agrees with the same number in a name on the other side
/// (`United Nations 2028 Water Conference`, `2028年国連水会議`).
///
/// Dates with no equal on the other side are paired as differences when they have the same precision and shape and
/// disagree (`June 27, 2025` / `2025年7月27日`, even where the other side also has a bare `2025年`); what is left and
/// agrees with nothing on the other side is paired with what the other side has left (same precision first, then
/// in order). A difference is always reported. A date left unpaired is reported as missing only when it names a
/// day or a month of a year: translators drop a bare `this year` or `in 2025` on purpose, but not `June 27, 2025`
/// or `September 2023`.
package struct DateMismatchCheck: Check {
    package let id = "date-mismatch"
    package let summary = "A date that the aligned sentence states differently or leaves out."
    package let defaultSeverity = Finding.Severity.error

    package init() {}

    package var examples: [CheckExample] {
        [
            CheckExample(
                source: "Both sides welcomed the successful holding of Tajikistan’s National Day on June 27, 2025.",
                target: "双方は、2025年7月27日のタジキスタンのナショナルデーの成功裏の開催を歓迎した。", marking: "June 27, 2025", "2025年7月27日"),
            CheckExample(
                source: "The Economic and Energy Dialogue was held in September 2023.",
                target: "経済エネルギー対話は2024年9月に開催された。", marking: "September 2023", "2024年9月"),
            CheckExample(
                source: "Japan supports the International Decade for Action, 2018-2028.",
                target: "日本は、「国際行動の10年（2018年から2030年）」を支援する。", marking: "2018-2028", "2018年から2030年"),
            CheckExample(
                source: "December 20, 2025\n\nThe workshop was held on February 14 this year.",
                target: "2025年12月20日\n\nワークショップは2024年2月14日に開催された。", marking: "February 14 this year", "2024年2月14日"),
            CheckExample(
                source: "The Regulation entered into force in all 28 Member States on 17.12.2013.",
                target: "同規則は2013年12月18日に28の全加盟国で発効した。", marking: "17.12.2013", "2013年12月18日"),
            CheckExample(
                source: "Both sides welcomed the signing of the Memorandum in August 2025.",
                target: "双方は、覚書の署名を歓迎した。", marking: "August 2025", "双方は、覚書の署名を歓迎した。"),
            CheckExample(
                source: "Both sides welcomed the successful holding of Tajikistan’s National Day on June 27, 2025.",
                target: "双方は、2025年6月27日のタジキスタンのナショナルデーの成功裏の開催を歓迎した。", triggers: false),
            CheckExample(
                source: "December 20, 2025\n\nThe workshop was held on February 14 this year.",
                target: "2025年12月20日\n\nワークショップは本年2月14日に開催された。", triggers: false),
            CheckExample(
                source: "The two Leaders met in Tokyo on December 20, 2025.", target: "両首脳は2025年12月に東京で会談した。",
                triggers: false),
            CheckExample(
                source: "Japan welcomed the successful holding of the Conference this year.",
                target: "日本は、会議の成功裏の開催を歓迎した。", triggers: false),
        ]
    }

    package func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        // A wrong pair (`not-a-translation`) has no sentences to compare.
        for bead in context.beads where bead.isAligned && context.isTranslation {
            let source = context.anchors(.source, segments: bead.source)
            let target = context.anchors(.target, segments: bead.target)
            let sourceDates = source.compactMap(DatedAnchor.init)
            let targetDates = target.compactMap(DatedAnchor.init)
            let paired = Self.compare(sourceDates, targetDates, sourceAnchors: source, targetAnchors: target)
            for (expected, found) in paired.pairs {
                // Two dates of one shape that disagree are sure; a date against one of another precision (a day
                // against a month) may be two different dates of the sentence.
                let sure = found.value.hasTheShape(of: expected.value)
                let finding = context.finding(
                    self, source: (expected.place.segment, expected.place.anchor.range),
                    target: (found.place.segment, found.place.anchor.range),
                    message: "The source says \(expected.place.anchor.value) ('\(expected.place.anchor.surface)'), "
                        + "the translation \(found.place.anchor.value) ('\(found.place.anchor.surface)')"
                        + (sure ? "" : "; the two are written with different precision, so check which date is meant"),
                    suggestion: expected.place.anchor.value)
                findings.append(sure ? finding : finding.with(severity: .warning))
            }
            for (side, alone) in [(DocumentSide.source, paired.source), (.target, paired.target)] {
                let otherSegment = bead.segments(side.other).lowerBound
                for date in alone where date.value.start.namesDayOrMonthOfYear {
                    let here = (date.place.segment, Optional(date.place.anchor.range))
                    let there = (otherSegment, Range<Int>?.none)
                    let what = "\(date.place.anchor.value) ('\(date.place.anchor.surface)')"
                    findings.append(
                        context.finding(
                            self, source: side == .source ? here : there, target: side == .target ? here : there,
                            message: (side == .source
                                ? "The date \(what) in the source has no counterpart in the aligned translation"
                                : "The date \(what) in the translation has no counterpart in the aligned source sentence")
                                + " (a translation may name an event instead of its date, or the date may be "
                                + "written in a way not read)",
                            suggestion: side == .source ? date.place.anchor.value : nil
                        ).with(severity: .warning))
                }
            }
        }
        return findings
    }

    /// Compares the dates of the two sides of a bead.
    ///
    /// 1. A date with an equal date on the other side (or, for a bare year, a number in a name) is settled.
    /// 2. Of the rest, dates of the same precision and shape that disagree are paired, in order, as differences:
    ///    `June 27, 2025` and `2025年7月27日` differ even if the other side also says `2025年` elsewhere.
    /// 3. What is left agrees with a less or more precise date of the other side (`2025-12` with `2025-12-20`), or
    ///    is paired with a leftover of the other side of any shape, or stays alone.
    /// - Returns: the differences (source first) and the dates alone on each side.
    /// - Complexity: O(s · t).
    static func compare(
        _ source: [DatedAnchor], _ target: [DatedAnchor], sourceAnchors: [PlacedAnchor], targetAnchors: [PlacedAnchor]
    ) -> (pairs: [(DatedAnchor, DatedAnchor)], source: [DatedAnchor], target: [DatedAnchor]) {
        let restOfSource = source.filter { !$0.equals(anyOf: target, orNameNumberIn: targetAnchors) }
        let restOfTarget = target.filter { !$0.equals(anyOf: source, orNameNumberIn: sourceAnchors) }
        var open = Array(restOfTarget.indices)
        var pairs: [(DatedAnchor, DatedAnchor)] = []
        var leftOver: [DatedAnchor] = []
        for date in restOfSource {
            let differing = open.first {
                restOfTarget[$0].value.hasTheShape(of: date.value) && !restOfTarget[$0].value.agrees(with: date.value)
            }
            if let differing {
                pairs.append((date, restOfTarget[differing]))
                open.removeAll { $0 == differing }
            } else {
                leftOver.append(date)
            }
        }
        let lonelySource = leftOver.filter { date in !target.contains { $0.value.agrees(with: date.value) } }
        let lonelyTarget = open.map { restOfTarget[$0] }.filter { date in
            !source.contains { $0.value.agrees(with: date.value) }
        }
        var remaining = Array(lonelyTarget.indices)
        var alone: [DatedAnchor] = []
        for date in lonelySource {
            let chosen = remaining.first { lonelyTarget[$0].value.hasTheShape(of: date.value) } ?? remaining.first
            if let chosen {
                pairs.append((date, lonelyTarget[chosen]))
                remaining.removeAll { $0 == chosen }
            } else {
                alone.append(date)
            }
        }
        return (pairs, alone, remaining.map { lonelyTarget[$0] })
    }

    /// A date anchor with its value read.
    struct DatedAnchor {
        let place: PlacedAnchor
        let value: DateValue

        init?(_ place: PlacedAnchor) {
            guard place.anchor.kind == .date, let value = DateValue(place.anchor.value) else { return nil }
            self.place = place
            self.value = value
        }

        /// Whether a date of `others` has this one's value, or, for a bare year, a number in a name of `anchors`
        /// (the other side's anchors) is that year.
        func equals(anyOf others: [DatedAnchor], orNameNumberIn anchors: [PlacedAnchor]) -> Bool {
            if others.contains(where: { $0.value == value }) { return true }
            guard value.end == nil, value.start.month == nil, let year = value.start.year else { return false }
            return anchors.contains { $0.anchor.kind == .nameNumber && $0.anchor.value == String(year) }
        }
    }

    /// An anchor's date value: a point (`2025`, `2025-12`, `2025-12-20`, `--12-20`) or a range `START/END`.
    struct DateValue: Equatable {
        struct Point: Equatable {
            var year: Int?
            var month: Int?
            var day: Int?

            /// `2025`, `2025-12`, `2025-12-20`, `--12`, `--12-20`.
            init?(_ text: Substring) {
                let yearless = text.hasPrefix("--")
                let parts = (yearless ? text.dropFirst(2) : text).split(separator: "-").map { Int($0) }
                guard !parts.isEmpty, parts.count <= (yearless ? 2 : 3), !parts.contains(nil) else { return nil }
                let numbers = parts.compactMap { $0 }
                if yearless {
                    month = numbers[0]
                    day = numbers.count > 1 ? numbers[1] : nil
                } else {
                    year = numbers[0]
                    month = numbers.count > 1 ? numbers[1] : nil
                    day = numbers.count > 2 ? numbers[2] : nil
                }
            }

            /// No part stated on both sides differs: `2025-12` agrees with `2025-12-20`, `--12-20` with `2025-12-20`.
            func agrees(with other: Point) -> Bool {
                Self.agree(year, other.year) && Self.agree(month, other.month) && Self.agree(day, other.day)
            }

            /// A day, or a month with its year: what a translation must not drop.
            var namesDayOrMonthOfYear: Bool { day != nil || (month != nil && year != nil) }

            var precision: Int { day != nil ? 3 : month != nil ? 2 : 1 }

            private static func agree(_ a: Int?, _ b: Int?) -> Bool {
                guard let a, let b else { return true }
                return a == b
            }
        }

        let start: Point
        let end: Point?

        init?(_ text: String) {
            let ends = text.split(separator: "/", omittingEmptySubsequences: false)
            guard (1...2).contains(ends.count), let start = Point(ends[0]) else { return nil }
            self.start = start
            if ends.count == 2 {
                guard let end = Point(ends[1]) else { return nil }
                self.end = end
            } else {
                self.end = nil
            }
        }

        /// Two ranges agree end by end; a point agrees with a range it starts or ends.
        func agrees(with other: DateValue) -> Bool {
            switch (end, other.end) {
            case (nil, nil): return start.agrees(with: other.start)
            case (let end?, let otherEnd?): return start.agrees(with: other.start) && end.agrees(with: otherEnd)
            case (let end?, nil): return other.start.agrees(with: start) || other.start.agrees(with: end)
            case (nil, let otherEnd?): return start.agrees(with: other.start) || start.agrees(with: otherEnd)
            }
        }

        /// The same precision, and both ranges or both points.
        func hasTheShape(of other: DateValue) -> Bool {
            start.precision == other.start.precision && (end == nil) == (other.end == nil)
        }
    }
}
