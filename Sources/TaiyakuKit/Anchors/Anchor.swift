/// Something in a segment that must survive translation — a date, a number, a name — normalised so that the same
/// thing has the same `value` in either language.
public struct Anchor: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// `value` in ISO form: `2025-04-15`, `2025-12`, `2025`, or a range `2025-08-05/2025-08-08`.
        case date
        /// A quantity: the decimal number without separators, then a space and a unit where one is stated:
        /// `1000`, `3.29 %`, `1341000000 JPY`, `2000 t`. A time of day is the minutes after midnight with the unit
        /// `clock` (`1.30pm`, `午後１時半`: `810 clock`), or `clock12` where the half of the day is not said
        /// (`10:30`, `10時30分`: `630 clock12`).
        case number
        /// A number of counted things (`15 documents`, `15件`, `two countries`): the number.
        case count
        /// An ordinal (`15th`, `第15回`, `Third`, `３０周年`): the number.
        case ordinal
        /// A section or item number (`II`, `1.`): the number.
        case section
        /// A code that is not a quantity (`77/158`, `LLDC3`, `ADF14`): the code as written, without spaces.
        case identifier
        /// A number that is part of a proper name (`Expo 2025`, `GREEN×EXPO 2027`): the number.
        case nameNumber = "name-number"
        /// A proper noun or Latin-script token (`GOSAT`, `Ashgabat`, `アシガバット`): its romanised form, lower-cased.
        case name
    }

    public let kind: Kind
    /// The normalised value (see `Kind`); equal across languages when the anchors denote the same thing.
    public let value: String
    /// The text as written.
    public let surface: String
    /// The UTF-16 range of `surface` in the segment's text (map it to the file with `Segment.originalRange(of:)`).
    public let range: Range<Int>
    /// How strongly a match of this anchor on both sides shows that two segments are translations, in 0...1:
    /// a full date or a proper noun near 1, a bare small number (`two countries`) near 0.1.
    public let weight: Double

    public init(kind: Kind, value: String, surface: String, range: Range<Int>, weight: Double) {
        self.kind = kind
        self.value = value
        self.surface = surface
        self.range = range
        self.weight = weight
    }
}
