import BlacklineGrids
import BlacklineModel
import Foundation
import Testing

/// Issue 16 on real agreements (Fixtures/grids, truth made and checked by
/// Scripts/fixtures/grid_truth.py): every printed amount of a schedule read under the row and
/// column labels it is printed under.
@Suite struct RealScheduleTruthTests {
    struct TruthCell: Hashable {
        var title: String
        var row: String
        var column: String
        var printed: String
    }

    static func truth(_ name: String) throws -> [TruthCell] {
        let text = try String(contentsOf: Package.root.appendingPathComponent("Fixtures/grids/\(name).grids.tsv"), encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let header = rows.first ?? []
        guard let title = header.firstIndex(of: "title"), let row = header.firstIndex(of: "row"), let column = header.firstIndex(of: "column"),
              let printed = header.firstIndex(of: "printed") else { return [] }
        return rows.dropFirst().map { TruthCell(title: $0[title], row: $0[row], column: $0[column], printed: $0[printed]) }
    }

    /// Range × step schedules of state agreements, one grid per effective date.
    static let rangeBySteps = ["state-afscme-real-estate-agency-2025-2027", "state-afscme-oregon-military-department-2025-2027"]

    @Test(arguments: rangeBySteps) func everyCellUnderItsLabels(_ name: String) throws {
        let cells = try Self.truth(name)
        let audited = try Audited(path: Package.root.appendingPathComponent("Fixtures/grids/\(name).txt").path)
        let titles = Set(cells.map(\.title))
        #expect(Set(audited.grids.map(\.title)) == titles, "grids found: \(audited.grids.map(\.title))")
        var right = 0
        var wrong: [TruthCell] = []
        for cell in cells {
            let amount = Money(cell.printed)
            let found = audited.grids.first { $0.title == cell.title }.flatMap { grid -> Money?? in
                guard let row = grid.steps.firstIndex(of: cell.row), let column = grid.columns.firstIndex(of: cell.column) else { return nil }
                return grid.cells[row][column]
            }
            if let found, found == amount { right += 1 } else { wrong.append(cell) }
        }
        let share = Double(right) / Double(max(cells.count, 1))
        #expect(share >= 0.99, "\(name): \(right) of \(cells.count) cells under their labels; first wrong: \(wrong.prefix(5))")
    }
}

/// Steps printed across rows of ranges: the structure check follows the steps, not the rows.
@Suite struct StepsAcrossStructureTests {
    @Test func aRealPrintedErrorIsFlaggedAndRangeOrderIsNot() throws {
        let audited = try Audited(path: Package.root.appendingPathComponent("Fixtures/grids/state-afscme-oregon-military-department-2025-2027.txt").path)
        // Range 27's Step 11 prints 8,741 below its Step 10 (9,282): a real error of the agreement.
        #expect(audited.problems.map(\.message) == ["SR 27 of 'SALARY SCHEDULE AS OF FEBRUARY 1, 2027' is 8,741 at Step 11, not above Step 10 (9,282)"])
    }

    @Test func rangesInAnyOrderAreNoError() throws {
        let audited = try Audited(path: Package.root.appendingPathComponent("Fixtures/grids/state-afscme-real-estate-agency-2025-2027.txt").path)
        #expect(audited.grids.allSatisfy { $0.stepsRunAcross })
        #expect(audited.problems.isEmpty, "\(audited.problems.map(\.message).prefix(3))")
    }
}
