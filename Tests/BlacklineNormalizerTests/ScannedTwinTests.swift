import BlacklineModel
import BlacklineReaders
import Testing

/// Issue 18: a scan of a clean agreement (Fixtures/scans, made by Scripts/make-scans from the PDF
/// fixture) parses to the articles of its text twins: the scanned pages' own text layer, and the
/// seed agreement the PDF was typeset from.
@Suite struct ScannedTwinTests {
    struct Heading: Hashable, CustomStringConvertible {
        var number: String?
        var title: String?
        var description: String { "\(number ?? "-") \(title ?? "-")" }
    }

    static func headings(_ agreement: Agreement) -> [Heading] { agreement.articles.map { Heading(number: $0.number, title: $0.title) } }

    @Test(arguments: ["yksd-agreement-p3-4", "yksd-agreement-p7-8"])
    func aScanHasTheArticlesOfItsTextTwins(name: String) throws {
        let scans = Package.root.appendingPathComponent("Fixtures/scans")
        let (_, scanned) = try normalize(path: scans.appendingPathComponent("\(name).scan.pdf").path)
        let (_, pageText) = try normalize(path: scans.appendingPathComponent("\(name).truth.txt").path)
        let (_, seed) = try normalize(path: Package.seed("yksd-myea-2004-07-agreement.txt"))
        let found = Self.headings(scanned)
        #expect(found.count >= 6, "\(name): \(found)")
        #expect(found == Self.headings(pageText))
        // The same articles, in the same order, as the whole agreement prints them.
        let whole = Self.headings(seed)
        let first = try #require(found.first)
        let start = try #require(whole.firstIndex(of: first), "\(name): \(first) not in the seed")
        #expect(Array(whole[start..<min(start + found.count, whole.count)]) == found)
    }

    /// The same scan with an OCR text layer (tesseract's PDF: invisible words over the image) is
    /// read as text, says what its text is, and has the articles of its twin.
    @Test func aScanWithAnOCRTextLayerHasTheArticlesOfItsTwin() throws {
        let scans = Package.root.appendingPathComponent("Fixtures/scans")
        let (layered, agreement) = try normalize(path: scans.appendingPathComponent("yksd-agreement-p7-8.ocrlayer.pdf").path)
        let (_, pageText) = try normalize(path: scans.appendingPathComponent("yksd-agreement-p7-8.truth.txt").path)
        #expect(Self.headings(agreement).count >= 6)
        #expect(Self.headings(agreement) == Self.headings(pageText))
        #expect(layered.findings.contains { $0.category == .ocr && $0.message.hasPrefix("pages 1-2 carry an OCR text layer (invisible text over a scanned image)") },
                "\(layered.findings)")
        // Its words are the layer's, not read again by OCR.
        #expect(layered.ocr == nil)
    }
}
