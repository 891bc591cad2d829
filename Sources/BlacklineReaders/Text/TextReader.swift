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

    /// The marks' UTF-8 bytes (E2 80 8B, E2 81 A0, EF BB BF), looked for in the bytes: lines with
    /// dashes and curly quotes (also E2 …) are common and need no walk by Character.
    private static let invisibleMarkBytes: [[UInt8]] = invisibleMarks.map { Array(String($0).utf8) }

    private static func hasInvisibleMarks(_ line: Substring) -> Bool {
        var twoBack: UInt8 = 0, oneBack: UInt8 = 0
        for byte in line.utf8 {
            if twoBack == 0xE2 || twoBack == 0xEF,
               invisibleMarkBytes.contains(where: { $0[0] == twoBack && $0[1] == oneBack && $0[2] == byte }) { return true }
            (twoBack, oneBack) = (oneBack, byte)
        }
        return false
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
