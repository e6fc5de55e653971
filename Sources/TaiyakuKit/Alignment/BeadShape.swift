/// The shapes of beads the aligner considers: how many source and target segments one bead takes.
public enum BeadShape: String, Sendable, Hashable, CaseIterable, Codable, CodingKeyRepresentable {
    case oneToOne = "1:1"
    case oneToTwo = "1:2"
    case twoToOne = "2:1"
    case twoToTwo = "2:2"
    case oneToThree = "1:3"
    case threeToOne = "3:1"
    /// One long sentence translated as four (or four as one): taken only when evidence in all of them supports it.
    case oneToFour = "1:4"
    case fourToOne = "4:1"
    /// A source segment with no counterpart (an omission in the target).
    case oneToZero = "1:0"
    /// A target segment with no counterpart (an addition in the target).
    case zeroToOne = "0:1"

    public var sourceCount: Int {
        switch self {
        case .oneToOne, .oneToTwo, .oneToThree, .oneToFour, .oneToZero: return 1
        case .twoToOne, .twoToTwo: return 2
        case .threeToOne: return 3
        case .fourToOne: return 4
        case .zeroToOne: return 0
        }
    }

    public var targetCount: Int {
        switch self {
        case .oneToOne, .twoToOne, .threeToOne, .fourToOne, .zeroToOne: return 1
        case .oneToTwo, .twoToTwo: return 2
        case .oneToThree: return 3
        case .oneToFour: return 4
        case .oneToZero: return 0
        }
    }

    public var isSkip: Bool { sourceCount == 0 || targetCount == 0 }
}
