/// `quote-style-inconsistent`: straight and curly quotation marks mixed in one document (`"Central Asia plus
/// Japan"` and `“Central Asia plus Japan”`, `Japan's` and `Japan’s`).
///
/// Double marks (`"` against `“ ”`) and single marks and apostrophes (`'` against `‘ ’`) are counted separately.
/// The style with more marks is the document's (ties: the style used first). One finding per document and kind of
/// mark points to the first mark of the other style (for double marks, the quotation it opens), counts both
/// styles and suggests that text restyled: the fix is one search and replace, so a finding per mark would only
/// repeat it. Japanese corner brackets (`「」`) are another convention, not a style of
/// these marks: whether a translation uses `「」` or `“”` for the same purpose is out of this rule's scope, but
/// straight and curly marks mixed in a Japanese document are reported like in English.
///
/// A note: mixed quotes are a typographic blemish (text pasted from several sources), not a change of meaning.
package struct QuoteStyleInconsistentCheck: Check {
    package let id = "quote-style-inconsistent"
    package let summary = "Straight and curly quotation marks mixed in one document."
    package let defaultSeverity = Finding.Severity.note

    package init() {}

    package var examples: [CheckExample] {
        [
            CheckExample(
                source:
                    "Both sides welcomed the \"Central Asia plus Japan\" Dialogue. They held the “Central Asia plus Japan” Summit.",
                marking: "“Central Asia plus Japan”"),
            CheckExample(source: "Japan welcomed Tajikistan’s initiatives and Japan's assistance.", marking: "'"),
            CheckExample(
                source: "Both sides welcomed the “Central Asia plus Japan” Dialogue and Tajikistan’s initiatives.",
                triggers: false),
            CheckExample(
                source: "Both sides welcomed the \"Central Asia plus Japan\" Dialogue and Japan's assistance.",
                triggers: false),
        ]
    }

    enum Mark: CaseIterable {
        case double
        case single

        var name: String { self == .double ? "quotation marks" : "single quotation marks or apostrophes" }
    }

    enum Style {
        case straight
        case curly
    }

    /// The mark and style of a UTF-16 unit, or `nil` for anything else.
    static func classify(_ unit: UInt16) -> (Mark, Style)? {
        switch unit {
        case 0x22, 0xFF02: return (.double, .straight)
        case 0x201C, 0x201D: return (.double, .curly)
        case 0x27, 0xFF07: return (.single, .straight)
        case 0x2018, 0x2019: return (.single, .curly)
        default: return nil
        }
    }

    package func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for side in DocumentSide.allCases {
            let segments = context.document(side).segments
            // For each kind of mark, its uses in document order.
            var uses: [Mark: [(style: Style, segment: Int, offset: Int)]] = [:]
            for segment in segments {
                for (offset, unit) in segment.units.enumerated() {
                    guard let (mark, style) = Self.classify(unit) else { continue }
                    uses[mark, default: []].append((style, segment.index, offset))
                }
            }
            for mark in Mark.allCases {
                guard let all = uses[mark], let first = all.first else { continue }
                let straight = all.filter { $0.style == .straight }.count
                let curly = all.count - straight
                guard straight > 0, curly > 0 else { continue }
                let majority: Style = straight == curly ? first.style : (straight > curly ? .straight : .curly)
                let minority: Style = majority == .straight ? .curly : .straight
                let minorityUses = all.filter { $0.style == minority }
                guard let shown = minorityUses.first else { continue }
                // The first minority mark, through the mark closing its quotation when that is in the same segment.
                var end = shown.offset + 1
                if mark == .double, minorityUses.count > 1, minorityUses[1].segment == shown.segment {
                    end = minorityUses[1].offset + 1
                }
                let minorityCount = minority == .straight ? straight : curly
                let majorityCount = all.count - minorityCount
                findings.append(
                    context.finding(
                        self, side, segment: shown.segment, textRange: shown.offset..<end,
                        message: "\(Self.name(minority).capitalized) \(mark.name) (\(Self.form(mark, minority))) here: "
                            + "\(minorityCount) of this document's \(all.count) \(mark.name) are \(Self.name(minority)), "
                            + "\(majorityCount) \(Self.name(majority)) (\(Self.form(mark, majority))); use one style",
                        suggestion: Self.restyled(
                            segments[shown.segment].units, shown.offset..<end, mark: mark, to: majority)))
            }
        }
        // The source is the original: its typography is its author's, listed after the translation's findings.
        return findings.map { $0.source != nil && $0.target == nil ? $0.about(.original) : $0 }
    }

    /// The text of `range` with its marks of kind `mark` written in `style`. A curly mark opens unless a letter,
    /// digit or closing punctuation stands before it (the usual rule: `Japan’s`, `“the Project”`).
    static func restyled(_ units: [UInt16], _ range: Range<Int>, mark: Mark, to style: Style) -> String {
        var result: [UInt16] = []
        for offset in range {
            let unit = units[offset]
            guard let (kind, written) = classify(unit), kind == mark, written != style else {
                result.append(unit)
                continue
            }
            if style == .straight {
                result.append(mark == .double ? 0x22 : 0x27)
            } else {
                let before = offset > 0 ? units[offset - 1] : 0x20
                let closes =
                    CharacterClass.isLatinLetter(before) || CharacterClass.isDigit(before)
                    || CharacterClass.isCloser(before)
                    || before == 0x2E || before == 0x2C
                result.append(mark == .double ? (closes ? 0x201D : 0x201C) : (closes ? 0x2019 : 0x2018))
            }
        }
        return String(units: result)
    }

    static func name(_ style: Style) -> String { style == .straight ? "straight" : "curly" }

    /// How a mark looks in a style, for messages: `"`, `“ ”`, `'`, `‘ ’`.
    static func form(_ mark: Mark, _ style: Style) -> String {
        switch (mark, style) {
        case (.double, .straight): return "\""
        case (.double, .curly): return "“ ”"
        case (.single, .straight): return "'"
        case (.single, .curly): return "‘ ’"
        }
    }
}
