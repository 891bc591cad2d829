import BlacklineModel

/// Changes that lie inside a table one version's reader could not read cell by cell: a PDF whose
/// columns are narrower than their text (`tableLayout` findings, one per page) prints its cells
/// in pieces ("191.6" over "3", "J" over "o" over "b"), so a difference there may be only the
/// reading. Such a change is reported apart, as in doubt, with its words, and is not counted.
struct SqueezedTables {
    let oldPages: Set<Int>
    let newPages: Set<Int>
    private let oldUnits: [ClauseUnit], newUnits: [ClauseUnit]
    private let oldByPath: [String: ClauseUnit], newByPath: [String: ClauseUnit]
    /// The aligner's old partner of each paired new clause, by order.
    private let oldFor: [Int: Int]

    init(old: Agreement, new: Agreement, oldUnits: [ClauseUnit], newUnits: [ClauseUnit], oldFor: [Int: Int]) {
        oldPages = Self.pages(old)
        newPages = Self.pages(new)
        (self.oldUnits, self.newUnits, self.oldFor) = (oldUnits, newUnits, oldFor)
        // Most documents have no such table: no index of their clauses is made for them.
        let needed = !oldPages.isEmpty || !newPages.isEmpty
        oldByPath = needed ? Dictionary(oldUnits.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }) : [:]
        newByPath = needed ? Dictionary(newUnits.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }) : [:]
    }

    var isEmpty: Bool { oldPages.isEmpty && newPages.isEmpty }

    /// Pages the reader said hold a table it read in pieces.
    static func pages(_ agreement: Agreement) -> Set<Int> {
        Set(agreement.findings.filter { $0.category == .tableLayout }.compactMap(\.location?.page))
    }

    /// Whether the clause's heading and every block of its own text sit on those pages.
    static func lies(_ unit: ClauseUnit, on pages: Set<Int>) -> Bool {
        guard !pages.isEmpty else { return false }
        let placed = ([unit.clause.location] + unit.clause.blocks.compactMap(\.location)).compactMap(\.page)
        return !placed.isEmpty && placed.allSatisfy(pages.contains)
    }

    /// Whether a change is in doubt: a clause on either side lies in such a table; or, for a
    /// clause one version lacks, that version's clauses on both sides of where it would stand do
    /// (a table read in pieces on one side pairs badly, leaving the other side's rows unpaired).
    func inDoubt(_ change: ClauseChange) -> Bool {
        let oldUnit = change.old.flatMap { oldByPath[$0.path] }, newUnit = change.new.flatMap { newByPath[$0.path] }
        if let oldUnit, Self.lies(oldUnit, on: oldPages) { return true }
        if let newUnit, Self.lies(newUnit, on: newPages) { return true }
        if oldUnit != nil, newUnit == nil {
            // A deleted clause stands between new clauses k and k + 1 (its position is k + 0.5).
            let before = Int(change.position.rounded(.down)), after = before + 1
            guard newUnits.indices.contains(before), newUnits.indices.contains(after) else { return false }
            return Self.lies(newUnits[before], on: newPages) && Self.lies(newUnits[after], on: newPages)
        }
        if let newUnit, oldUnit == nil {
            // An added clause: the old partners of the nearest paired new clauses around it.
            let before = newUnits[..<newUnit.order].last { oldFor[$0.order] != nil }
            let after = newUnits[(newUnit.order + 1)...].first { oldFor[$0.order] != nil }
            guard let before, let after, let oldBefore = oldFor[before.order], let oldAfter = oldFor[after.order] else { return false }
            return Self.lies(oldUnits[oldBefore], on: oldPages) && Self.lies(oldUnits[oldAfter], on: oldPages)
        }
        return false
    }
}

extension AgreementDiff {
    /// One line on the changes in doubt, naming the pages ("22–25, 32–33") and the version that
    /// printed them; nil when there are none.
    public var changesInDoubtNote: String? {
        guard !changesInDoubt.isEmpty else { return nil }
        let count = changesInDoubt.count
        let sides = [("old", squeezedPages.old), ("new", squeezedPages.new)].filter { !$0.1.isEmpty }
            .map { "the \($0.0) version's page\($0.1.count == 1 ? "" : "s") \(Self.pageRanges($0.1))" }
        return "\(count) change\(count == 1 ? "" : "s") in doubt, not counted: inside tables read in pieces on "
            + sides.joined(separator: " and ") + " (columns narrower than their text); compare those tables from a text or DOCX version"
    }

    /// "22–25, 32–33" for [22, 23, 24, 25, 32, 33].
    static func pageRanges(_ pages: [Int]) -> String {
        var ranges: [(Int, Int)] = []
        for page in pages.sorted() {
            if let last = ranges.last, last.1 + 1 == page { ranges[ranges.count - 1].1 = page } else { ranges.append((page, page)) }
        }
        return ranges.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" }.joined(separator: ", ")
    }
}
