import BlacklineModel
import Testing

/// Issue 13, what follows the body: appendices, exhibits, schedules, addenda, attachments, letters,
/// memoranda, side letters, an index and a signature page, each an annex with its kind, label and
/// title; and a letter with no headings at all, read as one body.
@Suite struct AnnexConventionTests {
    static let agreementWithAnnexes = """
        ARTICLE 13 – WAGES
        Employees are paid on the salary schedule in Appendix A.
        ARTICLE 14 – SALARY RANGES
        Each classification is assigned to one salary range of the schedule.
        ARTICLE 15 – DURATION
        This Agreement is in effect from July 1, 2024 through June 30, 2027.
        APPENDIX A – SALARY SCHEDULE
        The salary schedule for each year of this Agreement follows.
        EXHIBIT 1 – GRIEVANCE FORM
        A grievance is filed on the form that follows this page.
        SCHEDULE B – SHIFT DIFFERENTIALS
        Employees working the night shift receive two dollars more per hour.
        ADDENDUM – DRUG AND ALCOHOL POLICY
        Employees in safety sensitive positions are tested at random.
        ATTACHMENT C – HOLIDAY CALENDAR
        The holidays for each year of this Agreement are listed below.
        LETTER OF AGREEMENT – ARTICLE 14 – SALARY RANGE TRUNCATION
        The parties agree that no salary range will be truncated during this Agreement.
        MEMORANDUM OF UNDERSTANDING
        REMOTE WORK
        Employees may work remotely up to two days each week with approval.
        SIDE LETTER – PARKING
        The City will provide free parking to employees at the main campus.
        INDEX
        Holidays, Attachment C; Wages, Article 13.
        SIGNATURE PAGE
        Signed this first day of July, 2024, by the parties below.
        """

    @Test func eachAnnexKindWithItsLabelAndTitle() {
        let agreement = normalize(text: Self.agreementWithAnnexes)
        #expect(agreement.articles.map(\.number) == ["13", "14", "15"])
        #expect(agreement.clause(at: "15")?.text == "This Agreement is in effect from July 1, 2024 through June 30, 2027.")
        let annexes = agreement.annexes
        #expect(annexes.map(\.annexKind) == [
            .appendix, .exhibit, .schedule, .addendum, .attachment, .letterOfAgreement, .memorandum, .sideLetter, .index, .signatures,
        ])
        #expect(annexes.map(\.number) == ["A", "1", "B", nil, "C", nil, nil, nil, nil, nil])
        #expect(annexes.map(\.title) == [
            "SALARY SCHEDULE", "GRIEVANCE FORM", "SHIFT DIFFERENTIALS", "DRUG AND ALCOHOL POLICY", "HOLIDAY CALENDAR",
            "ARTICLE 14 – SALARY RANGE TRUNCATION", "REMOTE WORK", "PARKING", nil, nil,
        ])
        #expect(annexes.map(\.keyword) == [
            "APPENDIX", "EXHIBIT", "SCHEDULE", "ADDENDUM", "ATTACHMENT", "LETTER OF AGREEMENT", "MEMORANDUM OF UNDERSTANDING",
            "SIDE LETTER", "INDEX", "SIGNATURE PAGE",
        ])
        #expect(annexes.map(\.path) == [
            "appendix-A", "exhibit-1", "schedule-B", "addendum-1", "attachment-C", "loa-1", "mou-1", "side-letter-1", "index-1", "signatures-1",
        ])
        #expect(agreement.clause(at: "appendix-A")?.text == "The salary schedule for each year of this Agreement follows.")
        #expect(agreement.clause(at: "mou-1")?.text == "Employees may work remotely up to two days each week with approval.")
        #expect(agreement.clause(at: "index-1")?.text == "Holidays, Attachment C; Wages, Article 13.")
        #expect(agreement.findings.isEmpty)
        expectWordsKept(Self.agreementWithAnnexes, agreement)
    }

    /// A letter whose title cites an article is that letter, not a second article 14.
    @Test func letterCitingAnArticleIsAnAnnex() {
        let agreement = normalize(text: Self.agreementWithAnnexes)
        let letter = agreement.clause(at: "loa-1")
        #expect(letter?.kind == .annex)
        #expect(letter?.annexKind == .letterOfAgreement)
        #expect(letter?.text == "The parties agree that no salary range will be truncated during this Agreement.")
        #expect(agreement.articles.filter { $0.number == "14" }.map(\.title) == ["SALARY RANGES"])
        #expect(agreement.clause(at: "14")?.text == "Each classification is assigned to one salary range of the schedule.")
    }

    /// Letters headed in title case, as many agreements print them.
    @Test func mixedCaseLetterHeadings() {
        let text = """
        ARTICLE 13 – WAGES
        Employees are paid on the salary schedule in Appendix A.
        ARTICLE 14 – DURATION
        This Agreement is in effect from July 1, 2024 through June 30, 2027.
        Side Letter on Parking
        The City will provide free parking to employees at the main campus.
        Letter of Understanding Regarding Overtime
        Overtime is offered by seniority within a classification.
        """
        let agreement = normalize(text: text)
        #expect(agreement.articles.map(\.number) == ["13", "14"])
        let letter = agreement.annexes.last
        #expect(letter?.annexKind == .letterOfAgreement)
        #expect(letter?.keyword == "Letter of Understanding")
        #expect(letter?.title == "Regarding Overtime")
        #expect(letter?.text == "Overtime is offered by seniority within a classification.")
        #expect(agreement.annexes.map(\.annexKind) == [.sideLetter, .letterOfAgreement])
        #expect(agreement.clause(at: "14")?.text == "This Agreement is in effect from July 1, 2024 through June 30, 2027.")
        #expect(agreement.annexes.first?.text == "The City will provide free parking to employees at the main campus.")
    }

    @Test func letterWithoutHeadingsIsOneBody() {
        let text = """
        June 3, 2024

        Ms. Jane Doe, President
        Salem Police Employees Union
        155 Cottage Street NE
        Salem, Oregon 97301

        Dear Ms. Doe:

        This letter confirms our agreement on shift bidding for the 2024 bidding cycle.
        Shift bids will open on August 1 and close on August 15 of each year.
        Employees on leave may submit their bids by email to the shift commander.

        Sincerely,

        John Smith
        Human Resources Director
        """
        let agreement = normalize(text: text)
        #expect(agreement.clauses.map(\.kind) == [.body])
        #expect(agreement.articles.isEmpty)
        #expect(agreement.annexes.isEmpty)
        #expect(agreement.structure.scheme == "none")
        #expect(agreement.findings.map(\.category) == [.structure])
        #expect(agreement.findings.first?.message.contains("one body of paragraphs") == true)
        #expect(agreement.furniture.isEmpty)
        expectWordsKept(text, agreement)
    }
}
