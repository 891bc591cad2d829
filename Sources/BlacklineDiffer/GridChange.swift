import BlacklineGrids
import BlacklineModel

/// A salary grid that appeared, went, or changed between two versions, as one object: its
/// title and size, and for a changed grid the cells that changed (row, column, old, new,
/// percent) with the average and range of the raise, never the words of its rows.
public struct GridChange: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case added, deleted, modified }

    public struct Cell: Sendable, Hashable, Codable {
        public var row: String
        public var column: String
        public var old: Money?
        public var new: Money?
        public var percent: Double?
    }

    public var kind: Kind
    public var title: String
    /// The old title, when a changed grid's title changed too.
    public var oldTitle: String?
    public var rows: Int
    public var columns: Int
    public var amounts: Int
    /// Cells whose amount changed, appeared or went (changed grids only).
    public var cells: [Cell] = []
    public var rowsAdded: [String] = []
    public var rowsDropped: [String] = []
    /// The raise over the cells in both versions, in percent: average, lowest, highest.
    public var average: Double?
    public var lowest: Double?
    public var highest: Double?

    init(_ kind: Kind, _ grid: SalaryGrid) {
        self.kind = kind
        title = grid.title
        rows = grid.steps.count
        columns = grid.columns.count
        amounts = grid.filledCells
    }

    /// "'2007 - 2008 @ 192 Days' (14 steps × 6 lanes, 84 amounts)".
    public var shape: String {
        "'\(title.isEmpty ? "untitled grid" : title)' (\(rows) row\(rows == 1 ? "" : "s") × \(columns) column\(columns == 1 ? "" : "s"), \(amounts) amounts)"
    }

    /// The grids of two versions of one clause, paired one to one (an unchanged grid first, then
    /// the same title, then most shared rows and columns, as `GridComparison` pairs them) and
    /// compared.
    static func changes(old: [SalaryGrid], new: [SalaryGrid]) -> [GridChange] {
        guard !old.isEmpty || !new.isEmpty else { return [] }
        var partner: [Int: Int] = [:]
        var used = Set<Int>()
        func pair(_ rule: (SalaryGrid, SalaryGrid) -> Bool) {
            for (index, grid) in new.enumerated() where partner[index] == nil {
                if let match = old.indices.first(where: { !used.contains($0) && rule(old[$0], grid) }) {
                    partner[index] = match
                    used.insert(match)
                }
            }
        }
        pair { $0.title == $1.title && $0.steps == $1.steps && $0.columns == $1.columns && $0.cells == $1.cells }
        pair { !$0.title.isEmpty && $0.title == $1.title }
        for (index, grid) in new.enumerated() where partner[index] == nil {
            let free = old.indices.filter { !used.contains($0) }
            guard let base = GridComparison(old: free.map { old[$0] }, new: [grid]).pairs.first?.old,
                  let match = free.first(where: { old[$0] == base }) else { continue }
            partner[index] = match
            used.insert(match)
        }
        var changes: [GridChange] = []
        for (index, grid) in new.enumerated() {
            guard let match = partner[index] else {
                changes.append(GridChange(.added, grid))
                continue
            }
            let before = old[match]
            guard let compared = GridComparison(old: [before], new: [grid]).pairs.first else { continue }
            let changed = compared.cells.filter { $0.old != $0.new }
            guard !changed.isEmpty || !compared.rowsAdded.isEmpty || !compared.rowsDropped.isEmpty || before.title != grid.title else { continue }
            var change = GridChange(.modified, grid)
            if before.title != grid.title { change.oldTitle = before.title }
            change.cells = changed.map { Cell(row: $0.row, column: $0.column, old: $0.old, new: $0.new, percent: $0.percent) }
            change.rowsAdded = compared.rowsAdded
            change.rowsDropped = compared.rowsDropped
            // The grid's raise, over every cell in both versions; none when no amount changed
            // (cells that appeared or went have no raise).
            if changed.contains(where: { $0.percent != nil }) {
                change.average = compared.average
                change.lowest = compared.range?.lowerBound
                change.highest = compared.range?.upperBound
            }
            changes.append(change)
        }
        changes += old.indices.filter { !used.contains($0) }.map { GridChange(.deleted, old[$0]) }
        return changes
    }
}
