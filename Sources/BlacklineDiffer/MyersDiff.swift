/// Myers' O((N+M)·D) shortest edit script (Myers 1986, "An O(ND) difference algorithm"), on
/// integer token ids so comparisons are cheap. Common ends are trimmed first (clauses usually
/// differ in a few places). Returns the matched pairs of indices, in order; everything else is
/// inserted or deleted.
///
/// Memory: the frontier is O(N+M); the trace kept to walk back is `SearchTrace`, which holds
/// only the diagonals each round reached, D(D+1)/2 cells in all, whatever N+M is. Keeping the
/// whole frontier per round cost D·(N+M) cells: 539 MB for the DEQ pair of the Oregon corpus,
/// 12.8 GB for a 450 KB letter-style agreement read as one clause (issue 14).
public enum MyersDiff {
    /// Most edit steps searched before giving up. Time is O((N+M)·D) and the trace D(D+1)/2
    /// cells of 4 bytes, so 5,000 steps bound one diff at about 50 MB of trace, whatever the
    /// clause length; beyond it the texts are too different for a word-by-word redline to help.
    public static let defaultBudget = 5_000

    /// The matches, or nil when the texts differ in more than `budget` steps.
    public static func matches(_ old: [Int], _ new: [Int], budget: Int = defaultBudget) -> [(old: Int, new: Int)]? {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let a = Array(old[prefix..<(old.count - suffix)]), b = Array(new[prefix..<(new.count - suffix)])
        guard let core = middle(a, b, budget: budget) else { return nil }
        var result = (0..<prefix).map { ($0, $0) }
        result += core.map { ($0.0 + prefix, $0.1 + prefix) }
        result += (0..<suffix).map { (old.count - suffix + $0, new.count - suffix + $0) }
        return result
    }

    /// The greedy forward search, keeping each round's furthest reaching paths to trace back.
    private static func middle(_ a: [Int], _ b: [Int], budget: Int) -> [(Int, Int)]? {
        let n = a.count, m = b.count
        guard n > 0, m > 0 else { return [] }
        // The trace stores positions as 32-bit numbers; no clause comes near that many words.
        guard n + m < Int(Int32.max) else { return nil }
        let offset = n + m
        var frontier = [Int](repeating: 0, count: 2 * offset + 2)
        var trace = SearchTrace(rounds: min(budget, n + m) + 1)
        var finished = false
        search: for d in 0...(n + m) {
            if d > budget { return nil }
            trace.save(round: d, frontier: frontier, offset: offset)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]))
                    ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                frontier[offset + k] = x
                if x >= n, y >= m {
                    finished = true
                    break search
                }
            }
        }
        guard finished else { return nil }
        // Trace back through the saved frontiers, collecting the diagonal (matching) steps.
        var pairs: [(Int, Int)] = []
        var x = n, y = m
        for d in stride(from: trace.rounds - 1, through: 0, by: -1) {
            let k = x - y
            let previousK = (k == -d || (k != d && trace.x(round: d, diagonal: k - 1) < trace.x(round: d, diagonal: k + 1))) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : trace.x(round: d, diagonal: previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY && x > 0 && y > 0 && a[x - 1] == b[y - 1] {
                pairs.append((x - 1, y - 1))
                x -= 1
                y -= 1
            }
            if d == 0 { break }
            x = previousX
            y = previousY
        }
        return pairs.reversed()
    }
}

/// The frontiers a Myers search started each round with, as far as the walk back reads them:
/// round d reads only the diagonals round d − 1 reached, -(d-1), -(d-3), …, d-1, which is d
/// cells. One array per round, each allocated at its size: no buffer doubles and copies as the
/// search goes deeper.
struct SearchTrace {
    private var frontiers: [[Int32]] = []

    var rounds: Int { frontiers.count }

    /// What the trace holds: d(d+1)/2 cells after round d, however long the texts.
    var cellCount: Int { frontiers.reduce(0) { $0 + $1.count } }

    init(rounds expected: Int) {
        frontiers.reserveCapacity(min(expected, Self.reservedRounds))
    }

    /// Rounds reserved up front: a search usually ends long before.
    private static let reservedRounds = 1_024

    mutating func save(round d: Int, frontier: [Int], offset: Int) {
        frontiers.append(stride(from: -(d - 1), through: d - 1, by: 2).map { Int32(frontier[offset + $0]) })
    }

    /// The furthest x on diagonal `k` when round `d` began; `k` is one round d − 1 reached.
    func x(round d: Int, diagonal k: Int) -> Int {
        Int(frontiers[d][(k + d - 1) / 2])
    }
}
