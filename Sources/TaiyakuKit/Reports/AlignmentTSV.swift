/// The aligned pairs as tab-separated text: `source<TAB>target` per bead, an empty side for 1:0 and 0:1.
public enum AlignmentTSV {
    public static func text(of alignment: Alignment) -> String {
        var output = ""
        for bead in alignment.beads {
            output += clean(alignment.source.text(ofSegments: bead.source))
            output += "\t"
            output += clean(alignment.target.text(ofSegments: bead.target))
            output += "\n"
        }
        return output
    }

    /// Tabs and line breaks inside a text would break the format; segments rarely hold them (layout repair
    /// joins lines), but a stray tab becomes a space.
    private static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
