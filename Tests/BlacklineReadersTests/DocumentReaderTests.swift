import BlacklineModel
@testable import BlacklineReaders
import Foundation
import Testing

@Suite struct DocumentReaderTests {
    private func temporaryFile(_ bytes: [UInt8], name: String = "input.txt") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blackline-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func problem(reading path: String) -> ReadError.Problem? {
        do {
            _ = try DocumentReader.read(path: path)
            return nil
        } catch {
            return error.problem
        }
    }

    @Test func formatsAreToldApartByContent() {
        #expect(FormatSniffer.sniff(Array("%PDF-1.7\n".utf8)) == .format(.pdf))
        #expect(FormatSniffer.sniff([0x50, 0x4B, 0x03, 0x04, 0x14]) == .format(.docx))
        #expect(FormatSniffer.sniff(Array("  <!DOCTYPE html><html><body>x</body></html>".utf8)) == .format(.html))
        #expect(FormatSniffer.sniff(Array("205 HEALTH BENEFITS\n".utf8)) == .format(.text))
        #expect(FormatSniffer.sniff(Array("<u>B90</u> is a lane\n".utf8)) == .format(.text))
        #expect(FormatSniffer.sniff([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]) == .binary)
        #expect(FormatSniffer.sniff([0xFF, 0xFE, 0x41, 0x00]) == .format(.text))
    }

    /// A PDF's text exported without its fonts' Unicode map: lines laid out as text, letters
    /// written as control codes. Told apart from binary data, so the message says what happened.
    @Test func controlCodeTextIsNotCalledBinary() throws {
        let line = "          \u{0E}23456789 7\u{01}\u{02} 79 \u{10}\u{11}\u{12}4\u{13}\u{14}\n"
        let bytes = Array(String(repeating: line, count: 40).utf8)
        #expect(FormatSniffer.sniff(bytes) == .controlCodeText)
        #expect(problem(reading: try temporaryFile(bytes)) == .controlCodeText)
        #expect(ReadError(path: "x.txt", problem: .controlCodeText).description.contains("without its fonts' Unicode map"))
        // Control bytes without lines are binary data still.
        #expect(FormatSniffer.sniff(Array(repeating: 0x01, count: 5_000)) == .binary)
    }

    @Test func badInputsNameTheirProblem() throws {
        #expect(problem(reading: "/no/such/agreement.txt") == .missing)
        #expect(problem(reading: FileManager.default.temporaryDirectory.path) == .isDirectory)
        #expect(problem(reading: try temporaryFile([])) == .empty)
        #expect(problem(reading: try temporaryFile(Array(" \n\t\n".utf8))) == .noText)
        #expect(problem(reading: try temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]))  == .binary)
        // Told apart by content: a zip named .txt is read as a DOCX, and this one is no zip.
        #expect(problem(reading: try temporaryFile(Array("PK\u{3}\u{4}rest".utf8), name: "a.txt")) == .damaged(reason: "not a readable zip archive"))
    }

    @Test func errorMessagesAreOneLineNamingFileProblemAndRemedy() {
        let error = ReadError(path: "draft.docx", problem: .unsupported(.docx))
        #expect(error.description == "draft.docx: is a DOCX file, which this build cannot read yet; save it as plain text (.txt) from the word processor and give that")
        #expect(!ReadError(path: "x", problem: .binary).description.contains("\n"))
    }

    @Test func textDecodingFallsBackToWindows1252AndSaysSo() throws {
        let path = try temporaryFile([0x31, 0x30, 0x30, 0x20, 0x43, 0x41, 0x46, 0xC9, 0x0A])
        let document = try DocumentReader.read(path: path)
        #expect(document.lines.map(\.text) == ["100 CAFÉ"])
        #expect(document.findings.map(\.category) == [.encoding])
    }

    @Test func formFeedsStartPagesAndLineEndingsAreAllRead() {
        let document = TextReader.read(text: "one\r\ntwo\rthree\n\u{0C}four\n", source: "t.txt")
        #expect(document.lines.map(\.text) == ["one", "two", "three", "four"])
        #expect(document.lines.map(\.location.page) == [1, 1, 1, 2])
        #expect(document.lines.map(\.location.line) == [1, 2, 3, 4])
    }

    @Test func nativeLibrariesAreLinked() {
        #expect(PopplerLibrary.version.split(separator: ".").count == 3)
        #expect(LibXML2Library.version.hasPrefix("2."))
    }
}

/// Page workers are as many as the processors the process may use, not the machine's.
@Suite struct UsableProcessorsTests {
    @Test func aKernelCPUListIsCounted() {
        #expect(UsableProcessors.count(inList: "0-1") == 2)
        #expect(UsableProcessors.count(inList: "\t1") == 1)
        #expect(UsableProcessors.count(inList: "0-3,6,8-9") == 7)
        #expect(UsableProcessors.count(inList: "3-1") == nil)
        #expect(UsableProcessors.count(inList: "x") == nil)
        #expect(UsableProcessors.count(inList: "") == nil)
        #expect(UsableProcessors.count >= 1 && UsableProcessors.count <= ProcessInfo.processInfo.activeProcessorCount)
    }
}
