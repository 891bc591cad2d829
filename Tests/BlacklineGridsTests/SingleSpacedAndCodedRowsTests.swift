import BlacklineGrids
import BlacklineModel
import Foundation
import Testing

/// Two conventions of the corpus pinned down on precise inputs: a class table set with single
/// spaces (no sentence wraps into its rows), and state ranges printed with a pay-option code in
/// a column of its own ("15  AP").
@Suite struct SingleSpacedAndCodedRowsTests {
    @Test func aClassTableSetWithSingleSpacesIsAGridNotAParagraph() throws {
        let audited = Audited(text: """
        SCHEDULE A

        Salary Tables
        BGU PLAN GRADE CODE TITLE STEP 1 STEP 2 STEP 3 STEP 4
        01 AFS 034 *B073 Abuse Investigator 30.12 31.26 32.36 33.58
        01 AFS 040 *A032 Accountant 34.94 36.21 37.55 38.94
        01 AFS 032 *A033 Accounting Analyst 28.69 29.72 30.81 31.99

        """)
        try #require(audited.grids.count == 1, "\(audited.grids.map(\.title))")
        let grid = audited.grids[0]
        #expect(grid.columns == ["STEP 1", "STEP 2", "STEP 3", "STEP 4"])
        #expect(grid.steps == ["01 AFS 034 *B073 Abuse Investigator", "01 AFS 040 *A032 Accountant", "01 AFS 032 *A033 Accounting Analyst"])
        #expect(grid.cell(step: "01 AFS 040 *A032 Accountant", column: "STEP 3") == Money("37.55"))
        #expect(grid.filledCells == 12)
    }

    @Test func aRangeWithItsPayOptionIsOneRowLabel() throws {
        let audited = Audited(text: """
                         SALARY SCHEDULE AS OF JULY 1, 2023
        Salary     Pay / Rng     Step      Step      Step      Step
        Range       Option        1         2         3         4
          10          AP                   3005      3116      3216
          11          AP         3005      3116      3216      3343
         13C          IP         3061      3164      3278      3412

        """)
        try #require(audited.grids.count == 1, "\(audited.grids.map(\.title))")
        let grid = audited.grids[0]
        #expect(grid.title == "SALARY SCHEDULE AS OF JULY 1, 2023")
        #expect(grid.steps == ["10 | AP", "11 | AP", "13C | IP"])
        #expect(grid.columns == ["Step 1", "Step 2", "Step 3", "Step 4"])
        #expect(grid.cell(step: "10 | AP", column: "Step 1") == nil)
        #expect(grid.cell(step: "10 | AP", column: "Step 2") == Money("3005"))
        #expect(grid.cell(step: "13C | IP", column: "Step 4") == Money("3412"))
    }
}
