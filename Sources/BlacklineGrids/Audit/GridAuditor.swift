import BlacklineModel

/// Checks every cell of every grid against the rules the document prints (`RuleReader`), then
/// the grids' own structure (`GridStructure`).
///
/// A printed amount is right when it equals the rule's value rounded to the printed unit. It is
/// *rounding drift* (information, not an error) when the district evidently computed from
/// unrounded figures: the base cell it was derived from is itself rounded, so its true value lies
/// within half a unit, and the new amount may differ from the rounded product by up to
/// 0.5 × factor + 0.5 units. Anything farther is an error.
///
/// Rules run in the order of the years they reach, and a cell found wrong is replaced by its
/// expected value before later grids are checked against it: one wrong cell is reported once,
/// not again in every schedule derived from it.
public enum GridAuditor {
    public static func audit(_ grids: [SalaryGrid], in agreement: Agreement) -> GridAudit {
        let reading = RuleReader.rules(for: grids, in: agreement)
        var state = AuditState(grids: grids)
        var findings = reading.implausible.map { message in
            GridFinding(grid: "", step: "", column: "", printed: nil, expected: nil, rule: message, severity: .warning, message: message)
        }
        findings += reading.unresolved.map { statement in
            GridFinding(grid: "", step: "", column: "", printed: nil, expected: nil, rule: statement, severity: .info,
                        message: "rule cannot be checked: \(statement)")
        }
        findings += ImplausibleAmounts.findings(grids)
        let ordered = reading.rules.sorted { lhs, rhs in
            (grids[lhs.target].startYear ?? 0, lhs.kind.isDayRatio ? 1 : 0) < (grids[rhs.target].startYear ?? 0, rhs.kind.isDayRatio ? 1 : 0)
        }
        // Grids no rule derives from another are checked against their own pattern first, so
        // a suspect amount is corrected before later schedules are compared with it.
        let pattern = DiagonalPattern.findings(grids, derived: Set(ordered.filter { !$0.kind.isDayRatio }.map(\.target)))
        for finding in pattern {
            guard let grid = grids.firstIndex(where: { $0.title == finding.grid }), let row = grids[grid].steps.firstIndex(of: finding.step),
                  let column = grids[grid].columns.firstIndex(of: finding.column), let expected = finding.expected else { continue }
            state.trusted[grid][row][column] = expected.value
            state.suspectCells.insert(AuditState.Cell(grid: grid, row: row, column: column))
        }
        findings += pattern
        findings += StatedAmounts.check(grids, in: agreement, state: &state)
        findings += PrintedTotals.check(grids, state: &state)
        findings += PayPeriodColumns.check(grids, state: &state)
        let periodLines = PeriodLines.check(grids, state: &state)
        findings += periodLines.findings
        for rule in ordered {
            // Only a later schedule's raise tells which of two cells is out of line; a twin of the
            // same year (days ratio) follows the target whatever its base says.
            let later = ordered.filter { $0.base == rule.target && $0.target != rule.base && !$0.kind.isDayRatio }
            findings += OtherFactor.summarized(RuleCheck(rule: rule, grids: grids, successors: later).run(state: &state), rule: rule, grids: grids)
        }
        findings += GridStructure.findings(grids, errorCells: state.errorCells.union(state.suspectCells))
        findings += UnreadAmountTables.findings(grids, in: agreement)
        return GridAudit(findings: merged(findings), checkedCells: state.checked.count,
                         uncheckedCells: grids.reduce(0) { $0 + $1.filledCells } - state.checked.count, rules: ordered,
                         periodRules: periodLines.rules)
    }

    /// The tolerance a sentence prints ("differ by two dollars ($2.00) or less"), for tests and tools.
    public static func printedTolerance(_ text: String) -> Double? { DatedRaises.tolerance(text) }

    /// One finding per cell: the most severe, naming every rule it breaks.
    private static func merged(_ findings: [GridFinding]) -> [GridFinding] {
        var order: [String] = []
        var byCell: [String: GridFinding] = [:]
        for finding in findings {
            let key = finding.step.isEmpty ? "\(order.count)" : "\(finding.grid)|\(finding.step)|\(finding.column)|\(finding.severity.rawValue)"
            if var existing = byCell[key] {
                existing.rule += "; " + finding.rule
                byCell[key] = existing
            } else {
                byCell[key] = finding
                order.append(key)
            }
        }
        return order.compactMap { byCell[$0] }
    }
}

extension GridRule.Kind {
    var isDayRatio: Bool {
        if case .dayRatio = self { return true }
        return false
    }
}

/// Values the checks trust (printed, or expected where a printed one was wrong) and what has
/// been checked so far.
struct AuditState {
    struct Cell: Hashable {
        var grid: Int, row: Int, column: Int
    }

    var trusted: [[[Double?]]]
    var checked = Set<Cell>()
    var errorCells = Set<Cell>()
    /// Cells a pattern (not a printed rule) found wrong; what follows from them is only suspect.
    var suspectCells = Set<Cell>()

    init(grids: [SalaryGrid]) {
        // An implausible amount is never a base for another: see `ImplausibleAmounts`.
        trusted = grids.map { grid in grid.cells.map { row in row.map { $0.flatMap { $0.isPlausible ? $0.value : nil } } } }
    }
}
