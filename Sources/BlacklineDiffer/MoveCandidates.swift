/// Candidate partners for the clauses the surer passes of `ClauseAligner` left unpaired: every
/// old-new pair of one family whose own words are at least `minimum` alike (`ComparableText.
/// similarity`, Dice on word multisets), most alike first, ties in document order (old, then new).
///
/// Each clause's words become a sorted array of interned ids once, so a comparison is one merge
/// with no hashing. And Dice can be no more than 2·min(a,b)/(a+b) for clauses of a and b words,
/// so an old clause is compared only with the new ones whose length that bound lets through: with
/// the lengths sorted, a window found by binary search. Still quadratic when many leftovers share
/// a length, but the 600 KB Oregon pair's leftovers went from 7 s of hashing to well under one.
enum MoveCandidates {
    struct Candidate {
        var old: Int
        var new: Int
        var score: Double
    }

    /// One clause's words as interned ids, sorted: a multiset two merges can intersect.
    private struct Words {
        var order: Int
        var ids: [Int32]
    }

    static func ranked(old: [ClauseUnit], new: [ClauseUnit], minimum: Double) -> [Candidate] {
        var interned: [String: Int32] = [:]
        func words(_ unit: ClauseUnit) -> Words {
            let ids = unit.ownTokens.map { token in
                if let known = interned[token] { return known }
                let id = Int32(interned.count)
                interned[token] = id
                return id
            }
            return Words(order: unit.order, ids: ids.sorted())
        }
        // New clauses by family, shortest first, so each old clause finds its window of lengths.
        var newByFamily: [ClauseUnit.Family: [Words]] = [:]
        for unit in new { newByFamily[unit.family, default: []].append(words(unit)) }
        for family in newByFamily.keys { newByFamily[family]?.sort { ($0.ids.count, $0.order) < ($1.ids.count, $1.order) } }

        var candidates: [Candidate] = []
        for unit in old {
            guard let others = newByFamily[unit.family] else { continue }
            let mine = words(unit)
            for other in others[window(for: mine.ids.count, in: others, minimum: minimum)] {
                let score = 2 * Double(sharedCount(mine.ids, other.ids)) / Double(mine.ids.count + other.ids.count)
                if score >= minimum { candidates.append(Candidate(old: unit.order, new: other.order, score: score)) }
            }
        }
        return candidates.sorted { ($1.score, $0.old, $0.new) < ($0.score, $1.old, $1.new) }
    }

    /// The best Dice two clauses of these lengths could reach: all of the shorter one shared.
    private static func bound(_ a: Int, _ b: Int) -> Double {
        2 * Double(min(a, b)) / Double(a + b)
    }

    /// The new clauses (sorted by length) whose length could reach `minimum` with `length`: the
    /// bound rises with the other length up to `length` and falls after it, so they are one run.
    private static func window(for length: Int, in sorted: [Words], minimum: Double) -> Range<Int> {
        let start = partition(sorted) { $0.ids.count < length && bound(length, $0.ids.count) < minimum }
        let end = partition(sorted) { $0.ids.count <= length || bound(length, $0.ids.count) >= minimum }
        return start..<max(start, end)
    }

    /// The first index where `isBefore` turns false (it must hold for a prefix of `sorted`).
    private static func partition(_ sorted: [Words], _ isBefore: (Words) -> Bool) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(sorted[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The size of the multiset intersection of two sorted id arrays.
    private static func sharedCount(_ a: [Int32], _ b: [Int32]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}
