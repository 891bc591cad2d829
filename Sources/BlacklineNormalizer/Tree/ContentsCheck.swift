import BlacklineModel

/// Compares a table of contents with the articles and annexes the body holds: an entry with no
/// article, or an article the contents do not list, is worth a negotiator's look (a dropped
/// article, a renumbering done in one place only). Titles match when equal letter for letter,
/// nearly so (a misspelling), or when the contents cut the title short.
enum ContentsCheck {
    /// A contents title that is a prefix of the heading's must hold this share of its letters.
    static let shortestTruncation = 0.6
    /// ... unless it holds this many letters: "MODIFICATION OF WORK PERFORMED BY THE BARGAINING
    /// UNIT" names the article whose heading goes on for another fifty.
    static let longestCutTitle = 30
    /// Titles this alike letter for letter (1 − edit distance / length) are one title misspelt;
    /// "NO STRIKE AND NO LOCKOUT" and "NO STRIKE OR LOCKOUT" (0.75) stay different.
    static let nearTitle = 0.85
    /// Short titles differ by a letter in meaning ("PAY", "DAY"): never near below this length.
    static let shortestNearTitle = 8

    static func check(entries: [ClauseTreeBuilder.ContentsEntry], articles: [Clause], annexes: [Clause], articleForm: HeadingCandidate.Form?)
        -> (contents: [DocumentStructure.ContentsEntry], findings: [Finding]) {
        // Entries of another level ("Section 1 – …" under an article's entry) are kept, unchecked;
        // without a scheme, the contents' own commonest form stands for the articles.
        let form = articleForm ?? commonestForm(entries)
        var findings: [Finding] = []
        var matched: [DocumentStructure.ContentsEntry] = []
        let byNumber = Dictionary(grouping: articles, by: { key($0.number ?? "") })
        for entry in entries {
            let kind: DocumentStructure.ContentsEntry.Kind = entry.annexKind != nil ? .annex : Self.sameForm(entry.form, form) ? .article : .other
            var result = DocumentStructure.ContentsEntry(number: entry.number, title: entry.title, page: entry.page, kind: kind, location: entry.location)
            if kind == .other {
                matched.append(result)
                continue
            }
            if entry.annexKind != nil {
                result.annexKind = entry.annexKind
                result.matchedPath = annexes.first { annexNamed(by: entry, is: $0) }?.path
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

    static func withoutParentheses(_ text: String) -> String {
        var depth = 0, kept = ""
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { kept.append(character) }
        }
        return kept
    }

    static func key(_ number: String) -> String { HeadingText.comparable(number) }

    /// Whether an annex entry names this annex: same kind (when both say), same label, and the same
    /// title unless the entry prints none ("APPENDIX A ....... 45", "SIGNATURES ....... 61").
    static func annexNamed(by entry: ClauseTreeBuilder.ContentsEntry, is annex: Clause) -> Bool {
        if let listed = entry.annexKind, let kind = annex.annexKind, listed != kind { return false }
        guard key(annex.number ?? "") == key(entry.number) else { return false }
        return HeadingText.comparable(entry.title).isEmpty || sameTitle(entry.title, annex.title ?? "")
    }

    static func sameTitle(_ listed: String, _ heading: String) -> Bool {
        let a = HeadingText.comparable(listed), b = HeadingText.comparable(heading)
        if a == b { return true }
        // "OVERTIME" lists "OVERTIME (Licensing Boards)": the heading's qualifier is left off.
        if !a.isEmpty, a == HeadingText.comparable(withoutParentheses(heading)) { return true }
        // A misspelling or an OCR slip in one of the two ("SEVERENCE PAY", "HOLlQAYS") is the same title.
        if min(a.count, b.count) >= shortestNearTitle, TextSimilarity.ratio(a, b) >= nearTitle { return true }
        // Contents cut titles short; a heading shorter than its entry is a different title.
        return !a.isEmpty && b.hasPrefix(a) && (a.count >= longestCutTitle || Double(a.count) >= shortestTruncation * Double(b.count))
    }
}
