/// The shapes of beads the aligner considers: how many source and target segments one bead takes.
public enum BeadShape: Sendable, Hashable, CaseIterable {
    case oneToOne
    case oneToTwo
    case twoToOne
    case twoToTwo
    case oneToThree
    case threeToOne
    /// A source segment with no counterpart (an omission in the target).
    case oneToZero
    /// A target segment with no counterpart (an addition in the target).
    case zeroToOne

    public var sourceCount: Int {
        switch self {
        case .oneToOne, .oneToTwo, .oneToThree, .oneToZero: return 1
        case .twoToOne, .twoToTwo: return 2
        case .threeToOne: return 3
        case .zeroToOne: return 0
        }
    }

    public var targetCount: Int {
        switch self {
        case .oneToOne, .twoToOne, .threeToOne, .zeroToOne: return 1
        case .oneToTwo, .twoToTwo: return 2
        case .oneToThree: return 3
        case .oneToZero: return 0
        }
    }

    public var isSkip: Bool { sourceCount == 0 || targetCount == 0 }
}
