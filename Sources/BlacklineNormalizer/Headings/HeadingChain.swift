/// The longest run of one form's heading candidates whose numbers count up, in document order:
/// what the document's own sequence says its headings are. Candidates outside the run are prose
/// that cites an article, list items with captions, an address on a title page, or, when they
/// repeat the number of the heading before them, running headers.
///
/// Dynamic programming over candidates: the best chain ending at each candidate extends the best
/// chain ending at some earlier candidate whose number it may follow (a step up of at most
/// `largestGap`; hundreds numbering, as in a TA'd draft that holds only the articles it changes,
/// may jump any distance up). The best chain per number is kept, so each candidate looks back at
/// most `largestGap` numbers (hundreds: every lower number): O(candidates × gap).
struct HeadingChain {
    /// Articles may be skipped ("ARTICLE 33. Deleted" left out, a renumbering gap), but not many.
    static let largestGap = 6

    /// Indices (into `numbers`) of the chain's members, in order.
    let members: [Int]
    /// Candidates that are neither in the chain nor a repeat of the chain member before them.
    let outliers: Int

    /// Share of the form's distinct candidates that the chain explains.
    var share: Double { members.isEmpty ? 0 : Double(members.count) / Double(members.count + outliers) }

    init(numbers: [HeadingNumber], hundreds: Bool) {
        var best: [Int] = Array(repeating: 1, count: numbers.count)
        var previous: [Int?] = Array(repeating: nil, count: numbers.count)
        // For each key, the first candidate holding the longest chain that ends with that key.
        var bestByKey: [[Int]: Int] = [:]
        var keysByMajor: [Int: [[Int]]] = [:]
        for (index, number) in numbers.enumerated() {
            let lowest = hundreds ? 0 : number.major - Self.largestGap
            for major in max(0, lowest)...number.major {
                for key in keysByMajor[major] ?? [] where key.lexicographicallyPrecedes(number.key) {
                    guard let candidate = bestByKey[key], Self.mayFollow(numbers[candidate], with: number, hundreds: hundreds) else { continue }
                    if best[candidate] + 1 > best[index] {
                        best[index] = best[candidate] + 1
                        previous[index] = candidate
                    }
                }
            }
            if let holder = bestByKey[number.key] {
                if best[index] > best[holder] { bestByKey[number.key] = index }
            } else {
                bestByKey[number.key] = index
                keysByMajor[number.major, default: []].append(number.key)
            }
        }
        var chain: [Int] = []
        if let end = best.indices.max(by: { best[$0] < best[$1] || (best[$0] == best[$1] && $0 > $1) }) {
            var cursor: Int? = end
            while let index = cursor {
                chain.append(index)
                cursor = previous[index]
            }
        }
        members = chain.reversed()
        outliers = Self.countOutliers(numbers: numbers, members: members)
    }

    /// Whether `next` may come right after `last` in one numbering.
    static func mayFollow(_ last: HeadingNumber, with next: HeadingNumber, hundreds: Bool) -> Bool {
        guard last < next else { return false }
        if next.major == last.major { return true }
        return hundreds || next.major - last.major <= largestGap
    }

    private static func countOutliers(numbers: [HeadingNumber], members: [Int]) -> Int {
        let inChain = Set(members)
        var outliers = 0
        var current: HeadingNumber?
        for index in numbers.indices {
            if inChain.contains(index) {
                current = numbers[index]
            } else if numbers[index].key != current?.key {
                outliers += 1
            }
        }
        return outliers
    }
}
