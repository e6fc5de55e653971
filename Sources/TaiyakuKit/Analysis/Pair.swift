/// Two values of one kind, one for each document of a translation pair: the source's and the target's.
///
/// Code that treats both documents alike reads `pair[side]` instead of choosing between two names by hand.
public struct Pair<Value> {
    public var source: Value
    public var target: Value

    public init(source: Value, target: Value) {
        self.source = source
        self.target = target
    }

    /// The value of `side`.
    public subscript(side: DocumentSide) -> Value {
        get { side == .source ? source : target }
        set {
            switch side {
            case .source: source = newValue
            case .target: target = newValue
            }
        }
    }

    /// Both values transformed by `transform`, each keeping its side.
    public func map<Result, Failure: Error>(
        _ transform: (Value) throws(Failure) -> Result
    ) throws(Failure) -> Pair<Result> {
        Pair<Result>(source: try transform(source), target: try transform(target))
    }

    /// Both values transformed by `transform`, which is told the side of each.
    public func mapWithSide<Result, Failure: Error>(
        _ transform: (DocumentSide, Value) throws(Failure) -> Result
    ) throws(Failure) -> Pair<Result> {
        Pair<Result>(source: try transform(.source, source), target: try transform(.target, target))
    }
}

extension Pair where Value: Sendable {
    /// Both values transformed at once, each on a core of its own when there are two: the sides of a pair are
    /// independent. When both throw, the source's error is the one rethrown.
    package func mapInParallel<Result: Sendable>(
        _ transform: @Sendable (DocumentSide, Value) throws -> Result
    ) throws -> Pair<Result> {
        let results = try ParallelWork.map([(DocumentSide.source, source), (.target, target)]) { side, value in
            try transform(side, value)
        }
        return Pair<Result>(source: results[0], target: results[1])
    }
}

extension Pair: Sendable where Value: Sendable {}
extension Pair: Equatable where Value: Equatable {}
extension Pair: Hashable where Value: Hashable {}
