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

    @Test func textBetweenItsBordersIsNoDoubt() throws {
        #expect(try Self.tableFindings(Self.page(borderSpacing: 234)).isEmpty)
    }

    /// The ACE print's per-diem schedule (22 columns, the first ten under 4 points wide) on its
    /// two pages, and nothing in the PDFs whose tables are set within their borders.
    @Test func theSqueezedScheduleOfTheACEPrintAndNoOtherTable() throws {
        let ace = try PDFReader.read(path: Self.root.appendingPathComponent("Fixtures/pdf/ace-agreement.pdf").path)
        #expect(ace.findings.filter { $0.category == .tableLayout }.compactMap(\.location?.page) == [32, 33])
        for name in ["pdf/yksd-agreement.pdf", "pdf/aea-redline.pdf", "pdf/two-column.pdf", "redlines/negative-cells.pdf",
                     "realworld/pdf/lane-county-paa-collective-bargaining-agreement.pdf"] {
            let document = try PDFReader.read(path: Self.root.appendingPathComponent("Fixtures/" + name).path)
            #expect(document.findings.allSatisfy { $0.category != .tableLayout }, "\(name)")
        }
    }
}
