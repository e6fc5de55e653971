/// `variant-inconsistent`: two spellings of one Japanese word in one document (groups from
/// `Glossaries/variants.ja.tsv`: 改訂/改定, 取組/取り組み, 及び/および), or one token in both widths (＋ and +, ３０
/// and 30, Ａ and A). Style guides allow either spelling or width, not a mix.
///
/// The form used most often is the document's; each other occurrence is reported, pointing to it. Ties go to
/// the group's preferred spelling; for widths, to the width the document uses most for that kind of token
/// (letters and digits, or symbols), then to the first one used. Item labels (`１．`) are left out of the width
/// comparison, and so are spellings inside glossary terms. A spelling counts only where it begins and ends between
/// words (the analysis's morphemes, see `MorphemeBoundaries`): `かつ` in `かつて`, `致す` in `一致する`, `ともに` in
/// `まともに` are other words. Following the variant file's notes, a noun spelling right before a verb ending
/// (受け入れる), ともに and 共に after と, and 枠組 in 仙台防災枠組 are not counted (also where no morphemes were found).
package struct VariantInconsistentCheck: Check {
    package let id = "variant-inconsistent"
    package let summary = "Two spellings of one word, or one token in both full and half width, in one document."
    package let defaultSeverity = Finding.Severity.warning

    /// Examples against the shipped variant groups (`Glossaries/variants.ja.tsv`).
    package var examples: [CheckExample] {
        [
            CheckExample(source: "本年4月に改訂された覚書に基づき、改定版の覚書で一致した。", marking: "改定"),
            CheckExample(source: "「中央アジア+日本」対話と「中央アジア＋日本」対話。", marking: "+"),
            CheckExample(source: "2025年12月20日に署名し、本年１２月に発効した。", marking: "１２"),
            CheckExample(source: "本年4月に改訂された覚書に基づき、改訂版の覚書で一致した。", triggers: false),
            CheckExample(source: "双方は、交渉を受け入れることで一致し、研修員の受入れを歓迎した。", triggers: false),
            // かつて (formerly) is another word than the conjunction かつ.
            CheckExample(source: "双方は、かつて締結された協定を確認し、持続可能で、且つ強靱な経済を目指す。", triggers: false),
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
        return findings.map { $0.source != nil && $0.target == nil ? $0.about(.original) : $0 }
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
            // One finding per minority spelling, at its first use, saying how often it occurs.
            for spelling in spellings where spelling.form != majority.form {
                guard let use = spelling.uses.first else { continue }
                let elsewhere = spelling.uses.count > 1 ? " (and \(spelling.uses.count - 1) more times)" : ""
                findings.append(
                    context.finding(
                        self, side, segment: use.segment, textRange: use.range,
                        message: "'\(use.surface)'\(elsewhere) and '\(majority.form)' are spellings of one word; this "
                            + "document writes '\(majority.form)' \(times(majority.uses.count)); a house style "
                            + "picks one",
                        suggestion: majority.form
                    ).with(severity: .note))
            }
        }
        return findings
    }

    /// Width findings: for each token written in both widths, or in the width a document with a clear
    /// convention rarely uses, one finding saying how often; a warning where the document's convention is clear (at
    /// least five of its digits and Latin words in one width, and at most one in ten, or a single one, in the
    /// other; all strays of a document are one finding) or where one token mixes widths of digits or of letters
    /// (`20２0`, `Ｓtylo`); a note where the document has no convention to break (it writes both widths often) and
    /// for symbols (`（`/`(`), which are typography.
    private func widthFindings(_ context: CheckContext, _ side: DocumentSide) -> [Finding] {
        let document = context.document(side)
        var uses: [String: [(token: WidthTokens.Token, segment: Int)]] = [:]
        var keys: [String] = []
        var widthsByClass: [TokenClass: [WidthTokens.Width: Int]] = [:]
        for segment in document.segments {
            let labelLength = segment.label.map { segment.text.hasPrefix($0) ? $0.utf16.count : 0 } ?? 0
            for token in WidthTokens.tokens(in: segment.units, from: labelLength) {
                if uses[token.key] == nil { keys.append(token.key) }
                uses[token.key, default: []].append((token, segment.index))
                widthsByClass[TokenClass(token), default: [:]][token.width, default: 0] += 1
            }
        }
        func clear(_ counts: [WidthTokens.Width: Int]) -> WidthTokens.Width? {
            let half = counts[.half] ?? 0
            let full = counts[.full] ?? 0
            // At least five in one width, and at most one in ten (or a single one) in the other.
            if half >= 5, full <= 1 || full * 10 <= half + full { return .half }
            if full >= 5, half <= 1 || half * 10 <= half + full { return .full }
            return nil
        }
        var alphanumeric: [WidthTokens.Width: Int] = [:]
        for tokenClass in [TokenClass.digits, .letters] {
            for (width, count) in widthsByClass[tokenClass] ?? [:] { alphanumeric[width, default: 0] += count }
        }
        let overall = clear(alphanumeric)
        // The document's convention for a kind of token: its own when clear, else the one for digits and letters
        // together, unless the kind mostly goes the other way (digits full-width, Latin words half-width).
        func convention(_ tokenClass: TokenClass) -> WidthTokens.Width? {
            guard tokenClass != .symbol else { return nil }
            let counts = widthsByClass[tokenClass] ?? [:]
            if let own = clear(counts) { return own }
            guard let overall else { return nil }
            let half = counts[.half] ?? 0
            let full = counts[.full] ?? 0
            let contrary = overall == .half ? full > half : half > full
            return contrary ? nil : overall
        }
        func text(_ use: (token: WidthTokens.Token, segment: Int)) -> String {
            String(units: document.segments[use.segment].units[use.token.range])
        }
        var findings: [Finding] = []
        var strays: [(token: WidthTokens.Token, segment: Int)] = []
        for key in keys {
            guard let all = uses[key], let first = all.first else { continue }
            let tokenClass = TokenClass(first.token)
            let expected = convention(tokenClass)
            let half = all.filter { $0.token.width == .half }
            let full = all.filter { $0.token.width == .full }
            let mixed = all.filter { $0.token.width == .mixed }
            var majorityWidth: WidthTokens.Width
            if !half.isEmpty && !full.isEmpty {
                if half.count != full.count {
                    majorityWidth = half.count > full.count ? .half : .full
                } else if let expected {
                    majorityWidth = expected
                } else {
                    // A tie: the width the document uses most for this kind of token, then the first used.
                    let counts = widthsByClass[tokenClass] ?? [:]
                    let halfCount = counts[.half] ?? 0
                    let fullCount = counts[.full] ?? 0
                    majorityWidth = halfCount != fullCount ? (halfCount > fullCount ? .half : .full) : first.token.width
                }
            } else if let expected {
                // A one-digit number in full width where longer numbers are half-width follows a common house style
                // (記者ハンドブック: `１日`, `３月`, but `10%`), unless the document also writes that digit in half
                // width (then `2回` and `２回` are a real mix).
                if expected == .half, full.count == all.count, Self.isSingleDigit(key) { continue }
                majorityWidth = expected
            } else if !mixed.isEmpty {
                majorityWidth = full.isEmpty ? .half : .full
            } else {
                continue
            }
            if majorityWidth == .mixed { majorityWidth = .half }
            let majority = majorityWidth == .half ? half : full
            let widthName = majorityWidth == .half ? "half-width" : "full-width"
            let minority = all.filter { $0.token.width != majorityWidth && $0.token.width != .mixed }
            if expected != nil, expected == majorityWidth {
                // Against a clear convention: one finding for the whole document, below.
                strays += minority
            } else if let use = minority.first {
                // The first segment's minority uses, first to last (`(仮訳)`).
                let inSegment = minority.filter { $0.segment == use.segment }
                let range = use.token.range.lowerBound..<(inSegment.last?.token.range.upperBound ?? use.token.range.upperBound)
                let written = String(units: document.segments[use.segment].units[range])
                let others = minority.count - inSegment.count
                let more = others > 0 ? " (and \(others) more times)" : ""
                let exemplar = majority.first.map(text)
                let message = "'\(written)'\(more) is not \(widthName) here, but this document writes '"
                    + "\(exemplar ?? key)' \(times(majority.count)); do not mix full and half width"
                    + (tokenClass == .symbol ? "" : " (this document writes both widths often)")
                findings.append(
                    context.finding(
                        self, side, segment: use.segment, textRange: range, message: message, suggestion: exemplar
                    ).with(severity: .note))
            }
            // Tokens that mix widths: each surface once.
            var reported: Set<String> = []
            for use in mixed {
                let written = text(use)
                guard reported.insert(written).inserted else { continue }
                let units = Array(document.segments[use.segment].units[use.token.range])
                let sure = Self.mixesWidthsWithinKind(units)
                let finding = context.finding(
                    self, side, segment: use.segment, textRange: use.token.range,
                    message: "'\(written)' mixes full-width and half-width characters"
                        + (sure ? "" : " (digits in one width, letters or punctuation in the other)"),
                    suggestion: nil)
                findings.append(sure ? finding : finding.with(severity: .note))
            }
        }
        strays.sort { ($0.segment, $0.token.range.lowerBound) < ($1.segment, $1.token.range.lowerBound) }
        if let use = strays.first {
            let width = use.token.width == .full ? "full-width" : "half-width"
            let convention = use.token.width == .full ? "half width" : "full width"
            let count = alphanumeric[use.token.width == .full ? .half : .full] ?? 0
            var others: [String] = []
            for stray in strays.dropFirst() {
                let written = text(stray)
                if !others.contains(written) { others.append(written) }
            }
            let also = others.isEmpty
                ? ""
                : "; also " + others.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
                    + (others.count > 5 ? " and \(others.count - 5) more" : "") + " (\(strays.count) in all)"
            findings.append(
                context.finding(
                    self, side, segment: use.segment, textRange: use.token.range,
                    message: "'\(text(use))' is \(width), but this document writes its numbers and Latin letters in "
                        + "\(convention) (\(times(count)))\(also); do not mix full and half width",
                    suggestion: nil))
        }
        return findings
    }

    /// Whether a width token's key is one digit (`3` for `３`).
    static func isSingleDigit(_ key: String) -> Bool {
        key.utf16.count == 1 && key.utf16.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Whether the digits, or the letters, of a token are written in both widths (`20２0`, `Ｓtylo`), rather than
    /// digits in one width and letters or connectors in the other (`４K`, `３.５`).
    static func mixesWidthsWithinKind(_ units: [UInt16]) -> Bool {
        var digitWidths: Set<Bool> = []
        var letterWidths: Set<Bool> = []
        for unit in units {
            let half = WidthTokens.halfWidth(unit)
            let isFull = unit >= 0xFF00
            if (0x30...0x39).contains(half) {
                digitWidths.insert(isFull)
            } else if (0x41...0x5A).contains(half) || (0x61...0x7A).contains(half) {
                letterWidths.insert(isFull)
            }
        }
        return digitWidths.count > 1 || letterWidths.count > 1
    }

    /// What a width convention is about: numbers, Latin words, or symbols.
    private enum TokenClass: Hashable {
        case digits
        case letters
        case symbol

        init(_ token: WidthTokens.Token) {
            switch token.kind {
            case .symbol: self = .symbol
            case .alphanumeric:
                self = token.key.utf16.contains { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) } ? .letters : .digits
            }
        }

        var plural: String {
            switch self {
            case .digits: return "numbers"
            case .letters: return "Latin letters"
            case .symbol: return "symbols"
            }
        }
    }
}
