import BlacklineModel
import Foundation

/// What a reader should look for beyond the text.
public struct ReadOptions: Sendable {
    /// Find redline marks (PDF rules and annotations); off, a PDF reads faster with every run plain.
    public var detectsMarks: Bool
    /// Threads reading a PDF's pages at once, each through its own poppler document. One when
    /// files are already read in parallel (a batch), so cores are not shared twice over.
    public var pageWorkers: Int
    /// How long a PDF may take before it is refused (`ReadError.Problem.tooSlow`); tests make it tiny.
    public var pdfTimeBudget: PDFTimeBudget
    /// Read PDF pages without a text layer (scans) by OCR; off, a PDF of scans is refused as before.
    public var ocr: Bool
    /// Told as OCR finishes each page (pages done, pages to read; last with both equal). By
    /// default a progress line on standard error when it is a terminal (OCR takes seconds a page),
    /// nothing otherwise; nil for none (a batch has its own line).
    public var ocrProgress: OCRProgress?

    public typealias OCRProgress = @Sendable (_ done: Int, _ total: Int) -> Void

    public init(detectsMarks: Bool = true, pageWorkers: Int = UsableProcessors.count,
                pdfTimeBudget: PDFTimeBudget = .standard, ocr: Bool = true, ocrProgress: OCRProgress? = OCRProgressLine.onTerminal) {
        self.detectsMarks = detectsMarks
        self.pageWorkers = max(1, pageWorkers)
        self.pdfTimeBudget = pdfTimeBudget
        self.ocr = ocr
        self.ocrProgress = ocrProgress
    }
}

/// "OCR: page 3 of 12…" on standard error, rewritten in place and cleared when OCR ends.
public enum OCRProgressLine {
    public static let onTerminal: ReadOptions.OCRProgress? = isatty(STDERR_FILENO) == 1 ? write : nil

    @Sendable static func write(done: Int, total: Int) {
        FileHandle.standardError.write(Data(text(done: done, total: total).utf8))
    }

    /// The bytes written for one step: the line, or at the end the clearing of it.
    static func text(done: Int, total: Int) -> String {
        done >= total ? "\r\u{1B}[K" : "\rOCR: \(done) of \(total) scanned page\(total == 1 ? "" : "s") read…"
    }
}

/// The readers' front door: a path in, marked text out, or a `ReadError` naming the file.
public enum DocumentReader {
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(ReadError) -> MarkedDocument {
        let file = try InputFile(path: path)
        // The format is told from a bounded prefix: a 4 GB file is not read to learn it is too big.
        let head = try file.read(upTo: FormatSniffer.sniffWindow)
        guard !head.isEmpty else { throw ReadError(path: path, problem: .empty) }
        switch FormatSniffer.sniff(head) {
        case .binary:
            throw ReadError(path: path, problem: .binary)
        case .controlCodeText:
            throw ReadError(path: path, problem: .controlCodeText)
        case .format(.pdf):
            return withNegotiatorNotes(try PDFReader.read(path: path, options: options))
        case .office:
            let bytes = try file.readWhole(startingWith: head, limit: InputLimits.largestOfficeContainer, format: .docx)
            let encrypted = FormatSniffer.sniff(bytes) == .office(encrypted: true)
            throw ReadError(path: path, problem: encrypted ? .passwordProtectedOffice : .legacyWord)
        case .format(let format):
            guard let limit = InputLimits.largestFile(format) else { throw ReadError(path: path, problem: .unsupported(format)) }
            let bytes = try file.readWhole(startingWith: head, limit: limit, format: format)
            let document = try read(bytes: bytes, format: format, path: path)
            guard document.lines.contains(where: { !$0.isBlank }) else { throw ReadError(path: path, problem: .noText) }
            return withNegotiatorNotes(document)
        }
    }

    private static func withNegotiatorNotes(_ document: MarkedDocument) -> MarkedDocument {
        var document = document
        document.findings += NegotiatorNotes.findings(in: document.lines)
        return document
    }

    private static func read(bytes: [UInt8], format: DocumentFormat, path: String) throws(ReadError) -> MarkedDocument {
        switch format {
        case .text: try TextReader.read(bytes: bytes, source: path)
        case .docx: try DOCXReader.read(bytes: bytes, source: path)
        case .html: try HTMLReader.read(bytes: bytes, source: path)
        case .pdf: throw ReadError(path: path, problem: .unsupported(format))
        }
    }
}
