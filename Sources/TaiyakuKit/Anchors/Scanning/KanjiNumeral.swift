/// Japanese numbers written in kanji: positional (`二〇二五` = 2025) or with multipliers (`二千二十五` = 2025,
/// `三十` = 30, `千` = 1000, `十三億` = 1300000000).
package enum KanjiNumeral {
    /// The digit (0–9) or multiplier (10, 100, 1000, 10^4, 10^8, 10^12) a kanji stands for, or `nil`.
    package static func value(of unit: UInt16) -> Int? {
        switch unit {
        case 0x3007, 0x96F6: return 0  // 〇 零
        case 0x4E00: return 1  // 一
        case 0x4E8C: return 2  // 二
        case 0x4E09: return 3  // 三
        case 0x56DB: return 4  // 四
        case 0x4E94: return 5  // 五
        case 0x516D: return 6  // 六
        case 0x4E03: return 7  // 七
        case 0x516B: return 8  // 八
        case 0x4E5D: return 9  // 九
        case 0x5341: return 10  // 十
        case 0x767E: return 100  // 百
        case 0x5343: return 1000  // 千
        case 0x4E07: return 10_000  // 万
        case 0x5104: return 100_000_000  // 億
        case 0x5146: return 1_000_000_000_000  // 兆
        default: return nil
        }
    }

    /// Whether `unit` is a multiplier (十 百 千 万 億 兆) rather than a digit.
    package static func isMultiplier(_ unit: UInt16) -> Bool {
        (value(of: unit) ?? 0) >= 10
    }

    /// The value of a run of kanji numerals, or `nil` when it is not a well-formed number.
    /// - Complexity: O(n) in the length of the run.
    package static func parse(_ units: some Collection<UInt16>) -> Int? {
        let values = units.compactMap(value(of:))
        guard values.count == units.count, !values.isEmpty else { return nil }
        if values.allSatisfy({ $0 < 10 }) {
            // Positional: 二〇二五.
            guard values.count <= DecimalNumber.maximumDigits else { return nil }
            return values.reduce(0) { $0 * 10 + $1 }
        }
        var total = 0  // completed groups of 万, 億, 兆
        var group = 0  // the current group below 万
        var pending: Int?  // a digit waiting for its multiplier
        var lastLarge = Int.max
        var lastSmall = Int.max
        for value in values {
            if value < 10 {
                guard pending == nil else { return nil }  // two digits in a row: 二三
                pending = value
            } else if value < 10_000 {
                guard value < lastSmall else { return nil }  // 十百: multipliers must descend
                group += (pending ?? 1) * value
                pending = nil
                lastSmall = value
            } else {
                guard value < lastLarge else { return nil }
                let amount = group + (pending ?? 0)
                let (product, overflow) = (amount == 0 ? 1 : amount).multipliedReportingOverflow(by: value)
                guard !overflow else { return nil }
                total += product
                group = 0
                pending = nil
                lastLarge = value
                lastSmall = Int.max
            }
        }
        return total + group + (pending ?? 0)
    }
}
