import BlacklineModel
@testable import BlacklineReaders
import Foundation
import Testing

/// A table whose columns are narrower than their text is said to be unreadable cell by cell, and
/// only such a table: issue 17's doubt, on hand-written pages and the ACE print that has one.
@Suite struct CellOverflowTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Amounts set across column borders `spacing` points apart (and a table's outer borders).
    static func page(borderSpacing spacing: Double) -> String {
        let borders = stride(from: 96.0, through: 330, by: spacing).map { "\($0) 600 m \($0) 720 l S" }.joined(separator: "\n")
        return """
        0 G 0.5 w
        \(borders)
        BT /F1 10 Tf 100 690 Td (191.63 132.95 136.19 139.60 142.99) Tj ET
        BT /F1 10 Tf 100 660 Td (201.22 146.57 150.14 153.90 157.66) Tj ET
        """
    }

    static func tableFindings(_ content: String) throws -> [Finding] {
        let url = try OnePagePDF.write(content: content)
        defer { try? FileManager.default.removeItem(at: url) }
        return try PDFReader.read(path: url.path).findings.filter { $0.category == .tableLayout }
    }

    @Test func textAcrossNarrowColumnsIsSaidToBeUnreadable() throws {
        let findings = try Self.tableFindings(Self.page(borderSpacing: 4))
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.location?.page == 1)
    }

    /// Words wrapped a letter a line in a column 12 points wide; the same letters one to a row,
    /// with a border under each (a column of codes), are no doubt.
    @Test func lettersStackedInANarrowColumnAreSaidUnlessRowsPartThem() throws {
        let letters = Array("JobTitleCommunityCounselor")
        func page(rowBorders: Bool) -> String {
            var content = "0 G 0.5 w\n100 300 m 100 720 l S\n112 300 m 112 720 l S\n300 300 m 300 720 l S\n"
            for (index, letter) in letters.enumerated() {
                let y = 700 - Double(index) * 12
                content += "BT /F1 10 Tf 102 \(y) Td (\(letter)) Tj ET\n"
                if rowBorders { content += "100 \(y - 2.5) m 300 \(y - 2.5) l S\n" }
            }
            return content + "BT /F1 10 Tf 120 700 Td (Amount 1,200.00) Tj ET\n"
        }
        #expect(try Self.tableFindings(page(rowBorders: false)).count == 1)
        #expect(try Self.tableFindings(page(rowBorders: true)).isEmpty)
    }

    @Test func textBetweenItsBordersIsNoDoubt() throws {
        #expect(try Self.tableFindings(Self.page(borderSpacing: 234)).isEmpty)
    }

    /// The ACE print's classification table (job titles a letter or two a line: pages 22–25 by
    /// their own squeezed letters, 26–31 as the same table going on with the same column borders)
    /// and per-diem schedule (22 columns, the first ten under 4 points wide), and nothing in the
    /// PDFs whose tables are set within their borders.
    @Test func theSqueezedScheduleOfTheACEPrintAndNoOtherTable() throws {
        let ace = try PDFReader.read(path: Self.root.appendingPathComponent("Fixtures/pdf/ace-agreement.pdf").path)
        let said = ace.findings.filter { $0.category == .tableLayout }
        #expect(said.compactMap(\.location?.page) == Array(22...33))
        #expect(said.filter { $0.message.hasPrefix("the table of page 25") }.compactMap(\.location?.page) == Array(26...31))
        for name in ["pdf/yksd-agreement.pdf", "pdf/aea-redline.pdf", "pdf/two-column.pdf", "redlines/negative-cells.pdf",
                     "realworld/pdf/lane-county-paa-collective-bargaining-agreement.pdf"] {
            let document = try PDFReader.read(path: Self.root.appendingPathComponent("Fixtures/" + name).path)
            #expect(document.findings.allSatisfy { $0.category != .tableLayout }, "\(name)")
        }
    }
}
