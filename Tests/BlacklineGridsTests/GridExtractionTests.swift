import BlacklineGrids
import BlacklineModel
import BlacklineReports
import BlacklineDiffer
import BlacklineNormalizer
import BlacklineReaders
import Testing

/// Grids of the three seed agreements, checked by hand against the documents.
@Suite struct GridExtractionTests {
    @Test func aeaDraftHasItsFiveSchedules() throws {
        let aea = try Audited(path: Package.seed("aea-2021-24-ta-draft.txt"))
        #expect(aea.grids.map(\.title) == ["2020-2021 Salary Schedule", "2020-2021 Salary Schedule", "2021-2022 Salary Schedule",
                                           "2022-2023 Salary Schedule", "2023-2024 Salary Schedule"])
        #expect(aea.grids.map(\.year) == ["2020-2021", "2020-2021", "2021-2022", "2022-2023", "2023-2024"])
        #expect(aea.grids[0].columns == ["B00", "B18", "B36", "ME54", "ME72", "ME90"])
        // The second 2020-21 grid's lanes are printed over two header rows.
        #expect(aea.grids[1].columns == ["Masters", "B54 w/ Masters", "B72 w/ Masters", "B90 w/ Masters", "B90 w/ Doctorate"])
        #expect(aea.grids[2].columns == ["B00", "B18", "B36", "B54", "B72", "B90"])
        #expect(aea.grids.map(\.steps.count) == [19, 21, 21, 21, 21])
        #expect(aea.grids.map(\.filledCells) == [78, 96, 99, 99, 99])
        // "-52,242": the strike's residue is not a sign.
        #expect(aea.grids[0].cell(step: "0", column: "B00") == Money("52,242"))
        #expect(aea.grids[0].cell(step: "1", column: "ME54") == nil, "an OCR'd dash ('ı') is an empty cell")
        // Underlined (inserted) amounts are amounts.
        #expect(aea.grids[2].cell(step: "0", column: "B36") == Money("58,169"))
        // "2022-2023 Salary" / "Schedule": the title split over lines.
        #expect(aea.grids[3].cell(step: "20", column: "B90") == Money("95,331"))
        // The cell displaced past the page footer: 2023-24 B90 step 20 = 96,761.
        #expect(aea.grids[4].cell(step: "20", column: "B90") == Money("96,761"))
        #expect(aea.grids[4].cells.last?.compactMap { $0 }.count == 1)
        #expect(aea.extraction.findings.contains { $0.message.contains("'2023-2 Schedu 024 Salary ule'") })
        #expect(aea.extraction.findings.contains { $0.message.contains("96,761 after the page footer") })
    }

    @Test func yksdHasTwinSchedulesForThreeYears() throws {
        let yksd = try Audited(path: Package.seed("yksd-myea-2004-07-agreement.txt"))
        #expect(yksd.grids.count == 6)
        #expect(yksd.grids.map(\.days) == [192, 194, 192, 194, 192, 194])
        #expect(yksd.grids.map(\.year) == ["2004-2005", "2004-2005", "2005-2006", "2005-2006", "2006-2007", "2006-2007"])
        #expect(yksd.grids[0].stepHeader == "EXP")
        #expect(yksd.grids[0].columns == ["BA", "BA + 18", "BA + 36/MA", "BA + 54/MA + 18", "MA + 36"])
        #expect(yksd.grids[0].notes == ["(2.0% Increase over FY 04 Scale)"])
        #expect(yksd.grids[0].cell(step: "6", column: "BA") == nil)
        #expect(yksd.grids[0].cell(step: "12", column: "MA + 36") == Money("63,113"))
        // The step added to the B-54 lane in 2005-06.
        #expect(yksd.grids[0].cell(step: "12", column: "BA + 54/MA + 18") == nil)
        #expect(yksd.grids[2].cell(step: "12", column: "BA + 54/MA + 18") == Money("61,587"))
    }

    /// The ACE per-diem schedule: ranges A–J flattened column by column into one line by the
    /// converter, K–V as rows; rebuilt into 13 steps × 22 ranges.
    @Test func acePerDiemScheduleIsRebuilt() throws {
        let ace = try Audited(path: Package.seed("asd-ace-2003-06-agreement.txt"))
        #expect(ace.grids.count == 2)
        for grid in ace.grids {
            #expect(grid.columns == (65...86).map { String(Character(Unicode.Scalar($0)!)) })
            #expect(grid.steps == (1...13).map(String.init))
            #expect(grid.filledCells == 13 * 22)
        }
        #expect(ace.grids[0].year == "2003-2004" && ace.grids[1].year == "2004-2005")
        #expect(ace.grids[0].cell(step: "1", column: "A") == Money("129.70"))
        #expect(ace.grids[0].cell(step: "13", column: "A") == Money("232.93"))
        #expect(ace.grids[0].cell(step: "1", column: "B") == Money("132.95"))
        #expect(ace.grids[0].cell(step: "13", column: "J") == Money("290.21"))
        #expect(ace.grids[0].cell(step: "1", column: "K") == Money("165.54"))
        #expect(ace.grids[1].cell(step: "13", column: "V") == Money("396.68"))
        #expect(ace.grids[1].cell(step: "1", column: "A")?.decimals == 2)
    }

    @Test(arguments: ["aea-2021-24-ta-draft.txt", "yksd-myea-2004-07-agreement.txt", "asd-ace-2003-06-agreement.txt"])
    func gridsRoundTripThroughCSV(seed: String) throws {
        let grids = try Audited(path: Package.seed(seed)).grids
        #expect(!grids.isEmpty)
        let read = try #require(GridCSV.read(GridCSV.render(grids)))
        #expect(read.count == grids.count)
        for (back, grid) in zip(read, grids) {
            #expect(back.title == grid.title && back.year == grid.year && back.days == grid.days && back.clausePath == grid.clausePath)
            #expect(back.stepHeader == grid.stepHeader && back.columns == grid.columns && back.steps == grid.steps)
            #expect(back.cells.map { row in row + Array(repeating: nil, count: grid.columns.count - row.count) } == grid.cells)
        }
    }
}

