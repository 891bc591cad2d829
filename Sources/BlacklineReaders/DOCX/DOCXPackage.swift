import Foundation
import ZIPFoundation

/// The parts of a .docx the reader needs, taken out of its zip: the body, and when present the
/// numbering definitions, styles and comments.
struct DOCXPackage {
    let document: [UInt8]
    let numbering: [UInt8]?
    let styles: [UInt8]?
    let comments: [UInt8]?
    /// Headers, footers, footnotes and endnotes, by part name, kept apart from the body.
    let furniture: [(part: String, bytes: [UInt8])]

    enum Failure: Error {
        case notAZip
        case noDocumentPart
        case unreadablePart(String)
    }

    init(bytes: [UInt8]) throws(Failure) {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .notAZip
        }
        func part(_ path: String) throws(Failure) -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                throw .unreadablePart(path)
            }
            return [UInt8](data)
        }
        guard let document = try part("word/document.xml") else { throw .noDocumentPart }
        self.document = document
        numbering = try part("word/numbering.xml")
        styles = try part("word/styles.xml")
        comments = try part("word/comments.xml")
        var furniture: [(String, [UInt8])] = []
        let apart = ["word/header", "word/footer", "word/footnotes", "word/endnotes"]
        for entry in archive where apart.contains(where: entry.path.hasPrefix) && entry.path.hasSuffix(".xml") {
            if let bytes = try part(entry.path) { furniture.append((entry.path, bytes)) }
        }
        self.furniture = furniture
    }
}
