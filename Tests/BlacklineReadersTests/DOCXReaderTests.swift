import BlacklineModel
import BlacklineReaders
import Foundation
import Testing

/// The DOCX fixtures are written part by part by Scripts/fixtures/make_docx.py; what they hold
/// is listed there and checked here against the reader's marked lines.
@Suite struct DOCXReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func fixture(_ name: String) -> String { root.appendingPathComponent("Fixtures").appendingPathComponent(name).path }

    func marked(_ line: MarkedLine) -> String {
        line.runs.map { run in
            switch run.mark {
            case .plain: run.text
            case .inserted: "{+\(run.text)+}"
            case .deleted: "[-\(run.text)-]"
            }
        }.joined()
    }

    @Test func trackedChangesBecomeMarksWithAuthorAndDate() throws {
        let document = try DocumentReader.read(path: Self.fixture("docx/small-tracked.docx"))
        #expect(document.format == .docx)
        let lines = document.lines.map(marked)
        #expect(lines[1] == "July 1, 2004 - June 30, [-2007-]{+2010+}")
        #expect(lines[3] == "A copy of this Agreement shall be given to each teacher & each administrator within [-thirty (30)-] {+fifteen (15)+} days of its signing.")
        #expect(lines[6] == "103 [-DURATION-] {+TERM OF AGREEMENT+}")
        // Table cells, tab-separated, each changed cell marked.
        #expect(lines[12] == "0\t[-36,648-]{+37,381+}\t[-38,765-]{+39,540+}\t[-40,922-]{+41,740+}")
        let insertion = try #require(document.lines[1].runs.first { $0.mark == .inserted })
        #expect(insertion.evidence == "insertion by Jane Negotiator, 2021-11-10")
    }

    /// LibreOffice's own reading of the same tracked changes (Scripts/fixtures/libreoffice_sides.py:
    /// its DOCX import turned into ODF, the changes applied), word for word: every change rejected
    /// gives our old side, every change accepted our new side. List numbers are left out of both,
    /// since LibreOffice keeps them out of the text.
    @Test func sidesAreLibreOfficesRejectAllAndAcceptAll() throws {
        struct Truth: Decodable { var rejected: String; var accepted: String }
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: URL(fileURLWithPath: Self.fixture("docx/small-tracked.libreoffice.json"))))
        let document = try DocumentReader.read(path: Self.fixture("docx/small-tracked.docx"))
        func words(_ lines: [String]) -> [String] {
            lines.flatMap { line in
                let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
                let isLabel = words.first.map { $0.count <= 3 && $0.hasSuffix(".") && $0.dropLast().allSatisfy { $0.isLetter || $0.isNumber } } ?? false
                return isLabel ? Array(words.dropFirst()) : words
            }
        }
        func side(keeping kept: Mark) -> [String] {
            words(document.lines.map { line in line.runs.filter { $0.mark == .plain || $0.mark == kept }.map(\.text).joined() })
        }
        let rejected = words(truth.rejected.components(separatedBy: "\n")), accepted = words(truth.accepted.components(separatedBy: "\n"))
        #expect(rejected.count > 150 && rejected != accepted)
        #expect(side(keeping: .deleted) == rejected)
        #expect(side(keeping: .inserted) == accepted)
    }

    /// Numbers Word prints from numbering.xml, on both sides of the changes: the item inserted
    /// above shifts the rest ("2." struck, "3." inserted); a deleted item takes its letter along.
    @Test func autoNumberingIsResolvedOnBothSides() throws {
        let lines = try DocumentReader.read(path: Self.fixture("docx/small-tracked.docx")).lines.map(marked)
        #expect(lines[16].hasPrefix("A. The District shall contribute"))
        #expect(lines[17].hasPrefix("[-B. -][-Teachers who work"))
        #expect(lines[19] == "1. Teachers shall earn one (1) day of sick leave for each month worked.")
        #expect(lines[20] == "{+2. +}{+Sick leave may be donated to the Sick Leave Bank under Article 308.+}")
        #expect(lines[21] == "[-2.-]{+3.+} Unused sick leave accumulates without limit.")
        #expect(lines[23] == "[-4.-]{+5.+} A doctor's statement may be required after three (3) consecutive days of absence.")
    }

    @Test func movesCommentsFormattingAndFurnitureAreReportedApart() throws {
        let document = try DocumentReader.read(path: Self.fixture("docx/small-tracked.docx"))
        let messages = document.findings.map(\.message)
        #expect(messages.contains("tracked move 'move_savings': 29 words from line 5 to line 25"))
        #expect(messages.contains("comment by Sam Analyst, 2021-11-12: 'Check the FTE threshold against Article 206.'"))
        #expect(document.findings.first { $0.category == .comment }?.location?.line == 17)
        #expect(messages.contains { $0.hasPrefix("formatting changed by Jane Negotiator on 2021-11-10 (no words changed): 'each teacher'") })
        #expect(messages.contains { $0.contains("TA'd ____ MYEA Date") }, "the footer is reported, not read as body text")
        #expect(!document.lines.contains { $0.runs.plainText.contains("MYEA Date") })
        let moved = try #require(document.lines[4].runs.first)
        #expect(moved.mark == .deleted && moved.evidence == "moved from 'move_savings' by Jane Negotiator, 2021-11-10")
    }

    /// Article numbers Word prints from the heading style's numbering ("%1", from 100): the
    /// text holds only "NEGOTIATIONS"; the reader gives "100 NEGOTIATIONS". Footnotes stay apart.
    @Test func headingNumbersComeFromTheStyle() throws {
        let document = try DocumentReader.read(path: Self.fixture("docx/numbered-headings.docx"))
        #expect(document.lines.map(\.runs.plainText).filter { $0.uppercased() == $0 } == ["100 NEGOTIATIONS", "101 REFERENCE CLAUSE", "102 SAVINGS CLAUSE"])
        #expect(document.findings.contains { $0.message.hasPrefix("footnotes kept apart from the body (word/footnotes.xml): 'As amended") })
        #expect(!document.lines.contains { $0.runs.plainText.contains("memorandum") })
    }

    @Test func manualRedlineByFormattingIsReadAsMarks() throws {
        let document = try DocumentReader.read(path: Self.fixture("docx/small-formatting.docx"))
        let line = try #require(document.lines.first { $0.runs.plainText.contains("within") })
        #expect(marked(line) == "A copy of this Agreement shall be given to each teacher & each administrator within [-thirty (30)-] {+fifteen (15)+} days of its signing.")
        #expect(line.runs.first { $0.mark == .deleted }?.evidence == "strike formatting #c00000")
        #expect(line.runs.first { $0.mark == .inserted }?.evidence == "underline formatting #0070c0")
        // Red alone is not a mark, but it is said: four words, on the line that has them.
        let health = try #require(document.lines.first { $0.runs.plainText.contains("per month per teacher") })
        #expect(!health.runs.contains { $0.mark != .plain && $0.text.contains("per month") })
        let colour = try #require(document.findings.first { $0.message.contains("colour #ff0000") })
        #expect(colour.severity == .warning && colour.location?.line == health.location.line)
        #expect(colour.message.hasPrefix("4 words in colour #ff0000, from this line on, neither struck, underlined nor tracked"))
        #expect(document.findings.filter { $0.message.contains("in colour #") }.count == 1, "struck and underlined colours are marks, not reported")
    }

    @Test(arguments: [
        ("docx/not-a-zip.docx", "is damaged or truncated (not a readable zip archive)"),
        ("docx/no-document.docx", "is a zip archive without word/document.xml, so not a Word document"),
        ("docx/malformed.docx", "is damaged or truncated (word/document.xml is not well-formed XML)"),
        ("docx/encrypted.docx", "is a password-protected Word document"),
    ])
    func badDOCXIsRefusedClearly(name: String, problem: String) {
        #expect(throws: ReadError.self) { try DocumentReader.read(path: Self.fixture(name)) }
        do {
            _ = try DocumentReader.read(path: Self.fixture(name))
        } catch {
            #expect(error.description.contains(problem), "\(error.description)")
        }
    }

    @Test func htmlRedlineBecomesMarksListLabelsAndCells() throws {
        let document = try DocumentReader.read(path: Self.fixture("html/small-redline.html"))
        #expect(document.format == .html)
        let lines = document.lines.map(marked)
        #expect(lines.contains("103 [-DURATION-] {+TERM OF AGREEMENT+}"))
        #expect(lines.contains("0\t[-36,648-]{+37,381+}\t[-38,765-]{+39,540+}\t[-40,922-]{+41,740+}"))
        // <ol type="A">: the browser's letters, the deleted item's letter deleted with it.
        #expect(lines.contains { $0.hasPrefix("A. The District shall contribute [-$525-] {+$575+}") })
        #expect(lines.contains { $0.hasPrefix("[-B. -][-Teachers who work") || $0.hasPrefix("[-B. Teachers who work") })
        #expect(lines.contains("[-102 SAVINGS CLAUSE-]"), "a <del> around block elements marks them all")
        #expect(!lines.contains { $0.contains("ins { color") }, "style sheets are not text")
    }
}
