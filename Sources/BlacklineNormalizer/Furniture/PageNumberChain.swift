/// Finds page numbers among candidate lines: the longest run of candidates, in document order,
/// whose values go up by one page at a time. A bare "100" (a heading split from its title) or a
/// stray "20" (a grid step) is not part of such a run and stays content.
enum PageNumberChain {
    /// Fewer numbered pages than this is no evidence of page numbering.
    static let minimumLength = 3
    /// A page may lose its number in conversion; one missing page does not break the run.
    static let largestStep = 2

    struct Candidate: Equatable {
        var lineIndex: Int
        var value: Int
    }

    static func find(in candidates: [Candidate]) -> [Candidate] {
        guard !candidates.isEmpty else { return [] }
        var length = [Int](repeating: 1, count: candidates.count)
        var predecessor = [Int?](repeating: nil, count: candidates.count)
        var lastIndexByValue: [Int: Int] = [:]
        for (index, candidate) in candidates.enumerated() {
            for step in 1...largestStep {
                if let earlier = lastIndexByValue[candidate.value - step], length[earlier] + 1 > length[index] {
                    length[index] = length[earlier] + 1
                    predecessor[index] = earlier
                }
            }
            if let existing = lastIndexByValue[candidate.value], length[existing] >= length[index] { continue }
            lastIndexByValue[candidate.value] = index
        }
        guard let best = length.indices.max(by: { length[$0] < length[$1] }), length[best] >= minimumLength else {
            return []
        }
        var chain: [Candidate] = []
        var cursor: Int? = best
        while let index = cursor {
            chain.append(candidates[index])
            cursor = predecessor[index]
        }
        return chain.reversed()
    }
}
