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

    /// Leading is measured in ems of the line above, so 9-point table rows and 11-point prose
    /// share one scale.
    static func leading(of pages: [[LineAssembler.Line]]) -> Double? {
        let ratios = pages.flatMap { lines in
            zip(lines, lines.dropFirst()).map { above, line in (line.bottom - above.bottom) / em(above) }.filter { $0 > 0 }
        }.sorted()
        guard !ratios.isEmpty else { return nil }
        return ratios[Int(Double(ratios.count - 1) * leadingPercentile)]
    }

    static func em(_ line: LineAssembler.Line) -> Double { max(line.glyphs.first?.fontSize ?? 10, 1) }

    static func layouts(_ lines: [LineAssembler.Line], leading: Double?) -> [LineLayout] {
        let ends = endsAtMargin(lines)
        return zip(flags(lines, ends: ends, leading: leading), ends).map { LineLayout(continuesPreviousLine: $0, endsAtMargin: $1) }
    }

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

    private static func flags(_ lines: [LineAssembler.Line], ends: [Bool], leading: Double?) -> [Bool] {
        guard lines.count > 1, let leading else { return lines.map { _ in false } }
        let lefts = lines.map { $0.glyphs.first?.box.x1 ?? 0 }
        var flags = [false]
        for index in 1..<lines.count {
            let above = index - 1
            let distance = (lines[index].bottom - lines[above].bottom) / em(lines[above])
            let sameColumn = abs(lefts[index] - lefts[above]) < columnReach
            flags.append(distance > 0 && distance <= leadingTolerance * leading && sameColumn && ends[above])
        }
        return flags
    }
}
