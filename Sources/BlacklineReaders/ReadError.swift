import BlacklineModel
import Foundation

/// A file that cannot be read as a document. Its description is the one line the CLI prints:
/// which file, what is wrong, what to do.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        case missing
        case isDirectory
        case unreadable(reason: String)
        case empty
        case noText
        case binary
        /// Lines of control codes instead of letters (`FormatSniffer.Verdict.controlCodeText`).
        case controlCodeText
        case unsupported(DocumentFormat)
        case encrypted
        case damaged(reason: String)
        case noPages
        case noTextLayer(pages: Int)
        /// No page has a text layer and OCR of their images found no words (blank pages, or a
        /// scan too faint or garbled to read).
        case noTextFound(pages: Int)
        /// Pages without a text layer, and tesseract could not start (its language model is missing).
        case ocrUnavailable(reason: String)
        /// A PDF page still being read when the document's time budget ran out, in poppler's text
        /// extraction or in drawing the page to find its marks.
        case tooSlow(page: Int, seconds: Int, findingMarks: Bool)
        /// A zip archive without word/document.xml.
        case notWordDocument
        /// An Office file encrypted with a password (an OLE container holding "EncryptedPackage").
        case passwordProtectedOffice
        /// A Word 97-2003 .doc (an OLE container without encryption).
        case legacyWord
        /// A character or block device (/dev/zero, /dev/null, a disk).
        case device
        /// A named pipe: it may never get a writer, or never stop.
        case fifo
        case socket
        case permissionDenied
        /// The file opened but reading it failed (an I/O error, a vanished network share).
        case readFailed(reason: String)
        /// Past the size this format is read up to (`InputLimits`).
        case tooLarge(bytes: Int, limit: Int, format: DocumentFormat)
        /// A DOCX part that would unpack past its budget, or past the size its header declares.
        case unpacksTooLarge(part: String, reason: String)
        /// Elements nested deeper than the readers walk (`XMLTree.deepestNesting`).
        case nestedTooDeep(part: String, limit: Int)
        /// XML entities that expand past libxml2's amplification guard (a billion laughs).
        case entityExpansion(part: String)
    }

    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(explanation)" }

    private var explanation: String {
        switch problem {
        case .missing:
            "no such file; check the path"
        case .isDirectory:
            "is a directory; give a .pdf, .txt, .docx or .html file"
        case .unreadable(let reason):
            "cannot be read (\(reason)); check the file's permissions"
        case .empty:
            "is empty (0 bytes); export or download the agreement again"
        case .noText:
            "holds only whitespace; export the agreement's text again"
        case .binary:
            "is not a PDF, DOCX, HTML or text file (binary data); give the agreement as .pdf, .docx, .html or .txt"
        case .controlCodeText:
            "is text whose characters are control codes, not letters (a PDF's text exported without its fonts' Unicode map); export the text again from the original PDF with pdftotext, or OCR the PDF"
        case .encrypted:
            "is encrypted with a password; open it in a PDF viewer and save or print an unprotected copy"
        case .damaged(let reason):
            "is damaged or truncated (\(reason)); download or export it again"
        case .noPages:
            "has no pages; export the agreement again"
        case .noTextLayer(let pages):
            "has no text layer on \(pages == 1 ? "its only page" : "any of its \(pages) pages") (a scan); run OCR first, e.g. 'ocrmypdf FILE out.pdf'"
        case .noTextFound(let pages):
            "has no text layer, and OCR found no words on \(pages == 1 ? "its only page" : "any of its \(pages) pages") (blank, or too faint to read); scan it again at 300 dpi"
        case .ocrUnavailable(let reason):
            "has pages without a text layer (a scan), and OCR could not start (\(reason)); install tesseract (Debian: tesseract-ocr tesseract-ocr-eng), or run OCR first, e.g. 'ocrmypdf FILE out.pdf'"
        case .tooSlow(let page, let seconds, findingMarks: true):
            "PDF page \(page) takes too long to read (over \(seconds) s drawing it to find redline marks); "
                + "try --no-marks (text without marks), or convert it with 'pdftotext -layout FILE' and give the .txt"
        case .tooSlow(let page, let seconds, findingMarks: false):
            "PDF page \(page) takes too long to read (over \(seconds) s extracting its text; the page is unusually complex); "
                + "print the PDF to a new PDF, or convert it with 'pdftotext -layout FILE' and give the .txt"
        case .notWordDocument:
            "is a zip archive without word/document.xml, so not a Word document; save it from Word as .docx"
        case .passwordProtectedOffice:
            "is a password-protected Word document; open it in Word, remove the password (File > Info > Protect Document) and save it as .docx"
        case .legacyWord:
            "is a Word 97-2003 .doc file; open it in Word or LibreOffice and save it as .docx"
        case .device:
            "is a device, not a file; give the agreement's .pdf, .txt, .docx or .html file"
        case .fifo:
            "is a FIFO (named pipe), not a file; save what it carries to a file and give that"
        case .socket:
            "is a socket, not a file; give the agreement's .pdf, .txt, .docx or .html file"
        case .permissionDenied:
            "cannot be read (permission denied); check the file's permissions"
        case .readFailed(let reason):
            "cannot be read (\(reason.lowercased())); copy the file to a local disk and try again"
        case .tooLarge(let bytes, let limit, let format):
            "is \(ByteCount(bytes)), more than the \(ByteCount(limit)) \(format.article) \(format.displayName) file is read up to "
                + "(whole agreements are a few MB); check that this is the agreement, or split it"
        case .unpacksTooLarge(let part, let reason):
            "is not read: its part \(part) \(reason) (a zip bomb, or a damaged file); save it again from Word, or export it as PDF"
        case .nestedTooDeep(let part, let limit):
            "is not read: \(part) nests elements more than \(limit) deep, which no word processor writes; save it again from the word processor"
        case .entityExpansion(let part):
            "is not read: \(part) declares a DTD whose entities can expand to gigabytes (a billion-laughs file), which Word never writes; save it again from Word"
        case .unsupported(let format):
            "is \(format.article) \(format.displayName) file, which this build cannot read yet; "
                + format.workaround
        }
    }
}

extension DocumentFormat {
    var displayName: String {
        switch self {
        case .pdf: "PDF"
        case .text: "text"
        case .docx: "DOCX"
        case .html: "HTML"
        }
    }

    var article: String { self == .html ? "an" : "a" }

    var workaround: String {
        switch self {
        case .pdf: "convert it with 'pdftotext -layout FILE' and give the .txt"
        case .docx: "save it as plain text (.txt) from the word processor and give that"
        case .html: "save it as plain text (.txt) and give that"
        case .text: "give it as .txt"
        }
    }
}

/// A size as people read it: "212 MB", "4.0 GB", "980 bytes".
struct ByteCount: CustomStringConvertible {
    let bytes: Int
    init(_ bytes: Int) { self.bytes = bytes }

    var description: String {
        let megabyte = 1 << 20, gigabyte = 1 << 30
        if bytes >= gigabyte { return String(format: "%.1f GB", Double(bytes) / Double(gigabyte)) }
        if bytes >= 10 * megabyte { return "\(bytes / megabyte) MB" }
        if bytes >= megabyte { return String(format: "%.1f MB", Double(bytes) / Double(megabyte)) }
        if bytes >= 1024 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }
}
