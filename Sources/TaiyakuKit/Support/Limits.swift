/// The bounds Taiyaku keeps on what it reads and writes, so that hostile or broken input ends in a clear message or
/// a note in the report, never in an out-of-memory kill or a run that does not end.
///
/// Every part of the tool reads its caps from here (`Limits.standard`); none keeps a private copy. The values are
/// far above what a real release needs (the longest sentence of the seeds is under 600 characters, the largest
/// release under 100 kB) and low enough that the work they allow stays within a few hundred megabytes.
///
/// | cap | value | where it applies | what happens |
/// |---|---|---|---|
/// | `maximumFileBytes` | 32 MiB | every input file (documents, glossaries, variants, manifests, baselines, parameters) | refused, exit 2 |
/// | `maximumSegmentLength` | 4,000 UTF-16 units | a sentence or heading | split at the last space before the cap |
/// | `maximumFindingsPerDocument` | 5,000 | the findings of one review | the rest dropped, one `findings-truncated` note says how many |
/// | `maximumExcerptLength` | 200 UTF-16 units | the text a finding quotes (JSON `sentence`, SARIF snippets, JUnit and text reports; the quotes of number-mismatch and term-missing messages) | cut around the offending part with an ellipsis (`excerpt(of:around:)`) |
/// | `maximumAlignmentCells` | 16,000,000 cells | the aligner's band (33 bytes a cell: 528 MB at most) | the band narrowed below `maximumBandWidth`, one `alignment-narrowed` note when the path touched its edge |
/// | `maximumXMLDepth` | 64 elements | TBX glossaries | refused, exit 2 |
/// | `maximumJSONDepth` | 64 levels | baselines, parameters | refused, exit 2 |
///
/// A report is bounded through these: at most `maximumFindingsPerDocument` findings per pair (plus an `alignment-narrowed` note), each
/// quoting at most `maximumExcerptLength` of its sentence, plus the documents themselves in the HTML report (at
/// most `maximumFileBytes` each). A JSON place's `excerpt` is the exact offending part (a number, name, term or
/// date; a whole sentence only for sentence-level findings, one per sentence and rule), so that a program can check
/// it against the file; its total stays within a few times the documents' size. A JSON finding's `sentence` is a window of the sentence around the offending
/// part, not the whole sentence: 5,000 findings repeating whole sentences of 4,000 units would be 80 million units
/// of JSON, where the windows keep it under 4 million. The exact text is never lost: the place's `start` and `end`
/// are offsets of the offending part in the file, the fingerprint hashes the whole sentence and part (so baselines
/// do not depend on the cap), and the HTML report shows both documents whole.
public struct Limits: Sendable, Hashable {
    /// The largest file read, in bytes.
    public var maximumFileBytes: Int
    /// The longest segment, in UTF-16 code units; a longer sentence is split.
    public var maximumSegmentLength: Int
    /// The most findings one review keeps.
    public var maximumFindingsPerDocument: Int
    /// The longest excerpt a finding quotes, in UTF-16 code units.
    public var maximumExcerptLength: Int
    /// The most cells the aligner's band may hold; longer documents get a narrower band.
    public var maximumAlignmentCells: Int
    /// The deepest nesting of XML elements read.
    public var maximumXMLDepth: Int
    /// The deepest nesting of JSON arrays and objects read.
    public var maximumJSONDepth: Int

    public init(
        maximumFileBytes: Int, maximumSegmentLength: Int, maximumFindingsPerDocument: Int, maximumExcerptLength: Int,
        maximumXMLDepth: Int, maximumJSONDepth: Int, maximumAlignmentCells: Int = 16_000_000
    ) {
        self.maximumFileBytes = maximumFileBytes
        self.maximumSegmentLength = maximumSegmentLength
        self.maximumFindingsPerDocument = maximumFindingsPerDocument
        self.maximumExcerptLength = maximumExcerptLength
        self.maximumAlignmentCells = maximumAlignmentCells
        self.maximumXMLDepth = maximumXMLDepth
        self.maximumJSONDepth = maximumJSONDepth
    }

    /// The caps Taiyaku runs with.
    public static let standard = Limits(
        maximumFileBytes: 32 << 20, maximumSegmentLength: 4_000, maximumFindingsPerDocument: 5_000,
        maximumExcerptLength: 200, maximumXMLDepth: 64, maximumJSONDepth: 64, maximumAlignmentCells: 16_000_000)

    /// A byte count in the user's words (`32 MB`, `1.5 kB`).
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10 { return "\(bytes >> 10) kB" }
        return "\(bytes) bytes"
    }
}
