import Foundation
import Testing

/// Issue 18: a PDF of scans is read by OCR; `--no-ocr` refuses it as before, in one line.
@Suite struct ScannedPDFCLITests {
    static let scan = "Fixtures/scans/yksd-agreement-p7-8.scan.pdf"

    @Test func aScannedAgreementParses() throws {
        let result = try CLITests().run(["parse", Self.scan, "--excerpt", "0"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("208 PAYMENT OPTIONS\n  208.1"))
        #expect(result.stdout.contains("pages 1-2 had no text layer and were read by OCR at 300 dpi"))
    }

    @Test func noOCRRefusesTheScanInOneLine() throws {
        let result = try CLITests().run(["parse", Self.scan, "--no-ocr"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "blackline: \(Self.scan): has no text layer on any of its 2 pages (a scan); run OCR first, e.g. 'ocrmypdf FILE out.pdf'\n")
    }

    @Test func noOCRKeepsTheBlankScanMessage() throws {
        let result = try CLITests().run(["parse", "Fixtures/pdf/scanned.pdf", "--no-ocr"])
        #expect(result.status == 2)
        #expect(result.stderr == "blackline: Fixtures/pdf/scanned.pdf: has no text layer on its only page (a scan); run OCR first, e.g. 'ocrmypdf FILE out.pdf'\n")
    }

    @Test func timingsCountTheOCRPages() throws {
        let result = try CLITests().run(["parse", Self.scan, "--timings", "--excerpt", "0"])
        #expect(result.status == 0)
        let ocrLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("timing: ocr ") }
        #expect(ocrLines.count == 1)
        #expect(ocrLines.first?.contains("(2 pages at 300 dpi, ") == true, "\(result.stderr)")
    }
}
