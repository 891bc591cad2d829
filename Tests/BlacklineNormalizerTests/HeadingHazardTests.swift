import BlacklineModel
import Testing

/// Issue 13, what imitates a heading: contents lists, running headers and footers, pleading-paper
/// margin numbers, DocuSign stamps, converter "### ", a title page's address, prose that starts
/// with a number or cites an article. None of it may become an article, and no word is lost.
@Suite struct HeadingHazardTests {
    static let recognition = HeadingConventionTests.recognition
    static let wages = "Employees are paid on the salary schedule in Appendix A."
    static let hours = "The normal workday is eight hours with a thirty minute meal period."
    static let seniority = HeadingConventionTests.seniority

    /// ARTICLE 1 RECOGNITION, 2 WAGES, 3 HOURS OF WORK, each over one sentence.
    static let body = """
        ARTICLE 1 – RECOGNITION
        \(recognition)
        ARTICLE 2 – WAGES
        \(wages)
        ARTICLE 3 – HOURS OF WORK
        \(hours)
        """

    @Test func contentsWithDotLeadersAndPages() {
        let text = """
        TABLE OF CONTENTS
        ARTICLE 1 – RECOGNITION .................... 1
        ARTICLE 2 – WAGES .................... 2
        ARTICLE 3 – HOURS OF WORK .................... 3
        APPENDIX A – SALARY SCHEDULE .................... 4

        \(Self.body)
        APPENDIX A – SALARY SCHEDULE
        The salary schedule for each year of this Agreement follows.
        """
        let agreement = normalize(text: text)
        #expect(agreement.clauses.map(\.kind) == [.frontMatter, .tableOfContents, .article, .article, .article, .annex])
        #expect(agreement.clauses.first?.text == "TABLE OF CONTENTS")
        #expect(agreement.articles.map(\.number) == ["1", "2", "3"])
        #expect(agreement.articles.map(\.text) == [Self.recognition, Self.wages, Self.hours])
        let contents = agreement.structure.contents
        #expect(contents.map(\.number) == ["1", "2", "3", "A"])
        #expect(contents.map(\.title) == ["RECOGNITION", "WAGES", "HOURS OF WORK", "SALARY SCHEDULE"])
        #expect(contents.map(\.page) == [1, 2, 3, 4])
        #expect(contents.map(\.kind) == [.article, .article, .article, .annex])
        #expect(contents.map(\.matchedPath) == ["1", "2", "3", "appendix-A"])
        #expect(agreement.structure.doubts.isEmpty)
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }

    @Test func contentsWithoutPages() {
        let text = """
        CONTENTS
        ARTICLE 1 – RECOGNITION
        ARTICLE 2 – WAGES
        ARTICLE 3 – HOURS OF WORK
        ARTICLE 4 – SENIORITY

        \(Self.body)
        ARTICLE 4 – SENIORITY
        \(Self.seniority)
        """
        let agreement = normalize(text: text)
        #expect(agreement.clauses.map(\.kind) == [.frontMatter, .tableOfContents, .article, .article, .article, .article])
        #expect(agreement.articles.map(\.number) == ["1", "2", "3", "4"])
        #expect(agreement.articles.map(\.title) == ["RECOGNITION", "WAGES", "HOURS OF WORK", "SENIORITY"])
        let contents = agreement.structure.contents
        #expect(contents.map(\.number) == ["1", "2", "3", "4"])
        #expect(contents.map(\.page) == [nil, nil, nil, nil])
        #expect(contents.map(\.matchedPath) == ["1", "2", "3", "4"])
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }

    @Test func letterSpacedContentsTitle() {
        let text = """
        T A B L E   O F   C O N T E N T S
        P a g e
        ARTICLE 1 – RECOGNITION ........ 1
        ARTICLE 2 – WAGES ........ 2
        ARTICLE 3 – HOURS OF WORK ........ 3

        \(Self.body)
        """
        let agreement = normalize(text: text)
        #expect(agreement.clauses.map(\.kind) == [.frontMatter, .tableOfContents, .article, .article, .article])
        #expect(agreement.clauses.first?.text == "T A B L E O F C O N T E N T S\nP a g e")
        #expect(agreement.articles.map(\.number) == ["1", "2", "3"])
        #expect(agreement.structure.contents.map(\.matchedPath) == ["1", "2", "3"])
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }

