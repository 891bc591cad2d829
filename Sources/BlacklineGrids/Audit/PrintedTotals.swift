import BlacklineModel

/// Sums the grid prints itself: a "Total" row under the steps (each column's sum) and a
/// "Total" lane (each step's sum of the other lanes). Printed amounts add up exactly, so any
/// difference is an error.
enum PrintedTotals {
    static func check(_ grids: [SalaryGrid], state: inout AuditState) -> [GridFinding] {
        grids.indices.flatMap { index in
            // Step totals first: a wrong one is corrected before the grand total is added up.
            var corrected = grids[index].cells
            let steps = stepTotals(grids[index], index: index, corrected: &corrected, state: &state)
            return steps + laneTotals(grids[index], cells: corrected)
        }
    }

    private static func laneTotals(_ grid: SalaryGrid, cells: [[Money?]]) -> [GridFinding] {
        guard let totals = grid.totals else { return [] }
        return totals.enumerated().compactMap { column, printed -> GridFinding? in
            guard let printed, column < grid.columns.count else { return nil }
            let amounts = cells.compactMap { column < $0.count ? $0[column] : nil }
            guard amounts.allSatisfy({ $0.decimals == printed.decimals }) else { return nil }
            guard let sum = Self.sum(amounts, decimals: printed.decimals), sum != printed else { return nil }
            return GridFinding(grid: grid.title, step: "Total", column: grid.columns[column], printed: printed, expected: sum,
                               rule: "printed total of lane '\(grid.columns[column])'", severity: .error,
                               message: "the total of lane '\(grid.columns[column])' of '\(grid.title)' is printed \(printed); its \(amounts.count) amounts add up to \(sum)",
                               location: grid.rowLocations.last)
        }
    }

    /// The amounts added up exactly; nil when the sum would overflow Int (a grid built by hand
    /// with implausible amounts: the extractor keeps them out of cells).
    static func sum(_ amounts: [Money], decimals: Int) -> Money? {
        var total = 0
        for amount in amounts {
            let (next, overflowed) = total.addingReportingOverflow(amount.minorUnits)
            guard !overflowed else { return nil }
            total = next
        }
        return Money(minorUnits: total, decimals: decimals)
    }

    private static func stepTotals(_ grid: SalaryGrid, index: Int, corrected: inout [[Money?]], state: inout AuditState) -> [GridFinding] {
        guard let totalColumn = grid.columns.firstIndex(where: { $0.lowercased().hasPrefix("total") }) else { return [] }
        var findings: [GridFinding] = []
        for (row, cells) in grid.cells.enumerated() {
            guard totalColumn < cells.count, let printed = cells[totalColumn] else { continue }
            let parts = cells.enumerated().filter { $0.offset != totalColumn }.compactMap(\.element)
            guard !parts.isEmpty, parts.allSatisfy({ $0.decimals == printed.decimals }),
                  let sum = Self.sum(parts, decimals: printed.decimals) else { continue }
            state.checked.insert(AuditState.Cell(grid: index, row: row, column: totalColumn))
            guard sum != printed else { continue }
            findings.append(GridFinding(grid: grid.title, step: grid.steps[row], column: grid.columns[totalColumn], printed: printed, expected: sum,
                                        rule: "printed total of step \(grid.steps[row])", severity: .error,
                                        message: "the total of step \(grid.steps[row]) of '\(grid.title)' is printed \(printed); its lanes add up to \(sum)",
                                        location: grid.rowLocations[row]))
            state.errorCells.insert(AuditState.Cell(grid: index, row: row, column: totalColumn))
            corrected[row][totalColumn] = sum
        }
        return findings
    }
}
