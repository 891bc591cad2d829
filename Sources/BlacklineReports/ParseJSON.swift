import BlacklineModel
import Foundation

/// `blackline parse --format json`, per ../shared/DESIGN.md: `source`, `articles` (number, title,
/// path, text, children of label, path, text, children), `grids`; plus chapters, front matter,
/// furniture, relocations and findings. Keys are sorted, so equal input gives equal bytes.
public enum ParseJSON {
    public static let schemaVersion = 1

    public static func render(_ agreement: Agreement, grids: [SalaryGrid] = []) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var report = Report(agreement)
        report.grids = grids.map(GridJSON.Grid.init)
        let data = try encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Report: Encodable {
        var schemaVersion = ParseJSON.schemaVersion
        var source: String
        var format: String
        var articles: [Node]
        var chapters: [Chapter]
        var annexes: [Node]
        var contents: [ContentsEntry]
        var structure: Structure
        var frontMatter: [Node]
        var grids: [GridJSON.Grid] = []
        var furniture: [Furniture]
        var relocations: [Relocation]
        var findings: [FindingJSON]

        init(_ agreement: Agreement) {
            source = agreement.source
            format = agreement.format.rawValue
            articles = agreement.clauses.flatMap { clause -> [Node] in
                switch clause.kind {
                case .article: [Node(clause, chapter: nil)]
                case .chapter: clause.children.map { Node($0, chapter: clause.number) }
                default: []
                }
            }
            chapters = agreement.chapters.map(Chapter.init)
            annexes = agreement.clauses.filter { $0.kind == .annex }.map { Node($0, chapter: nil) }
            contents = agreement.structure.contents.map(ContentsEntry.init)
            structure = Structure(scheme: agreement.structure.scheme, doubts: agreement.structure.doubts)
            frontMatter = agreement.clauses.filter { $0.kind == .frontMatter || $0.kind == .tableOfContents || $0.kind == .body }
                .map { Node($0, chapter: nil) }
            furniture = agreement.furniture.map(Furniture.init)
            relocations = agreement.relocations.map(Relocation.init)
            findings = agreement.findings.map(FindingJSON.init)
        }
    }


    struct Structure: Encodable {
        var scheme: String
        var doubts: [String]
    }

    /// A contents entry and the article (or annex) it names, when the body has one.
    struct ContentsEntry: Encodable {
        var number: String
        var title: String
        var page: Int?
        /// "article", "annex", or "other" (a level the contents list besides articles).
        var kind: String
        var annex: Bool
        var annexKind: String?
        var line: Int
        var article: String?

        init(_ entry: DocumentStructure.ContentsEntry) {
            number = entry.number
            title = entry.title
            page = entry.page
            kind = entry.kind.rawValue
            annex = entry.isAnnex
            annexKind = entry.annexKind?.rawValue
            line = entry.location.line
            article = entry.matchedPath
        }
    }

    struct Node: Encodable {
        var kind: String
        var annexKind: String?
        var number: String?
        var label: String?
        var title: String?
        var chapter: String?
        var path: String
        var text: String
        var notes: [Note]
        var line: Int
        var page: Int?
        var children: [Node]

        init(_ clause: Clause, chapter: String?) {
            kind = clause.kind.rawValue
            annexKind = clause.annexKind?.rawValue
            number = clause.number
            label = clause.kind == .section ? clause.label : clause.kind == .annex ? clause.number : nil
            title = clause.title.map { $0 + (clause.titleMarker ?? "") }
            self.chapter = chapter
            path = clause.path
            text = clause.text
            notes = clause.notes.map(Note.init)
            line = clause.location.line
            page = clause.location.page
            children = clause.children.map { Node($0, chapter: nil) }
        }
    }

    struct Note: Encodable {
        var kind: String
        var text: String
        var target: String?

        init(_ note: ClauseNote) {
            kind = note.kind.rawValue
            text = note.text
            target = note.target
        }
    }

    struct Chapter: Encodable {
        var number: String?
        var title: String?
        var path: String
        var articles: [String]

        init(_ clause: Clause) {
            number = clause.number
            title = clause.title
            path = clause.path
            articles = clause.children.filter { $0.kind == .article }.map(\.path)
        }
    }

    struct Furniture: Encodable {
        var kind: String
        var text: String
        var line: Int
        var page: Int?

        init(_ line: FurnitureLine) {
            kind = line.kind.rawValue
            text = line.text
            self.line = line.location.line
            page = line.location.page
        }
    }

    struct Relocation: Encodable {
        var text: String
        var fromLine: Int
        var toPath: String

        init(_ relocation: BlacklineModel.Relocation) {
            text = relocation.text
            fromLine = relocation.from.line
            toPath = relocation.toPath
        }
    }

    struct FindingJSON: Encodable {
        var category: String
        var severity: String
        var message: String
        var line: Int?
        var page: Int?

        init(_ finding: Finding) {
            category = finding.category.rawValue
            severity = finding.severity.rawValue
            message = finding.message
            line = finding.location?.line
            page = finding.location?.page
        }
    }
}
