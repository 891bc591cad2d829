import BlacklineModel

/// Builds a page's text lines from its glyphs by geometry: glyphs sharing a baseline form a line,
/// read left to right; spaces come from gaps (so a ligature poppler split, "dif ferential", closes
/// up); gaps wider than a tab stop become tabs, as table cells in the text fixtures are; pages
/// set in two columns are read column by column (see `ColumnLayout`).
enum LineAssembler {
    /// Glyphs whose centres are within this share of the line height sit on one line.
    static let sameLineTolerance = 0.45
    /// A gap wider than this many ems is a space...
    static let spaceGap = 0.12
    /// ...and wider than this many ems, a tab (a table cell or a tab stop).
    static let tabGap = 1.2

    struct Placed {
        var character: Character
        var box: Box
        var fontSize: Double
        var mark: MarkClassifier.GlyphMark
        var isCaretText = false
    }

    struct Line {
        /// Left to right. Setting it recomputes the vertical bounds, which are read often.
        var glyphs: [Placed] { didSet { (top, bottom) = Self.bounds(glyphs) } }
        private(set) var top: Double
        private(set) var bottom: Double

        init(glyphs: [Placed]) {
            self.glyphs = glyphs
            (top, bottom) = Self.bounds(glyphs)
        }

        var centerY: Double { (top + bottom) / 2 }
        var height: Double { bottom - top }

        private static func bounds(_ glyphs: [Placed]) -> (Double, Double) {
            var top = Double.infinity, bottom = -Double.infinity
            for glyph in glyphs {
                top = min(top, glyph.box.y1)
                bottom = max(bottom, glyph.box.y2)
            }
            return glyphs.isEmpty ? (0, 0) : (top, bottom)
        }
    }

    struct CaretText {
        var text: String
        var x: Double
        var y: Double
        var evidence: String
    }

    /// A line of a page in reading order, and whether it wraps from the line before.
    struct AssembledLine {
        var runs: [TextRun]
        var layout: LineLayout
        /// Table rows never wrap into one another, whatever their spacing.
        var isTableRow = false
    }

    /// A page's lines made into text, and what is left to decide once the document's leading
    /// is known: which lines continue the one above.
    struct AssembledPage {
        var lines: [AssembledLine]
        var wraps: [ParagraphWraps.Geometry]
        var leadingRatios: [Double]
        /// Glyphs a table's column border cuts or a narrow column stacks (`CellOverflow`).
        var squeezedGlyphs = 0
        /// The x of the page's column borders, to the point (`CellOverflow.columnBorders`).
        var columnBorders: [Int] = []
        /// The page drew more shapes than `PageDrawing` keeps: marks past its caps are not read.
        var drawingOverCap = false
        /// The page's text is an OCR layer: invisible words over a scanned image.
        var hasOCRTextLayer = false

        static let empty = AssembledPage(lines: [], wraps: [], leadingRatios: [])

        /// The lines with `continuesPreviousLine` set for the document's leading.
        func lines(leading: Double?) -> [AssembledLine] {
            let continues = ParagraphWraps.continuesPrevious(wraps, leading: leading)
            return zip(lines, continues).map { line, continues in
                var line = line
                line.layout.continuesPreviousLine = continues && !line.isTableRow
                return line
            }
        }
    }

    /// The page's lines in reading order, before their text is made.
    static func orderedLines(glyphs: [Glyph], marks: [MarkClassifier.GlyphMark], carets: [CaretText]) -> [Line] {
        var placed: [Placed] = []
        placed.reserveCapacity(glyphs.count + carets.count)
        for (index, glyph) in glyphs.enumerated() where !glyph.isBlank && glyph.box.height > 0 {
            var mark = marks[index]
            if glyph.isBold { mark.style.insert(.bold) }
            if glyph.isItalic { mark.style.insert(.italic) }
            placed.append(Placed(character: glyph.character, box: glyph.box, fontSize: glyph.fontSize, mark: mark))
        }
        var lines = clusterIntoLines(placed)
        for caret in carets { insert(caret, into: &lines) }
        return ColumnLayout.readingOrder(lines)
    }

