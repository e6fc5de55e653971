/// The date of a release, against which relative dates (`this year`, `本年`) and dates without a year are read.
public enum DocumentDate {
    /// How many segments at the start of a document may hold its date when no leading heading does.
    static let leadingSegments = 3

    /// The first full date (day, month and year) in the document's leading headings (the title block, the date
    /// line), else in the three segments after them, else `nil`.
    /// - Complexity: O(n) in the length of the segments looked at.
    public static func find(in document: SegmentedDocument) -> CalendarDate? {
        let extractor = DateExtractor(grammar: AnchorGrammars.dates(for: document.language), documentDate: nil)
        let headings = document.segments.prefix { $0.kind == .heading }
        let candidates = headings + document.segments.dropFirst(headings.count).prefix(leadingSegments)
        for segment in candidates {
            let text = TokenizedText(units: segment.units)
            for mention in extractor.grammar.dateMentions(in: text) {
                guard case .absolute(let year)? = mention.start.year, let month = mention.start.month,
                    let day = mention.start.day, let date = CalendarDate(year: year, month: month, day: day)
                else { continue }
                return date
            }
        }
        return nil
    }
}
