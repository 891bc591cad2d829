import BlacklineGrids
import BlacklineModel

/// `audit --format csv`: one row per finding, errors first, then warnings, then information (each
/// in the audit's order), amounts as plain numbers, so a payroll analyst can sort and filter them
/// beside the schedule.
///
///     Severity,Grid,Step,Column,Printed,Expected,Difference,Rule,Line,Message
public enum AuditCSV {
    public static let header = ["Severity", "Grid", "Step", "Column", "Printed", "Expected", "Difference", "Rule", "Line", "Message"]

    public static func render(_ audit: GridAudit) -> String {
        let ordered = [Finding.Severity.error, .warning, .info].flatMap { severity in audit.findings.filter { $0.severity == severity } }
        let rows = ordered.map { finding -> [String] in
            let difference = finding.printed.flatMap { printed in finding.expected.map { Money(minorUnits: printed.minorUnits - $0.minorUnits, decimals: printed.decimals) } }
            return [finding.severity.rawValue, finding.grid, finding.step, finding.column,
                    finding.printed.map(GridCSV.plain) ?? "", finding.expected.map(GridCSV.plain) ?? "",
                    difference.map(GridCSV.plain) ?? "", finding.rule, finding.location.map { String($0.line) } ?? "", finding.message]
        }
        return ([header] + rows).map(CSV.line).joined(separator: "\n") + "\n"
    }
}
