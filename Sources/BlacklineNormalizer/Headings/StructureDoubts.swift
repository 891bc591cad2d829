import BlacklineModel

/// What makes a clause tree doubtful, said in plain words for the outline's header and the
/// findings: a contents list that the articles do not match, or articles that cover little of
/// the document (a scheme found in a corner of it).
enum StructureDoubts {
    /// Below this share of contents entries matched, the contents and the body disagree.
    static let leastContentsMatch = 0.8
    /// Contents with fewer article entries than this are too short to judge by.
    static let fewestContentsEntries = 3
    /// Articles should start within this share of the document's lines; later, the scheme
    /// found covers only its tail.
    static let latestFirstArticle = 0.6
    /// Where the first article starts says nothing in a document shorter than this (lines).
    static let shortestDocumentJudged = 100

    static func structure(of agreement: Agreement, scheme: NumberingScheme, contents: [DocumentStructure.ContentsEntry], lineCount: Int) -> DocumentStructure {
        var doubts: [String] = []
        let articleEntries = contents.filter { $0.kind == .article }
        if articleEntries.count >= fewestContentsEntries {
            let matched = articleEntries.filter { $0.matchedPath != nil }.count
            let share = Double(matched) / Double(articleEntries.count)
            if share < leastContentsMatch {
                doubts.append("the table of contents lists \(articleEntries.count) articles; only \(matched) match an article of the same number and title")
            }
        }
        if let first = agreement.articles.first, lineCount >= shortestDocumentJudged,
           Double(first.location.line) / Double(lineCount) > latestFirstArticle {
            doubts.append("articles start only at line \(first.location.line) of \(lineCount); the text before them may hold structure that was not read")
        }
        return DocumentStructure(scheme: scheme.description, contents: contents, doubts: doubts)
    }
}
