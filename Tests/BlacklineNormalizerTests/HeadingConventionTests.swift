import BlacklineModel
import Testing

/// Issue 13, article headings: each way an agreement prints its articles, pinned on a small
/// synthetic agreement. A scheme is inferred from the document's own sequence, so every input
/// holds several articles; every expected value is read off the input by hand.
@Suite struct HeadingConventionTests {
    static let recognition = "The Employer recognizes the Union as the sole bargaining agent."
    static let seniority = "Seniority is the length of continuous service with the Employer."
    static let layoff = "Layoffs are made in inverse order of seniority within a classification."

    /// "ARTICLE 11<infix>RECOGNITION", 12 SENIORITY, 13 LAYOFF, each over one sentence.
    static func threeArticles(_ keyword: String = "ARTICLE", infix: String = " – ", titles: [String] = ["RECOGNITION", "SENIORITY", "LAYOFF"]) -> String {
        let bodies = [recognition, seniority, layoff]
        return zip(11...13, zip(titles, bodies)).map { "\(keyword) \($0)\(infix)\($1.0)\n\($1.1)\n" }.joined()
    }

    @Test(arguments: [" - ", " – ", " — ", ": ", ". ", ", "])
    func keywordNumberAndTitleOnOneLine(infix: String) {
        let text = Self.threeArticles(infix: infix)
        let agreement = normalize(text: text)
        #expect(agreement.structure.scheme == "ARTICLE n")
        #expect(agreement.clauses.map(\.kind) == [.article, .article, .article])
        #expect(agreement.articles.map(\.keyword) == ["ARTICLE", "ARTICLE", "ARTICLE"])
        #expect(agreement.articles.map(\.number) == ["11", "12", "13"])
        #expect(agreement.articles.map(\.title) == ["RECOGNITION", "SENIORITY", "LAYOFF"])
        #expect(agreement.articles.map(\.path) == ["11", "12", "13"])
        #expect(agreement.clause(at: "12")?.text == Self.seniority)
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }

