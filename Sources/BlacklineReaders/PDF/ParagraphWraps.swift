import BlacklineModel

/// Tells wrapped lines from new paragraphs by geometry: a line continues the one above when it
/// follows at the page's usual line spacing, in the same column, and the line above ran to the
/// right edge of its column (a paragraph's last line stops short; the next one starts a paragraph).
enum ParagraphWraps {
    /// A baseline distance up to this multiple of the page's usual one is the same paragraph.
    static let leadingTolerance = 1.15
    /// A line ends "at the margin" within this many ems of its column's right edge.
    static let marginSlack = 4.0
    /// Lines whose left edges are within this many points are in one column (an inch covers
    /// hanging labels and first-line indents; two columns start further apart).
    static let columnReach = 72.0

    /// The document's usual baseline distance: a low percentile of all distances between
    /// consecutive lines, so pages of one-line paragraphs do not pass paragraph spacing for leading.
    static let leadingPercentile = 0.2

    /// What deciding a wrap needs of a line, kept after its glyphs are gone: the document's
    /// leading is known only once every page is read.
    struct Geometry {
        var bottom: Double
        var em: Double
        var left: Double
        var endsAtMargin: Bool
    }

    static func geometry(_ lines: [LineAssembler.Line]) -> [Geometry] {
        zip(lines, endsAtMargin(lines)).map { line, ends in
            Geometry(bottom: line.bottom, em: em(line), left: line.glyphs.first?.box.x1 ?? 0, endsAtMargin: ends)
        }
    }

    /// Leading is measured in ems of the line above, so 9-point table rows and 11-point prose
    /// share one scale: these are one page's baseline distances in those ems.
    static func leadingRatios(_ lines: [LineAssembler.Line]) -> [Double] {
        zip(lines, lines.dropFirst()).map { above, line in (line.bottom - above.bottom) / em(above) }.filter { $0 > 0 }
    }

    static func leading(ofRatios ratios: [Double]) -> Double? {
        let sorted = ratios.sorted()
        guard !sorted.isEmpty else { return nil }
        return sorted[Int(Double(sorted.count - 1) * leadingPercentile)]
    }

    static func em(_ line: LineAssembler.Line) -> Double { max(line.glyphs.first?.fontSize ?? 10, 1) }

    /// Whether each line runs to the right edge of its column.
    static func endsAtMargin(_ lines: [LineAssembler.Line]) -> [Bool] {
        let lefts = lines.map { $0.glyphs.first?.box.x1 ?? 0 }
        let rights = lines.map { $0.glyphs.last?.box.x2 ?? 0 }
        return lines.indices.map { index in
            let columnRight = lines.indices.filter { abs(lefts[$0] - lefts[index]) < columnReach }.map { rights[$0] }.max() ?? rights[index]
            let em = max(lines[index].glyphs.first?.fontSize ?? 10, 1)
            return rights[index] >= columnRight - marginSlack * em
        }
    }

    /// Whether each line continues the one above: at the usual spacing, in the same column, under
    /// a line that ran to the margin.
    static func continuesPrevious(_ lines: [Geometry], leading: Double?) -> [Bool] {
        guard lines.count > 1, let leading else { return lines.map { _ in false } }
        var flags = [false]
        for index in 1..<lines.count {
            let above = lines[index - 1], line = lines[index]
            let distance = (line.bottom - above.bottom) / above.em
            let sameColumn = abs(line.left - above.left) < columnReach
            flags.append(distance > 0 && distance <= leadingTolerance * leading && sameColumn && above.endsAtMargin)
        }
        return flags
    }
}
