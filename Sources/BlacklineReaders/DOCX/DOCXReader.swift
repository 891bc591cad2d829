import BlacklineModel

/// Reads a Word .docx with its tracked changes into marked text: the zip through ZIPFoundation,
/// each part through libxml2 (a DOM walk, no XPath: see ../shared/notes/c-libraries.md).
/// Headers, footers and comments are kept apart from the body and reported as findings.
public enum DOCXReader {
    public static func read(bytes: [UInt8], source: String) throws(ReadError) -> MarkedDocument {
        let package: DOCXPackage
        do {
            package = try DOCXPackage(bytes: bytes)
        } catch {
            switch error {
            case .notAZip: throw ReadError(path: source, problem: .damaged(reason: "not a readable zip archive"))
            case .noDocumentPart: throw ReadError(path: source, problem: .notWordDocument)
            case .unreadablePart(let part): throw ReadError(path: source, problem: .damaged(reason: "its part \(part) cannot be unpacked"))
            case .damagedDirectory(let reason): throw ReadError(path: source, problem: .damaged(reason: "zip archive: \(reason)"))
            case .unpacksTooLarge(let part, let reason): throw ReadError(path: source, problem: .unpacksTooLarge(part: part, reason: reason))
            }
        }
        guard let document = try parse(package.document, part: "word/document.xml", source: source) else {
            throw ReadError(path: source, problem: .damaged(reason: "word/document.xml is not well-formed XML"))
        }
        let numbering = WordNumbering(numbering: try parse(package.numbering, part: "word/numbering.xml", source: source),
                                      styles: try parse(package.styles, part: "word/styles.xml", source: source))
        var reader = WordBodyReader(numbering: numbering)
        let hasBody: Bool = document.withRoot { root in
            guard let body = root.first("body") else { return false }
            reader.read(body)
            return true
        } ?? false
        guard hasBody else { throw ReadError(path: source, problem: .damaged(reason: "word/document.xml has no w:body")) }
        var findings = reader.findings
        findings += ListNumbering.findings(reader.numbering.clampedValues, in: "Word list numbering")
        findings += comments(try parse(package.comments, part: "word/comments.xml", source: source), anchors: reader.commentLines)
        var furnitureFindings: [Finding] = []
        for (part, bytes) in package.furniture {
            guard let finding = try furnitureFinding(part: part, tree: parse(bytes, part: part, source: source)) else { continue }
            furnitureFindings.append(finding)
        }
        findings += furnitureFindings.prefix(Self.furniturePartsListed)
        if furnitureFindings.count > Self.furniturePartsListed {
            findings.append(Finding(.furniture, .info, "and \(furnitureFindings.count - Self.furniturePartsListed) more header, footer or notes parts kept apart from the body"))
        }
        let repaired = OCRRepair.repair(reader.lines)
        return MarkedDocument(source: source, format: .docx, lines: repaired.lines, findings: findings + repaired.findings)
    }

    /// A part's tree; nil when it is not well-formed (a side part is then left out, as before).
    /// Entity bombs and runaway nesting are refused whichever part holds them.
    private static func parse(_ bytes: [UInt8]?, part: String, source: String) throws(ReadError) -> XMLTree? {
        guard let bytes else { return nil }
        do {
            return try XMLTree(bytes, syntax: .xml, name: part)
        } catch {
            switch error {
            case .notWellFormed: return nil
            case .entityExpansion: throw ReadError(path: source, problem: .entityExpansion(part: part))
            case .nestedTooDeep: throw ReadError(path: source, problem: .nestedTooDeep(part: part, limit: XMLTree.deepestNesting))
            case .tooLarge: throw ReadError(path: source, problem: .unpacksTooLarge(part: part, reason: "is larger than libxml2 can parse"))
            }
        }
    }

    /// Header, footer and notes parts listed one finding each; a document has a few per section,
    /// a hostile one 20,000 (one summary finding says how many more).
    static let furniturePartsListed = 24

    /// A header, footer or notes part with text, as a finding.
    private static func furnitureFinding(part: String, tree: XMLTree?) -> Finding? {
        guard let tree, let text = tree.withRoot({ $0.textContent }), !text.allSatisfy(\.isWhitespace) else { return nil }
        let kind = part.contains("foot") && part.contains("note") ? "footnotes" : part.contains("endnote") ? "endnotes" : "header or footer"
        return Finding(.furniture, .info, "\(kind) kept apart from the body (\(part)): '\(text.prefix(80))'")
    }

    /// Word comments, each with its author, date and the line it is anchored to.
    private static func comments(_ tree: XMLTree?, anchors: [String: Int]) -> [Finding] {
        guard let tree else { return [] }
        return tree.withRoot { root in
            root.elements.filter { $0.name == "comment" }.map { comment in
                let author = comment.attribute("author") ?? "someone"
                let date = comment.attribute("date").map { ", " + String($0.prefix(10)) } ?? ""
                let text = comment.elements.map(\.textContent).joined(separator: " ")
                let line = comment.attribute("id").flatMap { anchors[$0] }
                return Finding(.comment, .info, "comment by \(author)\(date): '\(text)'", at: line.map { SourceLocation(line: $0) })
            }
        } ?? []
    }
}
