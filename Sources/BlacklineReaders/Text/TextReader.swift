import BlacklineModel

/// Reads plain text as exported from contract PDFs: one `MarkedLine` per source line, marks from
/// the inline markup that survived the export, OCR noise repaired and recorded. Form feeds, as
/// pdftotext writes them, start a new page.
public enum TextReader {
    public static func read(bytes: [UInt8], source: String) throws(ReadError) -> MarkedDocument {
        var findings: [Finding] = []
        let text = TextDecoder.decode(bytes, findings: &findings)
        return read(text: text, source: source, findings: findings)
    }

    public static func read(text: String, source: String, findings: [Finding] = []) -> MarkedDocument {
        var parser = InlineMarkupParser()
        var lines: [MarkedLine] = []
        var page = 1
        let pagesKnown = text.utf8.contains(0x0C)

        var contents: [String] = [], pages: [Int] = []
        for rawLine in splitLines(text) {
            let feeds = rawLine.utf8.reduce(0) { $0 + ($1 == 0x0C ? 1 : 0) }
            page += feeds
            let visible = feeds == 0 && !hasInvisibleMarks(rawLine) ? String(rawLine) : rawLine.filter { $0 != "\u{0C}" && !invisibleMarks.contains($0) }
            contents.append(visible)
            pages.append(page)
        }
        for (index, content) in ColumnGaps.tabbed(contents).enumerated() {
            let location = SourceLocation(line: index + 1, page: pagesKnown ? pages[index] : nil)
            lines.append(MarkedLine(runs: parser.parse(content).coalesced(), location: location))
        }
        let repaired = OCRRepair.repair(lines)
        return MarkedDocument(source: source, format: .text, lines: repaired.lines, findings: findings + repaired.findings)
    }

    /// Characters that print nothing and join or split no words as a reader sees them: Word's
    /// zero-width spaces ("ADDENDUM\u{200B} A\u{200B} SALARY SCHEDULE"), word joiners, stray
    /// byte-order marks. Left in, they hide a heading's label from every pattern.
    static let invisibleMarks: Set<Character> = ["\u{200B}", "\u{2060}", "\u{FEFF}"]

    /// Cheap test on UTF-8 bytes (all three begin 0xE2 or 0xEF) before filtering by Character.
    private static func hasInvisibleMarks(_ line: Substring) -> Bool {
        line.utf8.contains { $0 == 0xE2 || $0 == 0xEF } && line.contains { invisibleMarks.contains($0) }
    }

    /// Lines split on LF, CRLF or CR (not on form feeds, which mark pages); a trailing newline
    /// does not make an extra empty line.
    static func splitLines(_ text: String) -> [Substring] {
        // On UTF-8 bytes: splitting on Characters breaks graphemes for every byte of the file.
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex, index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = bytes.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            var next = bytes.index(after: index)
            if byte == 0x0D, next != bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
            start = next
            index = next
        }
        lines.append(text[start..<bytes.endIndex])
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
