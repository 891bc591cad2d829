import BlacklineModel

/// `blackline parse --format marked`: the reader's view of a document before normalization, one
/// source line per line with its page, insertions as {+…+} and deletions as [-…-] (wdiff's
/// notation), so a user can check how a redline was read. From PDFs, "↪" starts a line that
/// wraps from the one above and "⏎" ends a line that runs to the margin.
public enum MarkedText {
    public static func render(_ document: MarkedDocument) -> String {
        var output = document.markConventions.map { "# conventions: \($0.summary)\n" } ?? ""
        for line in document.lines {
            let page = line.location.page.map { "p\($0) " } ?? ""
            let wraps = line.layout?.continuesPreviousLine == true ? "↪ " : ""
            output += "\(page)\(line.location.line):\t\(wraps)"
            for run in line.runs {
                let text = run.text.replacingTabs()
                switch run.mark {
                case .plain: output += text
                case .inserted: output += "{+" + text + "+}"
                case .deleted: output += "[-" + text + "-]"
                }
            }
            output += line.layout?.endsAtMargin == true ? " ⏎\n" : "\n"
        }
        for finding in document.findings where !(finding.category == .markup && finding.severity == .info) { output += finding.description + "\n" }
        return output
    }
}

private extension String {
    /// Tabs shown as " ⇥ " so cell boundaries stay visible.
    func replacingTabs() -> String { split(separator: "\t", omittingEmptySubsequences: false).joined(separator: " ⇥ ") }
}
