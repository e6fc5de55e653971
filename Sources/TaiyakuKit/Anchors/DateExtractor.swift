/// Finds the dates of a segment and normalises them to ISO values that compare equal across languages:
/// a day `2025-04-15`, a month `2025-12`, a year `2025`, a range `2025-08-05/2025-08-08`.
///
/// Dates without a year (`the 14th of April`, `12月10日`) and relative dates (`December of last year`, `本年１２月`)
/// take their year from the document date; without one, a date without a year keeps the ISO form without a year
/// (`--04-14`, `--12`) and a relative date is dropped.
package struct DateExtractor: Sendable {
    package let grammar: any DateGrammar
    package let documentDate: CalendarDate?

    package init(grammar: any DateGrammar, documentDate: CalendarDate?) {
        self.grammar = grammar
        self.documentDate = documentDate
    }

    /// The date anchors of `text`.
    /// - Complexity: O(n) in the length of the text.
    package func anchors(in text: TokenizedText) -> [Anchor] {
        grammar.dateMentions(in: text).compactMap { anchor(for: $0, in: text) }
    }

    /// The anchor of one mention, or `nil` when it names no real date (`February 30`) or is relative with no
    /// document date to resolve it.
    package func anchor(for mention: DateMention, in text: TokenizedText) -> Anchor? {
        guard let start = resolve(mention.start) else { return nil }
        var value = start.iso
        var weight = start.weight
        if let endPoint = mention.end {
            var completed = endPoint
            if completed.year == nil { completed.year = mention.start.year }
            if completed.month == nil, completed.day != nil { completed.month = mention.start.month }
            if let end = resolve(completed), end.precision == start.precision, end.sortKey > start.sortKey {
                value += "/" + end.iso
                // A range is more specific than either end alone.
                weight = min(1, weight + 0.2)
            }
        }
        return Anchor(
            kind: .date, value: value, surface: text.text(in: mention.range), range: mention.range, weight: weight)
    }

    /// A point with its year settled, ready to print.
    struct ResolvedPoint {
        enum Precision { case year, month, day }
        let year: Int?
        let month: Int?
        let day: Int?
        let precision: Precision
        let weight: Double

        var iso: String {
            guard let year else {
                // ISO 8601's forms without a year: --MM and --MM-DD.
                let month = month.map { ($0 < 10 ? "0" : "") + String($0) } ?? "--"
                let day = day.map { "-" + ($0 < 10 ? "0" : "") + String($0) } ?? ""
                return "--" + month + day
            }
            return CalendarDate.iso(year: year, month: month, day: month == nil ? nil : day)
        }

        var sortKey: Int { (year ?? 0) * 10_000 + (month ?? 0) * 100 + (day ?? 0) }
    }

    func resolve(_ point: DateMention.Point) -> ResolvedPoint? {
        var year: Int?
        var yearIsWritten = false
        switch point.year {
        case .absolute(let written)?:
            year = written
            yearIsWritten = true
        case .relative(let offset)?:
            guard let documentDate else { return nil }
            year = documentDate.year + offset
        case nil:
            year = point.month == nil ? nil : documentDate?.year
        }
        if let month = point.month {
            guard (1...12).contains(month) else { return nil }
        }
        if let day = point.day {
            guard let month = point.month else { return nil }
            guard day >= 1, day <= CalendarDate.daysIn(month: month, year: year ?? 2000) else { return nil }
        }
        if year == nil, point.month == nil { return nil }
        if let year, !(1...9999).contains(year) { return nil }
        let precision: ResolvedPoint.Precision = point.day != nil ? .day : point.month != nil ? .month : .year
        let weight: Double
        switch (precision, yearIsWritten, year != nil) {
        case (.day, true, _): weight = 1.0
        case (.day, false, true): weight = 0.9
        case (.day, false, false): weight = 0.6
        case (.month, true, _): weight = 0.8
        case (.month, false, true): weight = 0.7
        case (.month, false, false): weight = 0.5
        case (.year, true, _): weight = 0.5
        case (.year, false, _): weight = 0.4
        }
        return ResolvedPoint(year: year, month: point.month, day: point.day, precision: precision, weight: weight)
    }
}
