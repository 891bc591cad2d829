import BlacklineModel

/// What one content line is, before lines are joined into paragraphs and clauses.
enum LineShape: Equatable {
    /// "ARTICLE 12 – SENIORITY", "205 HEALTH BENEFITS", "PART III": a heading candidate until the
    /// document's `NumberingScheme` makes it an article or chapter heading (or plain text).
    case heading(HeadingCandidate)
    /// "APPENDIX A – SALARY SCHEDULE", "LETTER OF AGREEMENT – …".
    case annexHeading(AnnexHeading)
    /// A number alone ("100"), whose title may follow on the next line.
    case bareNumber(Int)
    /// An unnumbered all-caps line: "IN-SERVICE", "CALENDAR [moved to Article 418]".
    case capsTitle(HeadingText.Parts)
    /// A table-of-contents entry: "403 NOTIFICATION OF NON-RENEWAL.....\t15", "ARTICLE 1 – RECOGNITION …… 1".
    case contentsEntry(ContentsLine)
    case label(ListLabel)
    case bullet(prefixLength: Int)
    /// Two or more tab-separated cells.
    case tableRow
    /// Prose cut into fragments at tab stops by a converter ("For those\te membei\ts who ele…").
    case garbled
    /// Numbers alone, without a table around them: a salary cell displaced by a page break.
    case strayValue
    case text
}

enum LineClassifier {
    /// Article numbers alone run in hundreds: 100 to 999.
    static let articleNumbers = 100...999
    /// A garbled line has at least this many cells, most of them word fragments.
    static let garbledMinimumCells = 6
    static let garbledFragmentShare = 0.6

    static func classify(_ text: String) -> LineShape {
        let trimmed = headingText(text)
        if let entry = ContentsLine.parse(trimmed) { return .contentsEntry(entry) }
        if let number = Int(trimmed), articleNumbers.contains(number), trimmed.count == 3 { return .bareNumber(number) }
        if let candidate = HeadingCandidate.parse(trimmed) { return .heading(candidate) }
        if let annex = AnnexHeading.parse(trimmed) { return .annexHeading(annex) }
        return classifyBody(text)
    }

    /// What a line is when it heads nothing: a label, a bullet, a table row, text.
    static func classifyBody(_ text: String) -> LineShape {
        if let label = ListLabel.parse(text) { return .label(label) }
        if let bullet = bulletPrefix(text) { return .bullet(prefixLength: bullet) }
        // A line without a tab is one cell at most.
        if text.utf8.contains(UInt8(ascii: "\t")) {
            let cells = text.split(separator: "\t").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            if cells.count >= 2 { return isGarbled(cells) ? .garbled : .tableRow }
        }
        let trimmed = text.trimmingWhitespace()
        if isStrayValue(trimmed) { return .strayValue }
        // No more characters than bytes: only a long line needs counting.
        guard trimmed.utf8.count <= HeadingText.longestTitle * 2 || trimmed.count <= HeadingText.longestTitle * 2 else { return .text }
        // Prose: a lower-case letter, with no bracketed note that could hold it, is never all caps.
        if PlainASCII.isPlain(trimmed), !trimmed.utf8.contains(UInt8(ascii: "[")), trimmed.utf8.contains(where: PlainASCII.isLowercase) {
            return .text
        }
        let parts = HeadingText.parts(of: trimmed)
        if HeadingText.isAllCaps(parts.title), !parts.title.hasSuffix(".") { return .capsTitle(parts) }
        return .text
    }

    /// The line as a heading reads: trimmed, without a converter's Markdown "### ".
    static func headingText(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefix("#") else { return trimmed }
        let hashes = trimmed.prefix { $0 == "#" }
        guard hashes.count <= 6, trimmed.dropFirst(hashes.count).first == " " else { return trimmed }
        return trimmed.dropFirst(hashes.count).trimmingWhitespace()
    }

    private static func bulletPrefix(_ text: String) -> Int? {
        // Every bullet but "-" is outside ASCII; any other ASCII start is no bullet.
        if let (first, _) = PlainASCII.firstAfterIndent(text), first < 0x80, first != UInt8(ascii: "-") { return nil }
        let leading = text.prefix(while: { $0 == " " || $0 == "\t" }).count
        let rest = text.dropFirst(leading)
        guard let first = rest.first, "-•▪◦·".contains(first), rest.dropFirst().first == " " else { return nil }
        return leading + 1 + rest.dropFirst().prefix(while: { $0 == " " }).count
    }

    private static func isGarbled(_ cells: [String]) -> Bool {
        guard cells.count >= garbledMinimumCells else { return false }
        let fragments = cells.filter { cell in
            cell.contains(where: \.isLetter) && !cell.contains(where: \.isNumber) && cell.first?.isUppercase != true
        }
        return Double(fragments.count) / Double(cells.count) >= garbledFragmentShare
    }

    /// "96,761" or "20" alone: digits and separators, no letters, not a heading number.
    private static func isStrayValue(_ text: String) -> Bool {
        // Counting comes last: most lines fail at their first character.
        !text.isEmpty && text.allSatisfy { $0.isNumber || ",.$-".contains($0) }
            && text.contains(where: \.isNumber) && text.count <= 12
    }
}

extension StringProtocol {
    func trimmingCharacters(_ predicate: (Character) -> Bool) -> String {
        guard let start = firstIndex(where: { !predicate($0) }), let end = lastIndex(where: { !predicate($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
