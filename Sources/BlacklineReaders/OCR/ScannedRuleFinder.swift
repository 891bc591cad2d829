/// Finds the thin horizontal rules on a scanned page: strike-throughs, underlines, and the table
/// borders and separators a classifier must turn down. A scan has no drawing to read, so the
/// rules come from the pixels.
///
/// Each row's unbroken dark runs at least `shortestSegment` long are joined with the runs they
/// touch in the rows above and below; a joined group that is long, thin and nearly level is a
/// rule. Letters give short runs (a serif, the bar of an "e"); a run of them joins into a long
/// group only where a rule runs through or under them. A 1° skew tilts a rule across rows, which
/// joining follows. One pass over the pixels and a union-find over the runs: O(pixels + runs).
struct ScannedRuleFinder {
    /// Grey levels under this are ink (red and blue ink turn grey at 30–80, paper above 215).
    static let inkLevel: UInt8 = 150
    /// Row runs shorter than this many inches are letter parts and ignored.
    static let shortestSegment = 0.04
    /// A rule is at least this many inches long: a strike through one capital of 12-point type
    /// (about 0.08 in). At 0.06 in, to catch one struck digit, the bars of letters ("e", "E",
    /// "t") came in by the hundred and strike precision on the scanned redlines fell to 0.2.
    static let shortestRule = 0.075
    /// A rule is at most this thick on average, in inches: a double strike merged by the scan's
    /// blur is about 0.03; a filled cell or a line of text is far thicker.
    static let thickestRule = 0.04
    /// A rule's slope at most (about 3°): the page's skew and some more.
    static let steepestSlope = 0.052
    /// Share of the rule's columns that hold ink: a printed line is continuous, a row of
    /// letters' feet is not.
    static let fewestInkedColumns = 0.92

    struct Rule: Sendable {
        var x1: Int, x2: Int
        /// The rule's middle line: y = intercept + slope × x, in pixels.
        var intercept: Double, slope: Double
        var thickness: Double
        /// Its pixels, as row runs, to paint out before a word under it is read again.
        var runs: [Run]

        func y(at x: Double) -> Double { intercept + slope * x }
        var length: Int { x2 - x1 + 1 }
    }

    struct Run: Sendable {
        var row: Int, x1: Int, x2: Int
        var length: Int { x2 - x1 + 1 }
    }

    let image: GreyImage

    func rules() -> [Rule] {
        let runs = rowRuns()
        var groups = UnionFind(count: runs.count)
        // Runs are in row order; a run touches those of the row above that overlap it by x
        // (one pixel of slack: a tilted line steps diagonally). Rows hold a few runs each.
        var rowStart = [Int](repeating: runs.count, count: image.height + 1)
        for index in runs.indices.reversed() { rowStart[runs[index].row] = index }
        for row in stride(from: image.height - 1, through: 0, by: -1) where rowStart[row] == runs.count {
            rowStart[row] = rowStart[row + 1]
        }
        for index in runs.indices where runs[index].row > 0 {
            let run = runs[index]
            for above in rowStart[run.row - 1]..<rowStart[run.row] {
                let other = runs[above]
                if other.x1 <= run.x2 + 1, other.x2 >= run.x1 - 1 { groups.join(above, index) }
            }
        }
        var members: [Int: [Int]] = [:]
        for index in runs.indices { members[groups.root(of: index), default: []].append(index) }
        let found = members.values.compactMap { rule(from: $0.map { runs[$0] }) }
        return joinedEndToEnd(found.sorted { ($0.y(at: Double($0.x1)), $0.x1) < ($1.y(at: Double($1.x1)), $1.x1) })
    }

    /// Pieces of one printed line broken by the scan join when they meet end to end: within this
    /// many inches along the line and `joinDrift` across it. A thin green underline of a 200-dpi
    /// colour JPEG came out in pieces 0.07-0.1 in apart (JPEG spreads its colour and lightens it).
    static let joinGap = 0.12
    static let joinDrift = 0.01
    /// The gap between two pieces must hold faint ink (grey under this level) in this share of
    /// its columns: a line broken by the scan fades, it does not stop; between the bars of "HE"
    /// there is paper.
    static let faintInkLevel: UInt8 = 215
    static let faintShareOfGap = 0.8

    /// Whether the line between the end of `first` and the start of `second` is faint ink.
    private func fadesBetween(_ first: Rule, _ second: Rule) -> Bool {
        guard second.x1 > first.x2 + 1 else { return true }
        let columns = (first.x2 + 1)..<second.x1
        let faint = columns.filter { x in
            let y = Int(first.y(at: Double(x)).rounded())
            return (max(y - 1, 0)...min(y + 1, image.height - 1)).contains { image.pixels[$0 * image.width + x] < Self.faintInkLevel }
        }
        return Double(faint.count) >= Self.faintShareOfGap * Double(columns.count)
    }

