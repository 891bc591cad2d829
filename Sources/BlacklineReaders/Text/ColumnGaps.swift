import Foundation

/// Text laid out in columns with spaces (`pdftotext -layout`, a typed schedule) instead of tabs.
/// A line whose gaps of two or more spaces cut it into at least three cells, two of them amounts,
/// is a table row; a line of short cells next to such rows (the lane header, a last step with one
/// amount) belongs to the same table. Blank cells leave no text, so cells are put under the
/// columns their position says. Their gaps become the tabs the grid extractor reads cells
/// by. Prose, even with two spaces after a period, has neither amounts nor short cells between
/// such gaps, so it is left as it is.
enum ColumnGaps {
    static let minimumCells = 3
    static let minimumAmounts = 2
    /// Longer than any lane name ("BA + 54/MA + 18") or step label, shorter than a clause.
    static let shortCellLength = 24

    static func tabbed(_ lines: [String]) -> [String] {
        let cells = lines.map(gapSeparatedCells)
        var isRow = cells.map { $0.map(hasAmounts) ?? false }
        guard isRow.contains(true) else { return lines }
        // Grow each run of amount rows by its short-celled neighbours, one line at a time.
        var grew = true
        while grew {
            grew = false
            for index in cells.indices where !isRow[index] && isShortCelled(cells[index]) {
                if (index > 0 && isRow[index - 1]) || (index + 1 < cells.count && isRow[index + 1]) {
                    isRow[index] = true
                    grew = true
                }
            }
        }
        var result = lines
        var index = 0
        var previousAnchors: [Cell] = []
        while index < lines.count {
            guard isRow[index] else { index += 1; continue }
            var end = index
            while end < lines.count, isRow[end] { end += 1 }
            let block = (index..<end).map { cells[$0]! }
            let anchors = anchors(of: block, previous: previousAnchors)
            previousAnchors = anchors
            for (offset, row) in aligned(block, to: anchors).enumerated() {
                result[index + offset] = String(lines[index + offset].prefix { $0 == " " }) + row.joined(separator: "\t")
            }
            index = end
        }
        return result
    }

    /// The cells whose centres mark a block's columns: its fullest row, or the previous block's
    /// when this one is the tail of the same table after a page break (fewer cells, every one
    /// of them under a column of the previous block).
    static func anchors(of block: [[Cell]], previous: [Cell]) -> [Cell] {
        let own = block.filter { hasAmounts($0) }.max { $0.count < $1.count } ?? block.max { $0.count < $1.count } ?? []
        guard previous.count > own.count else { return own }
        let continues = block.allSatisfy { row in
            row.allSatisfy { cell in previous.contains { abs($0.centre - cell.centre) <= continuationSlack } }
        }
        return continues ? previous : own
    }

    /// How far (in half characters) a cell's centre may sit from the column it continues.
    static let continuationSlack = 8

    /// A block's rows with empty cells put back: a blank cell leaves no text in a space layout,
    /// so each cell goes to the anchor column whose centre is nearest its own.
    static func aligned(_ block: [[Cell]], to anchors: [Cell]) -> [[String]] {
        block.map { row in
            guard row.count < anchors.count else { return row.map(\.text) }
            let columns = row.map { cell in anchors.indices.min { abs(anchors[$0].centre - cell.centre) < abs(anchors[$1].centre - cell.centre) }! }
            guard zip(columns, columns.dropFirst()).allSatisfy({ $0 < $1 }) else { return row.map(\.text) }
            var placed = Array(repeating: "", count: anchors.count)
            for (cell, column) in zip(row, columns) { placed[column] = cell.text }
            return placed
        }
    }

    struct Cell {
        let text: String
        /// Twice the character offset of the cell's middle, to stay in integers.
        let centre: Int
    }

    /// The cells of a line split at runs of two or more spaces, or nil when it has tabs already
    /// or too few gaps to be a table row.
    static func gapSeparatedCells(_ line: String) -> [Cell]? {
        var previousWasSpace = false, hasGap = false
        for byte in line.utf8 {
            if byte == 9 { return nil }
            if byte == 32 { if previousWasSpace { hasGap = true }; previousWasSpace = true } else { previousWasSpace = false }
        }
        guard hasGap else { return nil }
        var cells: [Cell] = [], current = "", start = 0, spaces = 0
        for (offset, character) in line.enumerated() {
            if character == " " {
                spaces += 1
                continue
            }
            if !current.isEmpty, spaces >= 2 {
                cells.append(Cell(text: current, centre: start + offset - spaces - 1))
                current = ""
            } else if !current.isEmpty, spaces == 1 {
                current += " "
            }
            if current.isEmpty { start = offset }
            current.append(character)
            spaces = 0
        }
        if !current.isEmpty { cells.append(Cell(text: current, centre: start + line.count - spaces - 1)) }
        return cells.count >= 2 ? cells : nil
    }

    /// Two amounts among three cells or more; or one amount among cells that are all numbers or
    /// the dashes of blank cells ("20   -   -   -   96,761"). At most one cell has words (the
    /// step's name): prose typed with double spaces ("from  $1,300  to  $1,500") has more.
    static func hasAmounts(_ cells: [Cell]) -> Bool {
        // A lone letter is an empty cell's OCR'd dash ("ı", "J"), not a word.
        guard cells.count >= minimumCells, cells.filter({ $0.text.filter(\.isLetter).count >= 2 }).count <= 1 else { return false }
        let amounts = cells.filter { isAmount($0.text) }.count
        return amounts >= minimumAmounts || (amounts == 1 && cells.allSatisfy { isAmount($0.text) || isStepOrBlank($0.text) })
    }

    static func isStepOrBlank(_ cell: String) -> Bool {
        cell.count == 1 || cell.allSatisfy(\.isNumber)
    }

    static func isAmount(_ cell: String) -> Bool {
        cell.count >= 4 && cell.contains(where: \.isNumber) && cell.allSatisfy { $0.isNumber || "$,.-".contains($0) }
    }

    /// A lane header, or a step with a single amount ("12        63,113").
    static func isShortCelled(_ cells: [Cell]?) -> Bool {
        guard let cells, cells.count >= minimumCells || isAmount(cells.last!.text) else { return false }
        return cells.allSatisfy { $0.text.count <= shortCellLength && !$0.text.hasSuffix(".") }
    }
}
