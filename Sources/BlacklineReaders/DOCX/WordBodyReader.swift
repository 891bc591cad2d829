import BlacklineModel

/// Walks `w:body` into marked lines: one per paragraph (a line break inside one starts a new
/// line), one per table row with its cells tab-separated. Tracked insertions, deletions and
/// moves become marks with their author and date; strike and underline formatting become marks
/// as a manual redline's are in a PDF; formatting-only changes and moves are reported.
struct WordBodyReader {
    var numbering: WordNumbering
    private(set) var lines: [MarkedLine] = []
    private(set) var findings: [Finding] = []
    /// Comment id → the line it is anchored to.
    private(set) var commentLines: [String: Int] = [:]
    private var moveFrom: String?
    private var moveTo: String?
    private var moves: [String: (words: Int, from: Int?, to: Int?)] = [:]
    /// Words in a colour but neither struck, underlined nor tracked, by colour: some teams mark
    /// changes by colour alone, which is too ambiguous to read as a mark but must not pass unsaid.
    private var colouredPlainWords: [String: (words: Int, firstLine: Int)] = [:]

    /// Word tables have at most 63 columns, so no merged cell spans more.
    static let widestSpan = 63

    init(numbering: WordNumbering) { self.numbering = numbering }

    mutating func read(_ body: XMLNode) {
        for block in body.elements { readBlock(block) }
        for (name, move) in moves.sorted(by: { $0.key < $1.key }) {
            let from = move.from.map { "line \($0)" } ?? "?", to = move.to.map { "line \($0)" } ?? "?"
            findings.append(Finding(.move, .info, "tracked move '\(name)': \(move.words) words from \(from) to \(to)",
                                    at: move.to.map { SourceLocation(line: $0) }))
        }
        for (colour, coloured) in colouredPlainWords.sorted(by: { $0.value.firstLine < $1.value.firstLine }) {
            findings.append(Finding(.formatting, .warning,
                                    "\(coloured.words) word\(coloured.words == 1 ? "" : "s") in colour #\(colour), from this line on, neither struck, underlined nor tracked: read as unchanged text; if colour marks changes here, strike or underline them (or use Track Changes) and read the file again",
                                    at: SourceLocation(line: coloured.firstLine)))
        }
    }

    private mutating func readBlock(_ node: XMLNode) {
        switch node.name {
        case "p": readParagraph(node)
        case "tbl": for row in node.elements where row.name == "tr" { readRow(row) }
        case "sdt": node.first("sdtContent").map { for child in $0.elements { readBlock(child) } }
        case "ins", "moveTo", "del", "moveFrom", "customXml":
            for child in node.elements { readBlock(child) }
        default: break
        }
    }

