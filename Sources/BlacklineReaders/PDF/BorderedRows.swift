import BlacklineModel

/// Puts back together table rows whose cells wrap onto several lines, using the borders the
/// word processor drew: lines between two consecutive horizontal borders of one table are one row,
/// and a cell's lines (segments that overlap in x) are joined in reading order.
enum BorderedRows {
    /// Borders of one table share their left and right ends within this many points.
    static let edgeTolerance = 2.0

    struct Region {
        var x1: Double
        var x2: Double
        var ys: [Double]
    }

    /// Tables drawn with borders: two or more unused horizontal rules with the same ends.
    static func regions(_ borders: [DrawnRule]) -> [Region] {
        var regions: [Region] = []
        for rule in borders.sorted(by: { $0.y < $1.y }) {
            if let index = regions.firstIndex(where: { abs($0.x1 - rule.x1) <= edgeTolerance && abs($0.x2 - rule.x2) <= edgeTolerance }) {
                if let last = regions[index].ys.last, rule.y - last > edgeTolerance { regions[index].ys.append(rule.y) }
            } else {
                regions.append(Region(x1: rule.x1, x2: rule.x2, ys: [rule.y]))
            }
        }
        return regions.filter { $0.ys.count >= 2 }
    }

    /// Lines with their segments; lines that share a bordered row come back as one.
    static func merge(_ lines: [LineAssembler.Line], segments: [[LineAssembler.Segment]], borders: [DrawnRule])
        -> (lines: [LineAssembler.Line], segments: [[LineAssembler.Segment]]) {
        let regions = regions(borders)
        guard !regions.isEmpty else { return (lines, segments) }
        let rows = lines.map { rowOf($0, in: regions) }
        var outLines: [LineAssembler.Line] = []
        var outSegments: [[LineAssembler.Segment]] = []
        var index = 0
        while index < lines.count {
            var end = index
            if let row = rows[index] {
                while end + 1 < lines.count, let next = rows[end + 1], next == row { end += 1 }
            }
            // Only a row of cells is merged: prose that happens to sit between two tables of the
            // same width stays as it is.
            if end > index, segments[index...end].contains(where: TableColumns.isRow) {
                var line = lines[index]
                var cells = segments[index]
                for other in (index + 1)...end {
                    line.glyphs += lines[other].glyphs
                    cells = joinCells(cells, segments[other])
                }
                outLines.append(line)
                outSegments.append(cells)
            } else {
                outLines += lines[index...end]
                outSegments += segments[index...end]
            }
            index = end + 1
        }
        return (outLines, outSegments)
    }

    private static func rowOf(_ line: LineAssembler.Line, in regions: [Region]) -> (Int, Int)? {
        guard let left = line.glyphs.first?.box.x1, let right = line.glyphs.last?.box.x2 else { return nil }
        let y = line.centerY
        for (index, region) in regions.enumerated() where left >= region.x1 - edgeTolerance && right <= region.x2 + edgeTolerance {
            guard let first = region.ys.first, let last = region.ys.last, y > first, y < last else { continue }
            if let row = region.ys.indices.dropLast().first(where: { y > region.ys[$0] && y < region.ys[$0 + 1] }) { return (index, row) }
        }
        return nil
    }

    /// Each new segment joins the cell it overlaps in x, after a space; others become new cells.
    private static func joinCells(_ cells: [LineAssembler.Segment], _ more: [LineAssembler.Segment]) -> [LineAssembler.Segment] {
        var cells = cells
        for segment in more {
            if let index = cells.firstIndex(where: { min($0.x2, segment.x2) > max($0.x1, segment.x1) }) {
                cells[index].runs += [TextRun(" ")] + segment.runs
                cells[index].x1 = min(cells[index].x1, segment.x1)
                cells[index].x2 = max(cells[index].x2, segment.x2)
            } else {
                cells.append(segment)
                cells.sort { $0.x1 < $1.x1 }
            }
        }
        return cells
    }
}
