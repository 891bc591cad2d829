import BlacklineModel

/// Walks an HTML tree and cuts it into marked lines.
struct HTMLLineBuilder {
    struct Context {
        var mark: Mark = .plain
        var evidence: String?
        var bold = false
        /// Inside a table cell: blocks join with spaces instead of starting lines.
        var inCell = false
    }

    private(set) var lines: [MarkedLine] = []
    /// Numbers the page gave out of range and what they were read as, for one finding.
    private(set) var clampedValues: [String] = []
    private var runs: [TextRun] = []
    private var lineNumber = 1

    static let skipped: Set<String> = ["head", "script", "style", "template", "noscript", "title"]
    static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section",
                                      "article", "header", "footer", "pre", "dt", "dd", "address", "center", "caption"]
    /// The HTML standard's own cap on colspan: browsers read any larger value as 1,000.
    static let widestSpan = 1_000

    mutating func visit(_ node: XMLNode, context: Context) {
        if node.isText {
            append(node.text, context: context)
            return
        }
        guard node.isElement, !Self.skipped.contains(node.name) else { return }
        let name = node.name
        var inner = context
        apply(name: name, style: node.attribute("style"), to: &inner)
        switch name {
        case "br":
            if context.inCell { append(" ", context: context) } else { endLine(at: node.line) }
        case "tr":
            endLine(at: node.line)
            let cells = node.elements.filter { $0.name == "td" || $0.name == "th" }
            for (index, cell) in cells.enumerated() {
                if index > 0 { runs.append(TextRun("\t")) }
                var cellContext = inner
                cellContext.inCell = true
                for child in cell.children { visit(child, context: cellContext) }
                let span = number(cell.attribute("colspan"), named: "colspan", in: 1...Self.widestSpan) ?? 1
                if span > 1 { runs.append(TextRun(String(repeating: "\t", count: span - 1))) }
            }
            endLine(at: node.line)
        case "ol", "ul":
            visitList(node, ordered: name == "ol", context: inner)
        default:
            let isBlock = Self.blocks.contains(name) && !context.inCell
            if isBlock { endLine(at: node.line) }
            for child in node.children { visit(child, context: inner) }
            if isBlock { endLine(at: node.line) } else if Self.blocks.contains(name) { append(" ", context: context) }
        }
    }

    /// List items as lines, each ordered item with the label a browser prints for it.
    private mutating func visitList(_ list: XMLNode, ordered: Bool, context: Context) {
        let type = list.attribute("type") ?? "1"
        let range = -ListNumbering.largestNumber...ListNumbering.largestNumber
        var number = self.number(list.attribute("start"), named: "list start", in: range) ?? 1
        for item in list.elements {
            guard item.name == "li" else { visit(item, context: context); continue }
            endLine(at: item.line)
            let labelIndex = runs.count
            if ordered {
                if let value = self.number(item.attribute("value"), named: "list item value", in: range) { number = value }
                runs.append(TextRun(ListNumbering.label(number, format: ListNumbering.Format(htmlType: type)) + " "))
                number += 1
            }
            for child in item.children { visit(child, context: context) }
            // An item wholly inserted or deleted takes its printed label with it.
            let content = runs.dropFirst(labelIndex + 1).filter { !$0.text.allSatisfy(\.isWhitespace) }
            if ordered, let mark = content.first?.mark, mark != .plain, content.allSatisfy({ $0.mark == mark }) {
                runs[labelIndex].mark = mark
                runs[labelIndex].evidence = content.first?.evidence
            }
            endLine(at: item.line)
        }
    }

    /// An integer attribute clamped into `range`, the clamp noted.
    private mutating func number(_ written: String?, named name: String, in range: ClosedRange<Int>) -> Int? {
        guard let written, let number = ListNumbering.clamped(written, to: range) else { return nil }
        if number.wasClamped { clampedValues.append("\(name) \(written.prefix(40)) read as \(number.value)") }
        return number.value
    }

    private func apply(name: String, style: String?, to context: inout Context) {
        switch name {
        case "ins", "u":
            context.mark = .inserted
            context.evidence = "<\(name)> in HTML"
        case "del", "s", "strike":
            context.mark = .deleted
            context.evidence = "<\(name)> in HTML"
        case "b", "strong":
            context.bold = true
        default:
            break
        }
        guard let style = style?.lowercased().replacingOccurrences(of: " ", with: "") else { return }
        if style.contains("text-decoration:line-through") || style.contains("text-decoration-line:line-through") {
            context.mark = .deleted
            context.evidence = "line-through style in HTML"
        } else if style.contains("text-decoration:underline") || style.contains("text-decoration-line:underline") {
            context.mark = .inserted
            context.evidence = "underline style in HTML"
        }
        if style.contains("font-weight:bold") || style.contains("font-weight:700") { context.bold = true }
    }

    private mutating func append(_ text: String, context: Context) {
        // HTML collapses whitespace; line breaks in the source are spaces.
        let collapsed = text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isWhitespace && $0 != "\u{00A0}" })
            .joined(separator: " ")
        guard !collapsed.isEmpty else { return }
        var style: RunStyle = context.bold ? [.bold] : []
        if context.mark == .inserted { style.insert(.underline) }
        if context.mark == .deleted { style.insert(.strikethrough) }
        runs.append(TextRun(collapsed, mark: context.mark, style: style, evidence: context.evidence))
    }

    mutating func endLine(at line: Int? = nil) {
        var trimmed = runs.coalesced()
        runs = []
        // Leading and trailing spaces of a block are layout, not text.
        while let first = trimmed.first, first.text.allSatisfy({ $0 == " " }) { trimmed.removeFirst() }
        while let last = trimmed.last, last.text.allSatisfy({ $0 == " " }) { trimmed.removeLast() }
        if let first = trimmed.first, first.text.hasPrefix(" ") { trimmed[0].text = String(first.text.drop { $0 == " " }) }
        if let last = trimmed.last, last.text.hasSuffix(" ") {
            trimmed[trimmed.count - 1].text = String(last.text.reversed().drop { $0 == " " }.reversed())
        }
        // Spaces doubled where two inline elements meet.
        trimmed = trimmed.map { run in
            var run = run
            while run.text.contains("  ") { run.text = run.text.replacingOccurrences(of: "  ", with: " ") }
            return run
        }
        guard trimmed.contains(where: { !$0.text.allSatisfy(\.isWhitespace) }) else { return }
        lineNumber = max(lineNumber, line ?? lineNumber)
        lines.append(MarkedLine(runs: trimmed, location: SourceLocation(line: lineNumber)))
        lineNumber += 1
    }
}
