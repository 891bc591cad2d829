import BlacklineModel

/// A line that survived furniture removal, with its shape and what separated it from the line
/// before: nothing, blank lines, or a page break (furniture).
struct ContentLine {
    var shape: LineShape
    var runs: [TextRun]
    var location: SourceLocation
    var afterBlank: Bool
    var afterPageBreak: Bool
    /// The line's place in its paragraph, when the reader saw the page (PDF).
    var layout: LineLayout?
    /// Source locations of lines joined into this one (wrapped lines, page-split sentences).
    var joinedLocations: [SourceLocation] = []
    /// Each source line's own text, this line's first: what furniture records when the joined
    /// line turns out to be a repeated heading.
    var sourceTexts: [String] = []
    /// A bare number the joiner moved out of the sentence it interrupted.
    var wasHoisted = false

    var text: String { runs.plainText }

    /// The source lines this line was made of, as furniture of one kind.
    func furniture(_ kind: FurnitureLine.Kind) -> [FurnitureLine] {
        let texts = sourceTexts.isEmpty ? [text] : sourceTexts
        return zip([location] + joinedLocations, texts).map { FurnitureLine(kind: kind, text: $1, location: $0) }
    }

    /// The runs after the label or bullet, whitespace collapsed: the clause's own words.
    var bodyRuns: [TextRun] {
        switch shape {
        case .label(let label): runs.droppingPrefix(label.prefixLength).trimmed().collapsingWhitespace()
        case .bullet(let prefix): runs.droppingPrefix(prefix).trimmed().collapsingWhitespace()
        default: runs.trimmed().collapsingWhitespace()
        }
    }
}
