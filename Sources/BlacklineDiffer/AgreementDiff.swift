import BlacklineModel

/// What changed between two versions of an agreement, clause by clause: the aligner pairs the
/// clauses, then each pair is classified. A pair whose address changed is *renumbered* when it
/// kept its place (its parents are partners and its order among the pairs holds) and *moved*
/// otherwise; a clause carried along by a moved or renumbered parent under the same label is not
/// reported again. Word edits come from `WordDiff`, cleaned up by `EditCleanup`.
public struct AgreementDiff: Sendable {
    public private(set) var changes: [ClauseChange]
    /// Changes inside a table one version's reader read in pieces (`SqueezedTables`): shown apart,
    /// never counted, since what they show may be only the reading.
    public private(set) var changesInDoubt: [ClauseChange] = []
    /// Pages of each version holding such a table (empty for most documents).
    public private(set) var squeezedPages: (old: [Int], new: [Int]) = ([], [])
    /// Word differences set aside as reading artifacts (`ReadingArtifacts`): spacing inside a
    /// word, a line-end hyphen joined otherwise. Reports say how many.
    public private(set) var readingArtifacts = 0
    /// What the reader asked not to see, and how many word differences that took out.
    public let ignoring: IgnoredDifferences
    public private(set) var ignoredDifferences = 0

    public var summary: [ClauseChange.Kind: Int] {
        changes.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }

    public init(old: Agreement, new: Agreement, ignoring: IgnoredDifferences = []) {
        self.ignoring = ignoring
        let oldUnits = ClauseUnit.flatten(old), newUnits = ClauseUnit.flatten(new)
        let aligner = ClauseAligner(old: oldUnits, new: newUnits)
        let inOrder = Self.orderKeepingPairs(aligner.newFor)
        // A PDF's tables are read cell by cell in whatever order its layout gives.
        let orderUncertain = old.format == .pdf || new.format == .pdf
        var placed: [(key: Double, change: ClauseChange)] = []
        var lastNewIndex = -1.0
        for unit in oldUnits {
            guard let n = aligner.newFor[unit.order] else {
                // A deleted clause's deleted children go with it, not as changes of their own.
                if unit.parent.map({ aligner.newFor[$0] != nil }) ?? true {
                    var change = ClauseChange(kind: .deleted, old: .init(unit.clause, withSections: true, text: unit.wordText), new: nil, edits: [], facts: [])
                    change.grids = ClauseUnit.subtree(of: unit.order, in: oldUnits).flatMap { oldUnits[$0].grids }.map { GridChange(.deleted, $0) }
                    placed.append((lastNewIndex + 0.5, change))
                }
                continue
            }
            let keptOrder = inOrder.contains(unit.order)
            let oldPlace = lastNewIndex + 0.5
            // Only clauses that kept their order anchor what follows them: a deletion after a
            // moved clause belongs at the moved clause's old place, not its new one.
            if keptOrder { lastNewIndex = Double(n) }
            let (changes, artifacts, ignored) = Self.classify(unit, newUnits[n], aligner: aligner, keptOrder: keptOrder,
                                                              joins: (old.lineEndJoins, new.lineEndJoins), orderUncertain: orderUncertain,
                                                              ignoring: ignoring)
            readingArtifacts += artifacts
            ignoredDifferences += ignored
            placed += changes.map { change in
                var change = change
                if change.kind == .moved { change.sourcePosition = oldPlace }
                return (Double(n), change)
            }
        }
        for unit in newUnits where aligner.oldFor[unit.order] == nil && (unit.parent.map { aligner.oldFor[$0] != nil } ?? true) {
            var change = ClauseChange(kind: .added, old: nil, new: .init(unit.clause, withSections: true, text: unit.wordText), edits: [], facts: [])
            change.grids = ClauseUnit.subtree(of: unit.order, in: newUnits).flatMap { newUnits[$0].grids }.map { GridChange(.added, $0) }
            placed.append((Double(unit.order), change))
        }
        if orderUncertain {
            let quiet = ReadingArtifacts.tablesReadInAnotherOrder(oldUnits, newUnits, newFor: aligner.newFor)
            let before = placed.count
            placed.removeAll { entry in
                (entry.change.old.map { quiet.old.contains($0.path) } ?? true) && (entry.change.new.map { quiet.new.contains($0.path) } ?? true)
            }
            readingArtifacts += before - placed.count
        }
        changes = placed.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map { _, entry in
            var change = entry.change
            change.position = entry.key
            return change
        }
        // The two sides of one draft's markup are one reading of its tables, pieces alike: what
        // differs there is the marks. Doubt is for two readings.
        let squeezed = SqueezedTables(old: old, new: new, oldUnits: oldUnits, newUnits: newUnits, oldFor: aligner.oldFor)
        if !squeezed.isEmpty, old.source != new.source {
            squeezedPages = (squeezed.oldPages.sorted(), squeezed.newPages.sorted())
            let doubted = changes.map(squeezed.inDoubt)
            changesInDoubt = zip(changes, doubted).filter(\.1).map(\.0)
            changes = zip(changes, doubted).filter { !$0.1 }.map(\.0)
        }
    }

