import BlacklineModel

/// The shape every salary grid has, whatever its rules: amounts rise down each lane (a step
/// more of experience pays more) and along each step (a lane more of education pays more).
/// Pairs that hold a cell already found wrong by a printed rule are left out, so one wrong cell
/// is not reported twice.
enum GridStructure {
    static func findings(_ grids: [SalaryGrid], errorCells: Set<AuditState.Cell>) -> [GridFinding] {
        var findings: [GridFinding] = []
        for (index, grid) in grids.enumerated() {
            func isError(_ row: Int, _ column: Int) -> Bool { errorCells.contains(AuditState.Cell(grid: index, row: row, column: column)) }
            // Steps printed across (a row per salary range or class, "Step 1 … Step 10" above):
            // amounts rise along each row; the rows themselves come in any order ("15C" before "15").
            let stepsAcross = grid.stepsRunAcross
            for column in grid.columns.indices where !stepsAcross {
                var previous: (row: Int, amount: Money)?
                for row in grid.cells.indices {
                    guard column < grid.cells[row].count, let amount = grid.cells[row][column] else { continue }
                    if let before = previous, amount <= before.amount, !isError(row, column), !isError(before.row, column) {
                        findings.append(finding(grid, row: row, column: column, amount: amount,
                                                "step \(grid.steps[row]) of lane '\(grid.columns[column])' of '\(grid.title)' is \(amount), not above step \(grid.steps[before.row]) (\(before.amount))",
                                                rule: "steps rise down a lane"))
                    }
                    previous = (row, amount)
                }
            }
            // Pay-period lanes (annual, monthly, daily) fall along a step by design.
            let payPeriods = grid.columns.contains { name in ["annual", "month", "daily", "per diem"].contains { name.lowercased().contains($0) } }
            for (row, cells) in grid.cells.enumerated() where !payPeriods {
                var previous: (column: Int, amount: Money)?
                for (column, amount) in cells.enumerated() {
                    guard let amount else { continue }
                    // Across steps only the columns that name steps are held to rising amounts, and
                    // a flat rate (every step the same) is no error.
                    if stepsAcross, !SalaryGrid.namesStep(grid.columns[column]) { continue }
                    if let before = previous, stepsAcross ? amount < before.amount : amount <= before.amount,
                       !isError(row, column), !isError(row, before.column) {
                        let message = stepsAcross
                            ? "\(grid.stepHeader) \(grid.steps[row]) of '\(grid.title)' is \(amount) at \(grid.columns[column]), not above \(grid.columns[before.column]) (\(before.amount))"
                            : "step \(grid.steps[row]) of lane '\(grid.columns[column])' of '\(grid.title)' is \(amount), not above lane '\(grid.columns[before.column])' (\(before.amount))"
                        findings.append(finding(grid, row: row, column: column, amount: amount, message,
                                                rule: stepsAcross ? "steps rise along a row" : "lanes rise along a step"))
                    }
                    previous = (column, amount)
                }
            }
        }
        return findings
    }

    private static func finding(_ grid: SalaryGrid, row: Int, column: Int, amount: Money, _ message: String, rule: String) -> GridFinding {
        GridFinding(grid: grid.title, step: grid.steps[row], column: grid.columns[column], printed: amount, expected: nil,
                    rule: rule, severity: .warning, message: message, location: grid.rowLocations[row])
    }
}
