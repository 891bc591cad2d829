import BlacklineModel
@testable import BlacklineReaders
import Foundation
import Testing

/// Issue 14: reading PDFs from many threads at once gives what one thread gives, and a PDF that
/// outlasts its time budget is refused with the page named (the budget is injected, not timed).
@Suite struct PDFSafetyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func fixture(_ path: String) -> String { root.appendingPathComponent("Fixtures").appendingPathComponent(path).path }

    /// Redlines drawn with rules: every page is drawn through cairo to find its marks.
    static let redlines = ["pdf/aea-redline.pdf", "pdf/ace-redline.pdf", "hostile/pdf-aea-redline-chunkdel-race.pdf"]

    private func read(_ path: String, workers: Int, budget: PDFTimeBudget = .standard) throws(ReadError) -> MarkedDocument {
        try PDFReader.read(path: Self.fixture(path), options: ReadOptions(pageWorkers: workers, pdfTimeBudget: budget))
    }

    @Test func concurrentReadsOfRedlinesGiveWhatOneThreadGives() throws {
        let expected = try Self.redlines.map { try read($0, workers: 1).lines }
        #expect(expected.allSatisfy { lines in lines.contains { $0.runs.contains { $0.mark != .plain } } })
        // Every redline read twice at once, each with several page workers: six documents
        // drawing pages at the same time, two of them of the same file.
        let reads = Self.redlines + Self.redlines
        let results = ReadResults(count: reads.count)
        DispatchQueue.concurrentPerform(iterations: reads.count) { index in
            results.store(Result { () throws(ReadError) in try read(reads[index], workers: 3).lines }, at: index)
        }
        for (index, result) in results.all.enumerated() {
            #expect(try result?.get() == expected[index % Self.redlines.count], "\(reads[index]) read concurrently")
        }
    }

    @Test func repeatedParallelReadsOfTheRaceFixtureAgree() throws {
        let first = try read("hostile/pdf-aea-redline-chunkdel-race.pdf", workers: 4)
        for _ in 0..<5 {
            let again = try read("hostile/pdf-aea-redline-chunkdel-race.pdf", workers: 4)
            #expect(again.lines == first.lines)
            #expect(again.findings == first.findings)
        }
    }

    @Test func aSpentBudgetRefusesTheDocumentNamingItsFirstPage() {
        let none = PDFTimeBudget(base: .zero, perPage: .zero)
        for workers in [1, 3] {
            #expect(throws: ReadError(path: Self.fixture("pdf/aea-redline.pdf"), problem: .tooSlow(page: 1, seconds: 0, findingMarks: false))) {
                try read("pdf/aea-redline.pdf", workers: workers, budget: none)
            }
        }
    }

    @Test func theBudgetGrowsWithPages() {
        #expect(PDFTimeBudget.standard.limit(pages: 1) == .seconds(30.25))
        #expect(PDFTimeBudget.standard.limit(pages: 92) == .seconds(53))
        #expect(Duration.milliseconds(30_250).wholeSeconds == 30)
    }

    @Test func tooSlowIsOneLineSayingWhatToDo() {
        let text = ReadError(path: "big.pdf", problem: .tooSlow(page: 3, seconds: 31, findingMarks: false)).description
        #expect(text.hasPrefix("big.pdf: PDF page 3 takes too long to read (over 31 s"))
        #expect(text.contains("pdftotext -layout"))
        let marks = ReadError(path: "big.pdf", problem: .tooSlow(page: 3, seconds: 31, findingMarks: true)).description
        #expect(marks.contains("try --no-marks"))
        #expect(!text.contains("\n") && !marks.contains("\n"))
    }
}

/// Results written by concurrent readers, each slot by one reader only.
private final class ReadResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<[MarkedLine], ReadError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: Result<[MarkedLine], ReadError>, at index: Int) { lock.withLock { slots[index] = result } }

    var all: [Result<[MarkedLine], ReadError>?] { lock.withLock { slots } }
}
