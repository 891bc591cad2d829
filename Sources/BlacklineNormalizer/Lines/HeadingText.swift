import BlacklineModel

/// Reading heading text: bracketed notes, footnote marks, continuation marks, and whether words
/// look like a title ("HEALTH BENEFITS", "Salary Schedules") rather than prose ("days. That…").
enum HeadingText {
    /// Titles longer than this are prose that happens to start with a number.
    static let longestTitle = 90
    static let mostTitleWords = 12
    /// Share of a title's words that must be capitalized (minor words excepted).
    static let capitalizedShare = 0.7
    static let minorWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "w/",
    ]

    struct Parts: Equatable {
        var title: String
        var marker: String?
        var notes: [ClauseNote]
        var isContinuation: Bool
    }

    /// Splits "SUPPLEMENTAL RETIREMENT ACCOUNTS [renumbered from proposed 112]" into title and notes.
    static func parts(of raw: String) -> Parts {
        var title = ""
        var notes: [ClauseNote] = []
        var rest = Substring(raw)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            title += rest[..<open]
            notes.append(note(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        title += rest
        title = PlainASCII.collapsingWhitespace(title) ?? title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var marker: String?
        while title.hasSuffix("*") {
            marker = (marker ?? "") + "*"
            title.removeLast()
        }
        let continuation = isContinuation(title)
        return Parts(title: title, marker: marker, notes: notes, isContinuation: continuation)
    }

    static func note(_ text: String) -> ClauseNote {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let target = words.last(where: { Int($0) != nil })
        if words.contains("moved"), let target {
            let kind: ClauseNote.Kind = words.contains("from") ? .movedFrom : .movedTo
            return ClauseNote(kind: kind, text: text, target: target)
        }
        if words.contains("renumbered"), let target {
            let kind: ClauseNote.Kind = words.contains("to") && !words.contains("from") ? .renumberedTo : .renumberedFrom
            return ClauseNote(kind: kind, text: text, target: target)
        }
        return ClauseNote(kind: .remark, text: text)
    }

    static func isContinuation(_ title: String) -> Bool {
        // Every form has "cont" in it; most titles do not, and searching bytes for it is far
        // cheaper than lowercasing and Foundation's substring search.
        guard containsCont(title.utf8) else { return false }
        let lowered = String(title.lowercased().map { $0 == "’" ? "'" : $0 })
        return ["cont'd", "cont.", "continued", "(cont"].contains { lowered.contains($0) }
    }

    private static let contBytes: [UInt8] = Array("cont".utf8)

    private static func containsCont(_ bytes: String.UTF8View) -> Bool {
        let word = contBytes
        var matched = 0
        for byte in bytes {
            let lower = byte | 0x20 // ASCII letters to lower case; "cont" has no other bytes
            matched = lower == word[matched] ? matched + 1 : (lower == word[0] ? 1 : 0)
            if matched == word.count { return true }
        }
        return false
    }

    /// Words that read as a heading: capitalized, short, no sentence inside.
    static func looksLikeTitle(_ title: String) -> Bool {
        guard let first = title.first, first.isUppercase, title.count <= longestTitle else { return false }
        let words = title.split(separator: " ")
        guard words.count <= mostTitleWords else { return false }
        if containsSentenceBreak(title) { return false }
        let significant = words.filter { word in
            word.contains(where: \.isLetter) && !minorWords.contains(word.lowercased())
        }
        // "A." or "B" alone is a list label that a wrapped line put after a number, not a title.
        guard !significant.isEmpty, words.contains(where: { $0.filter(\.isLetter).count >= 2 }) else { return false }
        let capitalized = significant.filter { $0.first(where: \.isLetter)?.isUppercase == true }
        return Double(capitalized.count) / Double(significant.count) >= capitalizedShare
    }

    /// A title or label as compared: capitals, letters and digits only, "&" spelt out ("Hours of
    /// Work –" and "HOURS OF WORK" agree, so do "HEALTH & SAFETY" and "Health and Safety").
    static func comparable(_ text: String) -> String {
        var result = ""
        for character in text.uppercased() {
            if character == "&" {
                result += "AND"
            } else if character.isLetter || character.isNumber {
                result.append(character)
            }
        }
        return result
    }

    /// Every letter uppercase: "IN-SERVICE", "RECALL PROCEDURES", "CALENDAR".
    static func isAllCaps(_ title: String) -> Bool {
        if PlainASCII.isPlain(title) { return isAllCapsASCII(title) }
        let letters = title.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            && title.count <= longestTitle && title.split(separator: " ").count <= mostTitleWords
    }

    /// `isAllCaps` for plain ASCII, where letters are A-Z and a-z and characters are bytes.
    private static func isAllCapsASCII(_ title: String) -> Bool {
        var letters = 0
        for byte in title.utf8 where PlainASCII.isLetter(byte) {
            guard PlainASCII.isUppercase(byte) else { return false }
            letters += 1
        }
        return letters >= 2 && title.utf8.count <= longestTitle
            && (PlainASCII.spaceSeparatedCount(title) ?? 0) <= mostTitleWords
    }

    /// ". " followed by a capital inside a title means a sentence ("days. That amount").
    private static func containsSentenceBreak(_ title: String) -> Bool {
        let characters = Array(title)
        guard characters.count > 2 else { return false }
        for index in 0..<(characters.count - 2) where characters[index] == "." && characters[index + 1] == " " {
            if isContinuation(String(characters[0...index])) { continue }
            if characters[index + 2].isLetter { return true }
        }
        return false
    }
}
