import BlacklineModel

/// The lines of a class printed per pay period ("Hour", "Month", "Annual") are one pay in other
/// units: annual = hourly × the hours of a year, monthly = annual ÷ 12. The factors are found
/// from the grid itself, not assumed (2080 or 2088 hours, 173.33 or 162.50 a month): for each
/// pair of periods, the factor most cells follow, with the document's rounding (exact to the
/// cent either way, or within what rounding the smaller amount allows). A pair is a rule only
/// when most of the grid follows it.
///
/// With three lines a cell that breaks the rules is told apart from its neighbours: the line
/// that disagrees with both others is the wrong one, its expected value from the line whose
/// rule the document follows most exactly. With two lines the derived (larger) one is blamed.
enum PeriodLines {
    /// Share of a pair's cells that must follow one factor for it to be the document's rule.
    static let ruleShare = 0.75
    /// Share of near misses (within rounding, not to the cent) past which drift is allowed.
    static let exactShare = 0.9

    struct Relation {
        var small: String
        var big: String
        var factor: Double
        /// Follows to the cent when derived upwards (big = small × factor) or downwards.
        var upShare: Double
        var downShare: Double
        var exact: Bool
        var cells: Int

        /// Whether the pair follows the factor to the cent derived upwards (big = small × factor,
        /// rounded) and downwards (small = big ÷ factor, rounded).
        func follows(small: Money, big: Money) -> (up: Bool, down: Bool) {
            (RuleCheck.rounded(small.value * factor, like: big) == big, RuleCheck.rounded(big.value / factor, like: small) == small)
        }

        func agrees(small: Money, big: Money) -> Bool {
            let (up, down) = follows(small: small, big: big)
            if up || down { return true }
            guard !exact else { return false }
            let smallUnit = small.decimals == 2 ? 0.01 : 1, bigUnit = big.decimals == 2 ? 0.01 : 1
            return abs(small.value * factor - big.value) <= 0.5 * smallUnit * factor + 0.5 * bigUnit + RuleCheck.epsilon
        }

        /// The way the document computes: "Annual = Hour × 2080", "Month = Annual ÷ 12".
        var description: String {
            var shown = String(format: "%.4f", factor)
            while shown.hasSuffix("0") { shown.removeLast() }
            if shown.hasSuffix(".") { shown.removeLast() }
            return downShare > upShare ? "\(small.capitalized) = \(big.capitalized) ÷ \(shown)" : "\(big.capitalized) = \(small.capitalized) × \(shown)"
        }
    }

    static func check(_ grids: [SalaryGrid], state: inout AuditState) -> (findings: [GridFinding], rules: [String]) {
        var findings: [GridFinding] = []
        var rules: [String] = []
        for (index, grid) in grids.enumerated() {
            guard let periods = grid.rowPeriods, let classes = grid.rowClasses else { continue }
            let keys = periods.map { $0.lowercased() }
            var rowsOfClass: [Int: [Int]] = [:]
            for (row, number) in classes.enumerated() { rowsOfClass[number, default: []].append(row) }
            let relations = Self.relations(grid, keys: keys, rowsOfClass: rowsOfClass)
            guard !relations.isEmpty else { continue }
            let cells = relations.values.map(\.cells).max() ?? 0
            rules.append("'\(grid.title)': " + relations.values.sorted { $0.description < $1.description }.map(\.description).joined(separator: ", ")
                         + " (found in the grid, \(relations.values.allSatisfy(\.exact) ? "to the cent" : "within rounding"), \(cells) pairs of amounts)")
            for number in rowsOfClass.keys.sorted() {
                let rows = rowsOfClass[number] ?? []
                for column in grid.columns.indices {
                    findings += checkCell(grid, index: index, rows: rows, column: column, keys: keys, relations: relations, state: &state)
                }
            }
        }
        return (findings, rules)
    }

    private static func key(_ a: String, _ b: String) -> String { a < b ? "\(a)|\(b)" : "\(b)|\(a)" }