    @Test func titleOnTheLinesAfterTheNumber() {
        let leave = "Employees may take unpaid leave of up to one year for family needs."
        let hours = "The normal workday is eight hours with a thirty minute meal period."
        let text = "ARTICLE 11\nRECOGNITION\n\(Self.recognition)\nARTICLE 12\nLEAVES OF\nABSENCE\n\(leave)\nARTICLE 13\nHours of Work\n\(hours)\n"
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["11", "12", "13"])
        #expect(agreement.articles.map(\.title) == ["RECOGNITION", "LEAVES OF ABSENCE", "Hours of Work"])
        #expect(agreement.articles.map(\.text) == [Self.recognition, leave, hours])
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }

    @Test func mixedCaseKeywordAndTitle() {
        let text = Self.threeArticles("Article", infix: " - ", titles: ["Recognition", "Seniority", "Layoff"])
        let agreement = normalize(text: text)
        #expect(agreement.structure.scheme == "ARTICLE n")
        #expect(agreement.articles.map(\.keyword) == ["Article", "Article", "Article"])
        #expect(agreement.articles.map(\.number) == ["11", "12", "13"])
        #expect(agreement.articles.map(\.title) == ["Recognition", "Seniority", "Layoff"])
        #expect(agreement.clause(at: "13")?.text == Self.layoff)
    }

    @Test func romanNumbers() {
        let text = """
        ARTICLE X – MANAGEMENT RIGHTS
        The Employer keeps all rights not limited by this Agreement.
        ARTICLE XI – GRIEVANCE PROCEDURE
        A grievance is a dispute about the meaning of this Agreement.
        ARTICLE XII – SENIORITY
        \(Self.seniority)
        """
        let agreement = normalize(text: text)
        #expect(agreement.structure.scheme == "ARTICLE XII")
        #expect(agreement.articles.map(\.number) == ["X", "XI", "XII"])
        #expect(agreement.articles.map(\.path) == ["X", "XI", "XII"])
        #expect(agreement.articles.map(\.title) == ["MANAGEMENT RIGHTS", "GRIEVANCE PROCEDURE", "SENIORITY"])
        #expect(agreement.clause(at: "XII")?.text == Self.seniority)
    }

    @Test func romanNumberWithALetterSuffix() {
        let text = """
        Article XVII – Holidays
        Employees receive eleven paid holidays in each calendar year.
        Article XVIII – Vacation
        Vacation accrues from the first day of employment at the listed rates.
        Article XVIII-A – Vacation Cash-Out
        Employees may cash out up to forty hours of vacation each December.
        Article XIX – Sick Leave
        Sick leave accrues at eight hours for each month of service.
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["XVII", "XVIII", "XVIII-A", "XIX"])
        #expect(agreement.articles.map(\.path) == ["XVII", "XVIII", "XVIII-A", "XIX"])
        #expect(agreement.articles.map(\.title) == ["Holidays", "Vacation", "Vacation Cash-Out", "Sick Leave"])
        #expect(agreement.clause(at: "XVIII-A")?.text == "Employees may cash out up to forty hours of vacation each December.")
        #expect(agreement.findings.isEmpty)
    }

    @Test func spelledNumbers() {
        let text = """
        ARTICLE TWENTY FIVE – SAVINGS CLAUSE
        A provision found unlawful does not void the rest of this Agreement.
        ARTICLE TWENTY SIX – COMPLETE AGREEMENT
        This Agreement is the whole agreement between the parties on its subjects.
        ARTICLE TWENTY SEVEN – DURATION
        This Agreement is in effect from July 1, 2024 through June 30, 2027.
        """
        let agreement = normalize(text: text)
        #expect(agreement.structure.scheme == "ARTICLE TWELVE")
        #expect(agreement.articles.map(\.number) == ["TWENTY FIVE", "TWENTY SIX", "TWENTY SEVEN"])
        #expect(agreement.articles.map(\.title) == ["SAVINGS CLAUSE", "COMPLETE AGREEMENT", "DURATION"])
        #expect(agreement.clause(at: "TWENTY SEVEN")?.text == "This Agreement is in effect from July 1, 2024 through June 30, 2027.")
    }

    @Test func letterSuffixesBetweenNumbers() {
        let text = """
        ARTICLE 15 – WAGES
        Employees are paid on the salary schedule in Appendix A.
        ARTICLE 16 – HOURS OF WORK
        The normal workday is eight hours with a thirty minute meal period.
        ARTICLE 16A – ALTERNATIVE SCHEDULES
        Employees may work four ten hour days with the approval of a supervisor.
        ARTICLE 16B – TELEWORK
        Employees may work from home up to two days in each week.
        ARTICLE 17 – OVERTIME
        Overtime is paid at one and one half times the regular rate of pay.
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["15", "16", "16A", "16B", "17"])
        #expect(agreement.articles.map(\.path) == ["15", "16", "16A", "16B", "17"])
        #expect(agreement.articles.map(\.title) == ["WAGES", "HOURS OF WORK", "ALTERNATIVE SCHEDULES", "TELEWORK", "OVERTIME"])
        #expect(agreement.findings.isEmpty)
    }

    /// "12.   SENIORITY" and "12   SENIORITY": a number alone before a capitals title.
    @Test(arguments: [".   ", "   "])
    func numberWithoutKeyword(gap: String) {
        let text = zip(11...13, zip(["RECOGNITION", "SENIORITY", "LAYOFF"], [Self.recognition, Self.seniority, Self.layoff]))
            .map { "\($0)\(gap)\($1.0)\n\($1.1)\n" }.joined()
        let agreement = normalize(text: text)
        #expect(agreement.structure.scheme == "n")
        #expect(agreement.articles.map(\.keyword) == [nil, nil, nil])
        #expect(agreement.articles.map(\.number) == ["11", "12", "13"])
        #expect(agreement.articles.map(\.title) == ["RECOGNITION", "SENIORITY", "LAYOFF"])
        #expect(agreement.clause(at: "12")?.text == Self.seniority)
        #expect(agreement.furniture.isEmpty)
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }

    @Test func sectionKeywordAtTheTopLevel() {
        let text = """
        SECTION 11 – RECOGNITION
        \(Self.recognition)
        SECTION 12 – SENIORITY
        A. \(Self.seniority)
        B. Seniority lists are posted in January of each year.
        SECTION 13 – LAYOFF
        \(Self.layoff)
        """
        let agreement = normalize(text: text)
        #expect(agreement.structure.scheme == "SECTION n")
        #expect(agreement.articles.map(\.keyword) == ["SECTION", "SECTION", "SECTION"])
        #expect(agreement.articles.map(\.number) == ["11", "12", "13"])
        #expect(agreement.clause(at: "12")?.subtree.map(\.path) == ["12", "12.A", "12.B"])
        #expect(agreement.clause(at: "12.A")?.text == Self.seniority)
    }

    @Test func chapterKeywordAtTheTopLevel() {
        let text = Self.threeArticles("CHAPTER")
        let agreement = normalize(text: text)
        #expect(agreement.structure.scheme == "CHAPTER n")
        #expect(agreement.chapters.isEmpty)
        #expect(agreement.articles.map(\.keyword) == ["CHAPTER", "CHAPTER", "CHAPTER"])
        #expect(agreement.articles.map(\.number) == ["11", "12", "13"])
        #expect(agreement.articles.map(\.title) == ["RECOGNITION", "SENIORITY", "LAYOFF"])
    }

    /// Six articles over three one-sentence bodies, for the grouping tests.
    static func body(_ index: Int) -> String {
        ["This Agreement is made between the City and the Union for the unit.",
         "Employees are paid on the salary schedule adopted by the City each year.",
         "The normal workday is eight hours with a thirty minute meal period."][index % 3]
    }

    @Test func romanPartsGroupArticles() {
        let text = """
        PART I – GENERAL PROVISIONS
        ARTICLE 1 – RECOGNITION
        \(Self.body(0))
        ARTICLE 2 – UNION SECURITY
        \(Self.body(1))
        PART II – ECONOMIC PROVISIONS
        ARTICLE 3 – WAGES
        \(Self.body(2))
        ARTICLE 4 – OVERTIME
        \(Self.body(3))
        PART III – ADMINISTRATION
        ARTICLE 5 – GRIEVANCE PROCEDURE
        \(Self.body(4))
        ARTICLE 6 – DURATION
        \(Self.body(5))
        """
        let agreement = normalize(text: text)
        #expect(agreement.structure.scheme == "ARTICLE n, grouped by PART XII")
        #expect(agreement.clauses.map(\.kind) == [.chapter, .chapter, .chapter])
        #expect(agreement.chapters.map(\.keyword) == ["PART", "PART", "PART"])
        #expect(agreement.chapters.map(\.number) == ["I", "II", "III"])
        #expect(agreement.chapters.map(\.title) == ["GENERAL PROVISIONS", "ECONOMIC PROVISIONS", "ADMINISTRATION"])
        #expect(agreement.chapters.map { $0.children.map(\.number) } == [["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(agreement.articles.map(\.path) == ["1", "2", "3", "4", "5", "6"])
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }

    @Test func divisionsGroupDecimalArticles() {
        let text = """
        DIVISION 1 – GENERAL
        ARTICLE 1.1 – RECOGNITION
        \(Self.body(0))
        ARTICLE 1.2 – DEFINITIONS
        \(Self.body(1))
        DIVISION 2 – COMPENSATION
        ARTICLE 2.1 – WAGES
        \(Self.body(2))
        ARTICLE 2.2 – OVERTIME
        \(Self.body(3))
        DIVISION 3 – LEAVES
        ARTICLE 3.1 – SICK LEAVE
        \(Self.body(4))
        ARTICLE 3.2 – VACATION
        \(Self.body(5))
        """
        let agreement = normalize(text: text)
        #expect(agreement.structure.scheme == "ARTICLE n, grouped by DIVISION n")
        #expect(agreement.chapters.map(\.keyword) == ["DIVISION", "DIVISION", "DIVISION"])
        #expect(agreement.chapters.map(\.number) == ["1", "2", "3"])
        #expect(agreement.chapters.map(\.path) == ["division-1", "division-2", "division-3"])
        #expect(agreement.chapters.map(\.title) == ["GENERAL", "COMPENSATION", "LEAVES"])
        #expect(agreement.articles.map(\.number) == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"])
        #expect(agreement.clause(at: "division-3")?.children.map(\.path) == ["3.1", "3.2"])
        #expect(agreement.clause(at: "3.2")?.title == "VACATION")
        #expect(agreement.findings.isEmpty)
    }

    /// "CHAPTER 1" over "ARTICLE 1": the article shares its chapter's number and is still an article.
    @Test func chapterOverAnArticleOfTheSameNumber() {
        let text = """
        CHAPTER 1 – GENERAL PROVISIONS
        ARTICLE 1 – RECOGNITION
        \(Self.body(0))
        ARTICLE 2 – UNION SECURITY
        \(Self.body(1))
        CHAPTER 2 – ECONOMIC PROVISIONS
        ARTICLE 3 – WAGES
        \(Self.body(2))
        ARTICLE 4 – OVERTIME
        \(Self.body(3))
        """
        let agreement = normalize(text: text)
        #expect(agreement.structure.scheme == "ARTICLE n, grouped by CHAPTER n")
        #expect(agreement.chapters.map(\.number) == ["1", "2"])
        #expect(agreement.chapters.map { $0.children.map(\.number) } == [["1", "2"], ["3", "4"]])
        #expect(agreement.articles.map(\.path) == ["1", "2", "3", "4"])
        #expect(agreement.clause(at: "1")?.kind == .article)
        #expect(agreement.clause(at: "1")?.text == Self.body(0))
        #expect(agreement.furniture.isEmpty)
        #expect(agreement.findings.isEmpty)
    }

    @Test func gapsAndPlaceholders() {
        let text = """
        ARTICLE 31 – SAVINGS CLAUSE
        A provision found unlawful does not void the rest of this Agreement.
        ARTICLE 32 – COMPLETE AGREEMENT
        This Agreement is the whole agreement between the parties on its subjects.
        ARTICLE 33. Deleted
        ARTICLE 34 – RESERVED
        ARTICLE 38 – DURATION
        This Agreement is in effect from July 1, 2024 through June 30, 2027.
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["31", "32", "33", "34", "38"])
        #expect(agreement.articles.map(\.title) == ["SAVINGS CLAUSE", "COMPLETE AGREEMENT", "Deleted", "RESERVED", "DURATION"])
        #expect(agreement.clause(at: "33")?.blocks.isEmpty == true)
        #expect(agreement.clause(at: "33")?.children.isEmpty == true)
        #expect(agreement.findings.isEmpty)
    }

    @Test func alaskaHundredsStillWork() {
        let text = """
        201 INTENT
        This Agreement shall modify policies of the District that conflict with it.
        202 COMPLETE AGREEMENT
        This Agreement is the whole agreement between the parties on its subjects.
        205 HEALTH BENEFITS
        A. The District pays the premium for each eligible employee.
        B. Employees may enroll dependents during open enrollment.
        """
        let agreement = normalize(text: text)
        #expect(agreement.structure.scheme == "nnn")
        #expect(agreement.chapters.isEmpty)
        #expect(agreement.articles.map(\.keyword) == [nil, nil, nil])
        #expect(agreement.articles.map(\.number) == ["201", "202", "205"])
        #expect(agreement.articles.map(\.title) == ["INTENT", "COMPLETE AGREEMENT", "HEALTH BENEFITS"])
        #expect(agreement.clause(at: "205")?.children.map(\.path) == ["205.A", "205.B"])
        #expect(agreement.clause(at: "205.B")?.text == "Employees may enroll dependents during open enrollment.")
        #expect(agreement.findings.isEmpty)
    }
}
