/// The aligned pairs as tab-separated text: `source<TAB>target` per bead, an empty side for 1:0 and 0:1.
///
/// TSV is read in a terminal as often as by a program, and it cannot carry a tab or a line break inside a field:
/// each text is shown as the text report shows it (`TerminalText.escaped(_:foldingSpace:)`): tabs and line breaks
/// become a space, every other control character and bidirectional formatting character is written as `\u001B`.
/// The exact text, control characters included, is in the JSON and TMX formats.
public enum AlignmentTSV {
    public static func text(of alignment: Alignment) -> String {
        var output = ""
        for bead in alignment.beads {
            output += TerminalText.escaped(alignment.source.text(ofSegments: bead.source), foldingSpace: true)
            output += "\t"
            output += TerminalText.escaped(alignment.target.text(ofSegments: bead.target), foldingSpace: true)
            output += "\n"
        }
        return output
    }
}
