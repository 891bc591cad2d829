/// A line that could head an article or a group of articles, read by a grammar of the forms real
/// agreements print: `ARTICLE 12 – SENIORITY` (any of - – — : . , between), `ARTICLE 12` with the
/// title on the next line, `Article XII`, `ARTICLE TWENTY SEVEN`, `ARTICLE 16A`, `ARTICLE 3.2`,
/// `SECTION 12`, `PART III`, `DIVISION 3`, and with no keyword `12.   SENIORITY` or the hundreds
/// of `205 HEALTH BENEFITS`. Whether a candidate is a heading is decided later, for the whole
/// document at once, by `NumberingScheme`: prose that cites an article or a list item with a
/// caption is a candidate too, and only the document's own sequence tells them apart.
struct HeadingCandidate: Equatable {
    enum Keyword: String, CaseIterable {
        case article, section, part, chapter, division

        /// As printed in an outline: "ARTICLE".
        var printed: String { rawValue.uppercased() }
    }

    /// What one numbering convention looks like; candidates of one form make one sequence.
    struct Form: Hashable, CustomStringConvertible {
        /// nil: the number stands alone ("12. SENIORITY", "205 HEALTH BENEFITS").
        var keyword: Keyword?
        var style: HeadingNumber.Style
        /// Three-digit numbers by hundreds ("205"), whose round hundreds may hold the articles of
        /// that hundred ("200 STATUS OF AGREEMENT" over "201 INTENT").
        var hundreds: Bool

        var description: String {
            let number = switch style {
            case .arabic: hundreds ? "nnn" : "n"
            case .roman: "XII"
            case .spelled: "TWELVE"
            }
            return keyword.map { "\($0.printed) \(number)" } ?? number
        }
    }

    /// Where the scheme put a candidate.
    enum Level: Equatable {
        case candidate, chapter, article
    }

    var form: Form
    /// The keyword as printed ("ARTICLE", "Article").
    var printedKeyword: String?
    var number: HeadingNumber
    /// The title on the same line; empty when the title follows on the next line.
    var parts: HeadingText.Parts
    var level: Level = .candidate

    /// Titles that stand for an article kept only by its number ("ARTICLE 33. Deleted").
    static let placeholderTitles: Set<String> = ["deleted", "reserved", "intentionally left blank", "vacant", "repealed", "omitted"]
    /// A round hundred up to this holds articles by hundreds.
    static let hundredsRange = 100...999

    /// Reads a trimmed line (no converter "### ", no leading spaces).
    static func parse(_ text: String) -> HeadingCandidate? {
        let line = Substring(text)
        if let keyword = keywordPrefix(line) {
            var candidate = parseKeyworded(keyword.keyword, rest: line.dropFirst(keyword.length))
            candidate?.printedKeyword = String(line.prefix(keyword.length))
            return candidate
        }
        return parseBare(line)
    }

    /// "ARTICLE" or "Article" (not "article", which is prose), then whitespace.
    static func keywordPrefix(_ line: Substring) -> (keyword: Keyword, length: Int)? {
        // Each keyword starts with a capital of its own; most lines are spared five lowercasings.
        guard let first = line.first, "ASPCD".contains(first) else { return nil }
        for keyword in Keyword.allCases {
            let word = line.prefix(keyword.rawValue.count)
            guard word.count == keyword.rawValue.count, word.lowercased() == keyword.rawValue else { continue }
            guard word.first?.isUppercase == true, word == word.uppercased() || word.dropFirst() == word.dropFirst().lowercased() else { continue }
            // "ARTICLE 12", and as OCR and tight typesetting print it, "ARTICLE14-SAFETY".
            let after = line.dropFirst(word.count).first
            guard let after, after == " " || after == "\t" || after.isASCII && after.isNumber else { continue }
            return (keyword, word.count)
        }
        return nil
    }