/// A PDF made by LibreOffice from a text agreement gives the grids of the text, though the
/// grid's last rows are carried onto the next page without their empty cells.
@Suite struct PDFGridTests {
    @Test(arguments: [
        ("Fixtures/pdf/yksd-agreement.pdf", "Fixtures/pdf/yksd-agreement.source.txt"),
        ("Fixtures/pdf/aea-redline.pdf", "Fixtures/pdf/aea-redline.source.txt"),
    ])
    func pdfGridsEqualTheTextTwin(pdf: String, text: String) throws {
        let fromPDF = try accepted(Package.root.appendingPathComponent(pdf).path)
        let fromText = try accepted(Package.root.appendingPathComponent(text).path)
        #expect(!fromText.isEmpty)
        #expect(fromPDF.map(\.title) == fromText.map(\.title))
        for (a, b) in zip(fromPDF, fromText) {
            #expect(a.columns == b.columns && a.steps == b.steps && a.days == b.days && a.year == b.year, "\(a.title)")
            #expect(a.cells == b.cells, "\(a.title)")
        }
    }

    private func accepted(_ path: String) throws -> [SalaryGrid] {
        let document = Redline.side(.new, of: try DocumentReader.read(path: path))
        return GridExtractor.grids(in: Normalizer().normalize(document)).grids
    }
}

/// Grids printed in pieces, on precise inputs.
@Suite struct GridJoinTests {
    @Test func gridContinuedUnderARepeatedHeaderIsOneGrid() throws {
        let text = """
        201 SALARY SCHEDULES

        2022-2023 Salary Schedule

        Step\tB00\tB18
        0\t50,000\t52,000
        1\t51,000\t53,000
        Step\tB00\tB18
        2\t52,000\t54,000
        3\t53,000\t55,000
        """
        let audited = Audited(text: text)
        #expect(audited.grids.count == 1)
        let grid = try #require(audited.grids.first)
        #expect(grid.title == "2022-2023 Salary Schedule")
        #expect(grid.steps == ["0", "1", "2", "3"])
        #expect(grid.cell(step: "3", column: "B18") == Money("55,000"))
        #expect(audited.extraction.findings.contains { $0.message.contains("continues after a repeated header") })
    }

