import BlacklineModel

/// A clause under construction. A class so the tree builder can keep references to open nodes
/// (article, group, the list-label stack) while it appends; `build` freezes it into a `Clause`.
final class NodeBuilder {
    var kind: Clause.Kind
    var keyword: String?
    var number: String?
    var label: String?
    var labelStyle: LabelStyle?
    var ordinal = 0
    var title: String?
    var titleMarker: String?
    var annexKind: AnnexKind?
    /// The local address when it is not the label or number as printed (outline labels, annexes).
    var address: String?
    var notes: [ClauseNote] = []
    var blocks: [Block] = []
    var children: [NodeBuilder] = []
    let location: SourceLocation
    /// The path `build` gave this node, for relocations recorded while building.
    private(set) var builtPath: String?

    init(kind: Clause.Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The local part of this node's address.
    var addressPart: String {
        switch kind {
        case .frontMatter: "front"
        case .body: "body"
        case .tableOfContents: "contents"
        // A PART, DIVISION or CHAPTER counts apart from the articles: "part-III", "division-3".
        case .chapter where keyword != nil: "\(keyword?.lowercased() ?? "")-\(number ?? "?")"
        case .chapter, .article: number ?? "?"
        case .annex: address ?? annexKind?.pathStem ?? "annex"
        case .section: address ?? label ?? "?"
        case .group: (title ?? "group").split(separator: " ").joined(separator: "-")
        case .unclassified: "unclassified"
        }
    }

    /// Freezes the subtree, giving every node its path. Articles keep their bare number as path
    /// even inside a chapter ("201", not "200.201"): article numbers are unique in an agreement.
    func build(parentPath: String?, usedPaths: inout Set<String>, findings: inout [Finding]) -> Clause {
        let base: String
        switch kind {
        case .section, .group, .unclassified: base = [parentPath, addressPart].compactMap { $0 }.joined(separator: ".")
        default: base = addressPart
        }
        var path = base
        var copy = 2
        while usedPaths.contains(path) {
            path = "\(base)~\(copy)"
            copy += 1
        }
        if path != base, kind != .unclassified {
            findings.append(Finding(.numbering, .warning, "clause address '\(base)' occurs twice; the later one is '\(path)'", at: location))
        }
        usedPaths.insert(path)
        builtPath = path
        let builtChildren = children.map { $0.build(parentPath: path, usedPaths: &usedPaths, findings: &findings) }
        return Clause(
            kind: kind, keyword: keyword, number: number, label: label, labelStyle: labelStyle, title: title,
            titleMarker: titleMarker, annexKind: annexKind, notes: notes, blocks: blocks, children: builtChildren,
            path: path, location: location
        )
    }
}
