import BlacklineModel

/// Builds the clause tree from joined content lines, in one pass with one line of lookahead.
/// Front matter collects everything before the first article (a document with no heading scheme
/// is one body); chapters hold articles (by hundreds, or under PART/DIVISION headings); annexes
/// follow the body; labels nest by `LabelStack`; nothing is dropped.
struct ClauseTreeBuilder {
    var roots: [NodeBuilder] = []
    var findings: [Finding] = []
    var repeatedHeadings: [FurnitureLine] = []
    var relocations: [(text: String, from: SourceLocation, to: NodeBuilder)] = []
    var contents: [ContentsEntry] = []

    var chapter: NodeBuilder?
    /// Whether the open chapter holds the articles of its hundred only ("200" holds "201"…).
    var chapterByHundreds = false
    var article: NodeBuilder?
    var annex: NodeBuilder?
    /// An annex that collects letters ("APPENDIX A – LETTERS OF AGREEMENT").
    var letterCollection: NodeBuilder?
    var annexCounts: [AnnexKind: Int] = [:]
    var lastArticleNumber: HeadingNumber?
    /// False for a document with no heading scheme: its text goes into one body.
    var hasScheme = true
    var group: NodeBuilder?
    var labels = LabelStack()
    var orphan: Orphan?
    var previousShape: LineShape?

    struct ContentsEntry {
        var number: String
        var title: String
        var page: Int?
        /// The kind of an annex entry ("SIGNATURES", "APPENDIX A"); nil for an article-like entry.
        var annexKind: AnnexKind?
        /// The heading form of an article-like entry, checked against the scheme's.
        var form: HeadingCandidate.Form?
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

    static func build(_ lines: [ContentLine], hasScheme: Bool) -> ClauseTreeBuilder {
        var builder = ClauseTreeBuilder()
        builder.hasScheme = hasScheme
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
        if continuesContents(line) {
            Self.appendRow(of: line, to: roots[roots.count - 1], continuingTable: true)
            return false
        }
        switch line.shape {
        case .contentsEntry(let entry):
            addContentsEntry(line, entry: entry)
        case .heading(let candidate):
            addHeading(line, candidate: candidate, next: next)
        case .annexHeading(let heading):
            addAnnex(line, heading: heading)
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
        if let node = group ?? article ?? annex ?? chapter { return node }
        return frontMatter()
        }
    }

    /// Whether a clause (article, annex, chapter or the body) is open for labels to go into.
    var inClause: Bool { article != nil || chapter != nil || annex != nil || !hasScheme }

    mutating func frontMatter() -> NodeBuilder {
        let kind: Clause.Kind = hasScheme ? .frontMatter : .body
        if let last = roots.last, last.kind == kind { return last }
        let node = NodeBuilder(kind: kind, location: SourceLocation(line: 1))
        roots.append(node)
        return node
    }

    mutating func append(_ block: Block) {
        container.blocks.append(block)
    }

    // MARK: - Labels, tables, stray values

    mutating func addLabel(_ line: ContentLine, label: ListLabel, next: ContentLine?) -> Bool {
        var label = label
        guard inClause, outlineFits(label) else {
            append(.paragraph(Paragraph(runs: line.runs.trimmed().collapsingWhitespace(), location: line.location)))
            return false
        }
        if label.style == .parenLetter, labels.readsAsRoman(label.label, letters: .parenLetter, numerals: .parenRoman) { label.style = .parenRoman }
        if label.style == .upperLetter, labels.readsAsRoman(label.label.lowercased(), letters: .upperLetter, numerals: .upperRoman) { label.style = .upperRoman }
        let node = NodeBuilder(kind: .section, location: line.location)
        node.label = label.label
        node.keyword = label.keyword
        node.labelStyle = label.style
        node.ordinal = label.ordinal
        let decision = labels.decide(style: label.style, ordinal: label.ordinal, label: label.label)
        let containerBefore = group ?? article ?? annex ?? chapter ?? (hasScheme ? nil : frontMatter())
        let parent = labels.place(node, decision) ?? containerBefore
        parent?.children.append(node)
        if label.style == .outline { node.address = Self.outlineAddress(label.label, under: parent) }
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

    /// An outline label ("4.2") heads a section only inside the article whose number it starts
    /// with; elsewhere ("2.5 Hours of…" in Article 7) it is prose that starts with a number.
    func outlineFits(_ label: ListLabel) -> Bool {
        guard label.style == .outline, let article, let number = article.number else { return true }
        guard let first = LabelStyle.outlineComponents(label.label).first, let value = Int(first) else { return false }
        // "3.2.1" under ARTICLE 3.2 as under ARTICLE 3: the label opens with the article's number.
        let articleNumber = LabelStack.normalizedOutline(number), full = LabelStack.normalizedOutline(label.label)
        return articleNumber == String(first) || full.hasPrefix(articleNumber + ".") || lastArticleNumber?.key == [value, 0, 0]
    }

    /// The part of an outline label below its parent: "2" for "4.2" in Article 4, "1" for
    /// "4.2.1" under "4.2"; the whole label, dotted, elsewhere.
    static func outlineAddress(_ label: String, under parent: NodeBuilder?) -> String {
        let full = LabelStack.normalizedOutline(label)
        let prefix: String? = switch parent?.kind {
        case .section where parent?.labelStyle == .outline: LabelStack.normalizedOutline(parent?.label)
        case .article, .chapter: parent?.number
        default: nil
        }
        if let prefix, full.hasPrefix(prefix + ".") { return String(full.dropFirst(prefix.count + 1)) }
        return full
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

    mutating func addContentsEntry(_ line: ContentLine, entry: ContentsLine) {
        guard article == nil, chapter == nil, annex == nil else {
            addTableRow(line)
            return
        }
        var annexKind: AnnexKind?
        var form: HeadingCandidate.Form?
        switch entry.target {
        case .annex(let annex): annexKind = annex.kind
        case .article(let candidate): form = candidate.form
        }
        contents.append(ContentsEntry(number: entry.number, title: entry.title, page: entry.page, annexKind: annexKind, form: form, location: line.location))
        let node: NodeBuilder
        if let last = roots.last, last.kind == .tableOfContents {
            node = last
        } else {
            node = NodeBuilder(kind: .tableOfContents, location: line.location)
            roots.append(node)
        }
        Self.appendRow(of: line, to: node, continuingTable: true)
    }

    /// A contents list goes on through its other lines ("27.1 Labor Management ....", a wrapped
    /// title, a "Page" column head) until the body begins: a line with leaders or a page column
    /// stays in it rather than cutting it into pieces.
    func continuesContents(_ line: ContentLine) -> Bool {
        guard article == nil, chapter == nil, annex == nil, roots.last?.kind == .tableOfContents else { return false }
        if case .contentsEntry = line.shape { return false }
        let text = line.text.trimmingWhitespace()
        return ContentsLine.splitPage(text) != nil || ContentsLine.splitLeaders(text) != nil
    }

    mutating func finish() {
        settleOrphan()
    }
}
