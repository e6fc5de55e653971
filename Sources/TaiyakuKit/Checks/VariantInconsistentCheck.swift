/// `variant-inconsistent`: two spellings of one Japanese word in one document (groups from
/// `Glossaries/variants.ja.tsv`: 改訂/改定, 取組/取り組み, 及び/および), or one token in both widths (＋ and +, ３０
/// and 30, Ａ and A). Style guides allow either spelling or width, not a mix.
///
/// The form used most often is the document's; each other occurrence is reported, pointing to it. Ties go to
/// the group's preferred spelling; for widths, to the width the document uses most for that kind of token
/// (letters and digits, or symbols), then to the first one used. Item labels (`１．`) are left out of the width
/// comparison, and so are spellings inside glossary terms. Following the variant file's notes, a noun spelling
/// right before a verb ending (受け入れる), ともに after と, and 枠組 in 仙台防災枠組 are not counted.
package struct VariantInconsistentCheck: Check {
    package let id = "variant-inconsistent"
    package let summary = "Two spellings of one word, or one token in both full and half width, in one document."
    package let defaultSeverity = Finding.Severity.warning

    /// Examples against the shipped variant groups (`Glossaries/variants.ja.tsv`).
    package var examples: [CheckExample] {
        [
            CheckExample(source: "本年4月に改訂された覚書に基づき、改定版の覚書で一致した。", triggers: true),
            CheckExample(source: "「中央アジア+日本」対話と「中央アジア＋日本」対話。", triggers: true),
            CheckExample(source: "2025年12月20日に署名し、本年１２月に発効した。", triggers: true),
            CheckExample(source: "本年4月に改訂された覚書に基づき、改訂版の覚書で一致した。", triggers: false),
            CheckExample(source: "双方は、交渉を受け入れることで一致し、研修員の受入れを歓迎した。", triggers: false),
            CheckExample(source: "１．双方は、2025年の成果を歓迎した。\n２．日本は、3件の事業を支援する。", triggers: false),
        ]
    }

    package init() {}

    private struct Use {
        let segment: Int
        let range: Range<Int>
        let surface: String
    }

    package func findings(in context: CheckContext) -> [Finding] {
        guard let terminology = context.terminology else { return [] }
        var findings: [Finding] = []
        for side in DocumentSide.allCases {
            findings += spellingFindings(context, side, terminology)
            findings += widthFindings(context, side)
        }
        return findings
    }

    private func spellingFindings(_ context: CheckContext, _ side: DocumentSide, _ terminology: Terminology) -> [Finding] {
        let document = context.document(side)
        guard let rules = terminology.rules[document.language],
            let groupIDs = terminology.variantGroupIDs[document.language]
        else { return [] }
        // Uses by group, then by spelling in order of first use.
        var groups: [Int: [(form: String, preferred: Bool, uses: [Use])]] = [:]
        for (segment, matches) in context.terms(side).variantMatches.enumerated() {
            let units = document.segments[segment].units
            let terms = context.termMatches(side, segment: segment).map(\.range)
            for match in matches {
                let groupID = groupIDs[match.entryIndex]
                if terms.contains(where: { $0.overlaps(match.range) }) { continue }
                if let prefix = rules.nounOnlyVariantGroupPrefix, groupID.hasPrefix(prefix),
                    match.range.upperBound < units.count, rules.verbInflectionKana.contains(units[match.range.upperBound])
                {
                    continue
                }
                let excepted = rules.variantExceptions.contains { exception in
                    guard exception.groupID == groupID, exception.form == match.form else { return false }
                    let before = Array(exception.precededBy.utf16)
                    return match.range.lowerBound >= before.count
                        && units[(match.range.lowerBound - before.count)..<match.range.lowerBound].elementsEqual(before)
                }
                if excepted { continue }
                let use = Use(segment: segment, range: match.range, surface: match.surface)
                var spellings = groups[match.entryIndex] ?? []
                if let position = spellings.firstIndex(where: { $0.form == match.form }) {
                    spellings[position].uses.append(use)
                } else {
                    spellings.append((match.form, match.status == .preferred, [use]))
                }
                groups[match.entryIndex] = spellings
            }
        }
        var findings: [Finding] = []
        for group in groups.keys.sorted() {
            guard let spellings = groups[group], spellings.count > 1 else { continue }
            // Most uses, then the preferred spelling, then the first one used.
            let ranked = spellings.enumerated().max {
                ($0.element.uses.count, $0.element.preferred ? 1 : 0, -$0.offset)
                    < ($1.element.uses.count, $1.element.preferred ? 1 : 0, -$1.offset)
            }
            guard let majority = ranked?.element else { continue }
            for spelling in spellings where spelling.form != majority.form {
                for use in spelling.uses {
                    findings.append(
                        context.finding(
                            self, side, segment: use.segment, textRange: use.range,
                            message: "'\(use.surface)' and '\(majority.form)' are spellings of one word "
                                + "(\(groupIDs[group])); this document writes '\(majority.form)' \(times(majority.uses.count))",
                            suggestion: majority.form))
                }
            }
        }
        return findings
    }

    private func widthFindings(_ context: CheckContext, _ side: DocumentSide) -> [Finding] {
        let document = context.document(side)
        var uses: [String: [(token: WidthTokens.Token, segment: Int)]] = [:]
        var keys: [String] = []
        var widthsByKind: [WidthTokens.Kind: [WidthTokens.Width: Int]] = [:]
        for segment in document.segments {
            let labelLength = segment.label.map { segment.text.hasPrefix($0) ? $0.utf16.count : 0 } ?? 0
            for token in WidthTokens.tokens(in: segment.units, from: labelLength) {
                if uses[token.key] == nil { keys.append(token.key) }
                uses[token.key, default: []].append((token, segment.index))
                widthsByKind[token.kind, default: [:]][token.width, default: 0] += 1
            }
        }
        var findings: [Finding] = []
        for key in keys {
            guard let all = uses[key], let first = all.first else { continue }
            let half = all.filter { $0.token.width == .half }
            let full = all.filter { $0.token.width == .full }
            let mixed = all.filter { $0.token.width == .mixed }
            guard (!half.isEmpty && !full.isEmpty) || !mixed.isEmpty else { continue }
            var majorityWidth: WidthTokens.Width
            if half.count != full.count {
                majorityWidth = half.count > full.count ? .half : .full
            } else {
                let counts = widthsByKind[first.token.kind] ?? [:]
                let halfCount = counts[.half] ?? 0
                let fullCount = counts[.full] ?? 0
                majorityWidth = halfCount != fullCount ? (halfCount > fullCount ? .half : .full) : first.token.width
                if majorityWidth == .mixed { majorityWidth = .half }
            }
            let majority = majorityWidth == .half ? half : full
            let exemplar = majority.first.map {
                String(decoding: document.segments[$0.segment].units[$0.token.range], as: UTF16.self)
            }
            // One finding per segment: its minority uses of this token, first to last.
            var minorityBySegment: [Int: [Range<Int>]] = [:]
            for use in all where use.token.width != majorityWidth {
                minorityBySegment[use.segment, default: []].append(use.token.range)
            }
            for segment in minorityBySegment.keys.sorted() {
                guard let ranges = minorityBySegment[segment], let low = ranges.first, let high = ranges.last else {
                    continue
                }
                let range = low.lowerBound..<high.upperBound
                let written = String(decoding: document.segments[segment].units[range], as: UTF16.self)
                let widthName = majorityWidth == .half ? "half-width" : "full-width"
                let message: String
                if let exemplar {
                    message = "'\(written)' is not \(widthName) here, but this document writes '\(exemplar)' "
                        + "\(times(majority.count)); do not mix full and half width"
                } else {
                    message = "'\(written)' mixes full-width and half-width characters"
                }
                findings.append(
                    context.finding(self, side, segment: segment, textRange: range, message: message, suggestion: exemplar))
            }
        }
        return findings
    }
}
