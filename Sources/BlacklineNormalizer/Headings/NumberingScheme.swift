import BlacklineModel

/// How one document numbers its articles, read from its own heading candidates rather than assumed:
/// which form makes the articles (`ARTICLE n`, `n. TITLE`, hundreds, `SECTION n`…), which form (if
/// any) groups them (`PART`, `DIVISION`, `CHAPTER`), and which candidates are a contents list
/// printed without pages. Every form's candidates are put in a `HeadingChain`; a form qualifies
/// when its chain has `minimumChain` members and explains `minimumShare` of its candidates (a
/// level below the articles restarts in every article, so its chain explains little). The
/// article level is the first qualifying form by `preference` whose chain is not dwarfed by
/// another's. A document where no form qualifies (a letter, an MOU) has no scheme.
struct NumberingScheme: Equatable {
    var articleForm: HeadingCandidate.Form?
    var chapterForm: HeadingCandidate.Form?
    var articleLines: Set<Int> = []
    var chapterLines: Set<Int> = []
    /// Candidates repeating the number of the article before them: running headers, which the
    /// tree builder records as repeated headings.
    var repeatLines: Set<Int> = []
    /// Candidates in a run with no text between them: a contents list printed without pages.
    var contentsLines: Set<Int> = []

    /// Keyword headings ("ARTICLE 1", "ARTICLE 2") need two in sequence; bare numbers, which
    /// addresses and amounts imitate, need three.
    static let minimumChain = 2
    static let minimumBareChain = 3
    /// A chain whose titles repeat ("100 Collective Bargaining Agreement", "101 Collective…") is a
    /// page footer: its distinct titles are under this share of its members.
    static let leastDistinctTitles = 0.5
    static let minimumShare = 0.5
    /// A preferred form whose chain is under this share of the longest qualifying chain is
    /// stray candidates of that form, not the document's articles.
    static let dwarfedShare = 0.2
    /// This many headings in a row with no prose between them are a contents list.
    static let contentsRun = 4
    /// Share of a contents run's numbers that the body must print again.
    static let contentsRepeatShare = 0.5
    /// Spaces that set a line's parts apart in columns; prose never has them.
    static let layoutGap = "    "
    /// A line of this many words or more is prose.
    static let proseWords = 8

    /// Article levels in order of preference: a keyword says most; numbers alone say less.
    static func preference(_ form: HeadingCandidate.Form) -> Int {
        switch form.keyword {
        case .article: 0
        case nil: form.hundreds ? 1 : 2
        case .section: 3
        case .part, .chapter, .division: 4
        }
    }

    var hasArticles: Bool { articleForm != nil }

    /// One form's candidates (their lines and numbers, in document order) and their chain.
    struct FormChain {
        var chain: HeadingChain
        var lines: [Int]
        var numbers: [HeadingNumber]
    }

    /// "ARTICLE n", "n. TITLE, in PART XII".
    var description: String {
        guard let articleForm else { return "none" }
        let chapters = chapterForm.map { ", grouped by \($0)" } ?? ""
        return "\(articleForm)\(chapters)"
    }

