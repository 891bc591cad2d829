import BlacklineModel

/// Reads the redline marks that survive in text exported from contract PDFs and word processors:
/// `<u>…</u>`, `<ins>…</ins>` and `$\underline{…}$` are insertions; `<s>`, `<del>`, `<strike>` and
/// `~~…~~` deletions; `**…**` bold; `\$` an escaped dollar sign. Marks may span lines, so one parser
/// reads a whole file in order.
struct InlineMarkupParser {
    private var openInsertions = 0
    private var openDeletions = 0
    private var boldOpen = false

    private static let insertOpen = ["<u>", "<ins>"]
    private static let insertClose = ["</u>", "</ins>"]
    private static let deleteOpen = ["<s>", "<del>", "<strike>"]
    private static let deleteClose = ["</s>", "</del>", "</strike>"]
    /// Characters that can open a mark; every other character is text, read without lookahead.
    private static let markupStartBytes: Set<UInt8> = Set("<~$*\\".utf8)
    private static let escapable: Set<Character> = ["$", "*", "_", "#", "&", "%", "[", "]", "~"]

    mutating func parse(_ line: String) -> [TextRun] {
        var runs: [TextRun] = []
        var pending = ""
        var index = line.startIndex

        func flush() {
            guard !pending.isEmpty else { return }
            runs.append(currentRun(pending))
            pending = ""
        }

        while index < line.endIndex {
            // Plain text up to the next possible mark is copied in one piece (marks start with ASCII).
            let markStart = line.utf8[index...].firstIndex(where: Self.markupStartBytes.contains) ?? line.endIndex
            if markStart > index {
                pending += line[index..<markStart]
                index = markStart
                continue
            }
            let rest = line[index...]
            if let tag = Self.match(rest, Self.insertOpen) {
                flush(); openInsertions += 1; index = line.index(index, offsetBy: tag.count); continue
            }
            if let tag = Self.match(rest, Self.insertClose), openInsertions > 0 {
                flush(); openInsertions -= 1; index = line.index(index, offsetBy: tag.count); continue
            }
            if let tag = Self.match(rest, Self.deleteOpen) {
                flush(); openDeletions += 1; index = line.index(index, offsetBy: tag.count); continue
            }
            if let tag = Self.match(rest, Self.deleteClose), openDeletions > 0 {
                flush(); openDeletions -= 1; index = line.index(index, offsetBy: tag.count); continue
            }
            if rest.hasPrefix("~~"), togglesStrike(rest) {
                flush(); openDeletions = openDeletions > 0 ? 0 : 1
                index = line.index(index, offsetBy: 2); continue
            }
            if rest.hasPrefix("$\\underline{"), let (latexRuns, end) = parseLatexUnderline(rest) {
                flush(); runs += latexRuns; index = end; continue
            }
            if rest.hasPrefix("**"), togglesBold(rest, in: line, at: index) {
                flush(); boldOpen.toggle(); index = line.index(index, offsetBy: 2); continue
            }
            if rest.first == "\\", let escaped = rest.dropFirst().first, Self.escapable.contains(escaped) {
                pending.append(escaped)
                index = line.index(index, offsetBy: 2); continue
            }
            pending.append(line[index])
            index = line.index(after: index)
        }
        flush()
        return runs
    }

    private func currentRun(_ text: String) -> TextRun {
        var style: RunStyle = boldOpen ? [.bold] : []
        if openDeletions > 0 {
            style.insert(.strikethrough)
            return TextRun(text, mark: .deleted, style: style, evidence: "strike tag in text")
        }
        if openInsertions > 0 {
            style.insert(.underline)
            return TextRun(text, mark: .inserted, style: style, evidence: "underline tag in text")
        }
        return TextRun(text, style: style)
    }

    private static func match(_ text: Substring, _ tags: [String]) -> String? {
        tags.first { text.prefix($0.count).lowercased() == $0 }
    }

    /// `$\underline{n}\underline{N}$`: each braced group is an insertion; text between groups is plain.
    private func parseLatexUnderline(_ text: Substring) -> ([TextRun], String.Index)? {
        guard let close = text.dropFirst().firstIndex(of: "$") else { return nil }
        var body = text[text.index(after: text.startIndex)..<close]
        var runs: [TextRun] = []
        while !body.isEmpty {
            if body.hasPrefix("\\underline{"), let brace = body.firstIndex(of: "}") {
                let content = body[body.index(body.startIndex, offsetBy: 11)..<brace]
                runs.append(TextRun(String(content), mark: .inserted, style: .underline, evidence: "\\underline in text"))
                body = body[body.index(after: brace)...]
            } else {
                let next = body.dropFirst().utf8.firstRange(of: "\\underline{".utf8)?.lowerBound ?? body.endIndex
                runs.append(currentRun(String(body[..<next])))
                body = body[next...]
            }
        }
        return (runs, text.index(after: close))
    }

    /// `**` opens bold only before a non-space and closes only after one, so rows of asterisks
    /// ("*******") and a lone "**" stay text.
    private func togglesBold(_ rest: Substring, in line: String, at index: String.Index) -> Bool {
        let before = index > line.startIndex ? line[line.index(before: index)] : " "
        let afterIndex = line.index(index, offsetBy: 2)
        let after = afterIndex < line.endIndex ? line[afterIndex] : " "
        if before == "*" || after == "*" { return false }
        if boldOpen { return !before.isWhitespace }
        // Searched as bytes: `contains` on a string would go through Foundation's NSString.
        return !after.isWhitespace && line[afterIndex...].utf8.firstRange(of: "**".utf8) != nil
    }

    private func togglesStrike(_ rest: Substring) -> Bool {
        let after = rest.dropFirst(2).first ?? " "
        if openDeletions > 0 { return true }
        return !after.isWhitespace && after != "~" && rest.dropFirst(2).utf8.firstRange(of: "~~".utf8) != nil
    }
}
