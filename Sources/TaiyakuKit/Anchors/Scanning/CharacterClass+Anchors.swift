/// Character classes the anchor grammars need beyond those of layout and segmentation.
extension CharacterClass {
    /// `unit` with full-width ASCII folded to ASCII and Latin capitals to lower case; other units unchanged.
    /// For vocabulary look-ups only (the full NFKC form comes from `UnicodeNormalization`).
    package static func foldedLatin(_ unit: UInt16) -> UInt16 {
        var folded = unit
        if (0xFF01...0xFF5E).contains(folded) {
            folded -= 0xFEE0
        }
        if (0x41...0x5A).contains(folded) || (0xC0...0xDE).contains(folded) && folded != 0xD7 {
            folded += 0x20
        }
        return folded
    }

    /// An ASCII or full-width capital Latin letter, or a Latin-1 capital.
    package static func isCapital(_ unit: UInt16) -> Bool { isUppercaseLatin(unit) }

    /// Hyphens and dashes that join the two ends of a range: `-` `–` `—` `－` `‐` `~` `〜` `～`.
    package static func isRangeDash(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0xFF0D, 0x7E, 0x301C, 0xFF5E: return true
        default: return false
        }
    }
}
