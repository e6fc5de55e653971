/// `date-format-inconsistent`: dates written in different styles in one document (`April 15, 2025`,
/// `22 January 2024`, `the 14th of April`).
///
/// Days and months of a year are compared separately (see `DateStyle`); relative dates (`December of this year`)
/// and bare years leave no choice of style and are not counted. The style used most often is the document's (ties:
/// the first one used); each date in another style is reported, pointing to it, with the date rewritten in it
/// where that is possible. The styles come from the language's date grammar: English has several, Japanese
/// releases write `2025年12月20日` throughout (width is `variant-inconsistent`'s business), so only English
/// documents are checked.
///
/// A warning: a release that writes its dates two ways looks unedited, and the fix is mechanical.
package struct DateFormatInconsistentCheck: Check {
    package let id = "date-format-inconsistent"
    package let summary = "Dates written in different styles in one document."
    package let defaultSeverity = Finding.Severity.warning

    package init() {}

    package var examples: [CheckExample] {
        [
            CheckExample(
                source: "The two leaders met on April 15, 2025. The Memorandum was signed on 22 January 2024.",
                marking: "22 January 2024"),
            CheckExample(
                source: "The plant was contracted in April 2025. The Agreement was signed in April, 2025.",
                marking: "April, 2025"),
            CheckExample(
                source: "The two leaders met on April 15, 2025. The Memorandum was signed on January 22, 2024.",
                triggers: false),
            CheckExample(
                source: "The two leaders met on April 15, 2025. The Forum is scheduled in December of this year.",
                triggers: false),
        ]
    }

    private struct Use {
        let segment: Int
        let anchor: Anchor
        let style: DateStyle
    }

    package func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for side in DocumentSide.allCases {
            let document = context.document(side)
            let grammar = AnchorGrammars.dates(for: document.language)
            var uses: [Use] = []
            for segment in document.segments.indices {
                for anchor in context.anchors(side, segment: segment) where anchor.kind == .date {
                    if let style = grammar.style(of: Array(anchor.surface.utf16)) {
                        uses.append(Use(segment: segment, anchor: anchor, style: style))
                    }
                }
            }
            for namesDay in [true, false] {
                let group = uses.filter { $0.style.namesDay == namesDay }
                // Styles in order of first use, with their uses.
                var styles: [DateStyle] = []
                var byStyle: [DateStyle: [Use]] = [:]
                for use in group {
                    if byStyle[use.style] == nil { styles.append(use.style) }
                    byStyle[use.style, default: []].append(use)
                }
                guard styles.count > 1 else { continue }
                let ranked = styles.enumerated().max {
                    (byStyle[$0.element]?.count ?? 0, -$0.offset) < (byStyle[$1.element]?.count ?? 0, -$1.offset)
                }
                guard let majority = ranked?.element, let majorityUses = byStyle[majority],
                    let exemplar = majorityUses.first
                else { continue }
                for use in group where use.style != majority {
                    findings.append(
                        context.finding(
                            self, side, segment: use.segment, textRange: use.anchor.range,
                            message: "'\(use.anchor.surface)' is written '\(use.style.rawValue)'; this document writes "
                                + "\(namesDay ? "dates" : "months") '\(majority.rawValue)' (as in "
                                + "'\(exemplar.anchor.surface)') \(times(majorityUses.count))",
                            suggestion: grammar.rewrite(Array(use.anchor.surface.utf16), in: majority)))
                }
            }
        }
        // The source is the original: its typography is its author's, listed after the translation's findings.
        return findings.map { $0.source != nil && $0.target == nil ? $0.about(.original) : $0 }
    }
}
