import BlacklineModel

/// `blackline parse --format outline`: the clause tree as an indented outline, then what was set
/// aside and what was noticed. Golden files of real agreements are written in this form.
public enum ParseOutline {
    public static func render(_ agreement: Agreement, options: OutlineOptions = OutlineOptions()) -> String {
        var lines = ["source: \(agreement.source) (\(agreement.format.rawValue))"]
        let annexes = agreement.annexes.count
        lines.append("articles: \(agreement.articles.count), chapters: \(agreement.chapters.count)" + (annexes > 0 ? ", annexes: \(annexes)" : ""))
        lines.append("numbering: \(agreement.structure.scheme)")
        lines += agreement.structure.doubts.map { "doubtful: " + $0 }
        lines.append("")
        lines.append(agreement.dump(options))
        lines.append("")
        lines.append("furniture: " + furnitureSummary(agreement.furniture))
        for relocation in agreement.relocations {
            lines.append("relocated: '\(relocation.text)' from \(relocation.from) to \(relocation.toPath)")
        }
        lines.append("findings: \(agreement.findings.count)")
        lines += agreement.findings.map { "  " + $0.description }
        return lines.joined(separator: "\n") + "\n"
    }

    static func furnitureSummary(_ furniture: [FurnitureLine]) -> String {
        guard !furniture.isEmpty else { return "none" }
        var counts: [FurnitureLine.Kind: Int] = [:]
        for line in furniture { counts[line.kind, default: 0] += 1 }
        let parts = counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.value) \($0.key.rawValue)" }
        return "\(furniture.count) lines set aside (" + parts.joined(separator: ", ") + ")"
    }
}
