import BlacklineModel
import Testing

/// The normalizer on small, exact inputs: one behaviour per test.
@Suite struct NormalizerTests {
    /// Twelve pages of a running header and a numbered footer around one article per page.
    private func paged(_ bodies: [String]) -> String {
        bodies.enumerated().map { page, body in
            "November 10, 2021\n\nANCHORAGE SCHOOL DISTRICT\n\n\(body)\n\nTA'd\t\tTA'd\t\(page + 1)\nAEA\tDate\tASD\tDate\n"
        }.joined(separator: "\n")
    }

    @Test func runningHeadersFootersAndPageNumbersAreFurniture() {
        let bodies = (1...6).map { "\(100 + $0 * 5) ARTICLE NUMBER \($0)\nText of article \($0)." }
        let agreement = normalize(text: paged(bodies))
        #expect(agreement.articles.map(\.number) == ["105", "110", "115", "120", "125", "130"].map(Optional.some))
        #expect(agreement.furniture.filter { $0.kind == .runningHeader }.count == 12)
        #expect(agreement.furniture.filter { $0.kind == .runningFooter }.count == 12)
        #expect(agreement.articles.allSatisfy { !$0.text.contains("TA'd") && !$0.text.contains("November") })
        #expect(agreement.articles.map(\.location.page) == [1, 2, 3, 4, 5, 6].map(Optional.some))
    }

    @Test func sentenceCutByAPageBreakIsOneParagraph() {
        var bodies = (1...5).map { "\(100 + $0 * 5) ARTICLE \($0)\nText \($0)." }
        bodies[1] += "\nA copy of any agreement shall be"
        bodies[2] = "distributed by the District to all supervisors.\n" + bodies[2]
        let agreement = normalize(text: paged(bodies))
        let second = agreement.clause(at: "110")
        #expect(second?.blocks.count == 2)
        #expect(second?.blocks.last?.text == "A copy of any agreement shall be distributed by the District to all supervisors.")
    }

    @Test func bareNumbersCountingPagesAreFurnitureButSplitHeadingsAreNot() {
        let text = """
        AGREEMENT
        1
        100
        PREAMBLE
        The Board recognizes the Association.
        2
        200 STATUS OF AGREEMENT
        201 INTENT
        This Agreement shall modify policies.
        3
        202 COMPLETE AGREEMENT
        A.\tThe parties acknowledge each other.
        4
        """
        let agreement = normalize(text: text)
        #expect(agreement.furniture.map(\.text) == ["1", "2", "3", "4"])
        #expect(agreement.clause(at: "100")?.title == "PREAMBLE")
        #expect(agreement.clause(at: "100")?.kind == .article)
        #expect(agreement.clause(at: "200")?.kind == .chapter)
        #expect(agreement.clause(at: "200")?.children.map(\.path) == ["201", "202"])
        #expect(agreement.clause(at: "202.A")?.text == "The parties acknowledge each other.")
        #expect(agreement.clauses.first?.kind == .frontMatter)
    }

    @Test func hundredsHeadingWithItsOwnTextIsAnArticle() {
        let agreement = normalize(text: "300 EMERGENCY LEAVE\nTeachers shall be granted leave.\n301 SICK LEAVE\nSick leave may be used.\n")
        #expect(agreement.chapters.isEmpty)
        #expect(agreement.articles.map(\.number) == ["300", "301"])
    }

