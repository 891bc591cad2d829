import BlacklineModel

/// Pairs the clauses of two versions, in passes from surest to loosest:
///   1. identical content (whole subtree, unique on both sides): a clause that moved or was
///      renumbered keeps its partner, and its descendants pair with it;
///   2. same address and similar own text (`samePathSimilarity`): modified in place;
///   3. most similar remaining clauses of the same family (`movedSimilarity`): moved or
///      renumbered and modified;
///   4. articles and annexes with little text of their own, by their children: most of an old
///      article's paired sections sit in one new article ("22 SALARIES" renumbered 23 with a
///      section dropped), else by a title found once on each side;
/// what is left over was added or deleted. Cost: linear in clauses for passes 1-2; pass 3 is
/// quadratic in the clauses left unpaired, pruned by length (`MoveCandidates`).
struct ClauseAligner {
    /// Own-text similarity (Dice on words) for a same-address pair to count as the same clause.
    static let samePathSimilarity = 0.5
    /// Similarity for two clauses at different addresses to count as one moved clause.
    static let movedSimilarity = 0.6
    /// Fewer words than this is too little content to recognise a clause by (a bare "Reserved.").
    static let fewestWordsToMatch = 4

    let old: [ClauseUnit]
    let new: [ClauseUnit]
    private(set) var newFor: [Int: Int] = [:]
    private(set) var oldFor: [Int: Int] = [:]

    private let oldChildrenOf: [Int: [Int]]
    private let newChildrenOf: [Int: [Int]]

    init(old: [ClauseUnit], new: [ClauseUnit]) {
        self.old = old
        self.new = new
        oldChildrenOf = Dictionary(grouping: old.filter { $0.parent != nil }, by: { $0.parent ?? -1 }).mapValues { $0.map(\.order) }
        newChildrenOf = Dictionary(grouping: new.filter { $0.parent != nil }, by: { $0.parent ?? -1 }).mapValues { $0.map(\.order) }
        pairIdenticalSubtrees()
        pairSameAddresses()
        pairSimilarLeftovers()
        pairContainersByChildren()
        pairContainersByTitle()
    }

    private mutating func pair(_ o: Int, _ n: Int) {
        newFor[o] = n
        oldFor[n] = o
    }

    private mutating func pairIdenticalSubtrees() {
        struct Key: Hashable {
            var family: ClauseUnit.Family
            var hash: Int
            var words: Int
        }
        func uniqueKeys(_ units: [ClauseUnit]) -> [Key: Int] {
            var seen: [Key: Int] = [:], duplicated = Set<Key>()
            for unit in units where unit.subtreeWords >= Self.fewestWordsToMatch {
                let key = Key(family: unit.family, hash: unit.subtreeHash, words: unit.subtreeWords)
                if seen[key] != nil { duplicated.insert(key) } else { seen[key] = unit.order }
            }
            return seen.filter { !duplicated.contains($0.key) }
        }
        let newKeys = uniqueKeys(new)
        for (key, o) in uniqueKeys(old).sorted(by: { $0.value < $1.value }) {
            guard newFor[o] == nil, let n = newKeys[key], oldFor[n] == nil, old[o].ownTokens == new[n].ownTokens else { continue }
            pairDescendants(o, n)
        }
    }

    /// Pairs two identical subtrees node by node.
    private mutating func pairDescendants(_ o: Int, _ n: Int) {
        pair(o, n)
        let oldChildren = oldChildrenOf[o] ?? [], newChildren = newChildrenOf[n] ?? []
        guard oldChildren.count == newChildren.count else { return }
        for (a, b) in zip(oldChildren, newChildren) where newFor[a] == nil && oldFor[b] == nil { pairDescendants(a, b) }
    }

    private mutating func pairSameAddresses() {
        let newByPath = Dictionary(new.map { ($0.path, $0.order) }, uniquingKeysWith: { first, _ in first })
        for unit in old where newFor[unit.order] == nil {
            guard let n = newByPath[unit.path], oldFor[n] == nil, new[n].family == unit.family else { continue }
            let similar = ComparableText.similarity(unit.ownTokens, new[n].ownTokens) >= Self.samePathSimilarity
            let bothEmpty = unit.ownTokens.isEmpty && new[n].ownTokens.isEmpty
            if similar || bothEmpty || unit.family == .container && unit.clause.number == new[n].clause.number {
                pair(unit.order, n)
            }
        }
    }

    /// Share of an old container's children whose partners must sit in one new container.
    static let childrenAgreement = 0.5

    private mutating func pairContainersByChildren() {
        for unit in old where unit.family == .container && newFor[unit.order] == nil {
            let children = oldChildrenOf[unit.order] ?? []
            var votes: [Int: Int] = [:]
            for child in children {
                guard let partner = newFor[child], let parent = new[partner].parent, oldFor[parent] == nil,
                      new[parent].family == .container else { continue }
                votes[parent, default: 0] += 1
            }
            guard let (n, count) = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                  Double(count) >= Self.childrenAgreement * Double(children.count) else { continue }
            pair(unit.order, n)
        }
    }

    private mutating func pairContainersByTitle() {
        func unique(_ units: [ClauseUnit], unpaired: (Int) -> Bool) -> [String: Int] {
            let keyed = units.filter { $0.family == .container && unpaired($0.order) && !$0.titleKey.isEmpty }
            return Dictionary(grouping: keyed, by: \.titleKey).compactMapValues { $0.count == 1 ? $0[0].order : nil }
        }
        let newByTitle = unique(new) { oldFor[$0] == nil }
        for (title, o) in unique(old, unpaired: { newFor[$0] == nil }).sorted(by: { $0.value < $1.value }) {
            guard let n = newByTitle[title], oldFor[n] == nil else { continue }
            pair(o, n)
        }
    }

    private mutating func pairSimilarLeftovers() {
        let leftOld = old.filter { newFor[$0.order] == nil && $0.ownTokens.count >= Self.fewestWordsToMatch }
        let leftNew = new.filter { oldFor[$0.order] == nil && $0.ownTokens.count >= Self.fewestWordsToMatch }
        for candidate in MoveCandidates.ranked(old: leftOld, new: leftNew, minimum: Self.movedSimilarity)
        where newFor[candidate.old] == nil && oldFor[candidate.new] == nil {
            pair(candidate.old, candidate.new)
        }
    }
}
