/// Word-level edits between two texts: tokenize (`Tokenizer`), intern tokens as integers, run
/// `MyersDiff`, and read the unmatched stretches as inserts, deletes and replacements.
public enum WordDiff {
    public struct Edit: Sendable, Hashable, Codable {
        public enum Operation: String, Sendable, Hashable, Codable {
            case insert, delete, replace
        }

        public var operation: Operation
        /// Token positions in the old and new texts.
        public var oldTokens: Range<Int>
        public var newTokens: Range<Int>
        public var old: String
        public var new: String
    }

    public static func edits(old: String, new: String) -> [Edit] {
        edits(old: Tokenizer.tokens(old).map(String.init), new: Tokenizer.tokens(new).map(String.init))
    }

    /// Edits, and whether the budget ran out and the whole text was taken as one replacement.
    public static func edits(old: [String], new: [String], budget: Int = MyersDiff.defaultBudget) -> [Edit] {
        editsWithinBudget(old: old, new: new, budget: budget).edits
    }

    public static func editsWithinBudget(old: [String], new: [String], budget: Int = MyersDiff.defaultBudget) -> (edits: [Edit], coarse: Bool) {
        var ids: [String: Int] = [:]
        func id(_ token: String) -> Int {
            if let known = ids[token] { return known }
            ids[token] = ids.count
            return ids.count - 1
        }
        let oldIDs = old.map(id), newIDs = new.map(id)
        guard let matches = MyersDiff.matches(oldIDs, newIDs, budget: budget) else {
            // Too different to diff word by word within the budget: one replacement, flagged.
            let whole = Edit(operation: old.isEmpty ? .insert : new.isEmpty ? .delete : .replace,
                             oldTokens: 0..<old.count, newTokens: 0..<new.count, old: joined(old), new: joined(new))
            return ([whole], true)
        }
        var edits: [Edit] = []
        var oldCursor = 0, newCursor = 0
        for (oldIndex, newIndex) in matches + [(old.count, new.count)] {
            if oldIndex > oldCursor || newIndex > newCursor {
                let operation: Edit.Operation = oldIndex == oldCursor ? .insert : newIndex == newCursor ? .delete : .replace
                edits.append(Edit(
                    operation: operation, oldTokens: oldCursor..<oldIndex, newTokens: newCursor..<newIndex,
                    old: joined(old[oldCursor..<oldIndex]), new: joined(new[newCursor..<newIndex])
                ))
            }
            oldCursor = oldIndex + 1
            newCursor = newIndex + 1
        }
        return (edits, false)
    }

    /// Tokens back to readable text: a space between words, none before closing punctuation or
    /// after an opening one ("(10)", "District.", "$1,300").
    public static func joined<S: Sequence>(_ tokens: S) -> String where S.Element == String {
        var text = ""
        var previous: String?
        for token in tokens {
            if let previous, !(previous == "(" || previous == "$" || previous == "/"),
               !(token.count == 1 && ".,;:)%/".contains(token)) {
                text += " "
            }
            text += token
            previous = token
        }
        return text
    }

    /// The new tokens, rebuilt from the old ones and the edits.
    public static func apply(_ edits: [Edit], to old: [String], new: [String]) -> [String] {
        rebuild(old, with: new, edits, from: \.oldTokens, to: \.newTokens)
    }

    /// The old tokens, rebuilt from the new ones by undoing the edits.
    public static func revert(_ edits: [Edit], from new: [String], old: [String]) -> [String] {
        rebuild(new, with: old, edits, from: \.newTokens, to: \.oldTokens)
    }

    /// `base` with each edit's `from` range replaced by the `to` range of `other`.
    private static func rebuild(_ base: [String], with other: [String], _ edits: [Edit],
                                from: KeyPath<Edit, Range<Int>>, to: KeyPath<Edit, Range<Int>>) -> [String] {
        var result: [String] = []
        var cursor = 0
        for edit in edits {
            result += base[cursor..<edit[keyPath: from].lowerBound]
            result += other[edit[keyPath: to]]
            cursor = edit[keyPath: from].upperBound
        }
        return result + base[cursor...]
    }
}
