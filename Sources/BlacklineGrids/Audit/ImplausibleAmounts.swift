import BlacklineModel

/// Amounts past `PlausibleValue.largestAmount`: the extractor leaves their cells empty and
/// records them (`SalaryGrid.implausibleAmounts`); a grid built by hand may still hold one in a
/// cell, which no check then trusts. Each is said once, as a warning: a grid with such an amount
/// is not what it seems, and its cells were not checked.
enum ImplausibleAmounts {
    static func findings(_ grids: [SalaryGrid]) -> [GridFinding] {
        grids.flatMap { grid in
            let recorded = grid.implausibleAmounts.map { amount in
                GridFinding(grid: grid.title, step: amount.step, column: amount.column, printed: nil, expected: nil,
                            rule: "plausible amount", severity: .warning, message: amount.message(grid: grid.title), location: amount.location)
            }
            return recorded + inCells(grid)
        }
    }

    private static func inCells(_ grid: SalaryGrid) -> [GridFinding] {
        grid.cells.enumerated().flatMap { row, cells in
            cells.enumerated().compactMap { column, money -> GridFinding? in
                guard let money, !money.isPlausible, row < grid.steps.count, column < grid.columns.count else { return nil }
                let amount = ImplausibleAmount(step: grid.steps[row], column: grid.columns[column], printed: money.description,
                                               location: row < grid.rowLocations.count ? grid.rowLocations[row] : grid.location)
                return GridFinding(grid: grid.title, step: amount.step, column: amount.column, printed: money, expected: nil,
                                   rule: "plausible amount", severity: .warning, message: amount.message(grid: grid.title), location: amount.location)
            }
        }
    }
}