    /// Rules in order of height then start, pieces of one line joined.
    func joinedEndToEnd(_ rules: [Rule]) -> [Rule] {
        var joined: [Rule] = []
        for rule in rules {
            let gapLimit = Self.joinGap * image.dpi, driftLimit = Self.joinDrift * image.dpi
            if let index = joined.lastIndex(where: { other in
                let gap = Double(rule.x1 - other.x2)
                return gap >= -1 && gap <= gapLimit && abs(other.y(at: Double(other.x2)) - rule.y(at: Double(rule.x1))) <= driftLimit
                    && fadesBetween(other, rule)
            }) {
                let other = joined[index]
                let length = Double(rule.x2 - other.x1 + 1)
                let thickness = (other.thickness * Double(other.length) + rule.thickness * Double(rule.length)) / length
                // The joined line runs from the first piece's start to the last piece's end.
                let (startY, endY) = (other.y(at: Double(other.x1)), rule.y(at: Double(rule.x2)))
                let slope = (endY - startY) / max(Double(rule.x2 - other.x1), 1)
                joined[index] = Rule(x1: other.x1, x2: rule.x2, intercept: startY - slope * Double(other.x1), slope: slope,
                                     thickness: thickness, runs: other.runs + rule.runs)
            } else {
                joined.append(rule)
            }
        }
        return joined
    }

    /// The dark runs of each row, long enough to be part of a rule, top row first. A run is
    /// unbroken: a printed line survives noise and JPEG whole at 200-300 dpi, while bridging a
    /// pixel or two joined the bars of "ee" into a strike (pieces a scan did break are joined
    /// end to end later, `joinedEndToEnd`).
    func rowRuns() -> [Run] {
        let shortest = Int(Self.shortestSegment * image.dpi)
        var runs: [Run] = []
        image.pixels.withUnsafeBufferPointer { pixels in
            for row in 0..<image.height {
                let base = row * image.width
                var start = -1, lastInk = -1
                for x in 0..<image.width where pixels[base + x] < Self.inkLevel {
                    if start >= 0, x == lastInk + 1 {
                        lastInk = x
                        continue
                    }
                    if start >= 0, lastInk - start + 1 >= shortest { runs.append(Run(row: row, x1: start, x2: lastInk)) }
                    start = x
                    lastInk = x
                }
                if start >= 0, lastInk - start + 1 >= shortest { runs.append(Run(row: row, x1: start, x2: lastInk)) }
            }
        }
        return runs
    }

    /// A joined group of runs as a rule, or nil when it is too short, thick or steep.
    private func rule(from runs: [Run]) -> Rule? {
        guard let x1 = runs.map(\.x1).min(), let x2 = runs.map(\.x2).max() else { return nil }
        let length = x2 - x1 + 1
        guard Double(length) >= Self.shortestRule * image.dpi else { return nil }
        let area = runs.map(\.length).reduce(0, +)
        let thickness = Double(area) / Double(length)
        guard thickness <= Self.thickestRule * image.dpi else { return nil }
        // Each column's middle row; the rule's line is fitted to the columns by least squares
        // (fitting the runs instead let a short skewed group's few runs tilt it at random).
        var rowSums = [Int](repeating: 0, count: length), rowCounts = [Int](repeating: 0, count: length)
        for run in runs {
            for x in run.x1...run.x2 {
                rowSums[x - x1] += run.row
                rowCounts[x - x1] += 1
            }
        }
        let inked = rowCounts.filter { $0 > 0 }.count
        guard Double(inked) >= Self.fewestInkedColumns * Double(length) else { return nil }
        var (sumX, sumY, sumXX, sumXY) = (0.0, 0.0, 0.0, 0.0)
        for column in 0..<length where rowCounts[column] > 0 {
            let x = Double(column + x1), y = Double(rowSums[column]) / Double(rowCounts[column])
            sumX += x; sumY += y; sumXX += x * x; sumXY += x * y
        }
        let count = Double(inked)
        let spread = count * sumXX - sumX * sumX
        let slope = spread > 1e-6 ? (count * sumXY - sumX * sumY) / spread : 0
        guard abs(slope) <= Self.steepestSlope else { return nil }
        return Rule(x1: x1, x2: x2, intercept: (sumY - slope * sumX) / count, slope: slope, thickness: thickness, runs: runs)
    }
}

/// Disjoint sets of indices with path halving.
private struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func root(of index: Int) -> Int {
        var index = index
        while parent[index] != index {
            parent[index] = parent[parent[index]]
            index = parent[index]
        }
        return index
    }

    mutating func join(_ first: Int, _ second: Int) {
        let (a, b) = (root(of: first), root(of: second))
        if a != b { parent[a] = b }
    }
}
