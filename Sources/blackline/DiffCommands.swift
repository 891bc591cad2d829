import ArgumentParser
import BlacklineDiffer
import BlacklineGrids
import BlacklineLoading
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import BlacklineReports
import Foundation

/// Report options shared by diff, markup and verify.
struct ChangeReportOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html, csv }
    enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Option(help: "text (for the terminal), json (for programs), html (a self-contained redline page to open, print or send) or csv (a row per change, for spreadsheets).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Colour insertions and deletions in the text report: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "Unchanged words shown on each side of an edit in the text report; 0 shows the edits alone.")
    var context: Int = DiffText.Options.defaultContext

    @Flag(help: "Text report: only the counts per kind and one line per change (kind and clause).")
    var summary = false

    @Flag(name: .shortAndLong, help: "Print nothing on standard output; the exit status tells. A report asked for with -o is still written.")
    var quiet = false

    @Flag(help: "Print the time each stage took on standard error.")
    var timings = false

    @Flag(name: [.customShort("i"), .long], help: "Ignore differences of letter case (\"Employer\" and \"employer\").")
    var ignoreCase = false

    @Flag(help: "Ignore hyphens (\"one-fifth\", \"onefifth\" and \"one fifth\" read the same).")
    var ignoreHyphenation = false

    @Flag(help: "Ignore edits that only add, remove or change punctuation.")
    var ignorePunctuation = false

    /// What the reader asked not to see; a line of the report says how much it took out.
    var ignoring: IgnoredDifferences {
        var ignoring: IgnoredDifferences = []
        if ignoreCase { ignoring.insert(.letterCase) }
        if ignoreHyphenation { ignoring.insert(.hyphenation) }
        if ignorePunctuation { ignoring.insert(.punctuation) }
        return ignoring
    }

    func validate() throws {
        if context < 0 { throw ValidationError("--context takes a number of words, 0 or more") }
        if summary && format != .text { throw ValidationError("--summary shapes the text report; leave it out with --format \(format.rawValue)") }
    }

    var textOptions: DiffText.Options { DiffText.Options(context: context, summary: summary) }

    var style: DiffText.Style {
        switch color {
        case .always: DiffText.Style(color: true)
        case .never: DiffText.Style(color: false)
        case .auto:
            DiffText.Style(color: output == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        }
    }

    /// Writes the report in the chosen format.
    func emit(text: () -> String, json: () throws -> String, csv: () -> String, html: (() -> String)? = nil) throws {
        let report: String
        switch format {
        case .text: report = text()
        case .json:
            do { report = try json() } catch {
                throw Failure(message: "the JSON report could not be encoded (\(error)); please report this")
            }
        case .html:
            guard let html else { throw Failure(message: "this command writes text, json or csv; for an HTML redline use 'blackline diff', 'markup' or 'verify'") }
            report = html()
        case .csv: report = csv()
        }
        if quiet && output == nil { return }
        try OutputDestination.write(report, to: output)
    }

    /// Writes a diff and exits as diff(1) does: 1 when something changed.
    func finish(_ report: ChangeReport, clock: inout StageClock) throws {
        clock.lap("diff")
        defer { clock.lap("report") }
        try emit(text: { report.text(style: style, options: textOptions) }, json: { try report.json() }, csv: { report.csv() }, html: { report.html() })
        if !report.diff.changes.isEmpty { throw ExitCode(1) }
    }
}

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "What changed between two versions, clause by clause and word by word.",
        discussion: "Exits 0 when nothing changed, 1 when something did, 2 on trouble."
    )

    @Argument(help: "The older version (.pdf, .txt, .docx or .html).") var old: String
    @Argument(help: "The newer version.") var new: String
    @Flag(help: "Compare the salary grids instead: each new grid beside the old one it continues, the raise per cell, the average and range per grid (text, csv or json).")
    var grids = false
    @OptionGroup var report: ChangeReportOptions

    func run() throws {
        var clock = StageClock(enabled: report.timings)
        let (oldAgreement, newAgreement) = try DocumentLoading.agreements(at: old, new)
        clock.lap("read and normalize", detail: "both files, in parallel")
        if grids {
            let comparison = GridComparison(old: GridExtractor.grids(in: oldAgreement).grids, new: GridExtractor.grids(in: newAgreement).grids)
            try report.emit(text: { GridComparisonReport.text(comparison, old: old, new: new) },
                            json: { try GridComparisonReport.json(comparison, old: old, new: new) },
                            csv: { GridComparisonReport.csv(comparison) })
            if comparison.pairs.isEmpty && comparison.unmatchedOld.isEmpty { throw Failure(message: "\(old), \(new): no salary grid found in either version; nothing to compare") }
            if comparison.hasChanges { throw ExitCode(1) }
            return
        }
        try report.finish(ChangeReport(diff: AgreementDiff(old: oldAgreement, new: newAgreement, ignoring: report.ignoring), old: oldAgreement, new: newAgreement,
                                       oldSource: SourceInfo(path: old), newSource: SourceInfo(path: new)), clock: &clock)
    }
}

struct MarkupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "markup", abstract: "The changes a TA'd draft marks up (insertions underlined, deletions struck).",
        discussion: "Exits 0 when the draft marks nothing, 1 when it marks changes, 2 on trouble."
    )

    @Argument(help: "The redline draft.") var draft: String
    @OptionGroup var report: ChangeReportOptions

    func run() throws {
        var clock = StageClock(enabled: report.timings)
        let (undone, accepted) = try DocumentLoading.redlineSides(at: draft)
        clock.lap("read and normalize")
        try report.finish(ChangeReport(diff: AgreementDiff(old: undone, new: accepted, ignoring: report.ignoring), old: undone, new: accepted,
                                       oldSource: SourceInfo(path: draft, role: "markup undone"), newSource: SourceInfo(path: draft, role: "markup accepted"),
                                       markup: undone.findings.filter { $0.category == .markup }), clock: &clock)
    }
}

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Changes a TA'd draft makes without marking them.",
        discussion: "Undoing the draft's markup must give the old agreement word for word (and accepting it the final text). Exits 0 when it does, 1 when there are unmarked changes, 2 on trouble."
    )

    @Argument(help: "The redline draft.") var draft: String
    @Option(help: "The agreement the draft amends.") var against: String
    @Option(help: "The final text the draft should become.") var final: String?
    @OptionGroup var report: ChangeReportOptions

    func run() throws {
        let (undone, accepted) = try DocumentLoading.redlineSides(at: draft)
        let old = try DocumentLoading.agreement(at: against)
        let verification = Redline.Verification(
            againstOld: AgreementDiff(old: old, new: undone, ignoring: report.ignoring),
            againstFinal: try final.map { AgreementDiff(old: accepted, new: try DocumentLoading.agreement(at: $0), ignoring: report.ignoring) },
            marked: AgreementDiff(old: undone, new: accepted).changes.count
        )
        let doubts = ChangeReport.readingDoubts(old: old, new: undone, sides: ("agreement", "draft"))
        try report.emit(text: { DiffText.render(verification, draft: draft, style: report.style, options: report.textOptions, notes: doubts) },
                        json: { try DiffJSON.render(verification, draft: draft) },
                        csv: { DiffCSV.render(verification) },
                        html: {
                            VerifyHTML.render(verification, against: old, undone: undone, oldSource: SourceInfo(path: against),
                                              draftSource: SourceInfo(path: draft, role: "markup undone"), finalSource: final.map { SourceInfo(path: $0) })
                        })
        if !verification.unmarked.isEmpty { throw ExitCode(1) }
    }
}
