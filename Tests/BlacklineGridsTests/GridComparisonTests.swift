import BlacklineGrids
import BlacklineModel
import Testing

/// Issue 16: the same schedule in two versions, cell by cell.
@Suite struct GridComparisonTests {
    static let schedule2025 = """
    ARTICLE 20 - WAGES
    SALARY SCHEDULE AS OF JULY 1, 2025
       SR       Step 1     Step 2     Step 3
       08                              3,649
       15C        3,720      3,872     4,034
    """

    static let schedule2026 = """
    ARTICLE 20 - WAGES
    SALARY SCHEDULE AS OF FEBRUARY 1, 2026
       SR       Step 1     Step 2     Step 3     Step 4
       8                               3,740      3,890
       15C        3,813      3,969     4,135      4,300
       17         4,050      4,219     4,404      4,608
    """

    @Test func eachCellIsComparedUnderItsLabels() throws {
        let old = Audited(text: Self.schedule2025).grids, new = Audited(text: Self.schedule2026).grids
        try #require(old.count == 1 && new.count == 1)
        let comparison = GridComparison(old: old, new: new)
        let pair = try #require(comparison.pairs.first)
        #expect(pair.old?.title == "SALARY SCHEDULE AS OF JULY 1, 2025", "matched by its rows and steps, not its title")
        #expect(pair.compared.count == 4)
        #expect(abs((pair.average ?? 0) - 2.5) < 0.01)
        #expect(pair.rowsAdded == ["17"])
        #expect(pair.rowsDropped.isEmpty, "'08' and '8' are one range")
        #expect(pair.cells.contains { $0.row == "15C" && $0.column == "Step 4" && $0.old == nil && $0.new == Money("4,300") })
        #expect(comparison.hasChanges)
    }

    @Test func aGridComparedWithItselfHasNoChanges() {
        let grids = Audited(text: Self.schedule2026).grids
        let comparison = GridComparison(old: grids, new: grids)
        #expect(!comparison.hasChanges)
        #expect(comparison.pairs.first?.average == 0)
    }
}