    private static func relations(_ grid: SalaryGrid, keys: [String], rowsOfClass: [Int: [Int]]) -> [String: Relation] {
        var samples: [String: [(Money, Money, String, String)]] = [:]
        for rows in rowsOfClass.values {
            for (position, a) in rows.enumerated() {
                for b in rows.dropFirst(position + 1) where keys[a] != keys[b] {
                    for column in grid.columns.indices {
                        guard let x = grid.cells[a][safe: column] ?? nil, let y = grid.cells[b][safe: column] ?? nil,
                              x.isPlausible, y.isPlausible, x.value > 0, y.value > 0 else { continue }
                        samples[key(keys[a], keys[b]), default: []].append(x < y ? (x, y, keys[a], keys[b]) : (y, x, keys[b], keys[a]))
                    }
                }
            }
        }
        var relations: [String: Relation] = [:]
        for (pair, pairs) in samples where pairs.count >= 3 {
            // The smaller period is the one smaller in most cells.
            let counts = Dictionary(grouping: pairs, by: { $0.2 }).mapValues(\.count)
            guard let small = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key,
                  let big = Set(pairs.flatMap { [$0.2, $0.3] }).first(where: { $0 != small }) else { continue }
            let oriented = pairs.map { $0.2 == small ? ($0.0, $0.1) : ($0.1, $0.0) }
            let ratios = oriented.map { $0.1.value / $0.0.value }.sorted()
            let median = ratios[ratios.count / 2]
            let candidates = [median.rounded(), (median * 100).rounded() / 100, (median * 12).rounded() / 12, (median * 4).rounded() / 4, median]
            // The factor most cells follow to the cent; the share within rounding decides ties
            // and, where the document computes from unrounded figures, the rule.
            var best: Relation?
            var bestScore = (exact: -1, within: -1)
            for factor in candidates where factor > 0 {
                var relation = Relation(small: small, big: big, factor: factor, upShare: 0, downShare: 0, exact: false, cells: oriented.count)
                var up = 0, down = 0, either = 0
                for (low, high) in oriented {
                    let (isUp, isDown) = relation.follows(small: low, big: high)
                    up += isUp ? 1 : 0
                    down += isDown ? 1 : 0
                    either += isUp || isDown ? 1 : 0
                }
                relation.upShare = Double(up) / Double(oriented.count)
                relation.downShare = Double(down) / Double(oriented.count)
                let within = oriented.filter { relation.agrees(small: $0.0, big: $0.1) }.count
                // Near misses (off by what rounding allows, not to the cent) tell a document that
                // computes from unrounded figures; cells far off are errors and tell nothing.
                relation.exact = Double(within - either) <= (1 - exactShare) * Double(oriented.count)
                if (either, within) > bestScore { (best, bestScore) = (relation, (either, within)) }
            }
            if let best, Double(best.exact ? bestScore.exact : bestScore.within) >= ruleShare * Double(oriented.count) { relations[pair] = best }
        }
        return relations
    }

    private static func checkCell(_ grid: SalaryGrid, index: Int, rows: [Int], column: Int, keys: [String],
                                  relations: [String: Relation], state: inout AuditState) -> [GridFinding] {
        let present = rows.filter { (grid.cells[$0][safe: column] ?? nil)?.isPlausible == true }
        var pairs: [(a: Int, b: Int, agrees: Bool)] = []
        for (position, a) in present.enumerated() {
            for b in present.dropFirst(position + 1) {
                guard let relation = relations[key(keys[a], keys[b])], let x = grid.cells[a][column], let y = grid.cells[b][column] else { continue }
                let (small, big) = keys[a] == relation.small ? (x, y) : (y, x)
                pairs.append((a, b, relation.agrees(small: small, big: big)))
            }
        }
        guard !pairs.isEmpty else { return [] }
        for row in Set(pairs.flatMap { [$0.a, $0.b] }) { state.checked.insert(AuditState.Cell(grid: index, row: row, column: column)) }
        guard pairs.contains(where: { !$0.agrees }) else { return [] }
        // The wrong line: every pair with it disagrees, every pair without it agrees.
        let culprits = present.filter { row in
            pairs.allSatisfy { ($0.a == row || $0.b == row) ? !$0.agrees : $0.agrees }
        }
        var blamed: Int?
        if pairs.count == 1, let pair = pairs.first, let relation = relations[key(keys[pair.a], keys[pair.b])] {
            let bigRow = keys[pair.a] == relation.big ? pair.a : pair.b
            blamed = relation.upShare >= relation.downShare ? bigRow : (bigRow == pair.a ? pair.b : pair.a)
        } else if culprits.count == 1 {
            blamed = culprits[0]
        }
        guard let blamed, let printed = grid.cells[blamed][column] else {
            let first = present[0]
            let lines = present.map { grid.rowPeriods?[$0] ?? "" }.joined(separator: ", ")
            return [GridFinding(grid: grid.title, step: grid.steps[first], column: grid.columns[column], printed: grid.cells[first][column] ?? nil,
                                expected: nil, rule: "pay periods of one class", severity: .warning,
                                message: "the \(lines) lines of \(grid.steps[first]) at \(grid.columns[column]) of '\(grid.title)' disagree and no one line explains it",
                                location: grid.rowLocations[first])]
        }
        // Its expected amount from the partner whose rule the document follows most exactly.
        var best: (expected: Money, share: Double, rule: String)?
        for partner in present where partner != blamed {
            guard let relation = relations[key(keys[blamed], keys[partner])], let other = grid.cells[partner][column] else { continue }
            let derivedUp = keys[blamed] == relation.big
            let exact = derivedUp ? other.value * relation.factor : other.value / relation.factor
            guard let expected = RuleCheck.rounded(exact, like: printed) else { continue }
            let share = derivedUp ? relation.upShare : relation.downShare
            if share > best?.share ?? -1 { best = (expected, share, relation.description) }
        }
        guard let best else { return [] }
        state.errorCells.insert(AuditState.Cell(grid: index, row: blamed, column: column))
        let period = grid.rowPeriods?[blamed] ?? ""
        return [GridFinding(grid: grid.title, step: grid.steps[blamed], column: grid.columns[column], printed: printed, expected: best.expected,
                            rule: best.rule, severity: .error,
                            message: "\(grid.steps[blamed]) at \(grid.columns[column]) of '\(grid.title)' is \(printed), expected \(best.expected) "
                                + "(\(best.rule); the class's other lines agree with each other, not with its \(period) line)",
                            location: grid.rowLocations[blamed])]
    }
}
