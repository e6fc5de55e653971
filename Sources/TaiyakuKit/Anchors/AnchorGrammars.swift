/// The one place where a language picks its anchor grammars; everything else is shared.
package enum AnchorGrammars {
    package static func dates(for language: Language) -> any DateGrammar {
        switch language {
        case .english: return EnglishDateGrammar()
        case .japanese: return JapaneseDateGrammar()
        }
    }

    package static func numbers(for language: Language) -> any NumberGrammar {
        switch language {
        case .english: return EnglishNumberGrammar()
        case .japanese: return JapaneseNumberGrammar()
        }
    }

    package static func names(for language: Language) -> any NameGrammar {
        switch language {
        case .english: return EnglishNameGrammar()
        case .japanese: return JapaneseNameGrammar()
        }
    }

    /// Whether `language` writes a name of this Latin spelling (lower case) in a script of its own, where no
    /// phonetic comparison can find it: Japanese writes romanised Japanese names in kanji (`takaichi` is 高市).
    package static func writesInOwnScript(_ name: String, language: Language) -> Bool {
        switch language {
        case .english: return false
        case .japanese: return RomanizedJapanese.isJapanese(name)
        }
    }

    /// A language's look-alikes of its ordinal prefix (`弟` for `第`), the prefix itself and the counters that
    /// follow an ordinal, or `nil` when the language writes ordinals without a prefix.
    package static func ordinalPrefixLookalikes(
        for language: Language
    ) -> (lookalikes: [UInt16], prefix: UInt16, counters: WordTable)? {
        switch language {
        case .english: return nil
        case .japanese:
            return (
                JapaneseVocabulary.ordinalPrefixLookalikes, JapaneseVocabulary.ordinalPrefix,
                JapaneseVocabulary.ordinalCounters
            )
        }
    }
}
