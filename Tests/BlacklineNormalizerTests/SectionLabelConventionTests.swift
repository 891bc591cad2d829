import BlacklineModel
import Testing

/// Issue 13, sections: the labels agreements number their clauses with, inside articles read by
/// the `ARTICLE n` scheme. Paths follow the design's JSON contract: "Section 3." under ARTICLE 12
/// is "12.3"; outline numbers give the part below their parent ("4.2.1" is "4.2.1", "1:01" is "1.01").
@Suite struct SectionLabelConventionTests {
    static let recognition = HeadingConventionTests.recognition
    static let layoff = HeadingConventionTests.layoff

    @Test func sectionKeywordLabelsGiveArticleDotNumber() {
        let text = """
        ARTICLE 11 – RECOGNITION
        \(Self.recognition)
        ARTICLE 12 – SENIORITY
        Section 1. Seniority is the length of continuous service with the Employer.
        Section 2. Seniority is lost when an employee resigns or is discharged.
        Section 3. Probationary Period
        New employees serve a probationary period of six months.
        ARTICLE 13 – LAYOFF
        \(Self.layoff)
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["11", "12", "13"])
        let sections = agreement.clause(at: "12")?.children ?? []
        #expect(sections.map(\.path) == ["12.1", "12.2", "12.3"])
        #expect(sections.map(\.label) == ["1", "2", "3"])
        #expect(sections.map(\.keyword) == ["Section", "Section", "Section"])
        #expect(sections.allSatisfy { $0.labelStyle == .section })
        #expect(agreement.clause(at: "12.1")?.text == "Seniority is the length of continuous service with the Employer.")
        #expect(agreement.clause(at: "12.3")?.title == "Probationary Period")
        #expect(agreement.clause(at: "12.3")?.text == "New employees serve a probationary period of six months.")
        #expect(agreement.clause(at: "12.3")?.heading == "Section 3 Probationary Period")
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }

    @Test func sectionKeywordWithAnOutlineNumber() {
        let text = """
        ARTICLE 3 – RECOGNITION
        \(Self.recognition)
        ARTICLE 4 – HOURS OF WORK
        Section 4.1 Workday
        The normal workday is eight hours with a thirty minute meal period.
        Section 4.2 Overtime
        Overtime is paid at one and one half times the regular rate of pay.
        ARTICLE 5 – LAYOFF
        \(Self.layoff)
        """
        let agreement = normalize(text: text)
        #expect(agreement.structure.scheme == "ARTICLE n")
        #expect(agreement.articles.map(\.number) == ["3", "4", "5"])
        let sections = agreement.clause(at: "4")?.children ?? []
        #expect(sections.map(\.path) == ["4.1", "4.2"])
        #expect(sections.map(\.label) == ["4.1", "4.2"])
        #expect(sections.map(\.keyword) == ["Section", "Section"])
        #expect(sections.map(\.labelStyle) == [.outline, .outline])
        #expect(sections.map(\.title) == ["Workday", "Overtime"])
        #expect(agreement.clause(at: "4.2")?.text == "Overtime is paid at one and one half times the regular rate of pay.")
        #expect(agreement.findings.isEmpty)
    }

    @Test func bareOutlineNumbersNestByTheirNumbers() {
        let text = """
        ARTICLE 3 – RECOGNITION
        \(Self.recognition)
        ARTICLE 4 – HOURS OF WORK
        4.1 Workday. The normal workday is eight hours.
        4.2 Overtime
        4.2.1 Overtime is paid at one and one half times the regular rate.
        4.2.2 Overtime is offered by seniority within a classification.
        4.3 Meal Periods. Employees receive a thirty minute meal period.
        ARTICLE 5 – LAYOFF
        \(Self.layoff)
        """
        let agreement = normalize(text: text)
        #expect(agreement.clause(at: "4")?.subtree.map(\.path) == ["4", "4.1", "4.2", "4.2.1", "4.2.2", "4.3"])
        #expect(agreement.clause(at: "4.2.1")?.label == "4.2.1")
        #expect(agreement.clause(at: "4.2")?.title == "Overtime")
        #expect(agreement.clause(at: "4.1")?.title == nil)
        #expect(agreement.clause(at: "4.1")?.text == "Workday. The normal workday is eight hours.")
        #expect(agreement.clause(at: "4.2.2")?.text == "Overtime is offered by seniority within a classification.")
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }

    @Test func colonOutlineNumbers() {
        let text = """
        ARTICLE 1 – RECOGNITION
        1:01 The Employer recognizes the Union as the sole bargaining agent.
        1:02 The unit includes all regular employees of the Public Works Department.
        ARTICLE 2 – WAGES
        2:01 Employees are paid on the salary schedule in Appendix A.
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["1", "2"])
        #expect(agreement.clause(at: "1")?.children.map(\.path) == ["1.01", "1.02"])
        #expect(agreement.clause(at: "1")?.children.map(\.label) == ["1:01", "1:02"])
        #expect(agreement.clause(at: "2")?.children.map(\.path) == ["2.01"])
        #expect(agreement.clause(at: "1.02")?.text == "The unit includes all regular employees of the Public Works Department.")
        #expect(agreement.findings.isEmpty)
    }

    @Test func hyphenOutlineNumbers() {
        let text = """
        ARTICLE 4 – HOURS OF WORK
        4-1 The normal workday is eight hours with a thirty minute meal period.
        ARTICLE 5 – WAGES
        5-1 Employees are paid every other Friday by direct deposit.
        5-2 Overtime is paid in the pay period after it is worked.
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["4", "5"])
        #expect(agreement.clause(at: "4")?.children.map(\.path) == ["4.1"])
        #expect(agreement.clause(at: "5")?.children.map(\.path) == ["5.1", "5.2"])
        #expect(agreement.clause(at: "5")?.children.map(\.label) == ["5-1", "5-2"])
        #expect(agreement.clause(at: "5.2")?.text == "Overtime is paid in the pay period after it is worked.")
        #expect(agreement.findings.isEmpty)
    }

    @Test func lettersNumbersAndRomanNumeralsNestByStyle() {
        let text = """
        ARTICLE 11 – RECOGNITION
        \(Self.recognition)
        ARTICLE 12 – SENIORITY
        A. Seniority is the length of continuous service with the Employer.
        B. Seniority lists are posted twice a year:
        (1) in January; and
        (2) in July.
        C. Seniority ends when:
        (a) an employee resigns;
        (b) an employee is discharged for just cause; or
        (c) an employee fails to return from layoff:
        (i) within ten days of a recall notice; or
        (ii) on the date the recall notice sets.
        ARTICLE 13 – LAYOFF
        a. Layoffs are made in inverse order of seniority.
        b. Notice of layoff is given thirty days in advance.
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["11", "12", "13"])
        #expect(agreement.clause(at: "12")?.subtree.map(\.path) == [
            "12", "12.A", "12.B", "12.B.1", "12.B.2", "12.C", "12.C.a", "12.C.b", "12.C.c", "12.C.c.i", "12.C.c.ii",
        ])
        #expect(agreement.clause(at: "12.C")?.children.map(\.labelStyle) == [.parenLetter, .parenLetter, .parenLetter])
        #expect(agreement.clause(at: "12.C.c")?.children.map(\.labelStyle) == [.parenRoman, .parenRoman])
        #expect(agreement.clause(at: "12.B")?.children.map(\.labelStyle) == [.parenDecimal, .parenDecimal])
        #expect(agreement.clause(at: "12.B.1")?.text == "in January; and")
        #expect(agreement.clause(at: "12.C.c.ii")?.text == "on the date the recall notice sets.")
        #expect(agreement.clause(at: "13")?.children.map(\.path) == ["13.a", "13.b"])
        #expect(agreement.clause(at: "13")?.children.map(\.labelStyle) == [.lowerLetter, .lowerLetter])
        #expect(agreement.findings.isEmpty)
        expectWordsKept(text, agreement)
    }

    /// "(i)" after "(h)" is the ninth letter, not the numeral one.
    @Test func parenthesizedIAfterHIsALetter() {
        let items = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].map { "(\($0)) Item \($0) of the list applies." }
        let text = "ARTICLE 1 – DEFINITIONS\nIn this Agreement:\n" + items.joined(separator: "\n") + "\nARTICLE 2 – WAGES\nEmployees are paid on the salary schedule in Appendix A.\n"
        let agreement = normalize(text: text)
        let children = agreement.clause(at: "1")?.children ?? []
        #expect(children.map(\.label) == ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"])
        #expect(children.allSatisfy { $0.labelStyle == .parenLetter })
        #expect(agreement.clause(at: "1.i")?.text == "Item i of the list applies.")
        #expect(agreement.clause(at: "1")?.text == "In this Agreement:")
        #expect(agreement.findings.isEmpty)
    }

    /// "ARTICLE 3.2" under "DIVISION 3" numbers its sections "3.2.1", "3.2.2".
    @Test func outlineSectionsUnderADecimalArticleNumber() {
        let text = """
        DIVISION 3 – LEAVES
        ARTICLE 3.1 – SICK LEAVE
        Sick leave accrues at eight hours for each month of service.
        ARTICLE 3.2 – VACATION
        3.2.1 Vacation accrues from the first day of employment.
        3.2.2 Vacation is scheduled by seniority within a work unit.
        DIVISION 4 – ADMINISTRATION
        ARTICLE 4.1 – GRIEVANCE PROCEDURE
        A grievance is a dispute about the meaning of this Agreement.
        ARTICLE 4.2 – DURATION
        This Agreement is in effect from July 1, 2024 through June 30, 2027.
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["3.1", "3.2", "4.1", "4.2"])
        #expect(agreement.clause(at: "3.2")?.children.map(\.path) == ["3.2.1", "3.2.2"])
        #expect(agreement.clause(at: "3.2.2")?.text == "Vacation is scheduled by seniority within a work unit.")
        #expect(agreement.clause(at: "3.2")?.text == "")
    }
}
