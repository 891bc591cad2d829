import BlacklineModel
import Foundation

/// Turns the words tesseract read on one page image into the glyphs and lines the PDF reader
/// builds from a text layer, so a scanned page goes through the same line assembly (columns,
/// table cells, wraps) as a born-digital one.
///
/// A scan is rarely level: over a 6.5-inch line a 1° skew moves the baseline 8 points, more than
/// half a line, and lines clustered by height would interleave. The page's skew is measured from
/// tesseract's baselines and every word box rotated level before its glyphs are made. Each word's
/// characters share its box evenly; each glyph spans its line's height, as a font's glyphs do.
enum ScannedPageLayout {
    /// Words below this confidence (tesseract's 0–100 scale) are reported as doubtful. Clean
    /// 300-dpi scans of typeset text read at 90–96; garbled words, stray marks and smudges fall
    /// under 60.
    static let lowConfidence = 60.0
    /// Baselines shorter than this many inches are too short to measure skew by.
    static let shortestSkewBaseline = 1.0
    /// Two words of one tesseract line are kept at least this many ems apart, so the line
    /// assembler sees a space between them (it takes a gap over 0.12 em for one).
    static let wordGap = 0.2
    /// Ink height of a line of mixed text (ascender to descender) in ems, when tesseract gives
    /// no type size for its row.
    static let inkHeightPerEm = 0.95

    struct Page {
        var assembled: LineAssembler.AssembledPage
        var words: Int
        var lowConfidenceWords: Int
    }

    /// `marks`: per word, one redline mark per symbol (`ScannedMarks`); nil for a page without.
    static func page(_ words: [TesseractEngine.Word], dpi: Double, marks: [[MarkClassifier.GlyphMark]]? = nil) -> Page {
        let points = 72 / dpi
        let angle = skew(words, dpi: dpi)
        let (cosine, sine) = (cos(angle), sin(angle))
        // Word boxes levelled, in points.
        let levelled = words.map { word -> Box in
            let centerX = Double(word.left + word.right) / 2, centerY = Double(word.top + word.bottom) / 2
            let x = (centerX * cosine + centerY * sine) * points, y = (-centerX * sine + centerY * cosine) * points
            let halfWidth = Double(word.right - word.left) / 2 * points, halfHeight = Double(word.bottom - word.top) / 2 * points
            return Box(x1: x - halfWidth, y1: y - halfHeight, x2: x + halfWidth, y2: y + halfHeight)
        }
        var glyphs: [Glyph] = []
        var glyphMarks: [MarkClassifier.GlyphMark] = []
        let hasMarks = marks?.contains { $0.contains { $0 != MarkClassifier.GlyphMark() } } ?? false
        for (_, lineWords) in Dictionary(grouping: words.indices, by: { words[$0].line }).sorted(by: { $0.key < $1.key }) {
            let line = lineGlyphs(lineWords.sorted { levelled[$0].x1 < levelled[$1].x1 }, words: words, boxes: levelled)
            glyphs += line.map(\.glyph)
            glyphMarks += line.map { glyph in
                guard hasMarks, let marks else { return MarkClassifier.GlyphMark() }
                var mark = characterMark(glyph.character, of: glyph.word, words: words, marks: marks)
                // The convention reader decides marks from appearances: size, and the text colour
                // of a colour scan (`ScannedTextColour`).
                mark.appearance = RunAppearance(color: mark.appearance?.color, fontSize: glyph.glyph.fontSize)
                return mark
            }
        }
        var assembled = LineAssembler.assemble(LineAssembler.orderedLines(glyphs: glyphs, marks: glyphMarks, carets: []), borders: [])
        for index in assembled.lines.indices {
            assembled.lines[index].layout.ocrConfidence = confidence(of: assembled.lines[index].layout.frame, words: words, boxes: levelled)
        }
        let doubtful = words.filter { $0.confidence < lowConfidence }.count
        return Page(assembled: assembled, words: words.count, lowConfidenceWords: doubtful)
    }

    /// The page's skew in radians (positive: lines fall to the right, as y grows down): the median
    /// slope of tesseract's longer baselines.
    static func skew(_ words: [TesseractEngine.Word], dpi: Double) -> Double {
        var seen = Set<Int>()
        var slopes: [Double] = []
        for word in words where seen.insert(word.line).inserted {
            guard let baseline = word.baseline, Double(baseline.x2 - baseline.x1) >= shortestSkewBaseline * dpi else { continue }
            slopes.append(Double(baseline.y2 - baseline.y1) / Double(baseline.x2 - baseline.x1))
        }
        guard !slopes.isEmpty else { return 0 }
        return atan(slopes.sorted()[slopes.count / 2])
    }

    /// The mark of a word's `character`-th character: its symbol's, matched by position when
    /// symbols and characters differ in number (a ligature).
    private static func characterMark(_ character: Int, of word: Int, words: [TesseractEngine.Word], marks: [[MarkClassifier.GlyphMark]]) -> MarkClassifier.GlyphMark {
        let symbols = marks[word]
        guard !symbols.isEmpty else { return MarkClassifier.GlyphMark() }
        let characters = words[word].text.count
        let texts = words[word].symbols.map(\.text)
        if texts.count == symbols.count, texts.joined() == words[word].text {
            var start = 0
            for (index, text) in texts.enumerated() {
                if character < start + text.count { return symbols[index] }
                start += text.count
            }
        }
        return symbols[min(character * symbols.count / max(characters, 1), symbols.count - 1)]
    }

    /// One tesseract line's words (left to right) as glyphs spanning the line's height, each with
    /// its word and its place in the word.
    private static func lineGlyphs(_ indices: [Int], words: [TesseractEngine.Word], boxes: [Box]) -> [(glyph: Glyph, word: Int, character: Int)] {
        guard let first = indices.first else { return [] }
        let top = indices.map { boxes[$0].y1 }.min() ?? 0, bottom = indices.map { boxes[$0].y2 }.max() ?? 0
        let pointSize = Double(words[first].pointSize)
        let em = pointSize > 0 ? pointSize : max((bottom - top) / inkHeightPerEm, 1)
        var glyphs: [(glyph: Glyph, word: Int, character: Int)] = []
        for (position, index) in indices.enumerated() {
            var right = boxes[index].x2
            if position + 1 < indices.count { right = min(right, boxes[indices[position + 1]].x1 - wordGap * em) }
            let left = boxes[index].x1
            right = max(right, left + 0.1)
            let characters = Array(words[index].text)
            let step = (right - left) / Double(characters.count)
            for (offset, character) in characters.enumerated() {
                let x1 = left + step * Double(offset)
                glyphs.append((Glyph(character: character, box: Box(x1: x1, y1: top, x2: x1 + step, y2: bottom), fontName: "OCR", fontSize: em), index, offset))
            }
        }
        return glyphs
    }

    /// Mean confidence (0–1) of the words whose centres lie in a line's frame.
    private static func confidence(of frame: LineLayout.Frame?, words: [TesseractEngine.Word], boxes: [Box]) -> Double? {
        guard let frame else { return nil }
        let inside = words.indices.filter { index in
            let box = boxes[index]
            return box.centerX >= frame.x1 && box.centerX <= frame.x2 && box.centerY >= frame.y1 && box.centerY <= frame.y2
        }
        guard !inside.isEmpty else { return nil }
        return inside.map { words[$0].confidence }.reduce(0, +) / Double(inside.count) / 100
    }
}
