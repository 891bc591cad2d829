import BlacklineModel
import Testing

/// Facts about the real seed agreements, each checked by hand against the document.
@Suite struct SeedAgreementTests {
    @Test func aceChaptersHoldTheirArticles() throws {
        let (_, ace) = try normalize(path: Package.seed("asd-ace-2003-06-agreement.txt"))
        #expect(ace.chapters.map(\.number) == ["200", "300", "400", "500", "600", "700", "800"].map(Optional.some))
        let status = try #require(ace.clause(at: "200"))
        #expect(status.title == "STATUS OF AGREEMENT")
        #expect(status.children.map(\.number) == ["201", "202", "203", "204", "205", "206"].map(Optional.some))
        // "100" / "PREAMBLE" on two lines is one heading, and an article, not a chapter.
        #expect(ace.clause(at: "100")?.kind == .article)
        #expect(ace.clause(at: "100")?.title == "PREAMBLE")
        // "900 DURATION OF AGREEMENT" has its own sections, so it is an article.
        #expect(ace.clause(at: "900")?.kind == .article)
    }

    @Test func aceSentenceSplitByPageNumberIsRejoined() throws {
        let (_, ace) = try normalize(path: Package.seed("asd-ace-2003-06-agreement.txt"))
        let section = try #require(ace.clause(at: "202.B"))
        #expect(section.text.contains("A copy of any agreement shall be distributed by the District to the Human Resources Department"))
        let jrotc = try #require(ace.clause(at: "801.J.1"))
        #expect(jrotc.text.contains("past the 200 days. That amount of annual salary"))
    }

    @Test func aceContinuedAndDisplacedHeadings() throws {
        let (_, ace) = try normalize(path: Package.seed("asd-ace-2003-06-agreement.txt"))
        #expect(ace.articles.filter { $0.number == "807" }.count == 1)
        #expect(ace.furniture.filter { $0.kind == .repeatedHeading }.map(\.text) == ["807 PER DIEM SCHEDULE", "807 PER DIEM SCHEDULE, cont’d."])
        let recall = try #require(ace.clause(at: "515"))
        #expect(recall.title == "RECALL PROCEDURES")
        #expect(recall.children.map(\.label) == ["A", "B", "C", "D", "E"])
        #expect(ace.relocations == [Relocation(text: "515", from: SourceLocation(line: 197, page: 18), toPath: "515")])
        // The text the number interrupted still belongs to 514 A.
        #expect(ace.clause(at: "514.A")?.text.contains("the most senior employee within a job title shall be laid off last") == true)
        // A bare "B." takes the caps line below it as its caption.
        #expect(ace.clause(at: "507.B")?.title == "DAILY WORK SCHEDULE")
    }

    @Test func acePageNumbersAreFurnitureAndGivePages() throws {
        let (_, ace) = try normalize(path: Package.seed("asd-ace-2003-06-agreement.txt"))
        let pageNumbers = ace.furniture.filter { $0.kind == .pageNumber }.map(\.text)
        // The signature page after the ratification text is page 41.
        #expect(pageNumbers == (1...41).map(String.init))
        #expect(ace.clause(at: "900")?.location.page == 39)
    }

    @Test func aeaFurnitureNeverReachesClauseText() throws {
        let (_, aea) = try normalize(path: Package.seed("aea-2021-24-ta-draft.txt"))
        let everything = aea.clauses.flatMap(\.textInDocumentOrder).joined(separator: "\n")
        for furniture in ["TA'd", "November 10, 2021", "ANCHORAGE SCHOOL DISTRICT ANCHORAGE EDUCATION", "AEA\tDate", "Data"] {
            #expect(!everything.contains(furniture), "furniture '\(furniture)' in clause text")
        }
        // 26 pages, each with a two-line header and a two-line footer; one OCR'd extra footer line.
        #expect(aea.furniture.filter { $0.kind == .runningHeader }.count == 52)
        #expect(aea.furniture.filter { $0.kind == .runningFooter }.count == 53)
        #expect(aea.furniture.filter { $0.kind == .converterEcho }.map(\.location.line) == [402, 545])
    }

