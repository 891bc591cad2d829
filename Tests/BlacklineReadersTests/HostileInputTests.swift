import BlacklineModel
@testable import BlacklineReaders
import Foundation
import Testing

/// Inputs made to crash, hang or exhaust the readers (Fixtures/hostile/README.md): each is refused
/// with its own problem, or read with its numbers clamped. Files over 5 MB are made here, in a
/// temporary folder, mostly sparse.
@Suite struct HostileInputTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func hostile(_ name: String) -> String { root.appendingPathComponent("Fixtures/hostile").appendingPathComponent(name).path }

    private func problem(reading path: String) -> ReadError.Problem? {
        do {
            _ = try DocumentReader.read(path: path)
            return nil
        } catch {
            return error.problem
        }
    }

    private func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blackline-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    // MARK: Containers and parsers

    @Test(arguments: [
        ("docx-zip-cd-offset-ffffffff.docx", ReadError.Problem.damaged(reason: "zip archive: its central directory lies outside the file")),
        ("docx-billion-laughs.docx", .entityExpansion(part: "word/document.xml")),
        ("docx-quadratic-blowup.docx", .entityExpansion(part: "word/document.xml")),
        ("docx-deep-ins-100000.docx", .nestedTooDeep(part: "word/document.xml", limit: XMLTree.deepestNesting)),
    ])
    func damagedOrExplosiveDOCXIsRefused(name: String, expected: ReadError.Problem) {
        #expect(problem(reading: Self.hostile(name)) == expected)
    }

    @Test(arguments: ["docx-zipbomb-1GB-zeros.docx", "docx-zipbomb-1GB-spaces.docx",
                      "docx-zipbomb-2.2GB-int32-overflow.docx", "docx-zipbomb-200MB-paragraphs.docx"])
    func zipBombIsRefusedBeforeUnpacking(name: String) {
        guard case .unpacksTooLarge(let part, let reason) = problem(reading: Self.hostile(name)) else {
            Issue.record("\(name) was not refused as unpacking too large")
            return
        }
        #expect(part == "word/document.xml")
        #expect(reason.hasPrefix("would unpack to "), "\(reason)")
    }

    @Test func partThatLiesAboutItsSizeIsStoppedAtTheDeclaredSize() {
        let expected = ReadError.Problem.unpacksTooLarge(part: "word/document.xml", reason: "unpacks to more than the 1000 bytes its header declares")
        #expect(problem(reading: Self.hostile("docx-zipbomb-size-lie.docx")) == expected)
    }

    @Test func twentyThousandHeaderPartsAreReadThroughOneIndex() throws {
        let document = try DocumentReader.read(path: Self.hostile("docx-20000-header-parts.docx"))
        // Every part is read; the first 24 are listed, one finding counts the rest.
        let furniture = document.findings.filter { $0.category == .furniture }
        #expect(furniture.count == 25)
        #expect(furniture.last?.message == "and 19976 more header, footer or notes parts kept apart from the body")
    }

    @Test func minimalValidDOCXIsRead() throws {
        let document = try DocumentReader.read(path: Self.hostile("docx-minimal-valid.docx"))
        #expect(!document.lines.isEmpty)
    }

    /// The central directory's offset to an entry's local header is checked too, not only the
    /// directory's own offset.
    @Test func localHeaderOffsetPastTheEndIsRefused() throws {
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.hostile("docx-minimal-valid.docx"))))
        let directory = try #require((0..<(bytes.count - 4)).last { bytes[$0..<($0 + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) })
        for index in 42..<46 { bytes[directory + index] = 0xFF }
        #expect(throws: ZipCentralDirectory.Damage.self) { try ZipCentralDirectory(validating: bytes) }
        #expect((try? ZipCentralDirectory(validating: try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.hostile("docx-minimal-valid.docx")))))) != nil)
    }

    @Test func hundredThousandNestedHTMLElementsAreRefused() throws {
        let html = "<!DOCTYPE html><html><body><h2>101 PREAMBLE</h2>" + String(repeating: "<span>", count: 100_000) + "x"
            + String(repeating: "</span>", count: 100_000) + "</body></html>"
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("deep.html")
        try Data(html.utf8).write(to: path)
        #expect(problem(reading: path.path) == .nestedTooDeep(part: "its markup", limit: XMLTree.deepestNesting))
    }

    // MARK: Numbers out of range

    @Test(arguments: [
        ("docx-numbering-start-intmax.docx", ["32767. item", "32768. item"], "list start 9223372036854775807 read as 32767"),
        ("docx-numbering-start-intmin.docx", ["0. item"], "list start -9223372036854775808 read as 0"),
        ("docx-numbering-letter-intmax.docx", ["32767. item"], "list start 9223372036854775807 read as 32767"),
        ("docx-numbering-letter-1e11.docx", ["32767. item"], "list start 100000000000 read as 32767"),
        ("docx-numbering-roman-1e12.docx", ["32767. item"], "list start 1000000000000 read as 32767"),
        ("docx-numbering-ilvl-intmax.docx", ["x"], "list level 9223372036854775807 read as 8"),
        ("html-ol-start-intmax.html", ["32767. one", "32768. two"], "list start 9223372036854775807 read as 32767"),
        ("html-ol-letter-start-intmax.html", ["32767. one"], "list start 9223372036854775807 read as 32767"),
        ("html-ol-letter-start-1e11.html", ["32767. one"], "list start 100000000000 read as 32767"),
        ("html-ol-roman-start-1e12.html", ["32767. one"], "list start 1000000000000 read as 32767"),
    ])
    func listNumbersOutOfRangeAreClampedAndSaid(name: String, labelled: [String], clamp: String) throws {
        let document = try DocumentReader.read(path: Self.hostile(name))
        let lines = document.lines.map(\.text)
        #expect(Array(lines.suffix(labelled.count)) == labelled, "\(lines)")
        let warnings = document.findings.filter { $0.category == .numbering }.map(\.message)
        #expect(warnings.count == 1 && warnings[0].contains(clamp), "\(warnings)")
    }

    @Test(arguments: ["html-colspan-2e9.html", "html-colspan-intmax.html"])
    func colspanIsClampedToTheHTMLStandardsThousand(name: String) throws {
        let document = try DocumentReader.read(path: Self.hostile(name))
        let row = try #require(document.lines.last)
        #expect(row.text.filter { $0 == "\t" }.count == HTMLLineBuilder.widestSpan - 1)
    }

    @Test func listLabelsStayShortWhateverTheNumber() {
        #expect(ListNumbering.value(28, format: .upperLetter) == "BB")
        #expect(ListNumbering.value(ListNumbering.largestLettered + 1, format: .upperLetter) == "105")
        #expect(ListNumbering.value(3_999, format: .upperRoman) == "MMMCMXCIX")
        #expect(ListNumbering.value(4_000, format: .lowerRoman) == "4000")
        let huge = ListNumbering.clamped("99999999999999999999999999", to: 0...8)
        #expect(huge?.value == 8 && huge?.wasClamped == true)
        let negative = ListNumbering.clamped("-12", to: 0...100)
        #expect(negative?.value == 0 && negative?.wasClamped == true)
        let plain = ListNumbering.clamped(" 7 ", to: 0...100)
        #expect(plain?.value == 7 && plain?.wasClamped == false)
        #expect(ListNumbering.clamped("1e11", to: 0...100) == nil)
    }

    // MARK: What a path names, and how large it is

    @Test func devicesFIFOsDirectoriesAndEmptyFilesEachNameTheirProblem() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        #expect(problem(reading: "/dev/null") == .device)
        #expect(problem(reading: "/dev/zero") == .device)
        #expect(problem(reading: fifo) == .fifo)
        #expect(problem(reading: folder.path) == .isDirectory)
        #expect(problem(reading: empty.path) == .empty)
    }

    @Test func textPastTheLimitIsRefusedBeforeItIsRead() throws {
        // An agreement's text, then a sparse run of zeros to 200 MB: sniffed as text, refused by size.
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("agreement-200MB.txt")
        let heading = String(repeating: "ARTICLE 1 RECOGNITION\nThe District recognizes the Association.\n", count: 2_000)
        try Data(heading.utf8).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        #expect(problem(reading: url.path) == .tooLarge(bytes: 200 << 20, limit: InputLimits.largestText, format: .text))
    }

    @Test func oneFiftyMegabyteLineIsRefusedBySize() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("one-line.txt")
        let words = Data(String(repeating: "the district shall pay each teacher ", count: 50_000_000 / 36 + 1).utf8)
        try words.write(to: url)
        #expect(problem(reading: url.path) == .tooLarge(bytes: words.count, limit: InputLimits.largestText, format: .text))
    }

    /// A long line under the limit is read in one pass (splitting and markup are linear).
    @Test func longLineUnderTheLimitIsOneLine() {
        let text = String(repeating: "the district shall pay each teacher ", count: 30_000)
        let document = TextReader.read(text: text, source: "line.txt")
        #expect(document.lines.count == 1)
        #expect(document.lines.first?.text.hasPrefix("the district shall pay") == true)
    }

    @Test func fourGigabyteSparseFileIsJudgedFromItsFirstBytes() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sparse.txt")
        try Data("ARTICLE 1 RECOGNITION\n".utf8).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 4 << 30)
        try handle.close()
        #expect(problem(reading: url.path) == .binary)
    }

    @Test func sizesAreSaidAsPeopleReadThem() {
        #expect(ByteCount(980).description == "980 bytes")
        #expect(ByteCount(1_500_000).description == "1.4 MB")
        #expect(ByteCount(211_896_700).description == "202 MB")
        #expect(ByteCount(4 << 30).description == "4.0 GB")
    }
}
