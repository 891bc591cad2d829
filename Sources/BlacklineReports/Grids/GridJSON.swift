import BlacklineGrids
import BlacklineModel
import Foundation

/// `tables --format json` and `audit --format json`, per DESIGN.md: `grids` (title, columns,
/// steps, cells) and `findings` (grid, step, column, printed, expected, rule, severity).
/// Amounts are JSON numbers (cents as decimals); an empty cell is null.
public enum GridJSON {
    public static let schemaVersion = 1

    public static func render(source: String, grids: [SalaryGrid], extraction: [Finding], audit: GridAudit? = nil) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let report = Report(source: source, grids: grids.map(Grid.init), extraction: extraction.map(ParseJSON.FindingJSON.init),
                            findings: audit?.findings.map(AuditFinding.init), checked: audit?.checkedCells,
                            rules: audit.map { $0.rules.map(\.description) + $0.periodRules })
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }

    struct Report: Encodable {
        var schemaVersion = GridJSON.schemaVersion
        var source: String
        var grids: [Grid]
        /// How the grids were read: strike residue, displaced cells, scrambled titles.
        var extraction: [ParseJSON.FindingJSON]
        var findings: [AuditFinding]?
        var checked: Int?
        var rules: [String]?
    }

    struct Grid: Encodable {
        var title: String
        var year: String?
        var days: Int?
        var clause: String
        var stepHeader: String
        var columns: [String]
        var steps: [String]
        var cells: [[Decimal?]]
        var notes: [String]
        var line: Int

        init(_ grid: SalaryGrid) {
            title = grid.title
            year = grid.year
            days = grid.days
            clause = grid.clausePath
            stepHeader = grid.stepHeader
            columns = grid.columns
            steps = grid.steps
            cells = grid.cells.map { row in row.map { $0.map(GridJSON.decimal) } }
            notes = grid.notes
            line = grid.location.line
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(title, forKey: .title)
            try container.encode(year, forKey: .year)
            try container.encode(days, forKey: .days)
            try container.encode(clause, forKey: .clause)
            try container.encode(stepHeader, forKey: .stepHeader)
            try container.encode(columns, forKey: .columns)
            try container.encode(steps, forKey: .steps)
            try container.encode(cells, forKey: .cells) // empty cells as null
            try container.encode(notes, forKey: .notes)
            try container.encode(line, forKey: .line)
        }

        enum Keys: String, CodingKey { case title, year, days, clause, stepHeader, columns, steps, cells, notes, line }
    }

    struct AuditFinding: Encodable {
        var grid: String
        var step: String
        var column: String
        var printed: Decimal?
        var expected: Decimal?
        var rule: String
        var severity: String
        var message: String

        init(_ finding: GridFinding) {
            grid = finding.grid
            step = finding.step
            column = finding.column
            printed = finding.printed.map(GridJSON.decimal)
            expected = finding.expected.map(GridJSON.decimal)
            rule = finding.rule
            severity = finding.severity.rawValue
            message = finding.message
        }
    }

    static func decimal(_ money: Money) -> Decimal {
        Decimal(money.minorUnits) / (money.decimals == 2 ? 100 : 1)
    }
}
