import Foundation

/// The anchors of a document as `taiyaku anchors` prints them: JSON, or one line per anchor.
package struct AnchorReport: Codable, Sendable, Equatable {
    /// Bumped when a field changes meaning or disappears.
    public static let currentVersion = 1

    public struct Entry: Codable, Sendable, Equatable {
        /// The index of the segment the anchor is in.
        public let segment: Int
        public let kind: Anchor.Kind
        public let value: String
        /// The text as written (after layout repair).
        public let surface: String
        /// UTF-16 offsets of the surface in the original file, end exclusive.
        public let start: Int
        public let end: Int
        /// 1-based line and column (UTF-16 code units) of `start`.
        public let line: Int
        public let column: Int
        public let weight: Double
    }

    public let version: Int
    public let file: String
    public let language: Language
    /// The date relative dates were resolved against, `YYYY-MM-DD`, or `nil`.
    public let documentDate: CalendarDate?
    public let offsetUnit: String
    public let anchors: [Entry]

    /// - Parameter anchors: per segment, as `AnchorExtractor.anchors(in:)` returns them for `document`.
    public init(_ document: SegmentedDocument, anchors: [[Anchor]], documentDate: CalendarDate?) {
        version = Self.currentVersion
        file = document.document.name
        language = document.language
        self.documentDate = documentDate
        offsetUnit = "utf-16"
        var entries: [Entry] = []
        for (segment, segmentAnchors) in zip(document.segments, anchors) {
            for anchor in segmentAnchors {
                let range = segment.originalRange(of: anchor.range)
                let location = document.document.location(of: range.lowerBound)
                entries.append(
                    Entry(
                        segment: segment.index, kind: anchor.kind, value: anchor.value, surface: anchor.surface,
                        start: range.lowerBound, end: range.upperBound, line: location.line, column: location.column,
                        weight: anchor.weight))
            }
        }
        self.anchors = entries
    }

    private enum CodingKeys: String, CodingKey {
        case version, file, language, documentDate, offsetUnit, anchors
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(file, forKey: .file)
        try container.encode(language, forKey: .language)
        // Written as null rather than left out, so that readers see no date was found.
        try container.encode(documentDate, forKey: .documentDate)
        try container.encode(offsetUnit, forKey: .offsetUnit)
        try container.encode(anchors, forKey: .anchors)
    }

    /// Pretty-printed JSON with sorted keys, so that output is stable between runs.
    public func jsonData() throws -> Data {
        try StableJSON.encode(self)
    }

    /// One line per anchor: `LINE:COL  kind  value  «surface»`, for a terminal: the value's and the surface's control
    /// and bidirectional formatting characters written as `\u001B` (a line break too, so an anchor stays one line).
    /// JSON keeps them exactly.
    public func text() -> String {
        var output = ""
        for entry in anchors {
            let value = TerminalText.escaped(entry.value)
            let surface = TerminalText.escaped(entry.surface)
            output += "\(entry.line):\(entry.column)  \(entry.kind.rawValue)  \(value)  «\(surface)»\n"
        }
        return output
    }
}
