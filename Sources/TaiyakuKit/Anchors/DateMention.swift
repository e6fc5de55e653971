/// A date as a language's grammar found it, before its year is resolved against the document date.
package struct DateMention: Sendable, Hashable {
    package enum Year: Sendable, Hashable {
        case absolute(Int)
        /// Counted from the document's year: 0 for `this year` / `本年`, -1 for `last year` / `昨年`.
        case relative(Int)
    }

    /// One end of a date: a year, a month of a year, or a day. A missing year is the document's; a range's end
    /// takes what it lacks from its start (`８月５日から８日`).
    package struct Point: Sendable, Hashable {
        package var year: Year?
        package var month: Int?
        package var day: Int?

        package init(year: Year? = nil, month: Int? = nil, day: Int? = nil) {
            self.year = year
            self.month = month
            self.day = day
        }

        package var isEmpty: Bool { year == nil && month == nil && day == nil }
    }

    /// UTF-16 offsets in the segment's text.
    package var range: Range<Int>
    package var start: Point
    /// The end of a range (`December 16-17, 2024`, `2018-2028`), else `nil`.
    package var end: Point?

    package init(range: Range<Int>, start: Point, end: Point? = nil) {
        self.range = range
        self.start = start
        self.end = end
    }
}
