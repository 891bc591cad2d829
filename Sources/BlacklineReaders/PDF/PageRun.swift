import Foundation

/// The pages of one PDF read by worker threads against a deadline.
///
/// Poppler cannot be interrupted inside a page, so the calling thread does not read: it waits for
/// the workers until the deadline and, past it, gives up on them and names the page in progress.
/// An abandoned worker runs on until its current poppler call returns, then stops at the next
/// stage; it alone holds the document by then, so its release never blocks the caller.
final class PageRun: @unchecked Sendable {
    enum Stage { case waiting, text, marks, done }

    private let lock = NSLock()
    private let deadline: DispatchTime
    private let pageCount: Int
    private var stages: [Stage]
    /// A finished page's lines; nil for a page poppler could not give.
    private var contents: [LineAssembler.AssembledPage?]
    private var stopped = false
    /// The first page no worker has taken yet.
    private var nextPage = 0

    private init(pageCount: Int, deadline: DispatchTime) {
        self.deadline = deadline
        self.pageCount = pageCount
        stages = Array(repeating: .waiting, count: pageCount)
        contents = Array(repeating: nil, count: pageCount)
    }

    /// Each page's lines (nil where poppler could not give the page), read by up to `options.pageWorkers`
    /// threads each through its own document; `tooSlow` past the time budget.
    static func read(_ handover: DocumentHandover, pageCount: Int, options: ReadOptions) throws(ReadError) -> [LineAssembler.AssembledPage?] {
        let limit = options.pdfTimeBudget.limit(pages: pageCount)
        let run = PageRun(pageCount: pageCount, deadline: DispatchTime.now() + limit.dispatchInterval)
        let workers = max(1, min(options.pageWorkers, pageCount / PDFReader.minimumPagesPerWorker))
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global(qos: .userInitiated).async {
            defer { finished.signal() }
            run.readAll(handover, workers: workers, detectsMarks: options.detectsMarks)
        }
        if finished.wait(timeout: run.deadline) == .timedOut { run.stop() }
        if let (page, stage) = run.abandonedPage {
            throw ReadError(path: handover.path, problem: .tooSlow(page: page + 1, seconds: limit.wholeSeconds, findingMarks: stage == .marks))
        }
        return run.lock.withLock { run.contents }
    }

    /// Each worker takes the next page no one has taken, so a worker that met long pages (a
    /// ruled schedule, a page of small print) reads fewer; the first worker reads through the
    /// caller's document, the others open the file again (a document is not thread-safe). A
    /// worker that cannot open the file takes no page.
    private func readAll(_ handover: DocumentHandover, workers: Int, detectsMarks: Bool) {
        guard workers > 1 else {
            if let document = handover.take() { read(document, path: handover.path, detectsMarks: detectsMarks) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            guard let document = worker == 0 ? handover.take() : try? PopplerDocument(path: handover.path) else { return }
            read(document, path: handover.path, detectsMarks: detectsMarks)
        }
    }

    private func read(_ document: PopplerDocument, path: String, detectsMarks: Bool) {
        let drawingDocument = detectsMarks ? DrawingDocument(path: path) : nil
        while let index = takePage() {
            guard let page = document.page(at: index) else {
                finish(page: index, with: nil)
                continue
            }
            let reader = PageReader(page: page, index: index, drawingDocument: drawingDocument, drawingSeconds: { self.secondsLeft }) {
                self.enter($0, page: index)
            }
            guard let content = reader.assembled() else { return }
            finish(page: index, with: content)
        }
    }

    /// Whether page `index` may go on to `stage`: false once the deadline has passed or the
    /// caller stopped waiting, and the page's work is dropped.
    private func enter(_ stage: Stage, page index: Int) -> Bool {
        lock.withLock {
            if DispatchTime.now() >= deadline { stopped = true }
            guard !stopped else { return false }
            stages[index] = stage
            return true
        }
    }

    private func takePage() -> Int? {
        lock.withLock {
            guard nextPage < pageCount else { return nil }
            defer { nextPage += 1 }
            return nextPage
        }
    }

    private func finish(page index: Int, with content: LineAssembler.AssembledPage?) {
        lock.withLock {
            stages[index] = .done
            contents[index] = content
        }
    }

    private func stop() { lock.withLock { stopped = true } }

    /// What is left of the time budget, in seconds.
    private var secondsLeft: Double {
        let now = DispatchTime.now().uptimeNanoseconds, end = deadline.uptimeNanoseconds
        return end > now ? Double(end - now) / 1e9 : 0
    }

    /// When the run was stopped: the first page being read (or, if none was, the first not
    /// read) and its stage. Nil when the run was not stopped.
    private var abandonedPage: (index: Int, stage: Stage)? {
        lock.withLock {
            guard stopped else { return nil }
            let index = stages.firstIndex { $0 == .text || $0 == .marks } ?? stages.firstIndex { $0 != .done } ?? 0
            return (index, stages.indices.contains(index) ? stages[index] : .waiting)
        }
    }
}

/// The caller's document, handed to the worker that reads through it: the caller lets go of it
/// when it hands it over, so the document is never used by two threads nor released by a caller
/// waiting on a deadline.
final class DocumentHandover: @unchecked Sendable {
    let path: String
    private var document: PopplerDocument?

    init(_ document: PopplerDocument, path: String) {
        self.document = document
        self.path = path
    }

    /// The document, once; called by one worker thread only, after the caller has let go.
    func take() -> PopplerDocument? {
        defer { document = nil }
        return document
    }
}

extension Duration {
    var dispatchInterval: DispatchTimeInterval {
        let (seconds, attoseconds) = components
        // A day is more than any budget needs, and keeps the nanoseconds within Int.
        return .nanoseconds(Int(min(max(seconds, 0), 86_400)) * 1_000_000_000 + Int(max(attoseconds, 0) / 1_000_000_000))
    }

    /// Rounded down, so "over N s" stays true.
    var wholeSeconds: Int { Int(min(max(components.seconds, 0), 86_400)) }
}
