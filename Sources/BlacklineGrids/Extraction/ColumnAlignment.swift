import BlacklineModel

/// Rows of a PDF grid that lost their empty cells (a grid's last rows carried onto the next
/// page, "11 ⇥ 60,020 ⇥ 62,187") are put back in their lanes by where their cells sit across the
/// page, measured against the rows that fill every lane.
enum ColumnAlignment {
    /// The rows, each as wide as the widest, cells moved to the lane whose centre is nearest.
    static func aligned(_ rows: [GridLine], width: Int) -> (rows: [GridLine], moved: Int) {
        let full = rows.filter { $0.cells.count == width && $0.spans.count == width }
        guard !full.isEmpty else { return (rows, 0) }
        let centres: [Double?] = (0..<width).map { column in
            let values = full.compactMap { $0.spans[column].map { ($0.x1 + $0.x2) / 2 } }
            return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
        var moved = 0
        let result = rows.map { row -> GridLine in
            guard row.cells.count < width, row.spans.count == row.cells.count else { return row }
            var cells = [String](repeating: "", count: width)
            var spans = [LineLayout.Span?](repeating: nil, count: width)
            cells[0] = row.cells[0]
            spans[0] = row.spans[0]
            for index in row.cells.indices.dropFirst() {
                guard let span = row.spans[index] else { continue }
                let centre = (span.x1 + span.x2) / 2
                let column = (1..<width).min { abs((centres[$0] ?? .infinity) - centre) < abs((centres[$1] ?? .infinity) - centre) } ?? index
                guard cells[column].isEmpty else { return row }
                cells[column] = row.cells[index]
                spans[column] = span
            }
            moved += 1
            var aligned = row
            aligned.cells = cells
            aligned.spans = spans
            return aligned
        }
        return (result, moved)
    }
}
