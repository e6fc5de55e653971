/// The English words the anchor grammars know, lower-cased. Data, not logic: extend the tables, not the code.
package enum EnglishVocabulary {
    /// Month names; the abbreviations count only when a full stop follows them (`Sept.`).
    package static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    package static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]
    package static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    /// `this year`, `last year`: the year counted from the document's.
    package static let relativeYears: [String: Int] = ["this": 0, "current": 0, "last": -1, "next": 1]
    /// Words that join the two days of a range: `August 5 to 8`.
    package static let rangeWords: Set<String> = ["to", "through", "until", "till"]
    /// Words before a number that make it the ordinal of a stage (`Phase 1`, like `第1フェーズ`).
    package static let stageNouns: Set<String> = ["phase", "stage", "round", "session", "term", "edition"]
    package static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    /// Words after an ordinal that belong to it: `30th year`, `300th anniversary`.
    package static let ordinalNouns: Set<String> = ["year", "anniversary"]

    package static let cardinals: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Nouns that stand for a number (`Decade for Action` is `国際行動の10年`; `teens`, `teenagers` and `in their
    /// twenties` are `10代` and `20代`).
    package static let numberNouns: [String: Int] = [
        "decade": 10, "teens": 10, "teen": 10, "teenage": 10, "teenager": 10, "teenagers": 10, "twenties": 20,
        "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
    ]
    /// Words before a number that make it the number of an article, chapter or section of a text (`Article 12`,
    /// `第12条`): an ordinal.
    package static let articleNouns: Set<String> = ["article", "articles", "chapter", "section", "paragraph", "clause"]
    /// Words after a clock time's hour (`9 a.m.`, `1.30pm`, `10:30 PM`): whether it is after noon. `a.m.` and `p.m.`
    /// are read letter by letter.
    package static let meridiems: [String: Bool] = ["am": false, "pm": true, "a": false, "p": true]
    /// Parts of an hour named in a time of day (`quarter past eight`, `half past ten`), in minutes.
    package static let clockFractions: [String: Int] = ["quarter": 15, "half": 30]
    /// After a part of an hour: past the hour (1) or before it (-1).
    package static let clockRelations: [String: Int] = ["past": 1, "after": 1, "to": -1, "before": -1]
    /// Words that multiply the number before them (`a hundred`, `1.155 million`), as powers of ten.
    package static let scales: [String: Int] = [
        "hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
    ]
    package static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    ]
    /// Words before a number that make it approximate (`over a hundred`, `about 21%`): a quantity, not a count.
    package static let approximators: Set<String> = [
        "over", "about", "around", "approximately", "nearly", "almost", "some", "roughly", "than", "up",
        "approx",
    ]
    /// Words before `one` that make it a pronoun (`no one`, `the one`), not a number.
    package static let pronounDeterminers: Set<String> = [
        "no", "the", "this", "that", "which", "every", "any", "each", "some", "someone",
    ]

    /// Units after a number, as normalised unit names. Multi-word units are listed by their words.
    package static let units: [[String]: String] = [
        ["%"]: "%", ["percent"]: "%", ["per", "cent"]: "%", ["percentage", "points"]: "pt",
        ["yen"]: "JPY", ["jpy"]: "JPY",
        ["dollars"]: "USD", ["us", "dollars"]: "USD", ["dollar"]: "USD", ["usd"]: "USD",
        ["euros"]: "EUR", ["euro"]: "EUR", ["eur"]: "EUR",
        ["metric", "tons"]: "t", ["metric", "tonnes"]: "t", ["tons"]: "t", ["tonnes"]: "t", ["ton"]: "t",
        ["t"]: "t",
        ["km"]: "km", ["kilometers"]: "km", ["kilometres"]: "km",
        ["hectares"]: "ha", ["ha"]: "ha",
        ["kg"]: "kg", ["kilograms"]: "kg",
        ["mw"]: "MW", ["megawatts"]: "MW", ["gw"]: "GW", ["gigawatts"]: "GW",
    ]
    /// The first words of `units`, to tell quickly whether a unit may follow.
    package static let unitFirstWords: Set<String> = Set(units.keys.compactMap(\.first))
    /// The longest unit, in words.
    package static let longestUnit = units.keys.map(\.count).max() ?? 1

    /// Currency signs and codes written before a number (`US$ 5 million`, `¥100`).
    package static let currencyPrefixes: [String: String] = [
        "$": "USD", "us$": "USD", "usd": "USD", "¥": "JPY", "jpy": "JPY", "€": "EUR", "eur": "EUR",
    ]

    /// Words that are never proper nouns even when capitalised (at a sentence start, in a title), and that do
    /// not make the number after them part of a name.
    package static let functionWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "nor", "but", "in", "on", "at", "to", "for", "from", "by", "with",
        "as", "into", "onto", "over", "under", "between", "among", "through", "during", "since", "until", "till",
        "after", "before", "about", "against", "within", "without", "toward", "towards", "via", "per", "than",
        "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "their", "they", "them",
        "his", "her", "he", "she", "we", "our", "us", "you", "your", "is", "are", "was", "were", "be", "been",
        "being", "has", "have", "had", "will", "would", "shall", "should", "may", "might", "can", "could", "must",
        "also", "not", "no", "plus", "both", "all", "each", "every", "such", "other", "another", "some", "any",
        "more", "most", "further", "there", "here", "when", "where", "while", "if", "so", "then", "thus",
        "upon", "up", "out", "off", "down", "above", "below", "near", "beyond", "across", "along", "around",
        "based", "including", "regarding", "concerning", "following", "today", "yesterday", "tomorrow",
        "mr", "mrs", "ms", "dr", "i",
    ]
}
