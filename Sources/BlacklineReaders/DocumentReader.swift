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

    public init(detectsMarks: Bool = true, pageWorkers: Int = ProcessInfo.processInfo.activeProcessorCount,
                pdfTimeBudget: PDFTimeBudget = .standard) {
        self.detectsMarks = detectsMarks
        self.pageWorkers = max(1, pageWorkers)
        self.pdfTimeBudget = pdfTimeBudget
    }
}

/// The readers' front door: a path in, marked text out, or a `ReadError` naming the file.
public enum DocumentReader {
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(ReadError) -> MarkedDocument {
        let bytes = try loadBytes(path: path)
        switch FormatSniffer.sniff(bytes) {
        case .binary:
            throw ReadError(path: path, problem: .binary)
        case .format(.text):
            let document = try TextReader.read(bytes: bytes, source: path)
            guard document.lines.contains(where: { !$0.isBlank }) else {
                throw ReadError(path: path, problem: .noText)
            }
            return document
        case .format(.pdf):
            return try PDFReader.read(path: path, options: options)
        case .format(.docx):
            let document = try DOCXReader.read(bytes: bytes, source: path)
            guard document.lines.contains(where: { !$0.isBlank }) else { throw ReadError(path: path, problem: .noText) }
            return document
        case .office(encrypted: let encrypted):
            throw ReadError(path: path, problem: encrypted ? .passwordProtectedOffice : .legacyWord)
        case .format(.html):
            let document = try HTMLReader.read(bytes: bytes, source: path)
            guard document.lines.contains(where: { !$0.isBlank }) else { throw ReadError(path: path, problem: .noText) }
            return document
        case .format(let format):
            throw ReadError(path: path, problem: .unsupported(format))
        }
    }

    static func loadBytes(path: String) throws(ReadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, problem: .missing)
        }
        if isDirectory.boolValue { throw ReadError(path: path, problem: .isDirectory) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "read failed" : "permission denied"
            throw ReadError(path: path, problem: .unreadable(reason: reason))
        }
        if data.isEmpty { throw ReadError(path: path, problem: .empty) }
        return [UInt8](data)
    }
}
