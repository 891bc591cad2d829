import BlacklineModel
import Foundation

/// One rule applied to every cell of its target grid.
struct RuleCheck {
    let rule: GridRule
    let grids: [SalaryGrid]
    /// Rules that derive a later grid from this rule's target: when a target cell breaks this
    /// rule but the later grid follows its printed amount, the base cell is the wrong one.
    var successors: [GridRule] = []

    /// Units of tolerance beyond rounding; floating-point noise only.
    static let epsilon = 1e-6
    /// How much better a step offset must fit than none before steps count as renumbered.
    static let renumberingMargin = 0.5

    func run(state: inout AuditState) -> [GridFinding] {
        let base = grids[rule.base], target = grids[rule.target]
        let columns = ColumnMap(base: base, target: target)
        let offset = stepOffset(columns: columns, state: state)
        var findings: [GridFinding] = []
        if offset != 0 {
            findings.append(GridFinding(grid: target.title, step: "", column: "", printed: nil, expected: nil, rule: rule.statement, severity: .info,
                                        message: "steps of '\(target.title)' are renumbered from '\(base.title)': step n follows step n\(offset > 0 ? "+" : "")\(offset)"))
        }
        for (row, cells) in target.cells.enumerated() {
            for (column, printed) in cells.enumerated() {
                guard let printed, let baseValue = baseValue(row: row, column: column, offset: offset, columns: columns, state: state) else { continue }
                let fromSuspect = baseCell(row: row, column: column, offset: offset, columns: columns).map { state.suspectCells.contains($0) } ?? false
                let cell = AuditState.Cell(grid: rule.target, row: row, column: column)
                state.checked.insert(cell)
                let exact = baseValue * rule.factor
                guard let expected = Self.rounded(exact, like: printed), expected != printed else { continue }
                let unit = printed.decimals == 2 ? 100.0 : 1.0
                let distance = abs(Double(printed.minorUnits) - exact * unit)
                let tolerated = rule.tolerance.map { distance <= $0 * unit + Self.epsilon } ?? false
                let drift = distance <= 0.5 * rule.factor + 0.5 + Self.epsilon || tolerated
                let place = target.stepsRunAcross
                    ? "\(target.stepHeader) \(target.steps[row]) at \(target.columns[column]) of '\(target.title)'"
                    : "step \(target.steps[row]) of lane '\(target.columns[column])' of '\(target.title)'"
                let carried = fromSuspect ? "; it carries forward the suspect amount of '\(base.title)'" : ""
                let within = tolerated && distance > 0.5 * rule.factor + 0.5 + Self.epsilon
                    ? "within the $\(String(format: "%.2f", rule.tolerance ?? 0)) the document accepts" : "within rounding of unrounded figures (drift)"
                let message = drift
                    ? "\(place) is \(printed), \(expected) by the rule: \(within)"
                    : "\(place) is \(printed), expected \(expected) (\(ruleName))\(carried)"
                // A base cell found out of line: a target that follows its printed amount is right
                // (the district computed from what it printed); the base was reported already.
                if !drift, let baseCell = baseCell(row: row, column: column, offset: offset, columns: columns),
                   state.errorCells.contains(baseCell) || state.suspectCells.contains(baseCell),
                   let basePrinted = base.cells[baseCell.row][baseCell.column] {
                    let fromPrinted = abs(Double(printed.minorUnits) - basePrinted.value * rule.factor * unit)
                    if fromPrinted <= 0.5 * rule.factor + 0.5 + Self.epsilon || rule.tolerance.map({ fromPrinted <= $0 * unit + Self.epsilon }) == true {
                        findings.append(GridFinding(grid: target.title, step: target.steps[row], column: target.columns[column], printed: printed,
                                                    expected: expected, rule: ruleName, severity: .info,
                                                    message: "\(place) is \(printed): it follows the printed \(basePrinted) of '\(base.title)' (\(ruleName)), "
                                                        + "which is itself out of line and reported there",
                                                    location: target.rowLocations[row], isNote: true))
                        continue
                    }
                }
                if !drift, !fromSuspect, let baseCell = baseCell(row: row, column: column, offset: offset, columns: columns),
                   followedLater(row: row, column: column, printed: printed) {
                    // The later schedule follows this printed amount: the base cell is the one out of line.
                    let baseGrid = grids[rule.base]
                    let basePrinted = baseGrid.cells[baseCell.row][baseCell.column]
                    let expectedBase = basePrinted.flatMap { Self.rounded(printed.value / rule.factor, like: $0) }
                    let basePlace = baseGrid.stepsRunAcross
                        ? "\(baseGrid.stepHeader) \(baseGrid.steps[baseCell.row]) at \(baseGrid.columns[baseCell.column]) of '\(baseGrid.title)'"
                        : "step \(baseGrid.steps[baseCell.row]) of lane '\(baseGrid.columns[baseCell.column])' of '\(baseGrid.title)'"
                    let message = "\(basePlace) is \(basePrinted.map { "\($0)" } ?? "empty"), expected \(expectedBase.map { "\($0)" } ?? "?"): "
                        + "'\(target.title)' (\(printed)) and the schedules after it follow \(expectedBase.map { "\($0)" } ?? "another amount") (\(ruleName))"
                    findings.append(GridFinding(grid: baseGrid.title, step: baseGrid.steps[baseCell.row], column: baseGrid.columns[baseCell.column],
                                                printed: basePrinted, expected: expectedBase, rule: ruleName, severity: .error, message: message,
                                                location: baseGrid.rowLocations[baseCell.row]))
                    state.errorCells.insert(baseCell)
                    continue
                }
                let severity: Finding.Severity = drift ? .info : fromSuspect ? .warning : .error
                findings.append(GridFinding(grid: target.title, step: target.steps[row], column: target.columns[column], printed: printed,
                                            expected: expected, rule: ruleName, severity: severity, message: message,
                                            location: target.rowLocations[row]))
                if !drift {
                    state.errorCells.insert(cell)
                    state.trusted[rule.target][row][column] = exact
                }
            }
        }
        return findings
    }

