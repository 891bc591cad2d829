import BlacklineModel

/// Reads an HTML agreement or redline through libxml2's forgiving HTML parser into marked text:
/// one line per block (paragraph, heading, list item, table row with its cells tab-separated),
/// `<ins>`/`<u>` and underline styles as insertions, `<del>`/`<s>`/`<strike>` and line-through
/// styles as deletions, `<b>`/`<strong>` bold. Ordered lists get the labels a browser would
/// print ("1.", "A.", "a."), so the normalizer finds the sections it expects.
public enum HTMLReader {
    public static func read(bytes: [UInt8], source: String) throws(ReadError) -> MarkedDocument {
        let tree: XMLTree
        do {
            tree = try XMLTree(bytes, syntax: .html, name: source)
        } catch {
            switch error {
            case .nestedTooDeep: throw ReadError(path: source, problem: .nestedTooDeep(part: "its markup", limit: XMLTree.deepestNesting))
            case .notWellFormed, .entityExpansion, .tooLarge:
                throw ReadError(path: source, problem: .damaged(reason: "libxml2 could not parse it as HTML"))
            }
        }
        var builder = HTMLLineBuilder()
        tree.withRoot { root in builder.visit(root, context: HTMLLineBuilder.Context()) }
        builder.endLine()
        let repaired = OCRRepair.repair(builder.lines)
        let numbering = ListNumbering.findings(builder.clampedValues, in: "HTML list or table numbers")
        return MarkedDocument(source: source, format: .html, lines: repaired.lines, findings: numbering + repaired.findings)
    }
}
