/// The bracket and quotation pairs of a language, laid out for a per-character scan: a bitmap rejects the
/// characters that are neither opener nor closer (nearly all of them) without hashing.
package struct BracketTable: Sendable, Equatable {
    private let openers: [UInt16]
    private let closers: [UInt16]
    private let mask: [UInt64]

    public init(pairs: [UInt16: UInt16]) {
        let sorted = pairs.sorted { $0.key < $1.key }
        openers = sorted.map(\.key)
        closers = sorted.map(\.value)
        var mask = [UInt64](repeating: 0, count: pairs.isEmpty ? 0 : 1024)
        for unit in openers + closers {
            mask[Int(unit >> 6)] |= 1 << UInt64(unit & 63)
        }
        self.mask = mask
    }

    public var isEmpty: Bool { openers.isEmpty }

    /// Whether `unit` opens or closes a pair.
    @inline(__always)
    func isBracket(_ unit: UInt16) -> Bool {
        !mask.isEmpty && mask[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0
    }

    /// The closer that `unit` opens, or `nil`.
    func closer(openedBy unit: UInt16) -> UInt16? {
        openers.firstIndex(of: unit).map { closers[$0] }
    }

    func isCloser(_ unit: UInt16) -> Bool {
        closers.contains(unit)
    }
}
