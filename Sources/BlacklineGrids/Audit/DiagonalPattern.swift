import BlacklineModel

/// Per-diem schedules repeat each amount a fixed number of lanes on and one step up (ACE: range
/// C step 1 = range A step 2, because a step is worth two ranges). Where a grid follows such a
/// pattern almost everywhere, an amount that breaks it is suspect. It is checked on grids no
/// printed rule derives from another, whose cells nothing else checks.
///
/// Blame goes to the cell that disagrees with every partner it has, when each partner agrees
/// with its own other partner; so one wrong amount is reported once, not with its neighbours.
enum DiagonalPattern {
    /// Share of pairs that must agree before the pattern counts as the grid's own.
    static let minimumAgreement = 0.9
    /// Pairs needed before a pattern is trusted at all.
    static let minimumPairs = 20
    static let shifts = [1, 2, 3]

    static func findings(_ grids: [SalaryGrid], derived: Set<Int>) -> [GridFinding] {
        grids.enumerated().filter { !derived.contains($0.offset) }.flatMap { _, grid in findings(grid) }
    }

    private static func findings(_ grid: SalaryGrid) -> [GridFinding] {
        guard let shift = shifts.first(where: { agreement(grid, shift: $0) >= minimumAgreement }) else { return [] }
        func value(_ row: Int, _ column: Int) -> Money? {
            guard row >= 0, row < grid.cells.count, column >= 0, column < grid.cells[row].count else { return nil }
            return grid.cells[row][column]
        }
        /// The cell's partners: one step up and `shift` lanes on, one step down and `shift` back.
        func partners(_ row: Int, _ column: Int) -> [(Int, Int)] {
            [(row - 1, column + shift), (row + 1, column - shift)].filter { value($0.0, $0.1) != nil }
        }
        var findings: [GridFinding] = []
        for row in grid.cells.indices {
            for column in grid.cells[row].indices {
                guard let amount = value(row, column) else { continue }
                let mine = partners(row, column)
                guard !mine.isEmpty, mine.allSatisfy({ value($0.0, $0.1) != amount }) else { continue }
                let partnersHold = mine.allSatisfy { partner in
                    partners(partner.0, partner.1).contains { $0 != (row, column) && value($0.0, $0.1) == value(partner.0, partner.1) }
                }
                guard mine.count >= 2 || partnersHold, let (partnerRow, partnerColumn) = mine.first(where: { partner in
                    partners(partner.0, partner.1).contains { $0 != (row, column) && value($0.0, $0.1) == value(partner.0, partner.1) }
                }) ?? mine.first, let expected = value(partnerRow, partnerColumn) else { continue }
                let message = "step \(grid.steps[row]) of lane '\(grid.columns[column])' of '\(grid.title)' is \(amount), expected \(expected): "
                    + "the schedule repeats each amount \(shift) lane\(shift == 1 ? "" : "s") on and one step up "
                    + "(lane '\(grid.columns[partnerColumn])' step \(grid.steps[partnerRow]) is \(expected))"
                findings.append(GridFinding(grid: grid.title, step: grid.steps[row], column: grid.columns[column], printed: amount, expected: expected,
                                            rule: "each amount repeats \(shift) lanes on, one step up", severity: .info, message: message,
                                            location: grid.rowLocations[row], isNote: true))
            }
        }
        return findings
    }

    private static func agreement(_ grid: SalaryGrid, shift: Int) -> Double {
        var agree = 0, pairs = 0
        for row in grid.cells.indices.dropFirst() {
            for column in grid.cells[row].indices where column + shift < grid.cells[row - 1].count {
                guard let here = grid.cells[row][column], let there = grid.cells[row - 1][column + shift] else { continue }
                pairs += 1
                if here == there { agree += 1 }
            }
        }
        return pairs >= minimumPairs ? Double(agree) / Double(pairs) : 0
    }
}
