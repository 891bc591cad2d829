import BlacklineGrids
import BlacklineModel
import Testing

/// Issue 16: an audit that read no grid from a printed table of amounts says so, naming the
/// lines, instead of "no errors".
@Suite struct UnreadAmountTablesTests {
    /// A class × step hourly schedule (a county layout), which no grid is read from today.
    static let countySchedule = """
    ARTICLE 1 - WAGES
    1.1 Employees shall be paid according to the following hourly schedule, effective July 1, 2025.

    Class       Title                      Range      Step A     Step B     Step C     Step D
    1101        Office Specialist 1        C21        $21.14     $22.20     $23.31     $24.48
    1102        Office Specialist 2        C23        $23.31     $24.48     $25.70     $26.99
    1201        Juvenile Counselor         C31        $31.08     $32.63     $34.26     $35.97
    1202        Senior Juvenile Counselor  C34        $34.26     $35.97     $37.77     $39.66

    ARTICLE 2 - HOURS OF WORK
    2.1 The normal work week is forty (40) hours.
    """

    @Test func aTableOfAmountsNoGridWasReadFromIsAWarning() throws {
        let audited = Audited(text: Self.countySchedule)
        try #require(audited.grids.isEmpty, "the check is about tables no grid was read from; this one now is: \(audited.grids.map(\.title))")
        let unread = audited.problems.filter { $0.rule == "no grid read" }
        #expect(unread.count == 1)
        #expect(unread.first?.message == "lines 5–8 print 16 amounts in a table no grid was read from: they are not checked")
        #expect(unread.first?.location?.line == 5)
    }

    @Test func proseThatNamesSumsIsNoTable() {
        let prose = """
        ARTICLE 9 - ALLOWANCES
        9.1 The Employer shall pay a uniform allowance of $450.00 each year, and $1,200.00 for safety boots over the term.
        9.2 Mileage is paid at the IRS rate, currently $0.67 a mile, up to $2,500.00 a year.
        9.3 Meal allowance: $12.00 breakfast, $15.00 lunch, $25.00 dinner.
        """
        #expect(Audited(text: prose).problems.isEmpty)
    }

    @Test func aScheduleOfOneLinePerDateIsATable() {
        let oneLine = """
        ARTICLE 20 - WAGES
        Effective July 1, 2025:
        Monthly     $5,853.74   $6,034.78   $6,221.42   $6,413.83   $6,611.12   $6,816.70   $7,027.52
        """
        #expect(Audited(text: oneLine).problems.contains { $0.rule == "no grid read" && $0.location?.line == 3 })
    }

    @Test func gridsThatWereReadAreNotReportedAgain() throws {
        let audited = try Audited(path: Package.seed("aea-2021-24-ta-draft.txt"))
        #expect(!audited.grids.isEmpty)
        #expect(!audited.audit.findings.contains { $0.rule == "no grid read" })
    }

    @Test(arguments: [("$4,123.00 $4,329.15", 2), ("54,084 273.56", 2), ("Section 4.3 in 2025", 0), ("12.50", 1), ("1,234,567.89", 1)])
    func amountsAreCounted(_ text: String, _ expected: Int) {
        #expect(UnreadAmountTables.amountCount(text) == expected)
    }
}

/// On real county agreements (Fixtures/grids, truth checked by Scripts/fixtures/grid_truth.py),
/// every line of every truth cell is either a row of a grid read or lies in a table the audit
/// names as unread: no schedule passes unsaid.
@Suite struct UnreadScheduleLinesTests {
    static let unreadToday = [
        "lane-county-local-626-collective-bargaining-agreement", "marion-county-mcdaa-cba",
        "multnomah-county-pharmacists-2025-2028-cba-final-pdf", "washington-county-teamsters-2022-2026-agreement",
    ]

    @Test(arguments: unreadToday) func everyTruthLineIsReadOrNamed(_ name: String) throws {
        let folder = Package.root.appendingPathComponent("Fixtures/grids")
        let truth = try String(contentsOf: folder.appendingPathComponent("\(name).grids.tsv"), encoding: .utf8)
        let rows = truth.split(separator: "\n").filter { !$0.hasPrefix("#") }
        let header = rows.first.map { $0.split(separator: "\t", omittingEmptySubsequences: false) } ?? []
        let lineColumn = try #require(header.firstIndex(of: "line"))
        let truthLines = Set(rows.dropFirst().compactMap { row in
            Int(row.split(separator: "\t", omittingEmptySubsequences: false)[lineColumn])
        })
        let audited = try Audited(path: folder.appendingPathComponent("\(name).txt").path)
        let named = audited.problems.filter { $0.rule == "no grid read" }.compactMap { finding -> ClosedRange<Int>? in
            guard let first = finding.location?.line else { return nil }
            let numbers = finding.message.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            return first...max(first, numbers.dropFirst().first ?? first)
        }
        let read = Set(audited.grids.flatMap { $0.rowLocations.map(\.line) })
        let outside = truthLines.filter { line in !read.contains(line) && !named.contains { $0.contains(line) } }.sorted()
        #expect(!truthLines.isEmpty)
        #expect(outside.isEmpty, "\(name): truth lines neither read nor in a named table: \(outside.prefix(10))")
    }
}
