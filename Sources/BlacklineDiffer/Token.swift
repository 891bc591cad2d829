/// Splits clause text into the units a lawyer's blackline edits: words, and amounts kept whole
/// ("$1,300.00", "1.5%", "2018-2019", "(10)"), with punctuation as tokens of its own. Whitespace is
/// not a token: rewrapping a clause never changes its tokens.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
                continue
            }
            let end = amountEnd(text, from: index) ?? wordEnd(text, from: index)
            tokens.append(text[index..<end])
            index = end
        }
        return tokens
    }

    /// "$1,300.00", "1.5%", "2018-2019", "10": digits with their separators, an optional leading
    /// currency sign and trailing percent. Separators count only between digits.
    private static func amountEnd(_ text: String, from start: String.Index) -> String.Index? {
        var index = start
        if text[index] == "$" { index = text.index(after: index) }
        guard index < text.endIndex, text[index].isNumber else { return nil }
        while index < text.endIndex {
            let character = text[index]
            if character.isNumber {
                index = text.index(after: index)
            } else if ",.-/".contains(character), text.index(after: index) < text.endIndex,
                      text[text.index(after: index)].isNumber, index > start, text[text.index(before: index)].isNumber {
                index = text.index(after: index)
            } else {
                break
            }
        }
        if index < text.endIndex, text[index] == "%" { index = text.index(after: index) }
        return index
    }

    /// A run of letters (with inner apostrophes and hyphens: "member's", "non-credit"), or one
    /// other character.
    private static func wordEnd(_ text: String, from start: String.Index) -> String.Index {
        guard text[start].isLetter else { return text.index(after: start) }
        var index = text.index(after: start)
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isLetter || character.isNumber {
                index = next
            } else if "'’-".contains(character), next < text.endIndex, text[next].isLetter {
                index = next
            } else {
                break
            }
        }
        return index
    }
}
