/// The indented outline of a clause tree. Golden outlines of real agreements are written in this
/// form, so its layout is part of the test contract: change it only with a re-recording.
public struct OutlineOptions: Sendable {
    /// Characters of text shown after a heading; 0 shows headings only.
    public var excerptLength: Int
    /// Whether each paragraph and table gets a line of its own.
    public var showsBlocks: Bool

    public init(excerptLength: Int = 60, showsBlocks: Bool = false) {
        self.excerptLength = excerptLength
        self.showsBlocks = showsBlocks
    }
}

extension Clause {
    public func dump(_ options: OutlineOptions = OutlineOptions()) -> String {
        var lines: [String] = []
        appendDump(to: &lines, depth: 0, options: options)
        return lines.joined(separator: "\n")
    }

    private func appendDump(to lines: inout [String], depth: Int, options: OutlineOptions) {
        let indent = String(repeating: "  ", count: depth)
        lines.append(indent + dumpHeadline(options))
        if options.showsBlocks {
            for block in blocks {
                lines.append(indent + "  " + Self.describe(block, excerptLength: options.excerptLength))
            }
        }
        for child in children { child.appendDump(to: &lines, depth: depth + 1, options: options) }
    }

    private func dumpHeadline(_ options: OutlineOptions) -> String {
        var line: String
        switch kind {
        case .article: line = heading
        case .chapter: line = "chapter " + heading
        case .section:
            line = path
            if let title { line += " " + title }
        case .group: line = "\(path) group " + heading
        case .frontMatter: line = "front matter"
        case .tableOfContents: line = "table of contents"
        case .unclassified: line = path
        case .annex: line = "annex \(path): " + heading
        case .body: line = "body (no heading scheme)"
        }
        let paragraphs = blocks.filter { if case .paragraph = $0 { true } else { false } }.count
        let tables = blocks.count - paragraphs
        var counts: [String] = []
        if paragraphs > 0 { counts.append("\(paragraphs) ¶") }
        if tables > 0 { counts.append(tables == 1 ? "1 table" : "\(tables) tables") }
        if !counts.isEmpty { line += "  (" + counts.joined(separator: ", ") + ")" }
        if options.excerptLength > 0, !options.showsBlocks, let first = blocks.first,
           kind == .section && title == nil || kind == .unclassified {
            line += "  " + Self.excerpt(first.text, options.excerptLength)
        }
        return line
    }

    private static func describe(_ block: Block, excerptLength: Int) -> String {
        switch block {
        case .paragraph(let paragraph):
            let marker = paragraph.role == .subheading ? "§" : paragraph.role == .bullet ? "•" : "¶"
            return "\(marker) " + excerpt(paragraph.text, excerptLength)
        case .table(let table):
            return "table \(table.rows.count) rows: " + excerpt(table.rows.first?.text ?? "", excerptLength)
        }
    }

    /// Text on one line, cut at `length` characters with an ellipsis.
    public static func excerpt(_ text: String, _ length: Int) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > length else { return flat }
        return String(flat.prefix(length)) + "…"
    }
}

extension Agreement {
    public func dump(_ options: OutlineOptions = OutlineOptions()) -> String {
        clauses.map { $0.dump(options) }.joined(separator: "\n")
    }
}
