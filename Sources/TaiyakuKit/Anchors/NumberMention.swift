/// A number as a language's grammar found it: what kind, how much, of what unit, and how it was written.
package struct NumberMention: Sendable, Hashable {
    /// How the number was written; spelled-out and kanji numbers are weighed less than digits, because small ones
    /// (`two countries`, `二国間`) are everywhere.
    package enum Writing: Sendable, Hashable {
        case digits
        case words
        case kanji
    }

    /// `.number`, `.count`, `.ordinal`, `.section`, `.identifier` or `.nameNumber`.
    package var kind: Anchor.Kind
    /// UTF-16 offsets in the segment's text.
    package var range: Range<Int>
    /// The quantity; for an identifier, `code` instead.
    package var quantity: DecimalNumber?
    /// An identifier as written, without spaces (`LLDC3`, `77/158`).
    package var code: String?
    /// A normalised unit (`%`, `JPY`, `t`), for `.number` only.
    package var unit: String?
    package var writing: Writing

    package init(
        kind: Anchor.Kind, range: Range<Int>, quantity: DecimalNumber? = nil, code: String? = nil,
        unit: String? = nil, writing: Writing = .digits
    ) {
        self.kind = kind
        self.range = range
        self.quantity = quantity
        self.code = code
        self.unit = unit
        self.writing = writing
    }

    /// The unit of a time of day whose half of the day is known (`1.30pm`, `午後１時半`, `21:15`): its value is the
    /// minutes after midnight.
    package static let clockUnit = "clock"
    /// The unit of a time of day with an hour of 1 to 12 that may be before or after noon (`10:30`, `10時30分`).
    package static let twelveHourClockUnit = "clock12"

    /// The unit of a time of day: `clockUnit` when the half of the day is known, else `twelveHourClockUnit`.
    package static func clockUnit(hour: Int, halfOfDayKnown: Bool) -> String {
        halfOfDayKnown || hour == 0 || hour > 12 ? clockUnit : twelveHourClockUnit
    }

    /// Whether the mention is a time of day.
    package var isClockTime: Bool { unit == Self.clockUnit || unit == Self.twelveHourClockUnit }

    /// The anchor value: the code, or the quantity followed by a space and the unit when there is one.
    package var value: String {
        if let code { return code }
        let number = quantity?.description ?? ""
        guard let unit else { return number }
        return number + " " + unit
    }
}
