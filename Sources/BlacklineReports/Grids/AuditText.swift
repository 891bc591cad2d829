import BlacklineGrids
import BlacklineModel

/// `blackline audit --format text`: the rules found, how many cells each check reached, then
/// every error and warning; information (rounding drift, rules whose base grid is not printed)
/// is counted per grid, and listed with `verbose`.
public enum AuditText {
    public static func render(source: String, grids: [SalaryGrid], audit: GridAudit, verbose: Bool = false) -> String {
        var lines = ["\(source): \(grids.count) grid\(grids.count == 1 ? "" : "s"), \(grids.reduce(0) { $0 + $1.filledCells }) amounts"]
        for (index, grid) in grids.enumerated() {
            let shape = "\(grid.steps.count) steps × \(grid.columns.count) lanes, \(grid.filledCells) amounts"
            lines.append("  grid \(index + 1): \(grid.title)\(grid.days.map { " (\($0) days)" } ?? "") — \(shape), clause \(grid.clausePath)")
        }
        lines.append("")
        if audit.rules.isEmpty {
            lines.append("rules: none printed that relate these grids")
        } else {
            lines.append("rules:")
            for rule in audit.rules {
                lines.append("  \(grids[rule.target].title)\(days(grids[rule.target])) = \(describe(rule, grids: grids))")
            }
        }
        if !audit.periodRules.isEmpty {
            lines.append("pay periods of a class:")
            lines += audit.periodRules.map { "  " + $0 }
        }
        lines.append("")
        lines.append("checked \(audit.checkedCells) amount\(audit.checkedCells == 1 ? "" : "s") against a printed rule\(audit.periodRules.isEmpty ? "" : " or pay-period factor"); \(audit.uncheckedCells) no rule reaches (structure checked only)")
        for severity in [Finding.Severity.error, .warning] {
            let found = audit.findings.filter { $0.severity == severity }
            guard !found.isEmpty else { continue }
            lines.append("")
            lines += found.map { "\(severity.rawValue): \($0.message)" }
        }
        let info = audit.findings.filter { $0.severity == .info }
        if !info.isEmpty {
            lines.append("")
            if verbose {
                lines += info.map { "info: \($0.message)" }
            } else {
                let drift = info.filter { !$0.step.isEmpty && !$0.isNote && !$0.isDetail }
                var perGrid: [String: Int] = [:]
                for finding in drift { perGrid[finding.grid, default: 0] += 1 }
                for grid in grids.map(\.title) where perGrid[grid] != nil {
                    lines.append("info: \(perGrid[grid] ?? 0) amount\(perGrid[grid] == 1 ? "" : "s") of '\(grid)' within rounding drift of their rule")
                    perGrid[grid] = nil
                }
                lines += info.filter { $0.step.isEmpty || $0.isNote }.map { "info: \($0.message)" }
            }
        }
        let errors = audit.findings.filter { $0.severity == .error }.count
        let warnings = audit.findings.filter { $0.severity == .warning }.count
        lines.append("")
        lines.append(errors + warnings == 0 ? "no errors" : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func days(_ grid: SalaryGrid) -> String {
        grid.days.map { " @ \($0) days" } ?? ""
    }

    private static func describe(_ rule: GridRule, grids: [SalaryGrid]) -> String {
        let base = grids[rule.base]
        switch rule.kind {
        case .percentIncrease(let percent):
            return "\(base.title)\(days(base)) + \(GridRule.format(percent))%  (\"\(rule.statement)\")"
        case .dayRatio(let baseDays, let targetDays):
            return "\(base.title)\(days(base)) × \(targetDays)/\(baseDays)"
        }
    }
}
