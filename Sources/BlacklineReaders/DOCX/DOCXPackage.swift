import Foundation
import ZIPFoundation

/// The parts of a .docx the reader needs, taken out of its zip: the body, and when present the
/// numbering definitions, styles and comments. The central directory is checked before
/// ZIPFoundation reads it (`ZipCentralDirectory`), listed once into an index, and every part is
/// unpacked within one `UnpackBudget`.
struct DOCXPackage {
    let document: [UInt8]
    let numbering: [UInt8]?
    let styles: [UInt8]?
    let comments: [UInt8]?
    /// Headers, footers, footnotes and endnotes, by part name, kept apart from the body.
    let furniture: [(part: String, bytes: [UInt8])]

    enum Failure: Error {
        case notAZip
        case damagedDirectory(String)
        case noDocumentPart
        case unreadablePart(String)
        case unpacksTooLarge(part: String, reason: String)
    }

    private static let furniturePrefixes = ["word/header", "word/footer", "word/footnotes", "word/endnotes"]

    init(bytes: [UInt8]) throws(Failure) {
        do {
            _ = try ZipCentralDirectory(validating: bytes)
        } catch {
            throw error.isNotAZip ? .notAZip : .damagedDirectory(error.reason)
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .notAZip
        }
        // One pass over the directory: `archive[path]` walks it from the start on every call,
        // which made 20,000 header parts take 20,000 walks. The first entry of a name wins, as there.
        var index: [String: Entry] = [:], furnitureNames: [String] = []
        for entry in archive where index[entry.path] == nil {
            index[entry.path] = entry
            if Self.furniturePrefixes.contains(where: entry.path.hasPrefix), entry.path.hasSuffix(".xml") {
                furnitureNames.append(entry.path)
            }
        }
        var budget = UnpackBudget(archiveSize: bytes.count)
        func part(_ path: String) throws(Failure) -> [UInt8]? {
            guard let entry = index[path] else { return nil }
            do {
                return try budget.unpack(entry, from: archive)
            } catch {
                throw Self.failure(error, part: path, archiveSize: bytes.count)
            }
        }
        guard let document = try part("word/document.xml") else { throw .noDocumentPart }
        self.document = document
        numbering = try part("word/numbering.xml")
        styles = try part("word/styles.xml")
        comments = try part("word/comments.xml")
        var furniture: [(String, [UInt8])] = []
        for name in furnitureNames {
            if let bytes = try part(name) { furniture.append((name, bytes)) }
        }
        self.furniture = furniture
    }

    private static func failure(_ refusal: UnpackBudget.Refusal, part: String, archiveSize: Int) -> Failure {
        switch refusal {
        case .unreadable:
            return .unreadablePart(part)
        case .pastBudget(let declared, let allowed):
            let size = declared > UInt64(Int.max) ? "more than 8 EB" : "\(ByteCount(Int(declared)))"
            return .unpacksTooLarge(part: part, reason: "would unpack to \(size), past the \(ByteCount(allowed)) "
                + "the parts of this \(ByteCount(archiveSize)) file may unpack to")
        case .pastDeclaredSize(let declared):
            return .unpacksTooLarge(part: part, reason: "unpacks to more than the \(declared) bytes its header declares")
        }
    }
}
