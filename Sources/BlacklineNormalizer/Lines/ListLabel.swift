import BlacklineModel

/// A list label at the start of a line: "A.", "1.", "a.", "(1)", "(a)", possibly after a bullet
/// dash the converter added ("- B. Those members…", " - 1. perform duties…").
struct ListLabel: Equatable {
    var style: LabelStyle
    var label: String
    /// Characters of the line up to and including the label and the space after it.
    var prefixLength: Int
    /// "Section", "SECTION", "Sec.", "§" as printed before a section's number.
    var keyword: String?

    var ordinal: Int { style.ordinal(of: label) ?? 0 }

    /// Characters from a line's start that hold any label, the spaces around it and the
    /// character after (labels are a few characters; a bullet and indent a few more).
    static let labelWindow = 256

    /// Longest decimal label taken for a list item; "2004." is a year, not item 2004.
    static let longestDecimal = 2

    static func parse(_ text: String) -> ListLabel? {
        guard mayStartWithLabel(text) else { return nil }
        // Labels sit at the line's start: its first characters are all any parse reads, and a
        // paragraph joined into one line need not become an array of every character.
        let characters = Array(text.prefix(labelWindow))
        var index = 0
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        if index + 1 < characters.count, "-•▪◦·".contains(characters[index]), characters[index + 1] == " " {
            index += 2
            while index < characters.count, characters[index] == " " { index += 1 }
        }
        guard index < characters.count else { return nil }
        if characters[index] == "(" { return parseParenthesized(characters, from: index) }
        if let section = parseSection(characters, from: index) { return section }
        if let outline = parseOutline(characters, from: index) { return outline }
        return parseDotted(characters, from: index)
    }

    /// Whether, past leading spaces and a bullet, the line starts as some label does: "(", "§",
    /// a digit, a Roman numeral, "S" of "Section", or a letter and a period. A look at two
    /// characters spares most prose lines the full parse and its array of every character.
    private static func mayStartWithLabel(_ text: String) -> Bool {
        // Most lines start with an ASCII letter: bytes answer without making Characters.
        if let (first, index) = PlainASCII.firstAfterIndent(text), first < 0x80, first != UInt8(ascii: "-") {
            if first == UInt8(ascii: "(") || PlainASCII.isDigit(first) || "IVXS".utf8.contains(first) { return true }
            guard PlainASCII.isLetter(first) else { return false }
            let next = text.utf8.index(after: index)
            // A period next may still carry a combining mark: the full parse tells.
            return next != text.utf8.endIndex && text.utf8[next] == UInt8(ascii: ".")
        }
        var rest = Substring(text).drop { $0 == " " || $0 == "\t" }
        if let first = rest.first, "-•▪◦·".contains(first), rest.dropFirst().first == " " {
            rest = rest.dropFirst(2).drop { $0 == " " }
        }
        guard let first = rest.first else { return false }
        if first == "(" || first == "§" || "IVXS".contains(first) { return true }
        guard first.isASCII else { return false }
        return first.isNumber || first.isLetter && rest.dropFirst().first == "."
    }

    private static func parseDotted(_ characters: [Character], from start: Int) -> ListLabel? {
        var end = start
        while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
        let style: LabelStyle
        if end > start {
            guard end - start <= longestDecimal else { return nil }
            style = .decimal
        } else if let roman = upperRoman(characters, from: start) {
            end = roman
            style = .upperRoman
        } else if characters[start].isASCII, characters[start].isLetter {
            end = start + 1
            style = characters[start].isUppercase ? .upperLetter : .lowerLetter
        } else {
            return nil
        }
        guard end < characters.count, characters[end] == "." else { return nil }
        return finish(style, String(characters[start..<end]), characters, afterLabel: end + 1)
    }

    /// "II.", "IV.", "XII.": two letters or more of Roman numerals before a period ("I." alone is
    /// a letter until the tree builder sees which list it continues).
    private static func upperRoman(_ characters: [Character], from start: Int) -> Int? {
        var end = start
        while end < characters.count, "IVX".contains(characters[end]) { end += 1 }
        guard end - start >= 2, end < characters.count, characters[end] == "." ,
              LabelStyle.ordinalOfRoman(String(characters[start..<end]).lowercased()) != nil else { return nil }
        return end
    }

    private static func parseParenthesized(_ characters: [Character], from start: Int) -> ListLabel? {
        var end = start + 1
        while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
        var style: LabelStyle
        if end > start + 1, end - start - 1 <= longestDecimal {
            style = .parenDecimal
        } else if end == start + 1, end < characters.count, characters[end].isASCII, characters[end].isLowercase {
            end += 1
            style = .parenLetter
            // "(ii)", "(iv)": Roman numerals of more than one letter; "(i)" is read as a letter
            // until the tree builder sees which list it continues.
            var roman = end
            while roman < characters.count, "ivx".contains(characters[roman]) { roman += 1 }
            if roman > end, roman < characters.count, characters[roman] == ")",
               LabelStyle.ordinalOfRoman(String(characters[(start + 1)..<roman])) != nil, "ivx".contains(characters[start + 1]) {
                end = roman
                style = .parenRoman
            }
        } else {
            return nil
        }
        guard end < characters.count, characters[end] == ")" else { return nil }
        return finish(style, String(characters[(start + 1)..<end]), characters, afterLabel: end + 1)
    }

    /// The label must end the line or be followed by whitespace ("A.B.C." and "1.5%" are text).
    private static func finish(_ style: LabelStyle, _ label: String, _ characters: [Character], afterLabel: Int) -> ListLabel? {
        if afterLabel == characters.count { return ListLabel(style: style, label: label, prefixLength: afterLabel) }
        guard characters[afterLabel].isWhitespace else { return nil }
        var end = afterLabel
        while end < characters.count, characters[end].isWhitespace { end += 1 }
        return ListLabel(style: style, label: label, prefixLength: end)
    }
}
