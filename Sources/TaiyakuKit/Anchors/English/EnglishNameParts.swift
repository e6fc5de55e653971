/// The parts of an English name that identify what it names, for comparison with another language: `University
/// of Tsukuba` → `tsukuba`; `Prime Minister Narendra MODI` → `narendra`, `modi`; `TOYOTA MOTOR CORPORATION` →
/// `toyota`, `motor`; `SCBAs` → `scbas` (compared with `SCBA` as a plural).
///
/// Titles, honorifics, company forms and the generic heads of institution names say what kind of thing is
/// named, not which one, and translations render them by meaning (`大学`, `総理大臣`, `株式会社`): they are not parts.
package enum EnglishNameParts {
    /// The identifying parts of a name, lower case.
    package static func parts(of surface: String) -> [String] {
        // `GREENxEXPO`: a lower-case x between capitals joins two words.
        var letters = Array(surface)
        for index in letters.indices.dropFirst().dropLast()
        where letters[index] == "x" && letters[index - 1].isUppercase && letters[index + 1].isUppercase {
            letters[index] = " "
        }
        let words = String(letters).split { !$0.isLetter && $0 != "'" && $0 != "’" }.map { $0.lowercased() }
        // One word in capitals that spells a function word is an acronym (`WHO`, `US`), its own part.
        if words.count == 1, surface.count >= 2, surface.allSatisfy({ $0.isUppercase }) { return words }
        return words.filter { !isGeneric($0) && EnglishNameWords.isNameVocabulary($0) }
    }

    /// Whether a word (lower case) only says what kind of thing is named, in the singular or plural.
    package static func isGeneric(_ word: String) -> Bool {
        genericWords.contains(word) || word.count > 3 && word.hasSuffix("s") && genericWords.contains(String(word.dropLast()))
    }

    /// Whether an all-capital word is an ordinary English word written in capitals for emphasis or style (`LOVE`,
    /// `HOW`, `OK`, `FREE`), given the English words a lexicon knows.
    package static func isShouting(_ word: String, everydayWords: Set<String>) -> Bool {
        word.count >= 2 && (everydayWords.contains(word) || !EnglishNameWords.isNameVocabulary(word)
            || interjections.contains(word))
    }

    /// Whether a word (lower case) names a people or a language by its ending (`asian`, `japanese`, `nigerians`,
    /// `english`): such words are rendered by meaning (`日本の`, `アジアの`) as often as kept.
    package static func isPeople(_ word: String) -> Bool {
        ["ian", "ians", "ese", "ish"].contains { word.count >= $0.count + 2 && word.hasSuffix($0) }
    }

    /// Words for a state in its formal name (`the Republic of Tajikistan`, `the Kingdom of Thailand`).
    package static let states: Set<String> = [
        "republic", "kingdom", "federation", "state", "commonwealth", "principality", "sultanate", "emirate",
    ]

    /// Acronyms that spell an English function word, names wherever they stand in capitals (`WHO`, the World
    /// Health Organization; `US`, the United States), never that word shouted.
    package static let acronymsSpellingWords: Set<String> = ["who", "us"]

    /// Interjections, never names however written (`OK`, `Yeah`, `Voila`).
    package static let interjections: Set<String> = [
        "ok", "okay", "wow", "oh", "hey", "yes", "no", "lol", "omg", "yeah", "yep", "erm", "um", "uh", "hmm", "ah",
        "er", "voila", "oops", "ugh", "aha",
    ]

    /// Words that say what kind of thing a name names.
    package static let genericWords: Set<String> = [
        // Titles and honorifics.
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam", "rep", "sen", "st",
        "saint",
        "gov", "gen", "col", "capt", "lt", "sgt", "president", "vice", "prime", "minister", "secretary", "general",
        "chairman", "chairperson", "chair", "chief", "executive", "director", "ambassador", "governor", "mayor",
        "senator", "representative", "king", "queen", "prince", "princess", "emperor", "empress", "pope", "judge",
        "justice", "commissioner", "deputy", "state", "first", "his", "her", "majesty", "excellency", "highness",
        "parliamentary", "foreign", "affairs", "cabinet", "chancellor", "premier", "speaker", "leader", "leaders",
        "envoy", "special", "spokesperson", "spokesman", "spokeswoman", "officer", "official",
        // Company forms.
        "inc", "ltd", "llc", "plc", "co", "corp", "corporation", "company", "limited", "group", "holdings", "gmbh",
        "ag", "sa", "kk",
        // Heads of institution and place names.
        "university", "college", "school", "institute", "academy", "ministry", "department", "agency", "office",
        "bureau", "council", "committee", "commission", "association", "society", "foundation", "federation",
        "union", "organization", "organisation", "court", "supreme", "high", "district", "tribunal", "bank",
        "hospital", "center", "centre", "museum", "library", "party", "government", "administration", "embassy",
        "consulate", "county", "city", "province", "prefecture", "region", "republic", "kingdom", "island",
        "islands", "river", "lake", "mount", "mountain", "north", "south", "east", "west", "central", "national",
        "international", "joint", "statement", "declaration", "summit", "meeting", "conference", "forum",
        "program", "programme", "project", "initiative", "plan", "act", "law", "treaty", "agreement", "strategy",
        "partnership", "cooperation", "dialogue", "fund", "facility", "system", "service", "services", "news",
        "times", "post", "daily", "press", "unit", "force", "forces", "army", "navy", "police", "station",
        "airport", "port", "bay", "street", "road", "avenue", "square", "park", "hall", "palace", "house", "tower",
        // Documents, processes and programmes named in titles.
        "memorandum", "charter", "framework", "convention", "protocol", "resolution", "report", "vision",
        "process", "decade", "action", "goals", "agenda", "year", "development", "united", "nations", "week",
        "day", "award", "prize", "games", "olympics", "expo", "exhibition", "fair", "festival", "ceremony",
    ]

    /// Lower-case words that join the capitalised words of one title: `Ministry of Economy, Trade and Industry`,
    /// `Sendai Framework for Disaster Risk Reduction`.
    package static let titleConnectors: Set<String> = ["of", "and", "for", "on", "the", "in", "to", "at", "de"]
}

extension EnglishNameParts {
    /// Titles that put a person's name after them.
    package static let personTitles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "president", "minister", "secretary",
        "chairman", "ambassador", "governor", "mayor", "senator", "rep", "sen", "king", "queen", "prince",
        "princess", "judge", "justice", "commissioner", "chancellor", "premier", "lady",
    ]
}

extension EnglishNameParts {
    /// Whether a capitalised word is an ordinary English word: the document writes it in lower case somewhere (or
    /// its singular: `Glaciers`, `glacier`), or it ends like an English derived noun or adjective
    /// (`Countermeasures`, `Infrastructure`, `Reduction`, `Substation`).
    package static func isOrdinary(_ word: String, lowerCase: Set<String>) -> Bool {
        if lowerCase.contains(word) { return true }
        for ending in ["s", "es"] where word.hasSuffix(ending) && lowerCase.contains(String(word.dropLast(ending.count))) {
            return true
        }
        if word.hasSuffix("ies"), lowerCase.contains(String(word.dropLast(3)) + "y") { return true }
        guard word.count >= 6 else { return false }
        return ordinaryEndings.contains { word.hasSuffix($0) }
    }

    private static let ordinaryEndings = [
        "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ance", "ances", "ence", "ences",
        "ture", "tures", "ures", "ship", "ships", "ism", "isms", "ical", "ive", "ives", "ous", "ery", "eries",
        "ings", "ists", "ators", "ization", "isation", "ability", "ibility",
    ]
}
