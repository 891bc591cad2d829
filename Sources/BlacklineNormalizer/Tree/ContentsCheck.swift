import BlacklineModel

/// Compares a table of contents with the articles the body holds: an entry with no article, or
/// an article the contents do not list, is worth a negotiator's look (a dropped article, a
/// renumbering done in one place only).
enum ContentsCheck {
    static func findings(entries: [ClauseTreeBuilder.ContentsEntry], articles: [Clause]) -> [Finding] {
        guard !entries.isEmpty else { return [] }
        var findings: [Finding] = []
        let byNumber = Dictionary(articles.map { ($0.number ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        for entry in entries {
            guard let article = byNumber[String(entry.number)] else {
                findings.append(Finding(.tableOfContents, .warning, "contents list article \(entry.number) '\(entry.title)', which the body lacks", at: entry.location))
                continue
            }
            if normalized(entry.title) != normalized(article.title ?? "") {
                findings.append(Finding(.tableOfContents, .info, "contents title '\(entry.title)' differs from heading '\(article.title ?? "")' of article \(entry.number)", at: entry.location))
            }
        }
        let listed = Set(entries.map { String($0.number) })
        for article in articles where !listed.contains(article.number ?? "") {
            findings.append(Finding(.tableOfContents, .info, "article \(article.number ?? "?") '\(article.title ?? "")' is not in the contents", at: article.location))
        }
        return findings
    }

    private static func normalized(_ title: String) -> String {
        title.uppercased().filter { $0.isLetter || $0.isNumber }
    }
}
