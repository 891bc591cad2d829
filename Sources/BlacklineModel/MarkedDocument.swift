/// What every reader produces: the lines of a document with their marks, plus what the reader
/// noticed and repaired on the way (OCR noise, encoding fallbacks).
public struct MarkedDocument: Sendable, Hashable, Codable {
    /// The file name as the user gave it; reports show it.
    public var source: String
    public var format: DocumentFormat
    public var lines: [MarkedLine]
    public var findings: [Finding]
    /// How the reader read the document's markup (PDF), nil where markup is explicit (tracked
    /// changes, <ins>/<del>) or the reader does not look.
    public var markConventions: MarkConventions?
    /// How the pages without a text layer were read by OCR; nil when no page needed it.
    public var ocr: OCRSummary?

    public init(source: String, format: DocumentFormat, lines: [MarkedLine], findings: [Finding] = []) {
        self.source = source
        self.format = format
        self.lines = lines
        self.findings = findings
    }
}
