/// `dash-inconsistent`: a hyphen and an en dash used for the same kind of join in one document: the same compound
/// written both ways (`Japan-Tajikistan` and `Japan–Tajikistan`), or number ranges joined both ways (`2018-2028`
/// and `2015–2030`).
///
/// Only joins with no space around them count (a spaced dash is punctuation, not a join), and the hyphens `-`,
/// `‐` and `‑` are one style. Compounds are grouped by their two words, compared without case: house styles differ
/// on whether a compound of two names takes an en dash, but not within one compound. Number ranges are one group
/// (digits on both sides). In each group the style used most often is the document's (ties: the first one used);
/// each use of the other style is reported, with the join rewritten.
///
/// A note: the reader sees the same thing either way; it is a typographic inconsistency.
package struct DashInconsistentCheck: Check {
    package let id = "dash-inconsistent"
    package let summary = "A hyphen and an en dash used for the same kind of join in one document."
    package let defaultSeverity = Finding.Severity.note

    package init() {}

    package var examples: [CheckExample] {
        [
            CheckExample(
                source: "The Japan-Tajikistan Consultations were launched. The Japan–Tajikistan Network was affirmed.",
                marking: "Japan–Tajikistan"),
            CheckExample(
                source: "The Decade for Action, 2018-2028, supports the Sendai Framework 2015–2030.", marking: "2015–2030"),
            CheckExample(
                source:
                    "The Japan-Tajikistan Consultations were launched. The Japan-EBRD Cooperation Fund was affirmed.",
                triggers: false),
            CheckExample(
                source: "The Japan–Tajikistan Network supports people-to-people exchanges in 2018-2028 and 2021-2025.",
                triggers: false),
        ]
    }

    enum Joiner {
        case hyphen
        case enDash

        var name: String { self == .hyphen ? "a hyphen" : "an en dash" }
        var character: String { self == .hyphen ? "-" : "–" }
    }

    /// One join: where it is, what it joins, and with what.
    struct Join {
        let segment: Int
        /// The two joined words with the joiner.
        let range: Range<Int>
        let joiner: Joiner
        let left: [UInt16]
        let right: [UInt16]

        var isNumberRange: Bool { left.allSatisfy(CharacterClass.isDigit) && right.allSatisfy(CharacterClass.isDigit) }

        /// The group whose joins must agree: all number ranges, or one compound.
        var group: String {
            if isNumberRange { return "#range" }
            return String(units: (left + [0x2D] + right).map(CharacterClass.foldedLatin))
        }

        func written(with joiner: Joiner) -> String {
            String(units: left) + joiner.character + String(units: right)
        }
    }

    package func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for side in DocumentSide.allCases {
            var groups: [String] = []
            var joinsByGroup: [String: [Join]] = [:]
            for segment in context.document(side).segments {
                for join in Self.joins(in: segment.units, segment: segment.index) {
                    if joinsByGroup[join.group] == nil { groups.append(join.group) }
                    joinsByGroup[join.group, default: []].append(join)
                }
            }
            for group in groups {
                guard let joins = joinsByGroup[group], let first = joins.first else { continue }
                let hyphens = joins.filter { $0.joiner == .hyphen }
                let dashes = joins.filter { $0.joiner == .enDash }
                guard !hyphens.isEmpty, !dashes.isEmpty else { continue }
                let majority: Joiner =
                    hyphens.count == dashes.count ? first.joiner : (hyphens.count > dashes.count ? .hyphen : .enDash)
                let majorityJoins = majority == .hyphen ? hyphens : dashes
                guard let exemplar = majorityJoins.first else { continue }
                let what = first.isNumberRange ? "number ranges" : "'\(exemplar.written(with: majority))'"
                for join in joins where join.joiner != majority {
                    findings.append(
                        context.finding(
                            self, side, segment: join.segment, textRange: join.range,
                            message:
                                "'\(join.written(with: join.joiner))' is joined with \(join.joiner.name), but this "
                                + "document joins \(what) with \(majority.name) \(times(majorityJoins.count))"
                                + (first.isNumberRange ? " ('\(exemplar.written(with: majority))')" : ""),
                            suggestion: join.written(with: majority)))
                }
            }
        }
        // The source is the original: its typography is its author's, listed after the translation's findings.
        return findings.map { $0.source != nil && $0.target == nil ? $0.about(.original) : $0 }
    }

    /// The joins of a segment's text: a hyphen or en dash with a letter or digit right before and after it.
    /// - Complexity: O(n) in the length of the text.
    static func joins(in units: [UInt16], segment: Int) -> [Join] {
        func isWordUnit(_ unit: UInt16) -> Bool { CharacterClass.isLatinLetter(unit) || CharacterClass.isDigit(unit) }
        var joins: [Join] = []
        for index in units.indices.dropFirst().dropLast() {
            let joiner: Joiner
            switch units[index] {
            case 0x2D, 0x2010, 0x2011: joiner = .hyphen
            case 0x2013: joiner = .enDash
            default: continue
            }
            guard isWordUnit(units[index - 1]), isWordUnit(units[index + 1]) else { continue }
            var start = index - 1
            while start > 0, isWordUnit(units[start - 1]) { start -= 1 }
            var end = index + 2
            while end < units.count, isWordUnit(units[end]) { end += 1 }
            joins.append(
                Join(
                    segment: segment, range: start..<end, joiner: joiner, left: Array(units[start..<index]),
                    right: Array(units[(index + 1)..<end])))
        }
        return joins
    }
}
