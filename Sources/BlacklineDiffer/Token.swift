/// Splits clause text into the units a lawyer's blackline edits: words, and amounts kept whole
/// ("$1,300.00", "1.5%", "2018-2019"), dates ("June 30, 2021") and section references
/// ("Article 120 C.1.") kept whole, with punctuation as tokens of its own. Whitespace is not a
/// token: rewrapping a clause never changes its tokens.
public enum Tokenizer {
    static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    public static func tokens(_ text: String) -> [Substring] {
        mergeReferences(mergeDates(rawTokens(text), in: text), in: text)
    }

    /// "June" "30" "," "2021" → "June 30, 2021"; "July" "1" → "July 1".
    private static func mergeDates(_ tokens: [Substring], in text: String) -> [Substring] {
        var merged: [Substring] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if months.contains(String(token)), index + 1 < tokens.count, isDay(tokens[index + 1]) {
                var end = index + 1
                if end + 2 < tokens.count, tokens[end + 1] == ",", isYear(tokens[end + 2]) { end += 2 }
                merged.append(text[token.startIndex..<tokens[end].endIndex])
                index = end + 1
            } else {
                merged.append(token)
                index += 1
            }
        }
        return merged
    }

    /// "Article" "120" "C" "." "1" "." → "Article 120 C.1."
    private static func mergeReferences(_ tokens: [Substring], in text: String) -> [Substring] {
        var merged: [Substring] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token == "Article" || token == "Section", index + 1 < tokens.count,
                  tokens[index + 1].allSatisfy(\.isNumber) else {
                merged.append(token)
                index += 1
                continue
            }
            var end = index + 1
            // Label parts: a letter or number followed by a period ("C", ".", "1", ".").
            while end + 2 < tokens.count, tokens[end + 2] == ".", tokens[end + 1].count <= 2,
                  tokens[end + 1].allSatisfy({ $0.isUppercase || $0.isNumber || $0.isLowercase }),
                  text[tokens[end].endIndex..<tokens[end + 1].startIndex].count <= 1 {
                end += 2
            }
            merged.append(text[token.startIndex..<tokens[end].endIndex])
            index = end + 1
        }
        return merged
    }

    private static func isDay(_ token: Substring) -> Bool {
        token.count <= 2 && token.allSatisfy(\.isNumber) && (Int(token) ?? 0) >= 1 && (Int(token) ?? 0) <= 31
    }

    private static func isYear(_ token: Substring) -> Bool {
        token.count == 4 && token.allSatisfy(\.isNumber)
    }

    private static func rawTokens(_ text: String) -> [Substring] {
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
