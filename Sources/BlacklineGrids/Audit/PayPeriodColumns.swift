import BlacklineModel

/// Lanes that state one salary per pay period: annual = monthly × 12, annual = daily × days
/// (the schedule's days, "@ 192 Days", or a number in the lane's name, "Daily (190 days)").
/// The smaller amount is usually the rounded one, so the annual amount may differ from the
/// product by up to half a unit × the multiplier: drift, not an error.
enum PayPeriodColumns {
    static func check(_ grids: [SalaryGrid], state: inout AuditState) -> [GridFinding] {
        var findings: [GridFinding] = []
        for (index, grid) in grids.enumerated() {
            guard let annual = lane(grid, "annual") else { continue }
            var relations: [(column: Int, multiplier: Int, name: String)] = []
            if let monthly = lane(grid, "month") { relations.append((monthly, 12, "monthly × 12")) }
            if let daily = lane(grid, "daily") ?? lane(grid, "per diem"),
               let days = daysIn(grid.columns[daily]) ?? grid.days {
                relations.append((daily, days, "daily × \(days) days"))
            }
            for (row, cells) in grid.cells.enumerated() {
                guard annual < cells.count, let printed = cells[annual] else { continue }
                for relation in relations {
                    guard relation.column < cells.count, let part = cells[relation.column] else { continue }
                    state.checked.insert(AuditState.Cell(grid: index, row: row, column: annual))
                    let exact = part.value * Double(relation.multiplier)
                    guard let expected = RuleCheck.rounded(exact, like: printed), expected != printed else { continue }
                    let unit = printed.decimals == 2 ? 100.0 : 1.0
                    let partUnit = part.decimals == 2 ? 0.01 : 1.0
                    // The smaller amount may itself be rounded: half its unit, times the multiplier.
                    let drift = abs(printed.value - exact) <= 0.5 * partUnit * Double(relation.multiplier) + 0.5 / unit + RuleCheck.epsilon
                    let place = "step \(grid.steps[row]) of '\(grid.title)'"
                    findings.append(GridFinding(
                        grid: grid.title, step: grid.steps[row], column: grid.columns[annual], printed: printed, expected: expected,
                        rule: "annual = \(relation.name)", severity: drift ? .info : .error,
                        message: drift ? "\(place): annual \(printed) is \(relation.name) (\(expected)) within rounding of the \(grid.columns[relation.column].lowercased()) amount (drift)"
                            : "\(place): annual \(printed), expected \(expected) (\(relation.name) = \(part) × \(relation.multiplier))",
                        location: grid.rowLocations[row]))
                    if !drift { state.errorCells.insert(AuditState.Cell(grid: index, row: row, column: annual)) }
                }
            }
        }
        return findings
    }

    private static func lane(_ grid: SalaryGrid, _ word: String) -> Int? {
        grid.columns.firstIndex { $0.lowercased().contains(word) }
    }

    private static func daysIn(_ name: String) -> Int? {
        GridText.matches(#"(\d{3})\s*days"#, in: name.lowercased()).flatMap { $0.first }.flatMap(Int.init)
            .flatMap { GridTitle.possibleDays.contains($0) ? $0 : nil }
    }
}