    private static func classify(_ old: ClauseUnit, _ new: ClauseUnit, aligner: ClauseAligner, keptOrder: Bool,
                                 joins: (old: Set<String>, new: Set<String>), orderUncertain: Bool,
                                 ignoring: IgnoredDifferences) -> (changes: [ClauseChange], artifacts: Int, ignored: Int) {
        var changes: [ClauseChange] = []
        let readOtherwise = old.ownTokens != new.ownTokens && orderUncertain && (old.holdsTable || new.holdsTable)
            && ReadingArtifacts.sameWordsInAnotherOrder(old.ownTokens, new.ownTokens)
        let (raw, coarse) = old.ownTokens == new.ownTokens || readOtherwise ? ([], false) : WordDiff.editsWithinBudget(old: old.ownTokens, new: new.ownTokens)
        let cleaned = EditCleanup.clean(raw, old: old.ownTokens, new: new.ownTokens)
        let read = cleaned.filter { !ReadingArtifacts.isArtifact($0, old: old.ownTokens, new: new.ownTokens, oldJoins: joins.old, newJoins: joins.new) }
        let edits = read.filter { !ignoring.covers($0, old: old.ownTokens, new: new.ownTokens) }
        var ignored = read.count - edits.count
        let facts = edits.flatMap { edit in
            NumericFact.facts(in: edit, after: edit.oldTokens.lowerBound > 0 ? old.ownTokens[edit.oldTokens.lowerBound - 1] : nil)
        }
        let gridChanges = GridChange.changes(old: old.grids, new: new.grids)
        let parentsPartnered = old.parent.flatMap { aligner.newFor[$0] } == new.parent
        if old.path != new.path {
            let carried = parentsPartnered && old.localName == new.localName && old.parent != nil
            if carried {
                if !edits.isEmpty || !gridChanges.isEmpty { changes.append(ClauseChange(kind: .modified, old: .init(old.clause, text: old.wordText), new: .init(new.clause, text: new.wordText), edits: edits, facts: facts)) }
            } else {
                let kind: ClauseChange.Kind = keptOrder && (parentsPartnered || old.parent == nil && new.parent == nil) ? .renumbered : .moved
                changes.append(ClauseChange(kind: kind, old: .init(old.clause, text: old.wordText), new: .init(new.clause, text: new.wordText), edits: edits, facts: facts))
            }
        } else if !edits.isEmpty || !gridChanges.isEmpty {
            changes.append(ClauseChange(kind: .modified, old: .init(old.clause, text: old.wordText), new: .init(new.clause, text: new.wordText), edits: edits, facts: facts))
        }
        if !changes.isEmpty { changes[0].grids = gridChanges }
        if old.titleKey != new.titleKey {
            let oldTitle = ComparableText.tokens(old.clause.title ?? ""), newTitle = ComparableText.tokens(new.clause.title ?? "")
            let allTitleEdits = WordDiff.edits(old: oldTitle, new: newTitle)
            let titleEdits = allTitleEdits.filter { !ignoring.covers($0, old: oldTitle, new: newTitle) }
            ignored += allTitleEdits.count - titleEdits.count
            if !titleEdits.isEmpty { changes.insert(ClauseChange(kind: .retitled, old: .init(old.clause, text: old.wordText), new: .init(new.clause, text: new.wordText), edits: titleEdits, facts: []), at: 0) }
        }
        return (changes.map { change in
            var change = change
            change.coarse = coarse && change.kind != .retitled
            return change
        }, cleaned.count - read.count + (readOtherwise ? 1 : 0), ignored)
    }

    /// The old indices of pairs that keep their relative order: a longest increasing run of new
    /// indices in old order (patience sorting, O(n log n)). The others moved out of order.
    private static func orderKeepingPairs(_ newFor: [Int: Int]) -> Set<Int> {
        let pairs = newFor.sorted { $0.key < $1.key }
        var tails: [Int] = [], tailIndex: [Int] = [], previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if tails[middle] < pair.value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tailIndex[low - 1] }
            if low == tails.count {
                tails.append(pair.value)
                tailIndex.append(index)
            } else {
                tails[low] = pair.value
                tailIndex[low] = index
            }
        }
        var kept = Set<Int>()
        var cursor = tailIndex.last ?? -1
        while cursor >= 0 {
            kept.insert(pairs[cursor].key)
            cursor = previous[cursor]
        }
        return kept
    }
}
