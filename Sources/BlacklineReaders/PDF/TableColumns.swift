/// Keeps the cell geometry of table areas: consecutive lines of cells are one table; the rows
/// with the most cells give its columns; every row's cells are placed in the column they overlap,
/// so an empty cell stays an empty cell ("6 ⇥ ⇥ 49,243") instead of shifting the row left.
enum TableColumns {
    typealias Row = [LineAssembler.Segment]

    static func align(_ lines: [Row]) -> [[LineAssembler.Segment?]] {
        var output: [[LineAssembler.Segment?]] = lines.map { $0.map(Optional.some) }
        var start = 0
        while start < lines.count {
            guard isRow(lines[start]) else {
                start += 1
                continue
            }
            var end = start
            while end + 1 < lines.count, isRow(lines[end + 1]) { end += 1 }
            if end > start {
                let aligned = alignBlock(Array(lines[start...end]))
                output.replaceSubrange(start...end, with: aligned)
            }
            start = end + 1
        }
        return output
    }

    /// Two or more cells, and not a label with its text ("A.<tab>The parties…").
    static func isRow(_ segments: Row) -> Bool {
        segments.count >= 3 || segments.count == 2 && segments[0].runs.plainText.count > LineAssembler.longestLabel
    }

    private static func alignBlock(_ rows: [Row]) -> [[LineAssembler.Segment?]] {
        let width = rows.map(\.count).max() ?? 0
        let full = rows.filter { $0.count == width }
        let columns = (0..<width).map { index -> (x1: Double, x2: Double) in
            (full.map { $0[index].x1 }.min() ?? 0, full.map { $0[index].x2 }.max() ?? 0)
        }
        return rows.map { row in
            guard row.count < width else { return row.map(Optional.some) }
            var placed = [LineAssembler.Segment?](repeating: nil, count: width)
            for segment in row {
                guard let column = bestColumn(for: segment, among: columns), placed[column] == nil else {
                    return row.map(Optional.some)
                }
                placed[column] = segment
            }
            return placed
        }
    }

    /// The column the segment overlaps most, or the nearest by centre.
    private static func bestColumn(for segment: LineAssembler.Segment, among columns: [(x1: Double, x2: Double)]) -> Int? {
        let overlaps = columns.map { min($0.x2, segment.x2) - max($0.x1, segment.x1) }
        if let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }), overlaps[best] > 0 { return best }
        let center = (segment.x1 + segment.x2) / 2
        return columns.indices.min { abs((columns[$0].x1 + columns[$0].x2) / 2 - center) < abs((columns[$1].x1 + columns[$1].x2) / 2 - center) }
    }
}
