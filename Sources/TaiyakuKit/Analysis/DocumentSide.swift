/// Which of the two documents of a pair.
public enum DocumentSide: String, Sendable, Codable, CaseIterable {
    case source
    case target

    /// The other document of the pair.
    package var other: DocumentSide { self == .source ? .target : .source }
}
