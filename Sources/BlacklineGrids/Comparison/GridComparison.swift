import Foundation
import BlacklineModel

/// The same schedule in two versions of an agreement, cell by cell: each new grid beside the old
/// grid it continues (the same title; else the latest old grid with most of its rows and steps),
/// with the raise per cell and the average and range per grid. Rows and columns are matched by
/// their printed labels, so a range added or a step dropped shows as such, not as a shifted raise.
public struct GridComparison: Sendable {
    public struct Cell: Sendable, Hashable {
        public var row: String
        public var column: String
        public var old: Money?
        public var new: Money?

        /// The change in percent of the old amount; nil when either side is missing.
        public var percent: Double? {
            guard let old, let new, old.value > 0 else { return nil }
            return (new.value / old.value - 1) * 100
        }
    }

    public struct Pair: Sendable {
        public var old: SalaryGrid?
        public var new: SalaryGrid
        public var cells: [Cell]

        public var compared: [Double] { cells.compactMap(\.percent) }
        public var average: Double? { compared.isEmpty ? nil : compared.reduce(0, +) / Double(compared.count) }
        public var range: ClosedRange<Double>? { compared.min().flatMap { low in compared.max().map { low...$0 } } }
        public var rowsAdded: [String] { rows(of: new).filter { row in !(old.map(rows) ?? []).contains(row) } }
        public var rowsDropped: [String] { (old.map(rows) ?? []).filter { !rows(of: new).contains($0) } }
        private func rows(of grid: SalaryGrid) -> [String] { grid.steps.map(GridComparison.rowKey) }
    }

    /// Whether anything differs: an amount, a row, a grid without its counterpart.
    public var hasChanges: Bool {
        !unmatchedOld.isEmpty || pairs.contains { pair in
            pair.old == nil || !pair.rowsAdded.isEmpty || !pair.rowsDropped.isEmpty || pair.cells.contains { $0.old != $0.new }
        }
    }

    public var pairs: [Pair]
    /// Old grids no new grid continues.
    public var unmatchedOld: [SalaryGrid]

    public init(old: [SalaryGrid], new: [SalaryGrid]) {
        var used = Set<Int>()
        pairs = new.map { grid in
            let index = Self.counterpart(of: grid, in: old)
            if let index { used.insert(index) }
            let base = index.map { old[$0] }
            return Pair(old: base, new: grid, cells: Self.cells(old: base, new: grid))
        }
        unmatchedOld = old.indices.filter { !used.contains($0) }.map { old[$0] }
    }

    /// The old grid a new one continues: the same title, else the one sharing most labels (at
    /// least half its rows and half its columns), the later of equals.
    static func counterpart(of grid: SalaryGrid, in old: [SalaryGrid]) -> Int? {
        if let same = old.lastIndex(where: { $0.title == grid.title && !$0.title.isEmpty }) { return same }
        func overlap(_ candidate: SalaryGrid) -> Int {
            let rows = Set(candidate.steps.map(rowKey)).intersection(grid.steps.map(rowKey)).count
            let columns = Set(candidate.columns).intersection(grid.columns).count
            guard rows * 2 >= grid.steps.count, columns * 2 >= grid.columns.count else { return 0 }
            return rows * columns
        }
        let scored = old.indices.map { ($0, overlap(old[$0])) }.filter { $0.1 > 0 }
        return scored.max { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// A row's range or class as both versions print it: "15 | AP" (range and pay option) is
    /// range 15 where the next version prints "15".
    static func rowKey(_ label: String) -> String {
        let range = String(label.split(separator: "|").first ?? Substring(label)).trimmingCharacters(in: .whitespaces)
        // "08" and "8" are one range.
        let zeros = range.prefix { $0 == "0" }
        return zeros.count < range.count && range.dropFirst(zeros.count).first?.isNumber == true ? String(range.dropFirst(zeros.count)) : range
    }

    static func cells(old: SalaryGrid?, new: SalaryGrid) -> [Cell] {
        var cells: [Cell] = []
        for (row, label) in new.steps.enumerated() {
            for (column, name) in new.columns.enumerated() {
                let newAmount = column < new.cells[row].count ? new.cells[row][column] : nil
                let oldAmount = old.flatMap { grid -> Money? in
                    guard let oldRow = grid.steps.firstIndex(of: label) ?? grid.steps.firstIndex(where: { rowKey($0) == rowKey(label) }),
                          let oldColumn = grid.columns.firstIndex(of: name),
                          oldColumn < grid.cells[oldRow].count else { return nil }
                    return grid.cells[oldRow][oldColumn]
                }
                guard newAmount != nil || oldAmount != nil else { continue }
                cells.append(Cell(row: label, column: name, old: oldAmount, new: newAmount))
            }
        }
        return cells
    }
}
