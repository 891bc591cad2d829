import BlacklineModel

/// Builds the clause tree from joined content lines, in one pass with one line of lookahead.
/// Front matter collects everything before the first article; hundreds headings followed at once
/// by an article of their hundred are chapters; labels nest by `LabelStack`; nothing is dropped.
struct ClauseTreeBuilder {
    var roots: [NodeBuilder] = []
    var findings: [Finding] = []
    var repeatedHeadings: [FurnitureLine] = []
    var relocations: [(text: String, from: SourceLocation, to: NodeBuilder)] = []
    var contents: [ContentsEntry] = []

    var chapter: NodeBuilder?
    var article: NodeBuilder?
    var group: NodeBuilder?
    var labels = LabelStack()
    var orphan: Orphan?
    var previousShape: LineShape?

    struct ContentsEntry {
        var number: Int
        var title: String
        var page: Int
        var location: SourceLocation
    }

    /// An article number printed apart from its title, kept in place until its title turns up.
    struct Orphan {
        var number: Int
        var location: SourceLocation
        var wasHoisted: Bool
        var holder: NodeBuilder
        var blockIndex: Int
    }

    static func build(_ lines: [ContentLine]) -> ClauseTreeBuilder {
        var builder = ClauseTreeBuilder()
        var index = 0
        while index < lines.count {
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            let consumedNext = builder.add(lines[index], next: next)
            builder.previousShape = lines[index].shape
            index += consumedNext ? 2 : 1
        }
        builder.finish()
        return builder
    }

    /// Adds one line; returns true when it also used the next line (a caption under a bare label).
    mutating func add(_ line: ContentLine, next: ContentLine?) -> Bool {
        switch line.shape {
        case .contentsEntry(let number, let title, let page):
            addContentsEntry(line, number: number, title: title, page: page)
        case .articleHeading(let number, let parts):
            addHeading(line, number: number, parts: parts, next: next)
        case .bareNumber(let number):
            addBareNumber(line, number: number)
        case .capsTitle(let parts):
            addCapsTitle(line, parts: parts, next: next)
        case .label(let label):
            return addLabel(line, label: label, next: next)
        case .bullet:
            append(.paragraph(Paragraph(runs: line.bodyRuns, role: .bullet, location: line.location)))
        case .tableRow:
            addTableRow(line)
        case .garbled:
            findings.append(Finding(.garbledText, .warning, "text split into fragments by the converter; kept as is: '\(Clause.excerpt(line.text, 50))'", at: line.location))
            append(.paragraph(Paragraph(runs: line.bodyRuns, location: line.location)))
        case .strayValue:
            addStrayValue(line)
        case .text:
            append(.paragraph(Paragraph(runs: line.bodyRuns, location: line.location)))
        }
        return false
    }

    // MARK: - Containers

    var container: NodeBuilder {
        mutating get {
        if let deepest = labels.deepest { return deepest }
        if let node = group ?? article ?? chapter { return node }
        return frontMatter()
        }
    }

    mutating func frontMatter() -> NodeBuilder {
        if let last = roots.last, last.kind == .frontMatter { return last }
        let node = NodeBuilder(kind: .frontMatter, location: SourceLocation(line: 1))
        roots.append(node)
        return node
    }

    mutating func append(_ block: Block) {
        container.blocks.append(block)
    }

    // MARK: - Labels, tables, stray values

    mutating func addLabel(_ line: ContentLine, label: ListLabel, next: ContentLine?) -> Bool {
        guard article != nil || chapter != nil else {
            append(.paragraph(Paragraph(runs: line.runs.trimmed().collapsingWhitespace(), location: line.location)))
            return false
        }
        let node = NodeBuilder(kind: .section, location: line.location)
        node.label = label.label
        node.labelStyle = label.style
        node.ordinal = label.ordinal
        let decision = labels.decide(style: label.style, ordinal: label.ordinal)
        let containerBefore = group ?? article ?? chapter
        let parent = labels.place(node, decision) ?? containerBefore
        parent?.children.append(node)
        if let irregularity = decision.irregularity {
            let place = parent.map { ($0.number ?? $0.label).map { " under '\($0)'" } ?? "" } ?? ""
            findings.append(Finding(.numbering, .info, "label '\(label.style.render(label.label))'\(place) \(irregularity)", at: line.location))
        }
        let body = line.bodyRuns
        if body.isEmpty {
            guard let next, let caption = Self.caption(of: next) else { return false }
            node.title = caption
            return true
        }
        if line.joinedLocations.isEmpty, Self.isCaption(body.plainText) {
            node.title = body.plainText
        } else {
            node.blocks.append(.paragraph(Paragraph(runs: body, location: line.location)))
        }
        return false
    }

    /// A bare "B." takes the next line as its caption when that line is a short title.
    static func caption(of line: ContentLine) -> String? {
        switch line.shape {
        case .capsTitle, .text:
            let text = line.bodyRuns.plainText
            return isCaption(text) ? text : nil
        default:
            return nil
        }
    }

    /// Short, capitalized, no closing punctuation: "Salary Placement Errors", "Maternity:".
    static let longestCaption = 60
    static let mostCaptionWords = 8

    static func isCaption(_ text: String) -> Bool {
        guard text.count <= longestCaption, text.split(separator: " ").count <= mostCaptionWords,
              let last = text.last, !".;,".contains(last) else { return false }
        let title = text.hasSuffix(":") ? String(text.dropLast()) : text
        return HeadingText.looksLikeTitle(title)
    }

    mutating func addTableRow(_ line: ContentLine) {
        Self.appendRow(of: line, to: container, continuingTable: previousShape == .tableRow)
    }

    /// Adds a row to the node's last table when the row continues it, else starts a table.
    static func appendRow(of line: ContentLine, to node: NodeBuilder, continuingTable: Bool) {
        let cells = line.runs.splitIntoCells()
        let spans = line.layout.map { $0.cells.count == cells.count ? $0.cells : [] } ?? []
        let row = Table.Row(cells: cells, location: line.location, spans: spans)
        if continuingTable, case .table(var table)? = node.blocks.last {
            table.rows.append(row)
            node.blocks[node.blocks.count - 1] = .table(table)
        } else {
            node.blocks.append(.table(Table(rows: [row])))
        }
    }

    /// A value alone, away from its table (a salary cell pushed past the page footer): kept in an
    /// unclassified node so a reader sees it, and reported.
    mutating func addStrayValue(_ line: ContentLine) {
        let target = container
        let node = NodeBuilder(kind: .unclassified, location: line.location)
        node.blocks.append(.paragraph(Paragraph(runs: line.bodyRuns, location: line.location)))
        target.children.append(node)
        findings.append(Finding(.unplacedText, .warning, "value '\(line.text.trimmingWhitespace())' stands alone outside any table; kept unclassified", at: line.location))
    }

    mutating func addContentsEntry(_ line: ContentLine, number: Int, title: String, page: Int) {
        guard article == nil, chapter == nil else {
            addTableRow(line)
            return
        }
        contents.append(ContentsEntry(number: number, title: title, page: page, location: line.location))
        let node: NodeBuilder
        if let last = roots.last, last.kind == .tableOfContents {
            node = last
        } else {
            node = NodeBuilder(kind: .tableOfContents, location: line.location)
            roots.append(node)
        }
        Self.appendRow(of: line, to: node, continuingTable: true)
    }

    mutating func finish() {
        settleOrphan()
    }
}