    @Test func aeaNotesAndGroups() throws {
        let (_, aea) = try normalize(path: Package.seed("aea-2021-24-ta-draft.txt"))
        let renumbered = try #require(aea.clause(at: "175"))
        #expect(renumbered.title == "SUPPLEMENTAL RETIREMENT ACCOUNTS")
        #expect(renumbered.notes == [ClauseNote(kind: .renumberedFrom, text: "renumbered from proposed 112", target: "112")])
        let calendar = try #require(aea.clause(at: "417.CALENDAR"))
        #expect(calendar.kind == .group)
        #expect(calendar.notes.first?.kind == .movedTo)
        #expect(calendar.notes.first?.target == "418")
        #expect(aea.clause(at: "417.CALENDAR.B.1")?.text.hasPrefix("Flexible work calendars will be available to:") == true)
        #expect(aea.clause(at: "105")?.titleMarker == "*")
    }

    @Test func aeaPageSplitSentencesAndMarks() throws {
        let (_, aea) = try normalize(path: Package.seed("aea-2021-24-ta-draft.txt"))
        #expect(aea.clause(at: "125.A.2")?.text.contains("the tenth and 11th consisting of two payments for the months of July and August") == true)
        #expect(aea.clause(at: "470.A")?.text.contains("The Talent Management Department will maintain an Article 470 form") == true)
        let health = try #require(aea.clause(at: "205"))
        #expect(health.text.contains("\\$") == false)
        #expect(health.text.contains("$1,645 $1695 monthly"))
        let inserted = health.blocks.compactMap { block -> [TextRun]? in
            if case .paragraph(let paragraph) = block { return paragraph.runs } else { return nil }
        }.flatMap { $0 }.filter { $0.mark == .inserted }.map(\.text)
        #expect(inserted.contains("$1695"))
        #expect(inserted.contains("2021-2024"))
    }

    @Test func yksdNestsLetteredSectionsInNumberedItems() throws {
        let (_, yksd) = try normalize(path: Package.seed("yksd-myea-2004-07-agreement.txt"))
        #expect(yksd.clause(at: "406.2")?.title == "Definitions")
        #expect(yksd.clause(at: "406.2.B")?.text.hasPrefix("Layoff means an unpaid leave of absence") == true)
        #expect(yksd.clause(at: "406.2.E")?.children.map(\.label) == ["a", "b", "c", "d"])
        // "1." under "B. Step I" opens a new list; "5. Section V" returns to the top list.
        #expect(yksd.clause(at: "500.4.B.1") != nil)
        #expect(yksd.clause(at: "500.5")?.title == "Section V- Miscellaneous")
        #expect(yksd.clause(at: "302.1.A")?.title == "Maternity:")
        // Prose that wrapped across a blank line is one paragraph.
        #expect(yksd.clause(at: "500.4.A")?.text.contains("through free and informal communication. Accordingly") == true)
    }

    @Test func yksdContentsAreCheckedAgainstTheBody() throws {
        let (_, yksd) = try normalize(path: Package.seed("yksd-myea-2004-07-agreement.txt"))
        #expect(yksd.clauses.first?.kind == .frontMatter)
        #expect(yksd.clauses.dropFirst().first?.kind == .tableOfContents)
        #expect(yksd.articles.count == 45)
        let contents = yksd.findings.filter { $0.category == .tableOfContents }
        // The contents' OCR slip ('RESPONSIBILLTY FOR EXCEPTIONAL CHLLDREN') still names article 414.
        #expect(contents.isEmpty)
        let entry = yksd.structure.contents.first { $0.number == "414" }
        #expect(entry?.title == "RESPONSIBILLTY FOR EXCEPTIONAL CHLLDREN")
        #expect(entry?.matchedPath == "414")
    }
}
