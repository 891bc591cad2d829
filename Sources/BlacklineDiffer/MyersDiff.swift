/// Myers' O((N+M)·D) shortest edit script (Myers 1986, "An O(ND) difference algorithm"), on
/// integer token ids so comparisons are cheap. Common ends are trimmed first (clauses usually
/// differ in a few places). Returns the matched pairs of indices, in order; everything else is
/// inserted or deleted.
public enum MyersDiff {
    /// Most edit steps searched before giving up: the search keeps one frontier per step, so this
    /// bounds both time and memory (5,000 steps over two 10,000-word clauses is about 50 M cells).
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
        let offset = n + m
        var frontier = [Int](repeating: 0, count: 2 * offset + 2)
        var history: [[Int]] = []
        var finished = false
        search: for d in 0...(n + m) {
            if d > budget { return nil }
            history.append(frontier)
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
        for d in stride(from: history.count - 1, through: 0, by: -1) {
            let saved = history[d]
            let k = x - y
            let previousK = (k == -d || (k != d && saved[offset + k - 1] < saved[offset + k + 1])) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : saved[offset + previousK]
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
