/// How a date is written, so that the dates of one document can be compared for style: `April 15, 2025` and
/// `15 April 2025` name a day alike in different styles. Days and months of a year are written in styles of their
/// own; a day is never compared with a month. ISO dates (`2024-01-23`) are a notation for data (a file's date
/// line, a table), not a style of prose, and have no style here.
package enum DateStyle: String, Sendable, CaseIterable {
    /// `April 15, 2025`, `April 15`
    case monthDay = "month day, year"
    /// `15 April 2025`, `15 April`
    case dayMonth = "day month year"
    /// `the 14th of April`
    case ordinalDayOfMonth = "the nth of month"
    /// `April 14th`
    case monthOrdinalDay = "month nth"
    /// `14th April`
    case dayOrdinalMonth = "nth month"
    /// `April 2025`
    case monthYear = "month year"
    /// `April, 2025`
    case monthCommaYear = "month, year"
    /// `April of 2025`
    case monthOfYear = "month of year"

    /// Whether the style writes a day (else a month of a year).
    package var namesDay: Bool {
        switch self {
        case .monthDay, .dayMonth, .ordinalDayOfMonth, .monthOrdinalDay, .dayOrdinalMonth: return true
        case .monthYear, .monthCommaYear, .monthOfYear: return false
        }
    }
}

extension DateGrammar {
    /// How the date written `surface` (a date anchor's surface) is styled; `nil` when the language writes dates in
    /// one way only, or for a date that leaves no choice of style (a year, `this year`, `December of last year`, an
    /// ISO date).
    package func style(of surface: [UInt16]) -> DateStyle? { nil }

    /// `surface` (a date anchor's surface) rewritten in `style`, keeping what it states (a day without a year
    /// stays without one); `nil` when it cannot be.
    package func rewrite(_ surface: [UInt16], in style: DateStyle) -> String? { nil }
}