    static func infer(texts: [String], shapes: [LineShape], furniture: [FurnitureLine.Kind?]) -> NumberingScheme {
        var scheme = NumberingScheme()
        var candidates: [(line: Int, candidate: HeadingCandidate)] = []
        for index in shapes.indices where furniture[index] == nil {
            guard case .heading(let candidate) = shapes[index], !continuesSentence(index, texts: texts, furniture: furniture) else { continue }
            candidates.append((index, candidate))
        }
        scheme.contentsLines = contentsRuns(candidates, texts: texts, furniture: furniture)
        let body = candidates.filter { !scheme.contentsLines.contains($0.line) }
        let byForm = Dictionary(grouping: body, by: \.candidate.form)
        var chains: [HeadingCandidate.Form: FormChain] = [:]
        for (form, members) in byForm {
            let numbers = members.map(\.candidate.number)
            chains[form] = FormChain(chain: HeadingChain(numbers: numbers, hundreds: form.hundreds), lines: members.map(\.line), numbers: numbers)
        }
        let qualifying = chains.filter { form, value in
            let members = value.chain.members
            let titles = members.map { byForm[form]?[$0].candidate.parts.title.uppercased() ?? "" }.filter { !$0.isEmpty }
            let long = members.count >= (form.keyword == nil && !form.hundreds ? minimumBareChain : minimumChain)
            // A draft that holds one or two articles: each must head labelled clauses.
            let short = !members.isEmpty && members.allSatisfy { headsLabels(value.lines[$0], texts: texts, furniture: furniture) }
            return (long || short) && value.chain.share >= minimumShare
                && Double(Set(titles).count) >= leastDistinctTitles * Double(titles.count)
        }
        let longest = qualifying.values.map(\.chain.members.count).max() ?? 0
        let ordered = qualifying.keys.sorted { (preference($0), -(qualifying[$0]?.chain.members.count ?? 0)) < (preference($1), -(qualifying[$1]?.chain.members.count ?? 0)) }
        guard let articleForm = ordered.first(where: { Double(qualifying[$0]?.chain.members.count ?? 0) >= dwarfedShare * Double(longest) }),
              let article = qualifying[articleForm] else { return scheme }
        scheme.articleForm = articleForm
        scheme.articleLines = Set(article.chain.members.map { article.lines[$0] })
        scheme.repeatLines = repeats(of: article)
        if let chapter = chapterLevel(qualifying, below: articleForm, articleLines: scheme.articleLines) {
            scheme.chapterForm = chapter.form
            scheme.chapterLines = chapter.lines
        }
        return scheme
    }

    /// A grouping form above the articles: a qualifying PART/DIVISION/CHAPTER chain of two or more, shorter than the
    /// articles', whose members each come before some article.
    private static func chapterLevel(
        _ qualifying: [HeadingCandidate.Form: FormChain], below articleForm: HeadingCandidate.Form,
        articleLines: Set<Int>
    ) -> (form: HeadingCandidate.Form, lines: Set<Int>)? {
        let groupings = qualifying.filter { form, value in
            // One lone "Chapter 265." (a citation wrapped onto its own line) groups nothing.
            form != articleForm && [.part, .chapter, .division].contains(form.keyword)
                && value.chain.members.count >= minimumChain && value.chain.members.count < articleLines.count
        }
        guard let (form, value) = groupings.max(by: { $0.value.chain.members.count < $1.value.chain.members.count }) else { return nil }
        let lines = value.chain.members.map { value.lines[$0] }
        guard let lastArticle = articleLines.max(), lines.allSatisfy({ $0 < lastArticle }) else { return nil }
        return (form, Set(lines))
    }

    /// The chain's candidates' repeats: same number as the member before them.
    private static func repeats(of article: FormChain) -> Set<Int> {
        let members = Set(article.chain.members)
        var repeats = Set<Int>()
        var current: HeadingNumber?
        for index in article.lines.indices {
            if members.contains(index) {
                current = article.numbers[index]
            } else if article.numbers[index].key == current?.key {
                repeats.insert(article.lines[index])
            }
        }
        return repeats
    }

    /// Lines looked at below a heading for the labelled clause that shows it heads one.
    static let labelReach = 4

    /// Whether a list label ("A.", "1.", "(a)", "Section 1.") or a table row follows within
    /// `labelReach` lines.
    private static func headsLabels(_ index: Int, texts: [String], furniture: [FurnitureLine.Kind?]) -> Bool {
        var seen = 0
        var cursor = index + 1
        while cursor < texts.count, seen < labelReach {
            defer { cursor += 1 }
            guard furniture[cursor] == nil, !texts[cursor].isAllWhitespace else { continue }
            if ListLabel.parse(texts[cursor]) != nil || texts[cursor].contains("\t") { return true }
            seen += 1
        }
        return false
    }

