@testable import BlacklineReaders
import Foundation
import Testing

/// The geometry that makes OCR words into lines, without tesseract: skew measured from baselines
/// and taken out, so a crooked scan's lines do not interleave.
@Suite struct ScannedPageLayoutTests {
    /// Words of two lines 50 px apart at 300 dpi, tilted by `degrees` (y grows down the page).
    static func tiltedLines(degrees: Double) -> [TesseractEngine.Word] {
        let slope = tan(degrees * .pi / 180)
        var words: [TesseractEngine.Word] = []
        for (line, text) in ["the first line of words runs across the page", "and the second line follows below it"].enumerated() {
            let baseY = 300 + 50 * line
            let baseline = (x1: 300, y1: baseY, x2: 2300, y2: baseY + Int((2000 * slope).rounded()))
            for (index, word) in text.split(separator: " ").enumerated() {
                let left = 300 + index * 250
                let bottom = baseY + Int((Double(left - 300) * slope).rounded())
                words.append(TesseractEngine.Word(text: String(word), left: left, top: bottom - 30, right: left + 200, bottom: bottom,
                                                  confidence: 95, line: line, baseline: baseline, pointSize: 12))
            }
        }
        return words
    }

    @Test(arguments: [0.0, 1.0, -1.5])
    func skewedLinesStayWhole(degrees: Double) {
        let words = Self.tiltedLines(degrees: degrees)
        #expect(abs(ScannedPageLayout.skew(words, dpi: 300) - degrees * .pi / 180) < 0.002)
        let page = ScannedPageLayout.page(words, dpi: 300)
        let texts = page.assembled.lines.map { $0.runs.map(\.text).joined() }
        #expect(texts == ["the first line of words runs across the page", "and the second line follows below it"])
        #expect(page.assembled.lines.allSatisfy { $0.layout.ocrConfidence == 0.95 })
    }

    @Test func doubtfulWordsAreCounted() {
        var words = Self.tiltedLines(degrees: 0)
        words[2].confidence = 41
        words[5].confidence = 12
        #expect(ScannedPageLayout.page(words, dpi: 300).lowConfidenceWords == 2)
        #expect(ScannedPages.pageList([1, 2, 3, 7]) == "pages 1-3, 7")
        #expect(ScannedPages.pageList([4]) == "page 4")
    }
}
