/// The styles English writes dates in (`DateStyle`), read from and written to a date anchor's surface.
extension EnglishDateGrammar {
    package func style(of surface: [UInt16]) -> DateStyle? {
        guard let parts = DateParts(surface), !parts.isNumeric else { return nil }
        guard let month = parts.monthToken else { return nil }
        if let day = parts.dayToken {
            if parts.dayIsOrdinal {
                if month < day { return .monthOrdinalDay }
                return parts.hasOfBeforeMonth ? .ordinalDayOfMonth : .dayOrdinalMonth
            }
            return month < day ? .monthDay : .dayMonth
        }
        guard parts.year != nil, !parts.isRelative else { return nil }
        if parts.hasCommaAfterMonth { return .monthCommaYear }
        return parts.hasOfAfterMonth ? .monthOfYear : .monthYear
    }

    package func rewrite(_ surface: [UInt16], in style: DateStyle) -> String? {
        guard let parts = DateParts(surface), !parts.isNumeric, !parts.isRelative, !parts.isRange,
            let month = parts.month,
            let name = EnglishVocabulary.months.first(where: { $0.value == month })?.key
        else { return nil }
        let monthName = name.prefix(1).uppercased() + name.dropFirst()
        let year = parts.year.map(String.init)
        guard style.namesDay else {
            guard parts.day == nil, let year else { return nil }
            switch style {
            case .monthCommaYear: return "\(monthName), \(year)"
            case .monthOfYear: return "\(monthName) of \(year)"
            default: return "\(monthName) \(year)"
            }
        }
        guard let day = parts.day else { return nil }
        let nth = String(day) + Self.ordinalSuffix(day)
        switch style {
        case .monthDay: return "\(monthName) \(day)" + (year.map { ", " + $0 } ?? "")
        case .dayMonth: return "\(day) \(monthName)" + (year.map { " " + $0 } ?? "")
        case .ordinalDayOfMonth: return "the \(nth) of \(monthName)" + (year.map { ", " + $0 } ?? "")
        case .monthOrdinalDay: return "\(monthName) \(nth)" + (year.map { ", " + $0 } ?? "")
        case .dayOrdinalMonth: return "\(nth) \(monthName)" + (year.map { " " + $0 } ?? "")
        default: return nil
        }
    }

    private static func ordinalSuffix(_ day: Int) -> String {
        if (11...13).contains(day % 100) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    /// The pieces of an English date as written: where the month and the day stand, the year, the small words.
    private struct DateParts {
        var isNumeric = false
        var monthToken: Int?
        var month: Int?
        var dayToken: Int?
        var day: Int?
        var dayIsOrdinal = false
        var dayCount = 0
        var year: Int?
        var isRelative = false
        var hasOfBeforeMonth = false
        var hasOfAfterMonth = false
        var hasCommaAfterMonth = false

        var isRange: Bool { dayCount > 1 }

        init?(_ surface: [UInt16]) {
            let text = TokenizedText(units: surface)
            guard !text.tokens.isEmpty else { return nil }
            if ISODateScanner.date(at: 0, in: text) != nil {
                isNumeric = true
                return
            }
            for index in text.tokens.indices {
                switch text.kind(index) {
                case .word:
                    let word = text.folded(index)
                    if monthToken == nil,
                        let value = EnglishVocabulary.months[word] ?? EnglishVocabulary.monthAbbreviations[word]
                    {
                        monthToken = index
                        month = value
                    } else if EnglishVocabulary.relativeYears[word] != nil {
                        isRelative = true
                    } else if word == "of" {
                        if monthToken == nil {
                            hasOfBeforeMonth = true
                        } else if dayToken == nil {
                            hasOfAfterMonth = true
                        }
                    } else if EnglishVocabulary.ordinalSuffixes.contains(word), let dayToken, dayToken == index - 1 {
                        dayIsOrdinal = true
                    }
                case .number:
                    let count = text.tokens[index].range.count
                    let value = DecimalNumber(digits: text.units[text.tokens[index].range])?.integerValue
                    if count == 4 {
                        year = value
                    } else if count <= 2 {
                        dayCount += 1
                        if dayToken == nil {
                            dayToken = index
                            day = value
                        }
                    }
                case .other:
                    if text.isCharacter(index, 0x2C), monthToken != nil, dayToken == nil { hasCommaAfterMonth = true }
                default:
                    break
                }
            }
        }
    }
}
