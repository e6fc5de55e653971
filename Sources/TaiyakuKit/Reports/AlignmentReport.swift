import Foundation

/// The JSON form of an alignment (`taiyaku align --format json`).
public struct AlignmentReport: Codable, Sendable {
    public static let currentVersion = 1

    public struct Side: Codable, Sendable {
        public let file: String
        public let language: Language
        public let segments: Int
    }

    public struct Part: Codable, Sendable {
        /// Segment indices, end exclusive.
        public let segments: [Int]
        public let text: String
        /// UTF-16 offsets in the original file, end exclusive; absent on an empty side.
        public let start: Int?
        public let end: Int?
    }

    public struct Entry: Codable, Sendable {
        public let source: Part
        public let target: Part
        public let confidence: Double
        public let evidence: [Evidence]
    }

    public let version: Int
    public let offsetUnit: String
    public let source: Side
    public let target: Side
    public let lengthRatio: Double
    /// The band's half-width when `Limits.maximumAlignmentCells` narrowed it below the parameters' widest and the
    /// best path met its edge (see `Alignment.narrowedByCellBudget`); absent otherwise.
    public let narrowedBandWidth: Int?
    public let beads: [Entry]

    public init(_ alignment: Alignment) {
        version = Self.currentVersion
        offsetUnit = "utf-16"
        source = Side(file: alignment.source.document.name, language: alignment.source.language, segments: alignment.source.segments.count)
        target = Side(file: alignment.target.document.name, language: alignment.target.language, segments: alignment.target.segments.count)
        lengthRatio = (alignment.lengthRatio * 1000).rounded() / 1000
        narrowedBandWidth = alignment.narrowedByCellBudget ? alignment.bandWidth : nil
        beads = alignment.beads.map { bead in
            Entry(
                source: Self.part(bead.source, of: alignment.source), target: Self.part(bead.target, of: alignment.target),
                confidence: (bead.confidence * 1000).rounded() / 1000, evidence: bead.evidence)
        }
    }

    private static func part(_ range: Range<Int>, of document: SegmentedDocument) -> Part {
        Part(
            segments: [range.lowerBound, range.upperBound], text: document.text(ofSegments: range),
            start: range.isEmpty ? nil : document.segments[range.lowerBound].range.lowerBound,
            end: range.isEmpty ? nil : document.segments[range.upperBound - 1].range.upperBound)
    }

    public func jsonData() throws -> Data {
        try StableJSON.encode(self)
    }
}
