import BlacklineModel

/// A line reduced to what stays the same from page to page: lowercased, whitespace collapsed,
/// every digit run replaced by "#" ("TA'd  TA'd 14" and "TA'd TA'd 15" share a key).
enum LineKey {
    static func of(_ text: String) -> String {
        if let key = PlainASCII.lineKey(text) { return key }
        var key = ScalarBuffer(capacity: text.utf8.count)
        var lastWasSpace = true
        var lastWasDigit = false
        for character in text.lowercased().unicodeScalars {
            if character.isBlank {
                if !lastWasSpace { key.append(" ") }
                lastWasSpace = true
                lastWasDigit = false
            } else if character.isDigitLike {
                if !lastWasDigit { key.append("#") }
                lastWasDigit = true
                lastWasSpace = false
            } else {
                key.append(character)
                lastWasSpace = false
                lastWasDigit = false
            }
        }
        if key.endsWithSpace { key.dropLast() }
        return key.string
    }

    /// The integer a line consists of, allowing "Page 7", "- 7 -", "7 of 40".
    static func pageNumber(_ text: String) -> Int? {
        // "Page 123 of 456" with generous spacing is the longest form; prose is never one.
        guard text.utf8.count <= 40 else { return nil }
        var words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "–" })
        if words.first == "page" { words.removeFirst() }
        if words.count == 3, words[1] == "of", Int(words[2]) != nil { words.removeLast(2) }
        guard words.count == 1, words[0].count <= 3, let value = Int(words[0]) else { return nil }
        return value
    }

    /// The integer a line ends with after a tab or spaces ("TA'd\t\tTA'd\t14" → 14).
    static func trailingNumber(_ text: String) -> Int? {
        let trimmed = text.reversed().drop(while: \.isWhitespace)
        let digits = trimmed.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 3, trimmed.count > digits.count else { return nil }
        let before = trimmed.dropFirst(digits.count).first
        guard let before, before.isWhitespace else { return nil }
        return Int(String(digits.reversed()))
    }
}
