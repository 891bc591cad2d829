import BlacklineGrids
import BlacklineModel
import Foundation
import Testing

/// County schedules that print each class on a line per pay period (Hour / Month / Annual, or
/// Value / Month / Year under a class label and a header of its own): every amount under its
/// class, period and step, and the lines of a class checked against each other by the factors
/// the grid itself follows.
@Suite struct PeriodLinesTests {
    static let layouts = ["washington-county-teamsters-2022-2026-agreement", "marion-county-mcdaa-cba"]

    static func fixture(_ name: String) -> String { Package.root.appendingPathComponent("Fixtures/grids/\(name)").path }

    /// The label's words, for comparing labels whose fragments come from several printed lines.
    static func words(_ label: String) -> [String] {
        label.split(whereSeparator: { $0 == "|" || $0.isWhitespace }).map(String.init)
    }

    @Test(arguments: layouts) func everyAmountUnderItsClassPeriodAndStep(_ name: String) throws {
        let cells = try RealScheduleTruthTests.truth(name)
        let audited = try Audited(path: Self.fixture("\(name).txt"))
        try #require(audited.grids.count == 1, "grids: \(audited.grids.map(\.title))")
        let grid = audited.grids[0]
        var truthRows: [String] = []
        for cell in cells where truthRows.last != cell.row { truthRows.append(cell.row) }
        try #require(grid.steps.count == truthRows.count, "\(grid.steps.count) rows read, \(truthRows.count) printed")
        #expect(Set(grid.rowClasses ?? []).count * 3 == truthRows.count, "three lines per class")
        var right = 0
        for cell in cells {
            guard let row = truthRows.firstIndex(of: cell.row), let column = grid.columns.firstIndex(of: cell.column) else { continue }
            // Every printed word of the label is kept; a plan name printed beside a class label line may join it.
            let read = Self.words(grid.steps[row]), printed = Self.words(cell.row)
            let labelKept = printed.allSatisfy { word in read.filter { $0 == word }.count >= printed.filter { $0 == word }.count }
            if labelKept, read.last == printed.last, grid.cells[row][column] == Money(cell.printed) { right += 1 }
        }
        #expect(right == cells.count, "\(right) of \(cells.count) cells under their labels")
    }

    @Test(arguments: layouts) func theFactorsAreFoundAndTheCleanScheduleChecksWhole(_ name: String) throws {
        let audited = try Audited(path: Self.fixture("\(name).txt"))
        #expect(audited.audit.periodRules.count == 1)
        #expect(audited.audit.periodRules.first?.contains("× 2080") == true, "\(audited.audit.periodRules)")
        #expect(audited.audit.checkedCells == audited.grids.reduce(0) { $0 + $1.filledCells })
        #expect(audited.problems.isEmpty, "\(audited.problems.map(\.message).prefix(3))")
    }

    @Test(arguments: layouts) func everyPlantedErrorIsFlaggedOnItsOwnLineWithItsOriginal(_ name: String) throws {
        let planted = try String(contentsOfFile: Self.fixture("\(name).planted.tsv"), encoding: .utf8)
        let changes = planted.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        let audited = try Audited(path: Self.fixture("\(name).planted.txt"))
        let errors = audited.audit.findings.filter { $0.severity == .error }
        for change in changes {
            let (line, column, original, plantedValue) = (Int(change[0]), change[3], change[4], change[5])
            #expect(errors.contains { $0.location?.line == line && $0.column == column && $0.printed == Money(plantedValue) && $0.expected == Money(original) },
                    "planted \(original) → \(plantedValue) at line \(line ?? 0) not flagged with its original")
        }
        #expect(errors.count == changes.count, "\(errors.map(\.message))")
    }

    /// A grid made by hand: two classes of Hour and Biweekly lines (× 80), the second's Step 2
    /// biweekly amount wrong.
    static func biweekly(_ wrong: Money) -> SalaryGrid {
        let location = SourceLocation(line: 1)
        var grid = SalaryGrid(title: "Schedule", stepHeader: "Class", columns: ["Step 1", "Step 2", "Step 3"],
                              steps: ["A | Hour", "A | Biweekly", "B | Hour", "B | Biweekly", "C | Hour", "C | Biweekly"],
                              cells: [[Money("20.00"), Money("21.00"), Money("22.05")], [Money("1,600.00"), Money("1,680.00"), Money("1,764.00")],
                                      [Money("25.00"), Money("26.25"), Money("27.56")], [Money("2,000.00"), wrong, Money("2,204.80")],
                                      [Money("30.00"), Money("31.50"), Money("33.08")], [Money("2,400.00"), Money("2,520.00"), Money("2,646.40")]],
                              clausePath: "A", location: location)
        grid.rowPeriods = ["Hour", "Biweekly", "Hour", "Biweekly", "Hour", "Biweekly"]
        grid.rowClasses = [0, 0, 1, 1, 2, 2]
        return grid
    }

    @Test func twoLinesAClassTheDerivedLineIsBlamed() throws {
        let agreement = Agreement(source: "hand", format: .text, clauses: [])
        let clean = GridAuditor.audit([Self.biweekly(try #require(Money("2,100.00")))], in: agreement)
        #expect(clean.periodRules == ["'Schedule': Biweekly = Hour × 80 (found in the grid, to the cent, 9 pairs of amounts)"])
        #expect(clean.errors.isEmpty)
        #expect(clean.checkedCells == 18)
        let audit = GridAuditor.audit([Self.biweekly(try #require(Money("2,010.00")))], in: agreement)
        #expect(audit.errors.map(\.message) == [
            "B | Biweekly at Step 2 of 'Schedule' is 2,010.00, expected 2,100.00 (Biweekly = Hour × 80; the class's other lines agree with each other, not with its Biweekly line)",
        ])
    }
}
