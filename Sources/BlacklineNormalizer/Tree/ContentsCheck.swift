import BlacklineModel

/// Compares a table of contents with the articles and annexes the body holds: an entry with no
/// article, or an article the contents do not list, is worth a negotiator's look (a dropped
/// article, a renumbering done in one place only). Titles match when equal letter for letter, or
/// when the contents cut the title short.
enum ContentsCheck {
    /// A contents title that is a prefix of the heading's must hold this share of its letters.
    static let shortestTruncation = 0.6

    static func check(entries: [ClauseTreeBuilder.ContentsEntry], articles: [Clause], annexes: [Clause], articleForm: HeadingCandidate.Form?)
        -> (contents: [DocumentStructure.ContentsEntry], findings: [Finding]) {
        // Entries of another level ("Section 1 – …" under an article's entry) are kept, unchecked;
        // without a scheme, the contents' own commonest form stands for the articles.
        let form = articleForm ?? commonestForm(entries)
        var findings: [Finding] = []
        var matched: [DocumentStructure.ContentsEntry] = []
        let byNumber = Dictionary(grouping: articles, by: { key($0.number ?? "") })
        for entry in entries {
            let kind: DocumentStructure.ContentsEntry.Kind = entry.isAnnex ? .annex : Self.sameForm(entry.form, form) ? .article : .other
            var result = DocumentStructure.ContentsEntry(number: entry.number, title: entry.title, page: entry.page, kind: kind, location: entry.location)
            if kind == .other {
                matched.append(result)
                continue
            }
            if entry.isAnnex {
                result.matchedPath = annexes.first { key($0.number ?? "") == key(entry.number) && sameTitle(entry.title, $0.title ?? "") }?.path
                matched.append(result)
                continue
            }
            guard let candidates = byNumber[key(entry.number)], let article = candidates.first else {
                findings.append(Finding(.tableOfContents, .warning, "contents list article \(entry.number) '\(entry.title)', which the body lacks", at: entry.location))
                matched.append(result)
                continue
            }
            if let same = candidates.first(where: { sameTitle(entry.title, $0.title ?? "") }) {
                result.matchedPath = same.path
            } else {
                findings.append(Finding(.tableOfContents, .info, "contents title '\(entry.title)' differs from heading '\(article.title ?? "")' of article \(entry.number)", at: entry.location))
            }
            matched.append(result)
        }
        if !entries.isEmpty {
            let listed = Set(matched.filter { $0.kind == .article }.map { key($0.number) })
            for article in articles where !listed.contains(key(article.number ?? "")) {
                findings.append(Finding(.tableOfContents, .info, "article \(article.number ?? "?") '\(article.title ?? "")' is not in the contents", at: article.location))
            }
        }
        return (matched, findings)
    }

    /// Forms match up to hundreds: a contents line "105 SALARY SCHEDULE" and the heading agree.
    static func sameForm(_ a: HeadingCandidate.Form?, _ b: HeadingCandidate.Form?) -> Bool {
        guard let a, let b else { return false }
        return a.keyword == b.keyword && a.style == b.style
    }

    static func commonestForm(_ entries: [ClauseTreeBuilder.ContentsEntry]) -> HeadingCandidate.Form? {
        let counts = Dictionary(grouping: entries.compactMap(\.form), by: { $0 }).mapValues(\.count)
        return counts.max { $0.value < $1.value }?.key
    }

    static func key(_ number: String) -> String { HeadingText.comparable(number) }

    static func sameTitle(_ listed: String, _ heading: String) -> Bool {
        let a = HeadingText.comparable(listed), b = HeadingText.comparable(heading)
        if a == b { return true }
        // Contents cut titles short; a heading shorter than its entry is a different title.
        return !a.isEmpty && b.hasPrefix(a) && Double(a.count) >= shortestTruncation * Double(b.count)
    }
}
