/// Classification of single UTF-16 code units, shared by layout repair, segmentation and anchor extraction.
///
/// Works on code units, not `Character`s, so that scanning stays linear and allocation-free; every test here is
/// for characters in the Basic Multilingual Plane.
package enum CharacterClass {
    /// Horizontal white space: space, tab, no-break space, ideographic space and the other Zs spaces.
    package static func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x20, 0x09, 0xA0, 0x3000, 0x2000...0x200B, 0x202F, 0x205F, 0xFEFF: return true
        default: return false
        }
    }

    /// A line break (LF, CR, NEL, line and paragraph separators).
    package static func isLineBreak(_ unit: UInt16) -> Bool {
        unit == 0x0A || unit == 0x0D || unit == 0x85 || unit == 0x2028 || unit == 0x2029
    }

    /// Characters of the wide East Asian scripts and full-width forms, between which a line break joins with
    /// nothing (Japanese has no spaces between words).
    package static func isWide(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0xD840...0xD87F: return true
        default: return false
        }
    }

    /// Kana and kanji (not full-width Latin or punctuation).
    package static func isKanaOrKanji(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x3041...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F: return true
        default: return false
        }
    }

    /// Kanji (CJK unified ideographs, their extension A and compatibility forms) and the iteration mark `々`.
    package static func isKanji(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x3005, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    /// Katakana of either width, with the long-vowel mark (`ー`) and the middle dot of names (`・`).
    package static func isKatakana(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x30A0...0x30FF, 0xFF66...0xFF9F: return true
        default: return false
        }
    }

    /// Full stops, question and exclamation marks of either width that end a sentence.
    package static func isSentenceTerminal(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2E, 0x21, 0x3F, 0x3002, 0xFF0E, 0xFF01, 0xFF1F, 0xFF61, 0x2026: return true
        default: return false
        }
    }

    /// Closing quotes and brackets that may follow a sentence-final stop: `.”` `。」` `.)`.
    package static func isCloser(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x29, 0x5D, 0x2019, 0x201D, 0x300D, 0x300F, 0xFF09, 0x3011, 0x3015, 0xFF3D, 0x3009,
            0x300B, 0x00BB:
            return true
        default: return false
        }
    }

    /// Opening quotes and brackets that may precede a word: `(Mr.` `“No.`.
    package static func isOpener(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x28, 0x5B, 0x2018, 0x201C, 0x300C, 0x300E, 0xFF08, 0x3010, 0x3014, 0xFF3B, 0x3008,
            0x300A, 0x00AB:
            return true
        default: return false
        }
    }

    /// Opening brackets and quotes that never close anything (`「` `（` `“`, not the straight `"`).
    package static func isOpeningBracket(_ unit: UInt16) -> Bool {
        isOpener(unit) && !isCloser(unit)
    }

    /// A colon of either width, which ends a lead-in sentence before enumerated items.
    package static func isColon(_ unit: UInt16) -> Bool {
        unit == 0x3A || unit == 0xFF1A
    }

    package static func isUppercaseLatin(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) || (0xC0...0xDE).contains(unit) && unit != 0xD7 || (0xFF21...0xFF3A).contains(unit)
    }

    package static func isLowercaseLatin(_ unit: UInt16) -> Bool {
        (0x61...0x7A).contains(unit) || (0xDF...0xFF).contains(unit) && unit != 0xF7 || (0xFF41...0xFF5A).contains(unit)
    }

    package static func isLatinLetter(_ unit: UInt16) -> Bool {
        isUppercaseLatin(unit) || isLowercaseLatin(unit) || (0x100...0x24F).contains(unit)
    }

    /// The value of an ASCII or full-width decimal digit, or `nil`.
    package static func digitValue(_ unit: UInt16) -> Int? {
        switch unit {
        case 0x30...0x39: return Int(unit - 0x30)
        case 0xFF10...0xFF19: return Int(unit - 0xFF10)
        default: return nil
        }
    }

    package static func isDigit(_ unit: UInt16) -> Bool { digitValue(unit) != nil }
}
