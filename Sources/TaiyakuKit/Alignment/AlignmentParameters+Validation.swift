import Foundation

extension AlignmentParameters {
    /// The range every parameter must lie in (README, "Aligner parameters"). A dotted key names one entry of a
    /// table (`shapeCost.1:1`, `scriptWeights.kanji`, `relativeLength.ja`); `*` stands for every entry.
    public static let ranges: [(key: String, range: ClosedRange<Double>)] = [
        ("shapeCost.*", 0...50),
        ("scriptWeights.*", 0.1...10),
        ("relativeLength.*", 0.1...10),
        ("lengthRatioPriorWeight", 0...100_000),
        ("lengthVariance", 0.1...1_000),
        ("maximumLengthCost", 0...1_000),
        ("evidenceReward", 0...100),
        ("wordWeight", 0...1),
        ("unmatchedEvidenceCost", 0...100),
        ("skippedEvidenceCost", 0...100),
        ("unsupportedMemberCost", 0...100),
        ("paragraphCrossingCost", 0...100),
        ("paragraphMisalignmentCost", 0...100),
        ("headingMismatchCost", 0...100),
        ("posteriorTemperature", 0.01...100),
        ("initialBandWidth", 1...2_000),
        ("maximumBandWidth", 1...2_000),
        ("evidenceNeighbourhood", 0...50),
        ("minimumEvidence", 0...10),
        ("unrelatedLengthFit", 0...1_000),
        ("relatedShare", 0...1),
    ]

    /// Every parameter by its key, as a number (`shapeCost.1:1`, `initialBandWidth`).
    var numericValues: [(key: String, value: Double)] {
        var values: [(key: String, value: Double)] = []
        for shape in BeadShape.allCases {
            values.append(("shapeCost.\(shape.rawValue)", shapeCost[shape] ?? 0))
        }
        values += [
            ("scriptWeights.kanji", scriptWeights.kanji), ("scriptWeights.hiragana", scriptWeights.hiragana),
            ("scriptWeights.katakana", scriptWeights.katakana), ("scriptWeights.other", scriptWeights.other),
        ]
        for language in Language.allCases {
            values.append(("relativeLength.\(language.rawValue)", relativeLength[language] ?? 1))
        }
        values += [
            ("lengthRatioPriorWeight", lengthRatioPriorWeight), ("lengthVariance", lengthVariance),
            ("maximumLengthCost", maximumLengthCost), ("evidenceReward", evidenceReward), ("wordWeight", wordWeight),
            ("unmatchedEvidenceCost", unmatchedEvidenceCost), ("skippedEvidenceCost", skippedEvidenceCost),
            ("unsupportedMemberCost", unsupportedMemberCost),
            ("paragraphCrossingCost", paragraphCrossingCost), ("paragraphMisalignmentCost", paragraphMisalignmentCost),
            ("headingMismatchCost", headingMismatchCost), ("posteriorTemperature", posteriorTemperature),
            ("initialBandWidth", Double(initialBandWidth)), ("maximumBandWidth", Double(maximumBandWidth)),
            ("evidenceNeighbourhood", Double(evidenceNeighbourhood)), ("minimumEvidence", minimumEvidence),
            ("unrelatedLengthFit", unrelatedLengthFit), ("relatedShare", relatedShare),
        ]
        return values
    }

    /// The documented range of `key` (`shapeCost.1:1` takes the range of `shapeCost.*`).
    static func range(of key: String) -> ClosedRange<Double>? {
        let table = key.split(separator: ".", maxSplits: 1).first.map { "\($0).*" } ?? key
        return ranges.first { $0.key == key || $0.key == table }?.range
    }

    /// Checks every parameter against its range, and that the first band is no wider than the widest.
    /// - Throws: `ParameterError.outOfRange` naming the first parameter outside its range.
    public func validate(file: String) throws(ParameterError) {
        for (key, value) in numericValues {
            guard let range = Self.range(of: key) else { continue }
            if !range.contains(value) {
                throw .outOfRange(file: file, key: key, value: value, range: range)
            }
        }
        if initialBandWidth > maximumBandWidth {
            throw .invalid(
                file: file, key: "initialBandWidth",
                reason: "is \(initialBandWidth), wider than maximumBandWidth (\(maximumBandWidth))")
        }
    }

