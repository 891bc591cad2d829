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

    /// A scanned redline (Fixtures/scans, from Fixtures/redlines/underline-legend.pdf): its
    /// strikes and underlines found in the scan are changes as the printed redline's are.
    static let redline = "Fixtures/scans/underline-legend.scan.pdf"

    @Test func markupOfAScannedRedlineListsItsChanges() throws {
        let result = try CLITests().run(["markup", Self.redline, "--color", "never"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("markup read as insertions: underline"))
        for change in ["[-thirty (30)-]{+fourteen (14)+}", "[-twenty (20)-]{+thirty (30)+}", "[-twelve (12)-]{+twenty-four (24)+}",
                       "[-after reasonable effort to find one-]", "{+and by email+}", "{+shared equally+}"] {
            #expect(result.stdout.contains(change), "\(change) in \(result.stdout)")
        }
    }

    @Test func verifyReadsTheScannedRedlinesMarks() throws {
        let result = try CLITests().run(["verify", Self.redline, "--against", "Fixtures/redlines/underline-legend.pdf", "--format", "json"])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["marked"] as? Int ?? 0 >= 10, "\(result.stdout.prefix(400))")
    }
}
