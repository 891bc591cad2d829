/// Puts two-column pages in reading order: the left column, then the right, between the
/// full-width lines (headings, headers) that cross the gutter. A gutter is a vertical band that
/// many lines of prose leave empty on both sides; tables leave gaps too, but between short cells,
/// so only gaps with prose on both sides count.
enum ColumnLayout {
    /// Letters a line needs on each side of its gap to count as two columns of prose.
    static let proseLetters = 15
    /// Lines that must share the gutter band: at least this many, and this share of the page.
    static let minimumGutterLines = 6
    static let minimumGutterShare = 0.3

    static func readingOrder(_ lines: [LineAssembler.Line]) -> [LineAssembler.Line] {
        guard let gutter = findGutter(lines) else { return lines }
        var ordered: [LineAssembler.Line] = []
        var left: [LineAssembler.Line] = []
        var right: [LineAssembler.Line] = []
        func flush() {
            ordered += left + right
            left.removeAll()
            right.removeAll()
        }
        for line in lines {
            let leftPart = line.glyphs.filter { $0.box.x2 <= gutter }
            let rightPart = line.glyphs.filter { $0.box.x1 >= gutter }
            if leftPart.count + rightPart.count < line.glyphs.count {
                flush()
                ordered.append(line)
                continue
            }
            if !leftPart.isEmpty { left.append(LineAssembler.Line(glyphs: leftPart)) }
            if !rightPart.isEmpty { right.append(LineAssembler.Line(glyphs: rightPart)) }
        }
        flush()
        return ordered
    }

    /// The x of a band most prose lines leave empty, or nil for a one-column page.
    static func findGutter(_ lines: [LineAssembler.Line]) -> Double? {
        var gaps: [(start: Double, end: Double)] = []
        for line in lines {
            guard let gap = widestGap(line) else { continue }
            let leftLetters = line.glyphs.filter { $0.box.x2 <= gap.start && $0.character.isLetter }.count
            let rightLetters = line.glyphs.filter { $0.box.x1 >= gap.end && $0.character.isLetter }.count
            if leftLetters >= proseLetters, rightLetters >= proseLetters { gaps.append(gap) }
        }
        let needed = max(minimumGutterLines, Int(minimumGutterShare * Double(lines.count)))
        guard gaps.count >= needed else { return nil }
        let best = gaps.map { gap -> (x: Double, count: Int) in
            let middle = (gap.start + gap.end) / 2
            return (middle, gaps.filter { $0.start <= middle && $0.end >= middle }.count)
        }.max { $0.count < $1.count }
        guard let best, best.count >= needed else { return nil }
        return best.x
    }

    private static func widestGap(_ line: LineAssembler.Line) -> (start: Double, end: Double)? {
        var widest: (start: Double, end: Double)?
        for (before, after) in zip(line.glyphs, line.glyphs.dropFirst()) {
            let width = after.box.x1 - before.box.x2
            let em = max(min(before.fontSize, after.fontSize), 1)
            guard width > LineAssembler.tabGap * em else { continue }
            if widest.map({ width > $0.end - $0.start }) ?? true { widest = (before.box.x2, after.box.x1) }
        }
        return widest
    }
}
