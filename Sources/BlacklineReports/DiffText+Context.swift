import BlacklineDiffer

/// A change's word edits with the unchanged words around them, as a reader needs them: "{+the+}"
/// alone says nothing, "…of [-a-]{+the+} salary schedule…" does. Edits index the tokens of the
/// sides' text (`ComparableText.tokens`, the title's for a retitling); the context is taken from
/// the new side, where unchanged words are the same as in the old. Edits whose gap is at most
/// twice the context share a line, so no word is printed twice. Linear in the clause's tokens.
enum EditContext {
    static func lines(_ change: ClauseChange, context: Int, style: DiffText.Style) -> [String] {
        let bare = change.edits.map { marked($0, style: style) }
        guard context > 0, !change.coarse, !change.edits.isEmpty, let (old, new) = tokens(of: change),
              change.edits.allSatisfy({ indexes($0, old: old, new: new) }) else { return bare }
        let edits = change.edits.sorted { ($0.newTokens.lowerBound, $0.oldTokens.lowerBound) < ($1.newTokens.lowerBound, $1.oldTokens.lowerBound) }
        var hunks: [[WordDiff.Edit]] = []
        for edit in edits {
            if let previous = hunks.last?.last, edit.newTokens.lowerBound - previous.newTokens.upperBound <= 2 * context {
                hunks[hunks.count - 1].append(edit)
            } else {
                hunks.append([edit])
            }
        }
        return hunks.map { line($0, old: old, new: new, context: context, style: style) }
    }

    /// The tokens the edits index, or nil for a change with one side.
    static func tokens(of change: ClauseChange) -> (old: [String], new: [String])? {
        guard let old = change.old, let new = change.new else { return nil }
        if change.kind == .retitled { return (ComparableText.tokens(old.title ?? ""), ComparableText.tokens(new.title ?? "")) }
        return (ComparableText.tokens(old.text), ComparableText.tokens(new.text))
    }

    /// Whether an edit's token ranges hold its words: otherwise the edit is shown without context
    /// rather than beside the wrong words.
    static func indexes(_ edit: WordDiff.Edit, old: [String], new: [String]) -> Bool {
        edit.oldTokens.upperBound <= old.count && edit.newTokens.upperBound <= new.count
            && WordDiff.joined(old[edit.oldTokens]) == edit.old && WordDiff.joined(new[edit.newTokens]) == edit.new
    }

    /// A stretch of the line: its text and the first and last tokens it stands for, which decide
    /// the spacing around it as `WordDiff.joined` spaces words.
    struct Piece {
        var text: String
        var first: String
        var last: String
    }

    static func line(_ hunk: [WordDiff.Edit], old: [String], new: [String], context: Int, style: DiffText.Style) -> String {
        guard let first = hunk.first, let last = hunk.last else { return "" }
        let start = max(0, first.newTokens.lowerBound - context)
        let end = min(new.count, last.newTokens.upperBound + context)
        var pieces: [Piece] = []
        func plain(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            pieces.append(Piece(text: WordDiff.joined(new[range]), first: new[range.lowerBound], last: new[range.upperBound - 1]))
        }
        plain(start..<first.newTokens.lowerBound)
        for (index, edit) in hunk.enumerated() {
            let firstToken = edit.oldTokens.isEmpty ? new[edit.newTokens.lowerBound] : old[edit.oldTokens.lowerBound]
            let lastToken = edit.newTokens.isEmpty ? old[edit.oldTokens.upperBound - 1] : new[edit.newTokens.upperBound - 1]
            pieces.append(Piece(text: marked(edit, style: style), first: firstToken, last: lastToken))
            plain(edit.newTokens.upperBound..<(index + 1 < hunk.count ? hunk[index + 1].newTokens.lowerBound : end))
        }
        var text = start > 0 ? "…" : ""
        for (index, piece) in pieces.enumerated() {
            if index > 0, spaced(after: pieces[index - 1].last, before: piece.first) { text += " " }
            text += piece.text
        }
        return end < new.count ? text + "…" : text
    }

    /// `WordDiff.joined`'s rule: no space after an opening sign, none before closing punctuation.
    static func spaced(after previous: String, before token: String) -> Bool {
        !(previous == "(" || previous == "$" || previous == "/") && !(token.count == 1 && ".,;:)%/".contains(token))
    }

    static func marked(_ edit: WordDiff.Edit, style: DiffText.Style) -> String {
        (edit.old.isEmpty ? "" : style.deleted(edit.old)) + (edit.new.isEmpty ? "" : style.inserted(edit.new))
    }
}
