import BlacklineModel

/// Builds the clause tree from joined content lines, in one pass with one line of lookahead.
/// Front matter collects everything before the first article; hundreds headings followed at once
/// by an article of their hundred are chapters; labels nest by `LabelStack`; nothing is dropped.
struct ClauseTreeBuilder {
    private(set) var roots: [NodeBuilder] = []
    private(set) var findings: [Finding] = []
    private(set) var repeatedHeadings: [FurnitureLine] = []
    private(set) var relocations: [(text: String, from: SourceLocation, to: NodeBuilder)] = []
    private(set) var contents: [ContentsEntry] = []

    private var chapter: NodeBuilder?
    private var article: NodeBuilder?
    private var group: NodeBuilder?
    private var labels = LabelStack()
    private var orphan: Orphan?
    private var previousShape: LineShape?

    struct ContentsEntry {
        var number: Int
        var title: String
        var page: Int
        var location: SourceLocation
    }

    /// An article number printed apart from its title, kept in place until its title turns up.
    private struct Orphan {
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
    private mutating func add(_ line: ContentLine, next: ContentLine?) -> Bool {
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
            findings.append(Finding(.garbledText, .warning, "text split into fragments by the converter; kept as is: '\(Self.excerpt(line.text))'", at: line.location))
            append(.paragraph(Paragraph(runs: line.bodyRuns, location: line.location)))
        case .strayValue:
            addStrayValue(line)
        case .text:
            append(.paragraph(Paragraph(runs: line.bodyRuns, location: line.location)))
        }
        return false
    }

    // MARK: - Containers

    private var container: NodeBuilder {
        mutating get {
        if let deepest = labels.deepest { return deepest }
        if let node = group ?? article ?? chapter { return node }
        return frontMatter()
        }
    }

    private mutating func frontMatter() -> NodeBuilder {
        if let last = roots.last, last.kind == .frontMatter { return last }
        let node = NodeBuilder(kind: .frontMatter, location: SourceLocation(line: 1))
        roots.append(node)
        return node
    }

    private mutating func append(_ block: Block) {
        container.blocks.append(block)
    }

    // MARK: - Headings

    private mutating func addHeading(_ line: ContentLine, number: Int, parts: HeadingText.Parts, next: ContentLine?) {
        let current = article?.number ?? (article == nil ? chapter?.number : nil)
        if current == String(number) || (parts.isContinuation && article != nil) {
            repeatedHeadings.append(FurnitureLine(kind: .repeatedHeading, text: line.text, location: line.location))
            return
        }
        if let previous = (article ?? chapter)?.number.flatMap(Int.init), number <= previous {
            findings.append(Finding(.numbering, .warning, "article \(number) follows article \(previous)", at: line.location))
        }
        settleOrphan()
        let node = NodeBuilder(kind: .article, location: line.location)
        node.number = String(number)
        node.title = parts.title
        node.titleMarker = parts.marker
        node.notes = parts.notes
        labels.reset()
        group = nil
        if isChapter(number, next: next) {
            node.kind = .chapter
            roots.append(node)
            chapter = node
            article = nil
            return
        }
        if let chapter, let chapterNumber = chapter.number.flatMap(Int.init), chapterNumber / 100 == number / 100 {
            chapter.children.append(node)
        } else {
            chapter = nil
            roots.append(node)
        }
        article = node
    }

    /// "200 STATUS OF AGREEMENT" directly followed by "201 INTENT" holds articles; "300 EMERGENCY
    /// LEAVE" followed by its own text is an article.
    private func isChapter(_ number: Int, next: ContentLine?) -> Bool {
        guard number % 100 == 0, let next, case .articleHeading(let following, let parts) = next.shape else { return false }
        return following > number && following < number + 100 && !parts.isContinuation
    }

    private mutating func addBareNumber(_ line: ContentLine, number: Int) {
        let current = (article ?? chapter)?.number.flatMap(Int.init) ?? 0
        append(.paragraph(Paragraph(runs: line.bodyRuns, location: line.location)))
        guard article != nil, number > current else {
            if line.wasHoisted {
                relocations.append((String(number), line.location, container))
            }
            return
        }
        settleOrphan()
        let holder = container
        orphan = Orphan(number: number, location: line.location, wasHoisted: line.wasHoisted, holder: holder, blockIndex: holder.blocks.count - 1)
    }

