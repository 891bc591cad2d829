import ArgumentParser
import BlacklineDiffer
import BlacklineGrids
import BlacklineLoading
import BlacklineModel
import BlacklineReaders
import BlacklineReports
import Foundation

/// The grids of a document as they stand: a redline's markup accepted, since that is the text
/// that will pay people.
enum GridLoading {
    static func grids(at path: String, pageWorkers: Int = UsableProcessors.count) throws(Failure) -> (agreement: Agreement, grids: GridExtractor.Result) {
        var document = try DocumentLoading.document(at: path, options: ReadOptions(pageWorkers: pageWorkers))
        if document.lines.contains(where: { $0.runs.contains { $0.mark != .plain } }) {
            document = Redline.side(.new, of: document)
        }
        let agreement = try DocumentLoading.agreement(from: document)
        return (agreement, GridExtractor.grids(in: agreement))
    }

    /// A JSON report, or the one-line failure that encoding it failed.
    static func json(_ file: String, _ encode: () throws -> String) throws(Failure) -> String {
        do { return try encode() } catch {
            throw Failure(message: "\(file): the JSON report could not be encoded (\(error)); please report this")
        }
    }
}

struct TablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tables", abstract: "The salary grids of a document, steps × lanes, as CSV or JSON.",
        discussion: "A redline's grids are read with its markup accepted. Several files or a folder are read in parallel. "
            + "Exits 0 when grids were found, 1 when none, 2 on trouble."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Argument(help: "The agreement or draft (.pdf, .txt, .docx or .html), or several, or a folder.") var files: [String]
    @Option(help: "csv (a block per grid, for spreadsheets) or json (for programs).") var format: Format = .csv
    @Option(name: .shortAndLong, help: "Write the grids to this file instead of standard output.") var output: String?
    @Option(help: "Documents read at once when several are given.")
    var jobs: Int = UsableProcessors.count

    func run() throws {
        let documents = try Batch.expand(files)
        guard documents.count == 1, documents == files else {
            // Several documents: each one's grids under a "File" line (CSV) or in one array (JSON).
            let command = self
            let reports = Batch.run(documents, jobs: jobs, verb: "read grids of") { file in
                let report = try command.report(for: file, pageWorkers: 1).text
                return command.format == .csv ? "File,\(file)\n\n" + report : report.trimmingCharacters(in: .newlines)
            }
            let found = reports.compactMap { $0 }
            try OutputDestination.write(format == .json ? "[\n" + found.joined(separator: ",\n") + "\n]\n" : found.joined(separator: "\n"), to: output)
            if found.count < reports.count { throw ExitCode(Failure.exitStatus) }
            return
        }
        let (report, count) = try report(for: documents[0], pageWorkers: UsableProcessors.count)
        try OutputDestination.write(report, to: output)
        if count == 0 { throw ExitCode(1) }
    }

    private func report(for file: String, pageWorkers: Int) throws -> (text: String, grids: Int) {
        let (_, result) = try GridLoading.grids(at: file, pageWorkers: pageWorkers)
        switch format {
        case .csv: return (GridCSV.render(result.grids), result.grids.count)
        case .json: return (try GridLoading.json(file) { try GridJSON.render(source: file, grids: result.grids, extraction: result.findings) }, result.grids.count)
        }
    }
}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Grid cells that break the rules the document prints (percent increases, day ratios) or the grid's shape.",
        discussion: "Rounding drift (amounts computed from unrounded figures, within a unit) is information, not an error. Exits 0 when no cell is wrong, 1 when some are, 2 on trouble."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Argument(help: "The agreement or draft (.pdf, .txt, .docx or .html).") var file: String
    @Option(help: "text (for people), json (for programs) or csv (a row per finding, for spreadsheets).") var format: Format = .text
    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.") var output: String?
    @Flag(help: "List every piece of information (each drifting amount), not only their counts.") var verbose = false

    func run() throws {
        let (agreement, result) = try GridLoading.grids(at: file)
        let audit = GridAuditor.audit(result.grids, in: agreement)
        let report: String
        switch format {
        case .text: report = AuditText.render(source: file, grids: result.grids, audit: audit, verbose: verbose)
        case .json: report = try GridLoading.json(file) { try GridJSON.render(source: file, grids: result.grids, extraction: result.findings, audit: audit) }
        case .csv: report = AuditCSV.render(audit)
        }
        try OutputDestination.write(report, to: output)
        if audit.findings.contains(where: { $0.severity >= .warning }) { throw ExitCode(1) }
    }
}
