extension Language {
    /// The language's English name, for messages: `English`, `Japanese`.
    package var displayName: String {
        switch self {
        case .english: return "English"
        case .japanese: return "Japanese"
        }
    }
}
