/// Splits clause text into the units a lawyer's blackline edits: words, and amounts kept whole
/// ("$1,300.00", "1.5%", "2018-2019"), dates ("June 30, 2021") and section references
/// ("Article 120 C.1.") kept whole, with punctuation as tokens of its own. Whitespace is not a
/// token: rewrapping a clause never changes its tokens.
public enum Tokenizer {
    static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    public static func tokens(_ text: String) -> [Substring] {
        mergeReferences(mergeYearRanges(mergeDates(rawTokens(text), in: text), in: text), in: text)
    }

    /// "2004" "-" "2005" → "2004 - 2005": a school year printed with spaces is one fact, as
    /// "2004-2005" already is.
    private static func mergeYearRanges(_ tokens: [Substring], in text: String) -> [Substring] {
        var merged: [Substring] = []
        var index = 0
        while index < tokens.count {
            if index + 2 < tokens.count, isSchoolYear(tokens[index]), tokens[index + 1] == "-" || tokens[index + 1] == "–",
               isSchoolYear(tokens[index + 2]) {
                merged.append(text[tokens[index].startIndex..<tokens[index + 2].endIndex])
                index += 3
            } else {
                merged.append(tokens[index])
                index += 1
            }
        }
        return merged
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

    private static func isSchoolYear(_ token: Substring) -> Bool {
        isYear(token) && (token.hasPrefix("19") || token.hasPrefix("20"))
    }

    private static func isYear(_ token: Substring) -> Bool {
        token.count == 4 && token.allSatisfy(\.isNumber)
    }

    /// Scans scalars, not Characters: the class tests are the hot path of every diff.
    private static func rawTokens(_ text: String) -> [Substring] {
        let scalars = Array(text.unicodeScalars)
        var offsets: [String.Index] = []
        offsets.reserveCapacity(scalars.count + 1)
        var position = text.unicodeScalars.startIndex
        for _ in scalars.indices {
            offsets.append(position)
            position = text.unicodeScalars.index(after: position)
        }
        offsets.append(text.endIndex)
        var tokens: [Substring] = []
        var index = 0
        while index < scalars.count {
            if scalars[index].isBlank {
                index += 1
                continue
            }
            let end = amountEnd(scalars, from: index) ?? wordEnd(scalars, from: index)
            tokens.append(Substring(text.unicodeScalars[offsets[index]..<offsets[end]]))
            index = end
        }
        return tokens
    }

    /// "$1,300.00", "1.5%", "2018-2019", "10": digits with their separators, an optional leading
    /// currency sign and trailing percent. Separators count only between digits.
    private static func amountEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        if scalars[index] == "$" { index += 1 }
        // ".50", ".75": a decimal without its leading zero (an FTE), not a period and a number.
        if index < scalars.count, scalars[index] == ".", index + 1 < scalars.count, scalars[index + 1].isDigitLike,
           index == 0 || !scalars[index - 1].isDigitLike && !scalars[index - 1].isLetterLike {
            index += 1
        }
        guard index < scalars.count, scalars[index].isDigitLike else { return nil }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isDigitLike {
                index += 1
            } else if ",.-/".unicodeScalars.contains(scalar), index + 1 < scalars.count,
                      scalars[index + 1].isDigitLike, index > start, scalars[index - 1].isDigitLike {
                index += 1
            } else {
                break
            }
        }
        if index < scalars.count, scalars[index] == "%" { index += 1 }
        return index
    }

    /// A run of letters (with inner apostrophes and hyphens: "member's", "non-credit"), or one
    /// other character (with any combining marks that follow it).
    private static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard scalars[start].isLetterLike else {
            var index = start + 1
            while index < scalars.count, scalars[index].value >= 0x80, scalars[index].properties.generalCategory == .nonspacingMark { index += 1 }
            return index
        }
        var index = start + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isLetterLike || scalar.isDigitLike || (scalar.value >= 0x80 && scalar.properties.generalCategory == .nonspacingMark) {
                index += 1
            } else if "'’-".unicodeScalars.contains(scalar), index + 1 < scalars.count, scalars[index + 1].isLetterLike {
                index += 1
            } else {
                break
            }
        }
        return index
    }
}
