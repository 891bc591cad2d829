import ArgumentParser
import BlacklineModel
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

    func run() throws {
        if format == .marked {
            try OutputDestination.write(MarkedText.render(try DocumentLoading.document(at: file)), to: output)
            return
        }
        let agreement = try DocumentLoading.agreement(at: file)
        let report: String
        switch format {
        case .marked:
            return
        case .outline:
            report = ParseOutline.render(agreement, options: OutlineOptions(excerptLength: max(excerpt, 0)))
        case .json:
            do {
                report = try ParseJSON.render(agreement)
            } catch {
                throw Failure(message: "\(file): the JSON report could not be encoded (\(error)); please report this")
            }
        }
        try OutputDestination.write(report, to: output)
    }
}