    private mutating func readParagraph(_ paragraph: XMLNode) {
        let line = lines.count + 1
        var runs = self.runs(of: paragraph, context: WordRunContext(), line: line)
        if let properties = paragraph.first("pPr") {
            if let change = properties.first("pPrChange") {
                findings.append(Finding(.formatting, .info, "paragraph formatting changed \(Self.by(change)) (no words changed): '\(Self.excerpt(runs))'",
                                        at: SourceLocation(line: line)))
            }
            runs = label(properties) .map { $0 + runs } ?? runs
        }
        // A line break inside a paragraph starts a new line.
        var current: [TextRun] = []
        for run in runs {
            let pieces = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { append(current); current = [] }
                if !piece.isEmpty { var part = run; part.text = String(piece); current.append(part) }
            }
        }
        append(current)
    }

    private mutating func readRow(_ row: XMLNode) {
        var runs: [TextRun] = []
        for (index, cell) in row.elements.filter({ $0.name == "tc" }).enumerated() {
            if index > 0 { runs.append(TextRun("\t")) }
            let paragraphs = cell.elements.filter { $0.name == "p" }
            for (number, paragraph) in paragraphs.enumerated() {
                if number > 0 { runs.append(TextRun(" ")) }
                runs += self.runs(of: paragraph, context: WordRunContext(), line: lines.count + 1)
                    .map { var run = $0; run.text = run.text.replacingOccurrences(of: "\n", with: " "); return run }
            }
            // A cell merged across columns keeps the row's columns in place.
            let span = cell.first("tcPr")?.first("gridSpan")?.attribute("val")
                .flatMap { ListNumbering.clamped($0, to: 1...Self.widestSpan)?.value } ?? 1
            if span > 1 { runs.append(TextRun(String(repeating: "\t", count: span - 1))) }
        }
        append(runs)
    }

    private mutating func append(_ runs: [TextRun]) {
        let merged = runs.coalesced()
        guard merged.contains(where: { !$0.text.allSatisfy(\.isWhitespace) }) else { return }
        lines.append(MarkedLine(runs: merged, location: SourceLocation(line: lines.count + 1)))
    }

    /// The numbering label Word prints before the paragraph, marked when the item is inserted
    /// or deleted, or when an insertion above shifted its number.
    private mutating func label(_ properties: XMLNode) -> [TextRun]? {
        let numPr = properties.first("numPr")
        let style = properties.first("pStyle")?.attribute("val").flatMap { numbering.styleNumbering[$0] }
        guard let numId = numPr?.first("numId")?.attribute("val") ?? style?.numId else { return nil }
        let level = numPr?.first("ilvl").map { numbering.level($0.attribute("val")) } ?? style?.level ?? 0
        let mark = properties.parentMark
        let old = mark == .inserted ? nil : numbering.next(numId: numId, level: level, side: .old)
        let new = mark == .deleted ? nil : numbering.next(numId: numId, level: level, side: .new)
        switch (old, new) {
        case let (old?, new?) where old == new: return [TextRun(old + " ")]
        case let (old?, new?):
            return [TextRun(old, mark: .deleted, evidence: "list number before the changes"),
                    TextRun(new, mark: .inserted, evidence: "list number after the changes"), TextRun(" ")]
        case let (old?, nil): return [TextRun(old + " ", mark: .deleted, evidence: "list number of a deleted item")]
        case let (nil, new?): return [TextRun(new + " ", mark: .inserted, evidence: "list number of an inserted item")]
        case (nil, nil): return nil
        }
    }

    private mutating func runs(of node: XMLNode, context: WordRunContext, line: Int) -> [TextRun] {
        var runs: [TextRun] = []
        for child in node.elements {
            switch child.name {
            case "r": runs += run(child, context: context, line: line)
            case "ins": runs += self.runs(of: child, context: .tracked(child, mark: .inserted, kind: "insertion"), line: line)
            // Text inserted by one reviewer and deleted by another is on neither side.
            case "del" where context.mark == .inserted, "moveFrom" where context.mark == .inserted: break
            case "del": runs += self.runs(of: child, context: .tracked(child, mark: .deleted, kind: "deletion"), line: line)
            case "moveFrom":
                let moved = self.runs(of: child, context: .tracked(child, mark: .deleted, kind: "moved from", move: moveFrom), line: line)
                note(move: moveFrom, words: moved, from: line)
                runs += moved
            case "moveTo":
                let moved = self.runs(of: child, context: .tracked(child, mark: .inserted, kind: "moved to", move: moveTo), line: line)
                note(move: moveTo, words: moved, to: line)
                runs += moved
            case "moveFromRangeStart": moveFrom = child.attribute("name")
            case "moveToRangeStart": moveTo = child.attribute("name")
            case "commentRangeStart", "commentReference":
                if let id = child.attribute("id"), commentLines[id] == nil { commentLines[id] = line }
            case "hyperlink", "smartTag", "fldSimple", "customXml", "bdo", "dir":
                runs += self.runs(of: child, context: context, line: line)
            case "sdt":
                if let content = child.first("sdtContent") { runs += self.runs(of: content, context: context, line: line) }
            default:
                break
            }
        }
        return runs
    }

    private mutating func run(_ run: XMLNode, context: WordRunContext, line: Int) -> [TextRun] {
        var text = ""
        for child in run.elements {
            switch child.name {
            case "t", "delText": text += child.textContent
            case "tab", "ptab": text += "\t"
            case "br", "cr": text += child.attribute("type") == "page" ? "" : "\n"
            case "noBreakHyphen": text += "-"
            default: break
            }
        }
        guard !text.isEmpty else { return [] }
        let properties = run.first("rPr")
        var style: RunStyle = properties?.first("b")?.isOn == true ? [.bold] : []
        var mark = context.mark, evidence = context.evidence
        if let properties {
            let color = properties.first("color")?.attribute("val").map { " #\($0.lowercased())" } ?? ""
            if let change = properties.first("rPrChange") {
                findings.append(Finding(.formatting, .info, "formatting changed \(Self.by(change)) (no words changed): '\(text.prefix(60))'",
                                        at: SourceLocation(line: line)))
            }
            if properties.first("strike")?.isOn == true || properties.first("dstrike")?.isOn == true {
                style.insert(.strikethrough)
                if mark == .plain { mark = .deleted; evidence = (properties.first("dstrike")?.isOn == true ? "double strike" : "strike") + " formatting" + color }
            } else if properties.first("u")?.isOn == true {
                style.insert(.underline)
                if mark == .plain { mark = .inserted; evidence = "underline formatting" + color }
            }
        }
        if mark == .plain, let colour = properties?.first("color")?.attribute("val")?.lowercased(), colour != "auto", colour != "000000" {
            let words = Words.of(text).count
            if words > 0 { colouredPlainWords[colour, default: (0, line)].words += words }
        }
        return [TextRun(text, mark: mark, style: style, evidence: evidence)]
    }

    private mutating func note(move name: String?, words runs: [TextRun], from: Int? = nil, to: Int? = nil) {
        guard let name else { return }
        var move = moves[name] ?? (0, nil, nil)
        if let from { move.from = move.from ?? from; move.words += Words.of(runs.plainText).count }
        if let to { move.to = move.to ?? to }
        moves[name] = move
    }

    static func by(_ change: XMLNode) -> String {
        let author = change.attribute("author").map { "by \($0)" } ?? ""
        let date = change.attribute("date").map { " on " + String($0.prefix(10)) } ?? ""
        return (author + date).isEmpty ? "" : author + date
    }

    static func excerpt(_ runs: [TextRun]) -> String {
        String(runs.plainText.prefix(60))
    }
}

extension XMLNode {
    /// Whether the paragraph as a whole is inserted or deleted (its mark's run properties).
    var parentMark: Mark {
        guard let properties = first("rPr") else { return .plain }
        if properties.first("ins") != nil || properties.first("moveTo") != nil { return .inserted }
        if properties.first("del") != nil || properties.first("moveFrom") != nil { return .deleted }
        return .plain
    }
}
