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

    /// Labels compared as words: the truth splits a county row's label by its printed columns
    /// ("03 | 626 | 026 | C039 | Fleet Svcs"), the reader by its wide gaps ("03 | 626 026 | C039 Fleet Svcs").
    static func words(_ label: String) -> String {
        label.split(whereSeparator: { $0 == "|" || $0.isWhitespace }).joined(separator: " ")
    }

    @Test func aCountyClassByStepScheduleIsReadUnderItsLabels() throws {
        let name = "lane-county-local-626-collective-bargaining-agreement"
        let cells = try Self.truth(name)
        let audited = try Audited(path: Package.root.appendingPathComponent("Fixtures/grids/\(name).txt").path)
        try #require(audited.grids.count == 1)
        let grid = audited.grids[0]
        var right = 0
        for cell in cells {
            guard let row = grid.steps.firstIndex(where: { Self.words($0) == Self.words(cell.row) }),
                  let column = grid.columns.firstIndex(of: cell.column) else { continue }
            if grid.cells[row][column] == Money(cell.printed) { right += 1 }
        }
        #expect(right == cells.count, "\(right) of \(cells.count) cells under their labels")
        #expect(audited.extraction.findings.contains { $0.message.contains("taken back into its step column") }, "'Spec, Sr 28.23' repaired and said")
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
    @Test func rangesInAnyOrderAreNoError() throws {
        let audited = try Audited(path: Package.root.appendingPathComponent("Fixtures/grids/state-afscme-real-estate-agency-2025-2027.txt").path)
        #expect(audited.grids.allSatisfy { $0.stepsRunAcross })
        #expect(audited.problems.isEmpty, "\(audited.problems.map(\.message).prefix(3))")
    }
}

/// Raises printed by date in the wage article, checked between the grids titled by those dates.
@Suite struct DatedRaiseTests {
    static func fixture(_ name: String) -> String { Package.root.appendingPathComponent("Fixtures/grids/\(name)").path }

    @Test func theRaisesOfAStateAgreementAreReadAndItsGridsFollowThem() throws {
        let audited = try Audited(path: Self.fixture("state-afscme-real-estate-agency-2025-2027.txt"))
        let rules = audited.audit.rules.map { "\(audited.grids[$0.target].title) = \(audited.grids[$0.base].title) × \($0.factor)" }
        #expect(rules == [
            "SALARY SCHEDULE AS OF FEBRUARY 1, 2026 = SALARY SCHEDULE AS OF JULY 1, 2025 × 1.025",
            "SALARY SCHEDULE AS OF JANUARY 1, 2027 = SALARY SCHEDULE AS OF FEBRUARY 1, 2026 × 1.04",
            "SALARY SCHEDULE AS OF FEBRUARY 1, 2027 = SALARY SCHEDULE AS OF JANUARY 1, 2027 × 1.0",
        ])
        #expect(audited.audit.rules.allSatisfy { $0.tolerance == 2 }, "the printed $2.00 tolerance")
        #expect(audited.audit.checkedCells >= 438)
        #expect(audited.problems.isEmpty, "\(audited.problems.map(\.message).prefix(3))")
    }

    @Test func everyPlantedErrorIsFlaggedAtItsCellAndNothingElse() throws {
        let planted = try String(contentsOfFile: Self.fixture("state-afscme-real-estate-agency-2025-2027.planted.tsv"), encoding: .utf8)
        let changes = planted.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        let audited = try Audited(path: Self.fixture("state-afscme-real-estate-agency-2025-2027.planted.txt"))
        let errors = audited.audit.findings.filter { $0.severity == .error }
        for change in changes {
            let (line, planted, original) = (Int(change[0]), change[5], change[4])
            // A planted base cell (10,036 in July 2025) is found because the later schedules follow the original.
            #expect(errors.contains { $0.location?.line == line && $0.printed == Money(planted) && $0.expected == Money(original) },
                    "planted \(original) → \(planted) at line \(line ?? 0) not flagged with its original")
        }
        #expect(errors.count == changes.count, "\(errors.map(\.message))")
        #expect(audited.problems.count == changes.count)
    }

    @Test func theMilitaryAgreementsTwoPrintedErrorsAndNoOthers() throws {
        let audited = try Audited(path: Self.fixture("state-afscme-oregon-military-department-2025-2027.txt"))
        #expect(audited.problems.map(\.message).sorted() == [
            "SR 27 of 'SALARY SCHEDULE AS OF FEBRUARY 1, 2027' is 8,741 at Step 11, not above Step 10 (9,282)",
            "SR 34I at Step 10 of 'SALARY SCHEDULE AS OF FEBRUARY 1, 2027' is 12,649, expected 13,155 (0% over 'SALARY SCHEDULE AS OF JANUARY 1, 2027')",
        ])
    }

    @Test(arguments: [("differ by two dollars ($2.00) or less per month", 2.0), ("differ by $1 or less", 1.0), ("shall not differ", nil)])
    func printedTolerances(_ text: String, _ expected: Double?) {
        #expect(GridAuditor.printedTolerance(text) == expected)
    }
}

/// A county schedule printed a line per date, its label wrapped around the amounts ("Semi-" /
/// "Monthly"), one amount damaged ("$6.413.83"), the raise in the grid's own title.
@Suite struct WrappedAndDamagedScheduleTests {
    static let path = Package.root.appendingPathComponent("Fixtures/grids/multnomah-county-pharmacists-2025-2028-cba-final-pdf.txt").path

    @Test func everyPrintedCellIsReadAndTheDamagedOneKeptAsPrinted() throws {
        let audited = try Audited(path: Self.path)
        #expect(audited.grids.count == 4)
        #expect(audited.grids.flatMap(\.steps).sorted() == ["Hourly", "Hourly", "Semi-Monthly", "Semi-Monthly"])
        #expect(audited.grids.reduce(0) { $0 + $1.filledCells } == 39)
        let damaged = audited.grids.flatMap(\.implausibleAmounts).filter(\.isDamaged)
        #expect(damaged.map(\.printed) == ["$6.413.83"])
        #expect(audited.problems.map(\.message).contains { $0.contains("'$6.413.83' is damaged") })
    }

    @Test func theRaiseInTheTitleIsCheckedAgainstTheScheduleOfTheDateBefore() throws {
        let audited = try Audited(path: Self.path)
        #expect(audited.audit.rules.count == 2)
        #expect(audited.audit.rules.allSatisfy { $0.factor == 1.0145 && audited.grids[$0.base].steps == audited.grids[$0.target].steps })
        #expect(audited.audit.checkedCells == 19)
        #expect(!audited.audit.findings.contains { $0.severity == .error })
    }
}