    @Test func runningHeaderRepeatingTheArticleHeading() {
        let text = """
        ARTICLE 6 – VACATION
        Vacation accrues from the first day of employment at the listed rates.
        ARTICLE 7 – HOLIDAYS
        A. The following days are paid holidays for all employees of the unit.
        ARTICLE 7, HOLIDAYS
        B. An employee who works on a holiday is paid at double the regular rate.
        ARTICLE 7, HOLIDAYS
        C. A holiday that falls on a Saturday is observed on the Friday before it.
        ARTICLE 8 – SICK LEAVE
        Sick leave accrues at eight hours for each month of service.
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["6", "7", "8"])
        #expect(agreement.clause(at: "7")?.children.map(\.path) == ["7.A", "7.B", "7.C"])
        #expect(agreement.furniture.map(\.kind) == [.repeatedHeading, .repeatedHeading])
        #expect(agreement.furniture.map(\.location.line) == [5, 7])
        #expect(agreement.furniture.map(\.text) == ["ARTICLE 7, HOLIDAYS", "ARTICLE 7, HOLIDAYS"])
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }

    /// "ARTICLE I (Cont.)" and its kin at the top of a page: the open article goes on.
    @Test(arguments: ["ARTICLE I (Cont.)", "ARTICLE I (CONTINUED)", "ARTICLE I – RECOGNITION (continued)", "ARTICLE I – RECOGNITION (CONT'D)"])
    func runningHeaderSayingTheArticleContinues(header: String) {
        let text = """
        ARTICLE I – RECOGNITION
        A. The Employer recognizes the Union as the sole bargaining agent.
        \(header)
        B. The unit includes all regular full-time and part-time employees.
        ARTICLE II – UNION SECURITY
        Employees shall pay dues or fees to the Union each month.
        ARTICLE III – MANAGEMENT RIGHTS
        The Employer keeps all rights not limited by this Agreement.
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["I", "II", "III"])
        #expect(agreement.clause(at: "I")?.children.map(\.path) == ["I.A", "I.B"])
        #expect(agreement.clause(at: "I.A")?.text == "The Employer recognizes the Union as the sole bargaining agent.")
        #expect(agreement.furniture.map(\.kind) == [.repeatedHeading])
        #expect(agreement.furniture.map(\.text) == [header])
    }

    enum Footer: String, CaseIterable, Sendable {
        case pipePage, pageOf, titleAndNumber

        func text(page: Int) -> String {
            switch self {
            case .pipePage: "\(48 + page) | P a g e"
            case .pageOf: "Page \(page) of 44"
            case .titleAndNumber: "Collective Bargaining Agreement \(99 + page)"
            }
        }

        var kind: FurnitureLine.Kind { self == .pageOf ? .pageNumber : .runningFooter }
    }

    /// Four pages (form feeds, as pdftotext writes them), each one article and a footer.
    @Test(arguments: Footer.allCases)
    func pageFootersAreFurniture(footer: Footer) {
        let titles = ["RECOGNITION", "WAGES", "HOURS OF WORK", "SENIORITY"]
        let pages = (1...4).map { page in
            "ARTICLE \(page) – \(titles[page - 1])\nA. The first rule of article \(page) applies to every employee.\n"
                + "B. The second rule of article \(page) applies to new employees.\nC. The third rule of article \(page) applies to all.\n\n"
                + footer.text(page: page) + "\n"
        }
        let text = pages.joined(separator: "\u{0C}")
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["1", "2", "3", "4"])
        #expect(agreement.articles.map(\.title) == titles)
        #expect(agreement.articles.map(\.location.page) == [1, 2, 3, 4])
        #expect(agreement.clause(at: "2.C")?.text == "The third rule of article 2 applies to all.")
        #expect(agreement.furniture.map(\.text) == (1...4).map { footer.text(page: $0) })
        #expect(agreement.furniture.allSatisfy { $0.kind == footer.kind })
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text.replacingOccurrences(of: "\u{0C}", with: ""), agreement)
    }

    /// Pleading paper: every line of two 28-line pages numbered in the margin.
    @Test func pleadingPaperMarginNumbers() {
        var page1 = ["ARTICLE 1 – RECOGNITION", "", Self.recognition, "", "ARTICLE 2 – WAGES", "", Self.wages]
        var page2 = ["ARTICLE 3 – HOURS OF WORK", "", Self.hours]
        page1 += Array(repeating: "", count: 28 - page1.count)
        page2 += Array(repeating: "", count: 28 - page2.count)
        let text = (page1 + page2).enumerated().map { index, line in
            let number = index % 28 + 1
            return line.isEmpty ? "\(number)" : "\(number)  \(line)"
        }.joined(separator: "\n") + "\n"
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["1", "2", "3"])
        #expect(agreement.articles.map(\.title) == ["RECOGNITION", "WAGES", "HOURS OF WORK"])
        #expect(agreement.articles.map(\.text) == [Self.recognition, Self.wages, Self.hours])
        #expect(agreement.furniture.map(\.kind) == Array(repeating: .marginNumber, count: 56))
        let margin: [String] = (1...28).map { String($0) }
        #expect(agreement.furniture.map(\.text) == margin + margin)
        expectWordsKept(text, agreement)
    }

    @Test func docuSignEnvelopeLines() {
        let envelope = "Docusign Envelope ID: 4F3A1B2C-1D2E-4F5A-9B8C-7D6E5F4A3B2C"
        let text = """
        \(envelope)
        ARTICLE 1 – RECOGNITION
        \(Self.recognition)

        \(envelope)
        ARTICLE 2 – WAGES
        \(Self.wages)

        \(envelope)
        ARTICLE 3 – HOURS OF WORK
        \(Self.hours)

        \(envelope)
        ARTICLE 4 – SENIORITY
        \(Self.seniority)
        """
        let agreement = normalize(text: text)
        #expect(agreement.clauses.map(\.kind) == [.article, .article, .article, .article])
        #expect(agreement.articles.map(\.text) == [Self.recognition, Self.wages, Self.hours, Self.seniority])
        #expect(agreement.furniture.map(\.text) == Array(repeating: envelope, count: 4))
        #expect(agreement.furniture.map(\.kind) == Array(repeating: .runningHeader, count: 4))
        expectWordsKept(text, agreement)
    }

    @Test func markdownHeadingPrefixes() {
        let text = Self.body.split(separator: "\n").map { $0.hasPrefix("ARTICLE") ? "### " + $0 : String($0) }.joined(separator: "\n")
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["1", "2", "3"])
        #expect(agreement.articles.map(\.keyword) == ["ARTICLE", "ARTICLE", "ARTICLE"])
        #expect(agreement.articles.map(\.title) == ["RECOGNITION", "WAGES", "HOURS OF WORK"])
        #expect(agreement.articles.map(\.text) == [Self.recognition, Self.wages, Self.hours])
    }

    /// "### ARTICLE 4" over "### SENIORITY": the title's own "### " is the converter's too.
    @Test func markdownHeadingWithItsTitleOnTheNextLine() {
        let text = "### ARTICLE 1 – RECOGNITION\n\(Self.recognition)\n### ARTICLE 2\n### SENIORITY\n\(Self.seniority)\n"
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["1", "2"])
        #expect(agreement.clause(at: "2")?.title == "SENIORITY")
        #expect(agreement.clause(at: "2")?.text == Self.seniority)
    }

    @Test func titlePageWithAnAddressAndDates() {
        let front = """
        COLLECTIVE BARGAINING AGREEMENT
        between the
        CITY OF SALEM
        and the
        SALEM POLICE EMPLOYEES UNION
        155 Cottage Street NE
        Salem, Oregon 97301
        July 1, 2023 through June 30, 2026
        """
        let text = front + "\n\n" + Self.body
        let agreement = normalize(text: text)
        #expect(agreement.clauses.map(\.kind) == [.frontMatter, .article, .article, .article])
        #expect(agreement.clauses.first?.text == front)
        #expect(agreement.articles.map(\.number) == ["1", "2", "3"])
        #expect(agreement.structure.scheme == "ARTICLE n")
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }

    @Test func proseStartingWithANumberOrCitingAnArticle() {
        let wrapped = "Employees recalled from layoff keep the seniority they held before the layoff as provided in"
        let text = """
        ARTICLE 11 – RECOGNITION
        \(Self.recognition)
        ARTICLE 12 – SENIORITY
        \(Self.seniority)
        Article 12 of this Agreement provides for seniority lists in each department.
        30 days after hire, an employee joins the bargaining unit.
        \(wrapped)
        Article 14 – Layoff.
        ARTICLE 13 – LAYOFF
        \(HeadingConventionTests.layoff)
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["11", "12", "13"])
        #expect(agreement.clause(at: "12")?.blocks.map(\.text) == [
            Self.seniority,
            "Article 12 of this Agreement provides for seniority lists in each department.",
            "30 days after hire, an employee joins the bargaining unit.",
            wrapped + " Article 14 – Layoff.",
        ])
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }
}