    @Test func proseStartingWithANumberIsNotAHeading() {
        let text = "801 SALARY CONDITIONS\n1.\tJROTC Instructors are expected to perform all duties during the\n200 days. That amount shall be fixed.\n"
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["801"])
        #expect(agreement.clause(at: "801.1")?.text == "JROTC Instructors are expected to perform all duties during the 200 days. That amount shall be fixed.")
    }

    @Test func continuedHeadingContinuesTheArticle() {
        let text = "807 PER DIEM SCHEDULE\nRates for 2003.\n807 PER DIEM SCHEDULE, cont’d.\nRates for 2004.\n900 DURATION\nThree years.\n"
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["807", "900"])
        #expect(agreement.clause(at: "807")?.text == "Rates for 2003.\nRates for 2004.")
        #expect(agreement.furniture.map(\.kind) == [.repeatedHeading])
    }

    @Test func labelsNestByStyleInTheOrderTheAgreementUses() {
        let text = """
        406 REDUCTION IN FORCE
        1. In the event of layoff the District shall act.
        2. Definitions
         - A. Seniority means length of service.
         - B. Qualified means
         - a. elementary endorsed; or
         - b. secondary endorsed.
        3. Initiation of Layoff
        """
        let agreement = normalize(text: text)
        let article = agreement.clause(at: "406")
        #expect(article?.subtree.map(\.path) == ["406", "406.1", "406.2", "406.2.A", "406.2.B", "406.2.B.a", "406.2.B.b", "406.3"])
        #expect(agreement.clause(at: "406.2")?.title == "Definitions")
        #expect(agreement.clause(at: "406.3")?.title == "Initiation of Layoff")
        #expect(agreement.findings.filter { $0.category == .numbering }.isEmpty)
    }

    @Test func newListUnderALabelAndReturnToTheOuterList() {
        let text = """
        500 GRIEVANCE PROCEDURE
        4. Procedure
        A. Informal
        Talk first.
        B. Step I
        1. File in writing.
        2. The supervisor answers.
        C. Step II
        1. Appeal to the Superintendent.
        5. Miscellaneous
        """
        let paths = normalize(text: text).clause(at: "500")?.subtree.map(\.path)
        #expect(paths == ["500", "500.4", "500.4.A", "500.4.B", "500.4.B.1", "500.4.B.2", "500.4.C", "500.4.C.1", "500.5"])
    }

    @Test func figuresAfterTheirNumberWordAreNoListItem() {
        // The Oregon corpus wraps "eight (8) hours" so ("…of over eight" / "(8) hours."): one
        // sentence. A list that opens after its lead-in still opens.
        let text = """
        205 HOURS OF WORK
        A. Employees working a daily work schedule of over eight
        (8) hours shall be paid overtime.
        B. The following apply:
        (1) shift differentials;
        (2) call-back pay.
        """
        let clause = normalize(text: text).clause(at: "205")
        #expect(clause?.subtree.map(\.path) == ["205", "205.A", "205.B", "205.B.1", "205.B.2"])
        #expect(clause?.children.first?.blocks.first?.text == "Employees working a daily work schedule of over eight (8) hours shall be paid overtime.")
    }

    @Test func skippedLabelIsPlacedAndReported() {
        let agreement = normalize(text: "205 HEALTH BENEFITS\nA. First.\nC. Third.\n")
        #expect(agreement.clause(at: "205")?.children.map(\.label) == ["A", "C"])
        #expect(agreement.findings.map(\.message) == ["label 'C.' under '205' skips from 'A'"])
    }

    @Test func groupsUnderUnnumberedHeadingsKeepTheirNotes() {
        let text = """
        417 IN-SERVICE PLANNING AND CALENDAR
        The District decides.
        IN-SERVICE
        A. Plans include teachers.
        CALENDAR [moved to Article 418]
        A. A committee shall meet.
        """
        let agreement = normalize(text: text)
        #expect(agreement.clause(at: "417")?.subtree.map(\.path) == ["417", "417.IN-SERVICE", "417.IN-SERVICE.A", "417.CALENDAR", "417.CALENDAR.A"])
        #expect(agreement.clause(at: "417.CALENDAR")?.notes == [ClauseNote(kind: .movedTo, text: "moved to Article 418", target: "418")])
    }

    @Test func headingNotesAndFootnoteMarks() {
        let agreement = normalize(text: "105 SALARY SCHEDULE*\nSee below.\n175 SUPPLEMENTAL RETIREMENT ACCOUNTS [renumbered from proposed 112]\nText.\n")
        #expect(agreement.clause(at: "105")?.title == "SALARY SCHEDULE")
        #expect(agreement.clause(at: "105")?.titleMarker == "*")
        #expect(agreement.clause(at: "175")?.notes.first?.kind == .renumberedFrom)
        #expect(agreement.clause(at: "175")?.notes.first?.target == "112")
    }

    @Test func endOfLineHyphenIsMendedUnlessTheDocumentHyphenatesTheWord() {
        let text = "110 CONDITIONS\nA. The parties shall continue negoti-\nations in good faith with newly-\nhired staff. Newly-hired staff count.\n"
        let agreement = normalize(text: text)
        #expect(agreement.clause(at: "110.A")?.text == "The parties shall continue negotiations in good faith with newly-hired staff. Newly-hired staff count.")
    }

    @Test func numberPrintedApartFromItsTitleIsJoinedAndRecorded() {
        let text = """
        514 LAYOFF PROCEDURES
        A.\tThe least senior employee shall be laid off first and the most senior employee
        515
        within a job title shall be laid off last.
        RECALL PROCEDURES
        A.\tRecall shall occur in inverse order.
        """
        let agreement = normalize(text: text)
        #expect(agreement.clause(at: "514.A")?.text == "The least senior employee shall be laid off first and the most senior employee within a job title shall be laid off last.")
        #expect(agreement.clause(at: "515")?.title == "RECALL PROCEDURES")
        #expect(agreement.clause(at: "515.A") != nil)
        #expect(agreement.relocations == [Relocation(text: "515", from: SourceLocation(line: 3), toPath: "515")])
    }

    @Test func numberWithNoTitleStaysAsText() {
        let agreement = normalize(text: "514 LAYOFF\nA. Text.\n515\nmore text.\n600 LEAVES\nLeave.\n")
        #expect(agreement.clause(at: "514.A")?.text.contains("515") == true)
        #expect(agreement.findings.contains { $0.category == .heading && $0.severity == .warning })
    }

    @Test func strayValueBecomesAnUnclassifiedNodeWithAFinding() {
        let agreement = normalize(text: "105 SALARY SCHEDULE\nStep\tB00\tB18\n0\t52,242\t54,776\n\n96,761\n\n110 CONDITIONS\nText.\n")
        let stray = agreement.clause(at: "105.unclassified")
        #expect(stray?.kind == .unclassified)
        #expect(stray?.text == "96,761")
        #expect(agreement.findings.contains { $0.category == .unplacedText && $0.message.contains("96,761") })
    }

    @Test func tabSeparatedRowsBecomeOneTableWithCells() throws {
        let agreement = normalize(text: "105 SALARY SCHEDULE\n2021-2022 Salary Schedule\nStep\tB00\tB18\n0\t53,026\t55,598\n1\t54,429\t57,001\n")
        let blocks = try #require(agreement.clause(at: "105")?.blocks)
        #expect(blocks.count == 2)
        guard case .table(let table) = blocks[1] else {
            Issue.record("expected a table, got \(blocks[1])")
            return
        }
        #expect(table.rows.map(\.texts) == [["Step", "B00", "B18"], ["0", "53,026", "55,598"], ["1", "54,429", "57,001"]])
    }

    @Test func contentsAreCheckedAgainstTheArticles() {
        let text = "100 NEGOTIATIONS\t3\n101 REFERENCE CLAUSE\t3\n102 SAVINGS CLAUSE\t4\n\n100 NEGOTIATIONS\nText.\n101 REFERENCE\nText.\n"
        let agreement = normalize(text: text)
        #expect(agreement.clauses.first?.kind == .tableOfContents)
        #expect(agreement.articles.map(\.number) == ["100", "101"])
        #expect(agreement.findings.map(\.message) == [
            "contents title 'REFERENCE CLAUSE' differs from heading 'REFERENCE' of article 101",
            "contents list article 102 'SAVINGS CLAUSE', which the body lacks",
            "the table of contents lists 3 articles; only 1 match an article of the same number and title",
        ])
        #expect(agreement.structure.doubts.count == 1)
    }

    /// "A." then "1." forty times: each restart opens a level under the last, until the cap.
    @Test func restartingListsNestNoDeeperThanTheCap() {
        let text = "101 SCOPE\n" + String(repeating: "A. One clause of the list.\n1. Another clause of it.\n", count: 40)
        let agreement = normalize(text: text)
        func depth(_ clause: Clause) -> Int { 1 + (clause.children.map(depth).max() ?? 0) }
        let article = agreement.clause(at: "101")
        #expect(article.map(depth) == 1 + 16)
        #expect(agreement.findings.contains { $0.message.contains("would nest deeper than 16 levels") })
        #expect(article?.textInDocumentOrder.filter { $0 == "One clause of the list." }.count == 40)
    }

    /// A citation wrapped so that "Chapter 265." stands on its own line, above labelled sections,
    /// is prose: one CHAPTER candidate groups nothing.
    @Test func loneChapterCitationIsNoGrouping() {
        let text = """
        ARTICLE 49 – SENIORITY
        Seniority is the length of continuous service in the bargaining unit.
        ARTICLE 50 – DISCIPLINE
        Section 1.
        Officers are subject to the statewide standards of conduct and discipline found at OAR
        Chapter 265.
        Section 2.
        A pre-disciplinary investigation shall be conducted with reasonable promptness.
        ARTICLE 51 – GRIEVANCES
        Grievances are acts or omissions that violate this Agreement.
        """
        let agreement = normalize(text: text)
        #expect(agreement.chapters.isEmpty)
        #expect(agreement.articles.map(\.number) == ["49", "50", "51"])
        #expect(agreement.clause(at: "50")?.children.map(\.path) == ["50.1", "50.2"])
        #expect(agreement.clause(at: "50.1")?.text.hasSuffix("found at OAR Chapter 265.") == true)
    }

    @Test func captionNeedsToLookLikeATitle() {
        let agreement = normalize(text: "209 PAYROLL DEDUCTIONS\n1. Housing;\n2. Credit Unions\n3. the teacher may choose\n")
        #expect(agreement.clause(at: "209.1")?.title == nil)
        #expect(agreement.clause(at: "209.1")?.text == "Housing;")
        #expect(agreement.clause(at: "209.2")?.title == "Credit Unions")
        #expect(agreement.clause(at: "209.3")?.title == nil)
    }

    /// pdftotext wraps "…as provided in Article" / "610 A. …": a lower article number continuing
    /// an unfinished sentence is not a heading, and "A." is not a title.
    @Test func wrappedCrossReferenceIsNotAHeading() {
        let text = """
        800 SALARY
        801 SALARY CONDITIONS
        F.  Employees who return from long term unpaid leave into a lower range shall be placed as provided in Article
        610 A. of this Agreement.
        802 WORKDAYS
        Employees shall work the number of days assigned.
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["801", "802"])
        #expect(agreement.clause(at: "801.F")?.text == "Employees who return from long term unpaid leave into a lower range shall be placed as provided in Article 610 A. of this Agreement.")
    }
}