    /// Text and layout of a page's ordered lines, all but the wraps, which wait for the
    /// document's leading (`AssembledPage.lines(leading:)`).
    static func assemble(_ lines: [Line], borders: [DrawnRule]) -> AssembledPage {
        let (ordered, cells) = BorderedRows.merge(lines, segments: lines.map(segments), borders: borders)
        let wraps = ParagraphWraps.geometry(ordered)
        let aligned = TableColumns.align(cells)
        let assembled = aligned.indices.map { index in
            let isRow = TableColumns.isRow(cells[index]) || index > 0 && TableColumns.isRow(cells[index - 1])
            var layout = LineLayout(continuesPreviousLine: false, endsAtMargin: isRow ? false : wraps[index].endsAtMargin)
            let line = ordered[index]
            let left = line.glyphs.map(\.box.x1).min() ?? 0, right = line.glyphs.map(\.box.x2).max() ?? 0
            layout.frame = LineLayout.Frame(x1: left, y1: line.top, x2: right, y2: line.bottom)
            layout.cells = aligned[index].map { $0.map { LineLayout.Span(x1: $0.x1, x2: $0.x2) } }
            return AssembledLine(runs: runs(aligned[index]), layout: layout, isTableRow: isRow)
        }
        return AssembledPage(lines: assembled, wraps: wraps, leadingRatios: ParagraphWraps.leadingRatios(lines))
    }

    /// Characters of the longest list label ("(12)").
    static let longestLabel = 4

    /// Ligatures as their letters ("ﬁ" → "fi", "ﬀ" → "ff"); other characters as they are.
    static func spell(_ character: Character, into text: inout ScalarBuffer) {
        for scalar in character.unicodeScalars {
            let letters: String? = switch scalar.value {
            case 0xFB00: "ff"
            case 0xFB01: "fi"
            case 0xFB02: "fl"
            case 0xFB03: "ffi"
            case 0xFB04: "ffl"
            case 0xFB05, 0xFB06: "st"
            default: nil
            }
            if let letters {
                for letter in letters.unicodeScalars { text.append(letter) }
            } else {
                text.append(scalar)
            }
        }
    }

    /// Sorts indices, not glyphs (a glyph carries strings), and keeps each cluster's bounds as it grows.
    private static func clusterIntoLines(_ glyphs: [Placed]) -> [Line] {
        // Keys apart from the glyphs: comparing through `glyphs[i]` copies a glyph (and retains
        // its strings) at every comparison.
        let boxes = glyphs.map(\.box)
        let order = boxes.indices.sorted { (boxes[$0].centerY, boxes[$0].x1) < (boxes[$1].centerY, boxes[$1].x1) }
        var clusters: [(members: [Int], top: Double, bottom: Double)] = []
        for index in order {
            let box = boxes[index]
            if let last = clusters.last,
               abs(box.centerY - (last.top + last.bottom) / 2) <= sameLineTolerance * max(last.bottom - last.top, box.height) {
                clusters[clusters.count - 1].members.append(index)
                clusters[clusters.count - 1].top = min(last.top, box.y1)
                clusters[clusters.count - 1].bottom = max(last.bottom, box.y2)
            } else {
                clusters.append(([index], box.y1, box.y2))
            }
        }
        return clusters.map { cluster in
            Line(glyphs: cluster.members.sorted { boxes[$0].x1 < boxes[$1].x1 }.map { glyphs[$0] })
        }
    }

    private static func insert(_ caret: CaretText, into lines: inout [Line]) {
        guard let lineIndex = lines.indices.min(by: { abs(lines[$0].centerY - caret.y) < abs(lines[$1].centerY - caret.y) }) else { return }
        let line = lines[lineIndex]
        let position = line.glyphs.firstIndex { $0.box.centerX > caret.x } ?? line.glyphs.count
        let size = line.glyphs.first?.fontSize ?? 10
        let box = Box(x1: caret.x, y1: line.top, x2: caret.x, y2: line.bottom)
        let mark = MarkClassifier.GlyphMark(mark: .inserted, style: [], evidence: caret.evidence)
        let inserted = caret.text.map { Placed(character: $0, box: box, fontSize: size, mark: mark, isCaretText: true) }
        lines[lineIndex].glyphs.insert(contentsOf: inserted, at: position)
    }

