import BlacklineModel

/// Labels that carry a keyword or their own nesting: "Section 4.", "SECTION 4 –", "Sec. 4.2",
/// "§ 4", and outline numbers "4.2", "4.2.1", "1:01", "5-1". An outline label must be followed by
/// a capital (or an opening bracket or quote), so "2.5 hours" and "1.5% of" stay prose; whether
/// its first number fits the article it is in is decided by the tree builder.
extension ListLabel {
    static let sectionWords = ["section", "sec."]
    static let longestOutlinePart = 3

    static func parseSection(_ characters: [Character], from start: Int) -> ListLabel? {
        var index = start
        if characters[index] == "§" {
            index += 1
        } else {
            let rest = String(characters[start..<min(characters.count, start + 8)])
            guard let word = sectionWords.first(where: { rest.lowercased().hasPrefix($0) }),
                  characters[start].isUppercase else { return nil }
            let printed = rest.prefix(word.count)
            guard printed == printed.uppercased() || printed.dropFirst() == printed.dropFirst().lowercased() else { return nil }
            index += word.count
        }
        let spaces = index
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        guard index > spaces || characters[start] == "§" else { return nil }
        guard let (label, end) = outlineNumber(characters, from: index, allowSingle: true) else { return nil }
        var cursor = end
        while cursor < characters.count, ".:,-–—".contains(characters[cursor]) { cursor += 1 }
        guard cursor == characters.count || characters[cursor].isWhitespace else { return nil }
        while cursor < characters.count, characters[cursor].isWhitespace || "-–—".contains(characters[cursor]) { cursor += 1 }
        // "Section 4 of this Agreement…" is prose citing a section.
        if cursor < characters.count, characters[cursor].isLowercase { return nil }
        let style: LabelStyle = LabelStyle.outlineDepth(label) > 1 ? .outline : .section
        let keyword = String(characters[start..<spaces])
        return ListLabel(style: style, label: label, prefixLength: cursor, keyword: keyword)
    }

    static func parseOutline(_ characters: [Character], from start: Int) -> ListLabel? {
        guard let (label, end) = outlineNumber(characters, from: start, allowSingle: false) else { return nil }
        var cursor = end
        if cursor < characters.count, characters[cursor] == "." { cursor += 1 }
        guard cursor < characters.count, characters[cursor].isWhitespace else { return nil }
        while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
        guard cursor < characters.count else { return nil }
        let next = characters[cursor]
        guard next.isUppercase || "(\"“'".contains(next) else { return nil }
        return ListLabel(style: .outline, label: label, prefixLength: cursor)
    }

    /// "4", "4.2", "4.2.1", "1:01", "5-1" at `start`: the label and where it ends.
    private static func outlineNumber(_ characters: [Character], from start: Int, allowSingle: Bool) -> (String, Int)? {
        var index = start
        var parts = 0
        var separator: Character?
        while true {
            let digitsStart = index
            while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
            let length = index - digitsStart
            guard length > 0, length <= longestOutlinePart else { return parts > 0 ? nil : nil }
            parts += 1
            guard index + 1 < characters.count, ".:-".contains(characters[index]), characters[index + 1].isASCII, characters[index + 1].isNumber else { break }
            if let separator, separator != characters[index] { return nil }
            // "5-1" has two parts only; a third makes it a date or a range.
            if characters[index] == "-", parts > 1 { return nil }
            separator = characters[index]
            index += 1
        }
        guard parts > 1 || allowSingle else { return nil }
        return (String(characters[start..<index]), index)
    }
}
