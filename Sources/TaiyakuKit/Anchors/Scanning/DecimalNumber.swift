/// An exact decimal quantity, `significand × 10^exponent`, as written numbers need: `13.41億` is exactly
/// 1341000000 and `1.155 million` exactly 1155000, which binary floating point cannot promise.
package struct DecimalNumber: Sendable, Hashable, CustomStringConvertible {
    /// Numbers with more significant digits are not quantities (phone numbers, serials) and are not parsed.
    package static let maximumDigits = 18
    /// Nor are numbers written with more digits than this, counting zeros.
    package static let maximumWrittenDigits = 30

    package private(set) var significand: Int
    package private(set) var exponent: Int

    package init(significand: Int, exponent: Int = 0) {
        self.significand = significand
        self.exponent = exponent
        normalize()
    }

    /// Parses digits of either width, ignoring thousands separators, with at most one decimal point.
    /// Returns `nil` for anything else, or for more than `maximumDigits` digits.
    /// - Complexity: O(n) in the length of `units`.
    package init?(digits units: some Collection<UInt16>) {
        var significand = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        var written = 0
        for unit in units {
            if let digit = CharacterClass.digitValue(unit) {
                written += 1
                guard written <= Self.maximumWrittenDigits else { return nil }
                if digits > 0 || digit > 0 {
                    digits += 1
                }
                guard digits <= Self.maximumDigits else { return nil }
                significand = significand * 10 + digit
                if seenPoint { fractionDigits += 1 }
            } else if TokenizedText.isThousandsSeparator(unit), !seenPoint {
                continue
            } else if TokenizedText.isDecimalPoint(unit), !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
        }
        self.init(significand: significand, exponent: -fractionDigits)
    }

    /// The number times `10^power`.
    package func timesPowerOfTen(_ power: Int) -> DecimalNumber {
        DecimalNumber(significand: significand, exponent: exponent + power)
    }

    /// The sum, or `nil` when it does not fit in `maximumDigits` digits.
    package func adding(_ other: DecimalNumber) -> DecimalNumber? {
        let common = min(exponent, other.exponent)
        guard let left = Self.scale(significand, by: exponent - common),
            let right = Self.scale(other.significand, by: other.exponent - common)
        else { return nil }
        let (sum, overflow) = left.addingReportingOverflow(right)
        return overflow ? nil : DecimalNumber(significand: sum, exponent: common)
    }

    /// The value when it is a whole number that fits in an `Int`.
    package var integerValue: Int? {
        guard exponent >= 0 else { return nil }
        return Self.scale(significand, by: exponent)
    }

    /// How many significant digits the number has (`1000` has one, `3.29` three).
    package var significantDigits: Int {
        var count = 0
        var rest = significand.magnitude
        while rest > 0 {
            count += 1
            rest /= 10
        }
        return max(count, 1)
    }

    /// The digits without separators or trailing zeros after the point: `1000`, `3.29`, `1155000`, `0.5`.
    package var description: String {
        let digits = String(significand.magnitude)
        let sign = significand < 0 ? "-" : ""
        if exponent >= 0 {
            return sign + digits + String(repeating: "0", count: significand == 0 ? 0 : exponent)
        }
        let fraction = -exponent
        if digits.count > fraction {
            let split = digits.index(digits.endIndex, offsetBy: -fraction)
            return sign + digits[..<split] + "." + digits[split...]
        }
        return sign + "0." + String(repeating: "0", count: fraction - digits.count) + digits
    }

    private mutating func normalize() {
        if significand == 0 {
            exponent = 0
            return
        }
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
    }

    private static func scale(_ value: Int, by power: Int) -> Int? {
        var result = value
        for _ in 0..<power {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            result = product
        }
        return result
    }
}
