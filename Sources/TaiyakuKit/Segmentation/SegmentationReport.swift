import Foundation

/// The JSON form of a segmented document, as `taiyaku segment --format json` prints it.
package struct SegmentationReport: Codable, Sendable, Equatable {
    /// Bumped when a field changes meaning or disappears.
    public static let currentVersion = 1

    public struct Entry: Codable, Sendable, Equatable {
        public let index: Int
        public let paragraph: Int
        public let kind: Segment.Kind
        public let label: String?
        public let text: String
        /// UTF-16 offset of the first character in the original file.
        public let start: Int
        /// UTF-16 offset just past the last character in the original file.
        public let end: Int
        /// 1-based line and column (UTF-16 code units) of `start`.
        public let line: Int
        public let column: Int
    }

    public let version: Int
    public let file: String
    public let language: Language
    public let offsetUnit: String
    public let segments: [Entry]

    public init(_ segmented: SegmentedDocument) {
        version = Self.currentVersion
        file = segmented.document.name
        language = segmented.language
        offsetUnit = "utf-16"
        segments = segmented.segments.map { segment in
            let location = segmented.document.location(of: segment.range.lowerBound)
            return Entry(
                index: segment.index, paragraph: segment.paragraphIndex, kind: segment.kind, label: segment.label,
                text: segment.text, start: segment.range.lowerBound, end: segment.range.upperBound,
                line: location.line, column: location.column)
        }
    }

    /// Pretty-printed JSON with sorted keys, so that output is stable between runs.
    public func jsonData() throws -> Data {
        try StableJSON.encode(self)
    }
}
