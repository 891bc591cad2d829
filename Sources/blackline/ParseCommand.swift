import ArgumentParser
import BlacklineGrids
import BlacklineModel
import BlacklineReaders
import BlacklineReports

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the clause tree of one document: articles, sections, what was set aside.",
        discussion: "Exits 0 when the document was read, 2 when it could not be."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case outline
        case json
        /// The reader's lines with their marks, before normalization.
        case marked
    }

    @Argument(help: "The agreement or draft (.pdf, .txt, .docx or .html; told apart by content).")
    var file: String

    @Option(help: "outline (indented, for people), json (for programs), or marked (the lines as read, with {+insertions+} and [-deletions-]).")
    var format: Format = .outline

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Characters of clause text shown in the outline; 0 for headings only.")
    var excerpt: Int = 60

    @Flag(help: "Skip redline mark detection in PDFs (underline and strike rules, annotations): faster, marks are lost.")
    var noMarks = false

    @Flag(help: "Print the time each stage took to standard error.")
    var timings = false

    func run() throws {
        var clock = StageClock(enabled: timings)
        let document = try DocumentLoading.document(at: file, options: ReadOptions(detectsMarks: !noMarks))
        clock.lap("read", detail: document.lines.last?.location.page.map { "\($0) pages" })
        if format == .marked {
            try OutputDestination.write(MarkedText.render(document), to: output)
            clock.lap("report")
            return
        }
        let agreement = try DocumentLoading.agreement(from: document)
        clock.lap("normalize")
        defer { clock.lap("report") }
        let report: String
        switch format {
        case .marked:
            return
        case .outline:
            report = ParseOutline.render(agreement, options: OutlineOptions(excerptLength: max(excerpt, 0)))
        case .json:
            do {
                report = try ParseJSON.render(agreement, grids: GridExtractor.grids(in: agreement).grids)
            } catch {
                throw Failure(message: "\(file): the JSON report could not be encoded (\(error)); please report this")
            }
        }
        try OutputDestination.write(report, to: output)
    }
}
