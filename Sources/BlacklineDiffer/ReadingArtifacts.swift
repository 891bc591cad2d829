/// Differences that come from how a document was read, not from what it says, dropped before a
/// change is reported:
/// - spacing inside a word, as PDF text layers print it ("Gro up" for "Group", "201.2 2" for
///   "201.22"): the same characters, spaced otherwise;
/// - a hyphen at a line end, where one version joined "non-" / "association" one way and the
///   other prints the word another way: only where the side that joined it recorded the join
///   (`Agreement.lineEndJoins`), so a hyphen an editor added or removed is still a change.
enum ReadingArtifacts {
    static func isArtifact(_ edit: WordDiff.Edit, old: [String], new: [String], oldJoins: Set<String>, newJoins: Set<String>) -> Bool {
        guard edit.operation == .replace else { return false }
        let before = old[edit.oldTokens], after = new[edit.newTokens]
        if before.joined() == after.joined() { return true }
        guard before.joined().filter({ $0 != "-" }) == after.joined().filter({ $0 != "-" }) else { return false }
        return before.contains { oldJoins.contains($0.lowercased()) } || after.contains { newJoins.contains($0.lowercased()) }
    }
}

extension ReadingArtifacts {
    /// Pieces a word was split into at most: "Informati" "on", "Tech" "nolo" "gy".
    static let mostPieces = 3

    /// Whether two readings of a clause hold the same words in another order, once a word split
    /// into pieces on one side is joined where the other side prints it whole. Asked only where
    /// reading order is uncertain (a PDF's table read cell by cell in another order); words
    /// that moved in a plain text are a change.
    static func sameWordsInAnotherOrder(_ old: [String], _ new: [String]) -> Bool {
        let mendedOld = mended(old, vocabulary: Set(new)), mendedNew = mended(new, vocabulary: Set(old))
        return mendedOld.count == mendedNew.count && mendedOld.sorted() == mendedNew.sorted()
    }

    /// Pieces joined where the other version prints the joined word and not every piece alone.
    static func mended(_ tokens: [String], vocabulary other: Set<String>) -> [String] {
        var result: [String] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            var taken = 1
            for length in stride(from: mostPieces, through: 2, by: -1) where index + length <= tokens.count {
                let pieces = tokens[index..<(index + length)]
                if pieces.contains(where: { !other.contains($0) }), other.contains(pieces.joined()) {
                    taken = length
                    break
                }
            }
            result.append(tokens[index..<(index + taken)].joined())
            index += taken
        }
        return result
    }
}

extension ReadingArtifacts {
    /// Paths of paired clauses (and everything under them) whose subtrees hold tables and the
    /// same words, read in another order: a PDF table whose cells came out as other lines, or as
    /// clauses of their own, on one side. Only subtrees that hold a table on either side: words
    /// moved between sections of plain text stay changes.
    static func tablesReadInAnotherOrder(_ old: [ClauseUnit], _ new: [ClauseUnit], newFor: [Int: Int]) -> (old: Set<String>, new: Set<String>) {
        var quiet: (old: Set<String>, new: Set<String>) = ([], [])
        var covered = Set<Int>()
        for unit in old where !covered.contains(unit.order) {
            guard let partner = newFor[unit.order], unit.subtreeHash != new[partner].subtreeHash else { continue }
            let oldTree = ClauseUnit.subtree(of: unit.order, in: old), newTree = ClauseUnit.subtree(of: partner, in: new)
            guard oldTree.count > 1 || newTree.count > 1,
                  oldTree.contains(where: { old[$0].holdsTable }) || newTree.contains(where: { new[$0].holdsTable }) else { continue }
            let oldWords = oldTree.flatMap { old[$0].ownTokens }, newWords = newTree.flatMap { new[$0].ownTokens }
            guard sameWordsInAnotherOrder(oldWords, newWords) else { continue }
            quiet.old.formUnion(oldTree.map { old[$0].path })
            quiet.new.formUnion(newTree.map { new[$0].path })
            covered.formUnion(oldTree)
        }
        return quiet
    }
}
