/// Cleanup of raw word edits so they read like a lawyer's blackline, not word soup: two edits
/// separated only by punctuation or a single short word (not a number: a grid's step number
/// between two changed amounts is a fact that stayed) merge into one replacement ("ten (10)"
/// → "twelve (12)" is one change, not two around an unchanged "("); an edit that opens a bracket
/// takes in the unchanged bracket that closes it.
enum EditCleanup {
    /// Longest unchanged word (in characters) that two neighbouring edits may swallow.
    static let shortestKeptWord = 3

    static func clean(_ edits: [WordDiff.Edit], old: [String], new: [String]) -> [WordDiff.Edit] {
        closeBrackets(merge(edits, old: old, new: new), old: old, new: new)
    }

    static func closeBrackets(_ edits: [WordDiff.Edit], old: [String], new: [String]) -> [WordDiff.Edit] {
        edits.map { edit in
            let opens = { (tokens: ArraySlice<String>) in tokens.filter { $0 == "(" }.count > tokens.filter { $0 == ")" }.count }
            guard opens(old[edit.oldTokens]) || opens(new[edit.newTokens]),
                  edit.oldTokens.upperBound < old.count, edit.newTokens.upperBound < new.count,
                  old[edit.oldTokens.upperBound] == ")", new[edit.newTokens.upperBound] == ")" else { return edit }
            let oldRange = edit.oldTokens.lowerBound..<(edit.oldTokens.upperBound + 1)
            let newRange = edit.newTokens.lowerBound..<(edit.newTokens.upperBound + 1)
            return WordDiff.Edit(operation: .replace, oldTokens: oldRange, newTokens: newRange,
                                 old: WordDiff.joined(old[oldRange]), new: WordDiff.joined(new[newRange]))
        }
    }

    static func merge(_ edits: [WordDiff.Edit], old: [String], new: [String]) -> [WordDiff.Edit] {
        var merged: [WordDiff.Edit] = []
        for edit in edits {
            guard let last = merged.last else {
                merged.append(edit)
                continue
            }
            let gap = old[last.oldTokens.upperBound..<edit.oldTokens.lowerBound]
            let swallow = gap.allSatisfy { !$0.contains(where: { $0.isLetter || $0.isNumber }) }
                || gap.count == 1 && (gap.first?.count ?? 0) < shortestKeptWord && gap.first?.contains(where: \.isLetter) == true
            guard swallow else {
                merged.append(edit)
                continue
            }
            let oldRange = last.oldTokens.lowerBound..<edit.oldTokens.upperBound
            let newRange = last.newTokens.lowerBound..<edit.newTokens.upperBound
            merged[merged.count - 1] = WordDiff.Edit(
                operation: oldRange.isEmpty ? .insert : newRange.isEmpty ? .delete : .replace,
                oldTokens: oldRange, newTokens: newRange,
                old: WordDiff.joined(old[oldRange]), new: WordDiff.joined(new[newRange])
            )
        }
        return merged
    }
}