    /// Parameters read from JSON (the form `taiyaku align --parameters` takes): an object whose keys are the
    /// parameters' names; missing keys, and missing entries of a table (`{"shapeCost": {"1:0": 3}}`), keep their
    /// standard values.
    /// - Throws: `ParameterError` naming the file and the key: not a JSON object, an unknown key, a value of the
    ///   wrong type, or a value outside its documented range (`AlignmentParameters.ranges`).
    public static func decode(_ data: Data, file: String) throws(ParameterError) -> AlignmentParameters {
        do {
            try JSONInput.validate(Array(data), file: file)
        } catch {
            throw .malformed(file: file, reason: error.reason)
        }
        let overrides: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw ParameterError.malformed(file: file, reason: "expected a JSON object of parameters, { \"name\": value, … }")
            }
            overrides = object
        } catch let error as ParameterError {
            throw error
        } catch {
            throw .malformed(file: file, reason: "not valid JSON; expected an object of parameters, { \"name\": value, … }")
        }
        let standardObject: [String: Any]
        do {
            standardObject = try JSONSerialization.jsonObject(with: JSONEncoder().encode(standard)) as? [String: Any] ?? [:]
        } catch {
            preconditionFailure("the standard parameters encode as a JSON object")
        }
        var merged = standardObject
        for key in overrides.keys.sorted() {
            guard let standardValue = standardObject[key] else {
                throw .unknownKey(file: file, key: key, known: standardObject.keys.sorted())
            }
            guard let table = standardValue as? [String: Any] else {
                merged[key] = overrides[key]
                continue
            }
            guard let entries = overrides[key] as? [String: Any] else {
                throw .invalid(file: file, key: key, reason: "must be an object with the keys \(table.keys.sorted().joined(separator: ", "))")
            }
            var combined = table
            for entry in entries.keys.sorted() {
                guard table[entry] != nil else {
                    throw .unknownKey(file: file, key: "\(key).\(entry)", known: table.keys.sorted().map { "\(key).\($0)" })
                }
                combined[entry] = entries[entry]
            }
            merged[key] = combined
        }
        // Whole-number parameters: the decoder's complaint about 2.5 does not say which key it was.
        for key in wholeNumberKeys {
            guard let value = (overrides[key] as? NSNumber)?.doubleValue, !(overrides[key] is Bool) else { continue }
            let range = Self.range(of: key) ?? 0...0
            if value != value.rounded() {
                throw .invalid(file: file, key: key, reason: "must be a whole number in \(ParameterError.text(range))")
            }
            if !range.contains(value) {
                throw .outOfRange(file: file, key: key, value: value, range: range)
            }
        }
        let parameters: AlignmentParameters
        do {
            parameters = try JSONDecoder().decode(AlignmentParameters.self, from: JSONSerialization.data(withJSONObject: merged))
        } catch let error as DecodingError {
            let key = Self.key(of: error)
            let range = Self.range(of: key).map { " in \(ParameterError.text($0))" } ?? ""
            let whole = wholeNumberKeys.contains(key)
            throw .invalid(file: file, key: key, reason: "must be \(whole ? "a whole number" : "a number")\(range)")
        } catch {
            throw .malformed(file: file, reason: "expected an object of numbers")
        }
        try parameters.validate(file: file)
        return parameters
    }

    /// The parameters that count segments or beads.
    static let wholeNumberKeys = ["initialBandWidth", "maximumBandWidth", "evidenceNeighbourhood"]

    /// The dotted key a decoding error is about.
    private static func key(of error: DecodingError) -> String {
        let path: [any CodingKey]
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
        @unknown default:
            path = []
        }
        return path.map(\.stringValue).joined(separator: ".")
    }
}

/// Why alignment parameters could not be read, naming the file and the parameter.
public enum ParameterError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(file: String, reason: String)
    case unknownKey(file: String, key: String, known: [String])
    case outOfRange(file: String, key: String, value: Double, range: ClosedRange<Double>)
    case invalid(file: String, key: String, reason: String)

    public var description: String {
        switch self {
        case .malformed(let file, let reason):
            return "\(file): not valid alignment parameters: \(reason)"
        case .unknownKey(let file, let key, let known):
            return "\(file): unknown alignment parameter '\(key)'; known: \(known.joined(separator: ", "))"
        case .outOfRange(let file, let key, let value, let range):
            return "\(file): alignment parameter '\(key)' is \(Self.text(value)), outside its range \(Self.text(range))"
        case .invalid(let file, let key, let reason):
            return "\(file): alignment parameter '\(key)' \(reason)"
        }
    }

    /// `0...1`, `0.1...10`.
    static func text(_ range: ClosedRange<Double>) -> String {
        "\(text(range.lowerBound))...\(text(range.upperBound))"
    }

    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
