import BlacklineModel
@testable import BlacklineReaders
import Foundation
import Testing

/// Issue 18: scans made from the PDF fixtures (Scripts/make-scans: 1° skew, noise, JPEG) read by
/// OCR into the same lines a text layer gives, against the pages' own text as truth.
@Suite struct ScannedPDFTests {
    static let scans = ["yksd-agreement-p3-4", "yksd-agreement-p7-8"]

    static func fixture(_ name: String, _ suffix: String) -> String {
        PDFSafetyTests.fixture("scans/\(name).\(suffix)")
    }

    /// Words matched in order (longest common subsequence) over the truth's word count.
    static func wordAccuracy(found: [Substring], truth: [Substring]) -> Double {
        guard !truth.isEmpty else { return found.isEmpty ? 1 : 0 }
        var previous = [Int](repeating: 0, count: found.count + 1)
        for word in truth {
            var current = [Int](repeating: 0, count: found.count + 1)
            for (index, candidate) in found.enumerated() {
                current[index + 1] = word == candidate ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            previous = current
        }
        return Double(previous[found.count]) / Double(truth.count)
    }

    static func words(_ text: String) -> [Substring] { text.split(whereSeparator: \.isWhitespace) }

    @Test(arguments: scans)
    func wordAccuracyIsAtLeast98Percent(name: String) throws {
        let document = try PDFReader.read(path: Self.fixture(name, "scan.pdf"))
        let found = document.lines.flatMap { Self.words($0.text) }
        let truth = Self.words(try String(contentsOfFile: Self.fixture(name, "truth.txt"), encoding: .utf8))
        let accuracy = Self.wordAccuracy(found: found, truth: truth)
        #expect(accuracy >= 0.98, "\(name): word accuracy \(accuracy) over \(truth.count) words")
    }

    @Test func everyLineIsMarkedAsOCRWithItsPage() throws {
        let document = try PDFReader.read(path: Self.fixture("yksd-agreement-p3-4", "scan.pdf"))
        #expect(!document.lines.isEmpty)
        #expect(document.lines.allSatisfy { ($0.layout?.ocrConfidence ?? -1) > 0 && ($0.layout?.ocrConfidence ?? 2) <= 1 })
        #expect(Set(document.lines.compactMap(\.location.page)) == [1, 2])
        #expect(document.lines.contains { $0.layout?.continuesPreviousLine == true }, "wrapped lines are found on scans too")
        let ocr = try #require(document.ocr)
        #expect(ocr.pages == [1, 2])
        #expect(ocr.words > 800)
        #expect(document.findings.filter { $0.category == .ocr }.count <= 2, "counts, not a finding per word")
        // The ruled salary table keeps its cells.
        #expect(document.lines.contains { $0.text == "0\t36,648\t38,765\t40,922\t43,079\t45,238" })
    }

    @Test func withoutOCRAScanIsRefusedAsBefore() {
        #expect(throws: ReadError(path: Self.fixture("yksd-agreement-p7-8", "scan.pdf"), problem: .noTextLayer(pages: 2))) {
            try PDFReader.read(path: Self.fixture("yksd-agreement-p7-8", "scan.pdf"), options: ReadOptions(ocr: false))
        }
    }

    @Test func ocrTellsItsProgressPageByPage() throws {
        let steps = Steps()
        _ = try PDFReader.read(path: Self.fixture("yksd-agreement-p7-8", "scan.pdf"), options: ReadOptions(ocrProgress: { steps.add($0, $1) }))
        #expect(steps.all == [[0, 2], [1, 2], [2, 2]])
        #expect(OCRProgressLine.text(done: 1, total: 2) == "\rOCR: 1 of 2 scanned pages read…")
        #expect(OCRProgressLine.text(done: 2, total: 2) == "\r\u{1B}[K", "the line is cleared at the end")
    }

    final class Steps: @unchecked Sendable {
        private let lock = NSLock()
        private var steps: [[Int]] = []
        func add(_ done: Int, _ total: Int) { lock.withLock { steps.append([done, total]) } }
        var all: [[Int]] { lock.withLock { steps } }
    }

    @Test func aBornDigitalPDFIsNotOCRed() throws {
        let document = try PDFReader.read(path: PDFSafetyTests.fixture("pdf/yksd-agreement.pdf"))
        #expect(document.ocr == nil)
        #expect(document.lines.allSatisfy { $0.layout?.ocrConfidence == nil })
        #expect(!document.findings.contains { $0.category == .ocr }, "its visible text is no OCR layer")
    }
}
