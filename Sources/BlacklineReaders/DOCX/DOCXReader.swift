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
            }
        }
        guard let document = XMLTree(package.document, syntax: .xml, name: "word/document.xml") else {
            throw ReadError(path: source, problem: .damaged(reason: "word/document.xml is not well-formed XML"))
        }
        let numbering = WordNumbering(numbering: package.numbering.flatMap { XMLTree($0, syntax: .xml, name: "word/numbering.xml") },
                                      styles: package.styles.flatMap { XMLTree($0, syntax: .xml, name: "word/styles.xml") })
        var reader = WordBodyReader(numbering: numbering)
        let hasBody: Bool = document.withRoot { root in
            guard let body = root.first("body") else { return false }
            reader.read(body)
            return true
        } ?? false
        guard hasBody else { throw ReadError(path: source, problem: .damaged(reason: "word/document.xml has no w:body")) }
        var findings = reader.findings
        findings += comments(package.comments, anchors: reader.commentLines)
        findings += package.furniture.compactMap { part, bytes -> Finding? in
            guard let tree = XMLTree(bytes, syntax: .xml, name: part),
                  let text = tree.withRoot({ $0.textContent }), !text.allSatisfy(\.isWhitespace) else { return nil }
            let kind = part.contains("foot") && part.contains("note") ? "footnotes" : part.contains("endnote") ? "endnotes" : "header or footer"
            return Finding(.furniture, .info, "\(kind) kept apart from the body (\(part)): '\(text.prefix(80))'")
        }
        let repaired = OCRRepair.repair(reader.lines)
        return MarkedDocument(source: source, format: .docx, lines: repaired.lines, findings: findings + repaired.findings)
    }

    /// Word comments, each with its author, date and the line it is anchored to.
    private static func comments(_ part: [UInt8]?, anchors: [String: Int]) -> [Finding] {
        guard let part, let tree = XMLTree(part, syntax: .xml, name: "word/comments.xml") else { return [] }
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
