import ArgumentParser
import BlacklineGrids
import BlacklineLoading
import BlacklineModel
import BlacklineReaders
import BlacklineReports
import Foundation

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the clause tree of each document: articles, sections, what was set aside.",
        discussion: "Exits 0 when the document was read, 2 when it could not be."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case outline
        case json
        /// The reader's lines with their marks, before normalization.
        case marked
    }

    @Argument(help: "The agreement or draft (.pdf, .txt, .docx or .html; told apart by content); several files or a folder are read in parallel.")
    var files: [String]

    @Option(help: "Documents read at once when several are given.")
    var jobs: Int = UsableProcessors.count

    @Option(help: "outline (indented, for people), json (for programs), or marked (the lines as read, with {+insertions+} and [-deletions-]).")
    var format: Format = .outline

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Characters of clause text shown in the outline; 0 for headings only.")
    var excerpt: Int = 60

    @Flag(help: "Skip redline mark detection in PDFs (underline and strike rules, annotations): faster, marks are lost.")
    var noMarks = false

    @Flag(name: .customLong("no-ocr"), help: "Do not OCR PDF pages that have no text layer (scans); a PDF of scans is then refused.")
    var noOCR = false

    @Flag(help: "Print the time each stage took on standard error.")
    var timings = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let documents = try Batch.expand(files)
        guard documents.count == 1, documents == files else { return try runBatch(documents) }
        try OutputDestination.write(try report(for: documents[0], timings: timings, pageWorkers: UsableProcessors.count), to: output)
    }

    /// Several documents: their reports in the order given (JSON as one array), one line per
    /// refused file, exit 2 if any was refused.
    private func runBatch(_ documents: [String]) throws {
        let command = self
        // The files share the cores out; each file's pages are read by one thread.
        let reports = Batch.run(documents, jobs: jobs, verb: "parsed") { file in try command.report(for: file, timings: false, pageWorkers: 1, ocrProgress: nil) }
        let found = reports.compactMap { $0 }
        let combined = format == .json ? "[\n" + found.map { $0.trimmingCharacters(in: .newlines) }.joined(separator: ",\n") + "\n]\n"
            : found.joined(separator: "\n")
        try OutputDestination.write(combined, to: output)
        if found.count < reports.count { throw ExitCode(Failure.exitStatus) }
    }

    /// `ocrProgress`: a batch has its own progress line, so its files' OCR keeps quiet.
    private func report(for file: String, timings: Bool, pageWorkers: Int, ocrProgress: ReadOptions.OCRProgress? = OCRProgressLine.onTerminal) throws -> String {
        var clock = StageClock(enabled: timings)
        let document = try DocumentLoading.document(at: file, options: ReadOptions(detectsMarks: !noMarks, pageWorkers: pageWorkers, ocr: !noOCR,
                                                                                   ocrProgress: ocrProgress))
        clock.lap("read", detail: document.lines.last?.location.page.map { "\($0) pages" })
        if let ocr = document.ocr {
            clock.note("ocr", milliseconds: ocr.milliseconds, detail: "\(ocr.pages.count) page\(ocr.pages.count == 1 ? "" : "s") at \(Int(ocr.dpi)) dpi, \(ocr.words) words; part of read")
        }
        if format == .marked {
            defer { clock.lap("report") }
            return MarkedText.render(document)
        }
        let agreement = try DocumentLoading.agreement(from: document)
        clock.lap("normalize")
        defer { clock.lap("report") }
        switch format {
        case .marked:
            return MarkedText.render(document)
        case .outline:
            return ParseOutline.render(agreement, options: OutlineOptions(excerptLength: max(excerpt, 0)))
        case .json:
            return try GridLoading.json(file) { try ParseJSON.render(agreement, grids: GridExtractor.grids(in: agreement).grids) }
        }
    }
}