    /// Whether the line right above (no blank between) is a long line that stops mid-sentence:
    /// then this line is its wrap ("…the conditions described in" / "Article 3, Section 3.1.").
    private static func continuesSentence(_ index: Int, texts: [String], furniture: [FurnitureLine.Kind?]) -> Bool {
        var above = index - 1
        while above >= 0, furniture[above] != nil { above -= 1 }
        guard above >= 0 else { return false }
        let previous = texts[above].trimmingWhitespace()
        let words = previous.split(whereSeparator: \.isWhitespace)
        // Prose that stops on a lower-case word ("…described in"), not a footer's trailing mark.
        // A line laid out in columns ("…SUPPORT GROUP (2025-2028)        pg. ii") is a header, not prose.
        guard words.count >= proseWords, !previous.contains(layoutGap), let last = words.last, last.first?.isLowercase == true,
              last.allSatisfy({ $0.isLetter || $0 == "," }) else { return false }
        return previous.count >= ParagraphJoiner.shortestWrappedLine
    }

    /// Runs of candidates with no prose line between neighbours, `contentsRun` or more of one form
    /// with numbers counting up (the body's first heading, right after the contents, starts again at 1), whose
    /// numbers the document prints again later: a contents list names what follows it.
    private static func contentsRuns(_ candidates: [(line: Int, candidate: HeadingCandidate)], texts: [String], furniture: [FurnitureLine.Kind?]) -> Set<Int> {
        var result = Set<Int>()
        var run: [(line: Int, candidate: HeadingCandidate)] = []
        func close() {
            defer { run.removeAll() }
            // A contents list names at least `contentsRun` headings of one form; a page's foot and
            // the next page's head ("ARTICLE 14", "626", "ARTICLE 15", "Section 1") mix forms.
            let largestForm = Dictionary(grouping: run, by: \.candidate.form).values.map(\.count).max() ?? 0
            guard largestForm >= contentsRun, let end = run.last?.line else { return }
            let later = Set(candidates.filter { $0.line > end }.map { [$0.candidate.form.description] + $0.candidate.number.key.map(String.init) })
            let repeated = run.filter { later.contains([$0.candidate.form.description] + $0.candidate.number.key.map(String.init)) }.count
            if Double(repeated) >= contentsRepeatShare * Double(run.count) { result.formUnion(run.map(\.line)) }
        }
        for entry in candidates {
            if let last = run.last {
                let prose = (last.line + 1..<entry.line).contains { index in
                    furniture[index] == nil && texts[index].split(whereSeparator: \.isWhitespace).count >= proseWords
                }
                let restarts = last.candidate.form == entry.candidate.form && !(last.candidate.number < entry.candidate.number)
                if prose || restarts { close() }
            }
            run.append(entry)
        }
        close()
        return result
    }

    /// Shapes with the scheme applied: candidates it accepts become article and chapter headings,
    /// contents lines become entries, and the rest are read as what they would be without a
    /// heading (a list item "1. PREAMBLE", a caps caption, prose).
    func resolve(_ shapes: [LineShape], texts: [String]) -> [LineShape] {
        var resolved = shapes
        for index in shapes.indices {
            switch shapes[index] {
            case .heading(var candidate):
                if articleLines.contains(index) || repeatLines.contains(index) {
                    candidate.level = .article
                    resolved[index] = .heading(candidate)
                } else if chapterLines.contains(index) {
                    candidate.level = .chapter
                    resolved[index] = .heading(candidate)
                } else if contentsLines.contains(index) {
                    resolved[index] = .contentsEntry(ContentsLine(target: .article(candidate), page: nil))
                } else {
                    resolved[index] = LineClassifier.classifyBody(texts[index])
                }
            case .bareNumber where articleForm?.hundreds != true:
                resolved[index] = LineClassifier.classifyBody(texts[index])
            default:
                break
            }
        }
        return resolved
    }
}