    /// Whether a later grid derived from the target follows the target's printed amount at this
    /// cell (same row and column labels, within rounding or the printed tolerance).
    private func followedLater(row: Int, column: Int, printed: Money) -> Bool {
        let target = grids[rule.target]
        return successors.contains { next in
            let later = grids[next.target]
            guard let laterRow = later.steps.firstIndex(of: target.steps[row]),
                  let laterColumn = later.columns.firstIndex(of: target.columns[column]),
                  laterColumn < later.cells[laterRow].count, let laterPrinted = later.cells[laterRow][laterColumn] else { return false }
            let unit = laterPrinted.decimals == 2 ? 100.0 : 1.0
            let distance = abs(Double(laterPrinted.minorUnits) - printed.value * next.factor * unit)
            return distance <= 0.5 * next.factor + 0.5 + Self.epsilon || next.tolerance.map { distance <= $0 * unit } == true
        }
    }

    var ruleName: String {
        switch rule.kind {
        case .percentIncrease(let percent): "\(GridRule.format(percent))% over '\(grids[rule.base].title)'"
        case .dayRatio(let baseDays, let targetDays): "\(targetDays)/\(baseDays) of '\(grids[rule.base].title)'"
        }
    }

    private func baseValue(row: Int, column: Int, offset: Int, columns: ColumnMap, state: AuditState) -> Double? {
        guard let cell = baseCell(row: row, column: column, offset: offset, columns: columns),
              cell.column < state.trusted[rule.base][cell.row].count else { return nil }
        return state.trusted[rule.base][cell.row][cell.column]
    }

    /// The base grid's cell that a target cell follows.
    private func baseCell(row: Int, column: Int, offset: Int, columns: ColumnMap) -> AuditState.Cell? {
        let base = grids[rule.base], target = grids[rule.target]
        guard column < columns.baseColumn.count, let baseColumn = columns.baseColumn[column],
              let step = Int(target.steps[row]).map({ String($0 + offset) }) ?? (offset == 0 ? target.steps[row] : nil),
              let baseRow = base.steps.firstIndex(of: step) else { return nil }
        return AuditState.Cell(grid: rule.base, row: baseRow, column: baseColumn)
    }

    /// Steps renumbered between the years ("the zero step will be removed"): the offset under
    /// which clearly more cells follow the rule than under none.
    private func stepOffset(columns: ColumnMap, state: AuditState) -> Int {
        let fits = [0, 1, -1].map { offset in (offset, fitting(offset: offset, columns: columns, state: state)) }
        guard let best = fits.max(by: { $0.1 < $1.1 }), best.0 != 0 else { return 0 }
        return Double(best.1) > Double(fits[0].1) * (1 + Self.renumberingMargin) + 2 ? best.0 : 0
    }

    private func fitting(offset: Int, columns: ColumnMap, state: AuditState) -> Int {
        var count = 0
        for (row, cells) in grids[rule.target].cells.enumerated() {
            for (column, printed) in cells.enumerated() {
                guard let printed, let base = baseValue(row: row, column: column, offset: offset, columns: columns, state: state) else { continue }
                let unit = printed.decimals == 2 ? 100.0 : 1.0
                if abs(Double(printed.minorUnits) - base * rule.factor * unit) <= 0.5 * rule.factor + 0.5 + Self.epsilon { count += 1 }
            }
        }
        return count
    }

    /// The exact value rounded half up to the printed unit; nil past a plausible amount, where
    /// the conversion to Int could trap (rules and cells are kept within it, so only a grid
    /// built by hand reaches this).
    static func rounded(_ exact: Double, like printed: Money) -> Money? {
        guard PlausibleValue.isWithin(exact, PlausibleValue.largestAmount) else { return nil }
        let unit = printed.decimals == 2 ? 100.0 : 1.0
        return Money(minorUnits: Int((exact * unit + 1e-9).rounded(.toNearestOrAwayFromZero)), decimals: printed.decimals)
    }
}