    @Test func gridPrintedInTwoTablesIsOneGrid() throws {
        let text = """
        807 PER DIEM SCHEDULE

        EFFECTIVE JULY 1, 2004

        Ranges\tA\tB
        1\t100.00\t102.50
        2\t105.00\t107.63

        Ranges\tC\tD
        1\t105.00\t107.63
        2\t110.25\t113.01
        """
        let audited = Audited(text: text)
        #expect(audited.grids.count == 1)
        let grid = try #require(audited.grids.first)
        #expect(grid.columns == ["A", "B", "C", "D"])
        #expect(grid.year == "2004-2005")
        #expect(grid.cells == [[Money("100.00"), Money("102.50"), Money("105.00"), Money("107.63")],
                               [Money("105.00"), Money("107.63"), Money("110.25"), Money("113.01")]])
    }

    @Test func separateSchedulesStaySeparate() {
        let text = """
        201 SALARY SCHEDULES

        2022-2023 Salary Schedule

        Step\tB00\tB18
        0\t50,000\t52,000

        2023-2024 Salary Schedule

        Step\tB00\tB18
        0\t50,750\t52,780
        """
        #expect(Audited(text: text).grids.map(\.title) == ["2022-2023 Salary Schedule", "2023-2024 Salary Schedule"])
    }
}

/// A schedule laid out with spaces, as `pdftotext -layout` or a typist writes it, gives the
/// grid the tab-separated one does; so do the Word and HTML redlines of the small pair.
@Suite struct OtherLayoutsTests {
    @Test func spaceSeparatedScheduleIsAGrid() throws {
        let tabs = try Package.seedText("yksd-myea-2004-07-agreement.txt")
        // The whole seed with every tab replaced by a column gap of spaces.
        let spaces = tabs.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.isEmpty ? "-" : String($0) }.joined(separator: "    ")
        }.joined(separator: "\n")
        let fromTabs = Audited(text: tabs).grids, fromSpaces = Audited(text: spaces).grids
        #expect(fromSpaces.count == fromTabs.count)
        for (a, b) in zip(fromSpaces, fromTabs) {
            #expect(a.title == b.title && a.columns == b.columns && a.steps == b.steps, "\(b.title)")
            #expect(a.cells == b.cells, "\(b.title)")
        }
    }

    /// Prose typed with two spaces between sentences or around amounts stays prose; a typed
    /// schedule under it is a grid.
    @Test func proseWithDoubleSpacesStaysProse() throws {
        let text = """
        201 SALARY SCHEDULES
        A. The stipend rises from  $1,300  to  $1,500  in 2022.  It is paid monthly.
        2022-2023 Salary Schedule
        Step    BA        MA
        0       40,000    42,000
        1       41,000    43,000
        """
        let document = TextReader.read(text: text, source: "typed.txt")
        #expect(document.lines[1].text == "A. The stipend rises from  $1,300  to  $1,500  in 2022.  It is paid monthly.")
        #expect(document.lines[3].text == "Step\tBA\tMA")
        #expect(document.lines[5].text == "1\t41,000\t43,000")
        let grids = Audited(text: text).grids
        #expect(grids.map(\.title) == ["2022-2023 Salary Schedule"])
        #expect(grids.first?.cell(step: "1", column: "MA") == Money("43,000"))
    }

    /// `pdftotext -layout` of the PDF fixtures (Scripts/make-fixtures): blank cells leave no text,
    /// a table's tail sits on the next page under shifted columns, a displaced last cell follows
    /// the footer. Every grid equals the one read from the PDF itself.
    @Test(arguments: ["yksd-agreement", "aea-redline"])
    func pdftotextLayoutGivesThePDFsGrids(name: String) throws {
        let fromPDF = try Audited(path: Package.root.appendingPathComponent("Fixtures/pdf/\(name).pdf").path).grids
        let fromLayout = try Audited(path: Package.root.appendingPathComponent("Fixtures/layout/\(name).layout.txt").path).grids
        #expect(fromLayout.map(\.title) == fromPDF.map(\.title))
        #expect(!fromPDF.isEmpty)
        for (a, b) in zip(fromLayout, fromPDF) {
            #expect(a.columns == b.columns && a.steps == b.steps, "\(b.title)")
            #expect(a.cells == b.cells, "\(b.title)")
        }
    }

    @Test(arguments: ["Fixtures/docx/small-tracked.docx", "Fixtures/html/small-redline.html"])
    func wordAndHTMLRedlinesGiveTheGridsOfTheText(redline: String) throws {
        let document = Redline.side(.new, of: try DocumentReader.read(path: Package.root.appendingPathComponent(redline).path))
        let grids = GridExtractor.grids(in: Normalizer().normalize(document)).grids
        let text = try Audited(path: Package.root.appendingPathComponent("Fixtures/pairs/small-new.txt").path).grids
        #expect(grids.map(\.title) == text.map(\.title))
        #expect(grids.map(\.cells) == text.map(\.cells))
        #expect(grids.first?.cell(step: "2", column: "MA") == Money("47,400"))
    }
}