    private static func parseKeyworded(_ keyword: Keyword, rest: Substring) -> HeadingCandidate? {
        let afterKeyword = rest.drop { $0 == " " || $0 == "\t" }
        guard let (number, length) = HeadingNumber.parse(afterKeyword, allowSpelled: true) else { return nil }
        guard let title = titleAfter(afterKeyword.dropFirst(length)) else { return nil }
        let parts = HeadingText.parts(of: title)
        // "ARTICLE I (Cont.)", "ARTICLE 7 – HOLIDAYS (continued)": a running header, whatever its case.
        let continues = parts.isContinuation && parts.title.split(separator: " ").count <= continuedHeaderWords
        guard title.isEmpty || continues || isTitle(parts.title) else { return nil }
        let form = Form(keyword: keyword, style: number.style, hundreds: false)
        return HeadingCandidate(form: form, number: number, parts: parts)
    }

    /// "12.   SENIORITY", "12 SENIORITY", "IV. WAGES", "205 HEALTH BENEFITS", "201 Salary Schedules":
    /// with no keyword the title must be in capitals, except by hundreds, where the seeds have
    /// title case.
    private static func parseBare(_ line: Substring) -> HeadingCandidate? {
        guard let first = line.first, first.isNumber || "IVX".contains(first) else { return nil }
        guard let (number, length) = HeadingNumber.parse(line, allowSpelled: false), number.key[1] == 0 else { return nil }
        if number.style == .roman, number.printed.count == 1, !"IVX".contains(number.printed) { return nil }
        var rest = line.dropFirst(length)
        let hundreds = number.style == .arabic && number.printed.count == 3 && hundredsRange.contains(number.major)
        if hundreds {
            // The seeds' form: the number, one space or tab, the title.
            guard let gap = rest.first, gap == " " || gap == "\t" else { return nil }
        } else {
            if let mark = rest.first, mark == "." || mark == ")" { rest = rest.dropFirst() }
            guard let gap = rest.first, gap == " " || gap == "\t" else { return nil }
        }
        let title = rest.trimmingWhitespace()
        guard !title.isEmpty, !title.contains("\t") else { return nil }
        let parts = HeadingText.parts(of: title)
        if hundreds {
            guard HeadingText.looksLikeTitle(parts.title) else { return nil }
        } else {
            guard HeadingText.isAllCaps(parts.title), !parts.title.hasSuffix("."), HeadingText.looksLikeTitle(parts.title) else { return nil }
        }
        let form = Form(keyword: nil, style: number.style, hundreds: hundreds)
        return HeadingCandidate(form: form, number: number, parts: parts)
    }

    /// The title after the number: past a separator ("–", ":", ".", ",", "--") and spaces. Nil
    /// when the number runs straight into words ("12of").
    static func titleAfter(_ text: Substring) -> String? {
        var rest = text
        let spaced = rest.first.map { $0 == " " || $0 == "\t" } ?? true
        rest = rest.drop { $0 == " " || $0 == "\t" }
        var separators = 0
        while let mark = rest.first, "-–—:.,".contains(mark), separators < 2 {
            rest = rest.dropFirst()
            separators += 1
        }
        guard spaced || separators > 0 || rest.isEmpty else { return nil }
        let title = rest.trimmingWhitespace()
        return title.contains("\t") ? nil : title
    }

    /// A title: capitalized words with no sentence in them, or a placeholder ("Deleted"). Not a
    /// citation that goes on ("Article 3, Section 3.1." wrapped to the start of a line).
    /// A running header that says its article continues is short; prose ("Article 12 continued
    /// to apply until…") runs on.
    static let continuedHeaderWords = 6

    static func isTitle(_ title: String) -> Bool {
        let bare = title.trimmingCharacters { $0 == "." || $0 == "(" || $0 == ")" || $0.isWhitespace }
        if placeholderTitles.contains(bare.lowercased()) { return true }
        if keywordPrefix(Substring(title)) != nil || title.lowercased().hasPrefix("section ") || title.hasPrefix("§") { return false }
        return HeadingText.looksLikeTitle(title)
    }
}

extension HeadingCandidate {
    /// A hundreds article whose number and title were printed on separate lines ("100" / "PREAMBLE").
    static func hundreds(_ number: Int, parts: HeadingText.Parts) -> HeadingCandidate {
        let form = Form(keyword: nil, style: .arabic, hundreds: true)
        return HeadingCandidate(form: form, number: HeadingNumber(printed: String(number), style: .arabic, key: [number, 0, 0]), parts: parts, level: .article)
    }
}