    /// A stretch of a line between tab gaps: a table cell, a label, a run of prose.
    struct Segment {
        var x1: Double
        var x2: Double
        var runs: [TextRun]
    }

    /// A line's glyphs as segments of runs, with the spaces its gaps imply; tab gaps split segments.
    static func segments(_ line: Line) -> [Segment] {
        var segments: [Segment] = []
        // The run being built: its text and mark, flushed when the mark changes or a cell ends.
        var text = ScalarBuffer()
        var mark = MarkClassifier.GlyphMark()
        func flush() {
            guard !text.isEmpty else { return }
            segments[segments.count - 1].runs.append(TextRun(text.string, mark: mark.mark, style: mark.style, evidence: mark.evidence, appearance: mark.appearance))
            text = ScalarBuffer()
        }
        func emit(_ piece: Character, _ pieceMark: MarkClassifier.GlyphMark) {
            if pieceMark != mark {
                flush()
                mark = pieceMark
            }
            spell(piece, into: &text)
        }
        var previous: Placed?
        // Only a line with a tab-wide gap needs the (costlier) justification test.
        lazy var justified = isJustifiedProse(line)
        for glyph in line.glyphs {
            var separator = previous.map { gap(between: $0, and: glyph) } ?? .tab
            if separator == .tab, let before = previous, justified,
               glyph.box.x1 - before.box.x2 <= justifiedTab * max(glyph.fontSize, 1) {
                separator = .space
            }
            switch separator {
            case .tab:
                flush()
                segments.append(Segment(x1: glyph.box.x1, x2: glyph.box.x2, runs: []))
            case .space:
                if let before = previous { emit(" ", before.mark == glyph.mark ? glyph.mark : MarkClassifier.GlyphMark()) }
            case .none:
                break
            }
            emit(glyph.character, glyph.mark)
            segments[segments.count - 1].x2 = max(segments[segments.count - 1].x2, glyph.box.x2)
            previous = glyph
        }
        flush()
        return segments
    }

    enum Separator { case none, space, tab }

    /// Segments joined by tabs; `nil` segments are empty cells.
    static func runs(_ segments: [Segment?]) -> [TextRun] {
        var runs: [TextRun] = []
        for (index, segment) in segments.enumerated() {
            if index > 0 { runs.append(TextRun("\t")) }
            runs += segment?.runs ?? []
        }
        return runs.coalesced()
    }

    /// In a justified line of words, spaces stretch evenly; only a gap this many ems wide is a tab.
    static let justifiedTab = 3.0
    /// Gaps within this share of one another count as even.
    static let evenGaps = 0.35

    /// A line of words whose word gaps are all about the same width: justification, not cells.
    static func isJustifiedProse(_ line: Line) -> Bool {
        var gaps: [Double] = []
        var letters = 0, digits = 0
        for (before, after) in zip(line.glyphs, line.glyphs.dropFirst()) {
            let width = after.box.x1 - before.box.x2
            if width > spaceGap * max(after.fontSize, 1) { gaps.append(width) }
        }
        for glyph in line.glyphs {
            if glyph.character.isLetter { letters += 1 } else if glyph.character.isNumber { digits += 1 }
        }
        guard gaps.count >= 3, letters > 3 * digits, let smallest = gaps.min(), let largest = gaps.max() else { return false }
        return largest - smallest <= evenGaps * largest
    }

    private static func gap(between before: Placed, and after: Placed) -> Separator {
        if before.isCaretText != after.isCaretText { return .space }
        if before.isCaretText { return .none }
        let em = max(min(before.fontSize, after.fontSize), 1)
        let width = after.box.x1 - before.box.x2
        if width > tabGap * em { return .tab }
        if width > spaceGap * em { return .space }
        return .none
    }
}