    private mutating func addCapsTitle(_ line: ContentLine, parts: HeadingText.Parts, next: ContentLine?) {
        if let pending = orphan {
            claimOrphan(pending, title: parts, line: line)
            return
        }
        guard let article else {
            append(.paragraph(Paragraph(runs: line.bodyRuns, role: .subheading, location: line.location)))
            return
        }
        if let next, case .label(let label) = next.shape, label.ordinal == 1 {
            let node = NodeBuilder(kind: .group, location: line.location)
            node.title = parts.title
            node.titleMarker = parts.marker
            node.notes = parts.notes
            article.children.append(node)
            group = node
            labels.reset()
            return
        }
        append(.paragraph(Paragraph(runs: line.bodyRuns, role: .subheading, location: line.location)))
    }

    /// The converter printed "515" above the page's first line and "RECALL PROCEDURES" later:
    /// the number moves to the title, and the move is recorded.
    private mutating func claimOrphan(_ pending: Orphan, title: HeadingText.Parts, line: ContentLine) {
        orphan = nil
        pending.holder.blocks.remove(at: pending.blockIndex)
        let node = NodeBuilder(kind: .article, location: line.location)
        node.number = String(pending.number)
        node.title = title.title
        node.titleMarker = title.marker
        node.notes = title.notes
        if let chapter, let chapterNumber = chapter.number.flatMap(Int.init), chapterNumber / 100 == pending.number / 100 {
            chapter.children.append(node)
        } else {
            chapter = nil
            roots.append(node)
        }
        article = node
        group = nil
        labels.reset()
        relocations.append((String(pending.number), pending.location, node))
        findings.append(Finding(.heading, .info, "article number \(pending.number) at \(pending.location) printed apart from its title '\(title.title)'; joined", at: line.location))
    }

    /// An orphan number that no title claimed stays where it was, as text.
    private mutating func settleOrphan() {
        guard let pending = orphan else { return }
        orphan = nil
        if pending.wasHoisted { relocations.append((String(pending.number), pending.location, pending.holder)) }
        findings.append(Finding(.heading, .warning, "number \(pending.number) stands alone and no title follows; kept as text", at: pending.location))
    }

    // MARK: - Labels, tables, stray values

    private mutating func addLabel(_ line: ContentLine, label: ListLabel, next: ContentLine?) -> Bool {
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
    private static func caption(of line: ContentLine) -> String? {
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

    private mutating func addTableRow(_ line: ContentLine) {
        let row = Table.Row(cells: line.runs.splitIntoCells(), location: line.location)
        let target = container
        if previousShape == .tableRow, case .table(var table)? = target.blocks.last {
            table.rows.append(row)
            target.blocks[target.blocks.count - 1] = .table(table)
        } else {
            target.blocks.append(.table(Table(rows: [row])))
        }
    }

    /// A value alone, away from its table (a salary cell pushed past the page footer): kept in an
    /// unclassified node so a reader sees it, and reported.
    private mutating func addStrayValue(_ line: ContentLine) {
        let target = container
        let node = NodeBuilder(kind: .unclassified, location: line.location)
        node.blocks.append(.paragraph(Paragraph(runs: line.bodyRuns, location: line.location)))
        target.children.append(node)
        findings.append(Finding(.unplacedText, .warning, "value '\(line.text.trimmingWhitespace())' stands alone outside any table; kept unclassified", at: line.location))
    }

    private mutating func addContentsEntry(_ line: ContentLine, number: Int, title: String, page: Int) {
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
        let row = Table.Row(cells: line.runs.splitIntoCells(), location: line.location)
        if case .table(var table)? = node.blocks.last {
            table.rows.append(row)
            node.blocks[node.blocks.count - 1] = .table(table)
        } else {
            node.blocks.append(.table(Table(rows: [row])))
        }
    }

    private mutating func finish() {
        settleOrphan()
    }

    static func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > 50 ? String(flat.prefix(50)) + "…" : flat
    }
}
