import BlacklineGrids
import BlacklineModel

/// The audit's errors and warnings, found again by the line and amount of their cell, so the
/// redline can set each beside the cell it concerns.
struct AuditNotes {
    let findings: [GridFinding]
    private let byLine: [Int: [(amount: Money, index: Int)]]

    init(_ audit: GridAudit?) {
        findings = (audit?.findings ?? []).filter { $0.severity >= .warning && $0.printed != nil && $0.location != nil }
        var byLine: [Int: [(Money, Int)]] = [:]
        for (index, finding) in findings.enumerated() {
            if let line = finding.location?.line, let printed = finding.printed { byLine[line, default: []].append((printed, index)) }
        }
        self.byLine = byLine
    }

    static let none = AuditNotes(nil)

    /// The finding about the cell printed on `line` with this text, if any.
    func note(line: Int, cellText: String) -> (index: Int, finding: GridFinding)? {
        guard let candidates = byLine[line] else { return nil }
        let amount = Money(cellText.filter { !$0.isWhitespace }.trimmingPrefix("-"))
        guard let match = candidates.first(where: { $0.amount == amount }) else { return nil }
        return (match.index, findings[match.index])
    }

    /// A flagged cell: its class, its anchor (once per page), and the note a reader sees.
    static func cell(_ content: String, numeric: Bool, note: (index: Int, finding: GridFinding)?, anchored: Bool) -> String {
        let base = numeric ? "num" : ""
        guard let note else { return base.isEmpty ? "<td>\(content)</td>" : "<td class=\"\(base)\">\(content)</td>" }
        let id = anchored ? " id=\"audit-\(note.index)\"" : ""
        let expected = note.finding.expected.map { "expected \($0)" } ?? note.finding.severity.rawValue
        return "<td class=\"\(base) flagged \(note.finding.severity.rawValue)\"\(id)>\(content) <span class=\"audit-note\">"
            + "<span class=\"sr\">audit \(note.finding.severity.rawValue): </span>\(HTMLText.escape(expected)) (\(HTMLText.escape(note.finding.rule)))</span></td>"
    }
}

private extension String {
    func trimmingPrefix(_ prefix: Character) -> String {
        first == prefix ? String(dropFirst()) : self
    }
}
