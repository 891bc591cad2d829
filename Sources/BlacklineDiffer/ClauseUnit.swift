import BlacklineGrids
import BlacklineModel

/// A clause flattened out of its tree for alignment, with what the aligner compares: its own
/// words, its whole subtree's words, its heading, and its family (articles pair with articles).
struct ClauseUnit {
    enum Family { case front, container, section }

    let clause: Clause
    let order: Int
    let parent: Int?
    let family: Family
    /// The words of the clause's own text, its salary grids left out: those are compared cell
    /// by cell (`grids`), so the order a reader gave their cells never makes a word change.
    let ownTokens: [String]
    let grids: [SalaryGrid]
    /// The clause's own text without its grids' rows: what `ownTokens` index.
    let wordText: String
    /// A hash of the words of the clause and all its descendants, in order (no headings), and
    /// how many words that is: identical subtrees share both.
    var subtreeHash = 0
    var subtreeWords = 0

    var path: String { clause.path }
    /// A table of the source, or a clause the tree could not place (a table's cells read as
    /// lines of their own): where a PDF's reading order is not the text's.
    var holdsTable: Bool {
        clause.kind == .unclassified || clause.blocks.contains { if case .table = $0 { true } else { false } }
    }
    var titleKey: String { ComparableText.normalize(clause.title ?? "").lowercased() }
    var localName: String { clause.label ?? clause.number ?? clause.title ?? "" }

    /// Units in document order; each text is tokenized once, subtree hashes are built bottom-up.
    static func flatten(_ agreement: Agreement) -> [ClauseUnit] {
        var units: [ClauseUnit] = []
        @discardableResult
        func visit(_ clause: Clause, parent: Int?) -> (hash: Int, words: Int) {
            let index = units.count
            let family: Family = switch clause.kind {
            case .frontMatter, .tableOfContents: .front
            case .chapter, .article, .group, .annex, .body: .container
            case .section, .unclassified: .section
            }
            let grids = GridExtractor.grids(ofClause: clause)
            let wordText = grids.isEmpty ? clause.text : Self.text(of: clause, without: grids)
            let tokens = ComparableText.tokens(wordText)
            units.append(ClauseUnit(clause: clause, order: index, parent: parent, family: family, ownTokens: tokens, grids: grids, wordText: wordText))
            var hasher = Hasher()
            hasher.combine(tokens)
            // Grids take part in alignment by their amounts: two clauses holding only grids differ.
            for grid in grids { hasher.combine(grid.cells) }
            var words = tokens.count
            for child in clause.children {
                let (childHash, childWords) = visit(child, parent: index)
                hasher.combine(childHash)
                words += childWords
            }
            let hash = hasher.finalize()
            units[index].subtreeHash = hash
            units[index].subtreeWords = words
            return (hash, words)
        }
        for clause in agreement.clauses { visit(clause, parent: nil) }
        return units
    }

    /// Indices of a unit and every unit under it: units are in document order, so a subtree is
    /// the run after its root whose parents are inside it.
    static func subtree(of root: Int, in units: [ClauseUnit]) -> [Int] {
        var inside: Set<Int> = [root]
        var indices = [root]
        var cursor = root + 1
        while cursor < units.count, let parent = units[cursor].parent, inside.contains(parent) {
            inside.insert(cursor)
            indices.append(cursor)
            cursor += 1
        }
        return indices
    }

    /// The clause's blocks without those that print a grid's rows, one block a line, as
    /// `Clause.text` joins them.
    static func text(of clause: Clause, without grids: [SalaryGrid]) -> String {
        let left = gridBlocks(of: clause, grids: grids)
        return clause.blocks.indices.filter { !left.contains($0) }.map { clause.blocks[$0].text }.joined(separator: "\n")
    }

    /// Indices of the blocks that print a grid's rows: compared as grids, not words. Titles
    /// and notes stay words, so a retitled schedule or a changed raise shows in the text.
    static func gridBlocks(of clause: Clause, grids: [SalaryGrid]) -> Set<Int> {
        guard !grids.isEmpty else { return [] }
        let rowLines = Set(grids.flatMap { $0.rowLocations.map(\.line) })
        return Set(clause.blocks.indices.filter { index in
            switch clause.blocks[index] {
            case .table(let table): table.rows.contains { rowLines.contains($0.location.line) }
            case .paragraph(let paragraph): rowLines.contains(paragraph.location.line)
            }
        })
    }

}

/// The blocks of a clause a diff compares as grids, not words: their words are in neither a
/// change's side text nor its edits' token ranges. For reports that lay edits over blocks.
public enum GridBlocks {
    public static func indices(of clause: Clause) -> Set<Int> {
        ClauseUnit.gridBlocks(of: clause, grids: GridExtractor.grids(ofClause: clause))
    }
}

/// Text as the differ compares it: smart quotes and dashes made plain, whitespace ignored.
/// "Never changes: whitespace, line wrapping, hyphenation, page breaks, furniture, smart vs
/// straight quotes" (the tree builder already removed the rest).
public enum ComparableText {
    static func normalize(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var scalars = ScalarBuffer(capacity: text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x201C, 0x201D, 0x201E, 0x2033: scalars.append("\"")
            case 0x2018, 0x2019, 0x201A, 0x2032: scalars.append("'")
            case 0x2010, 0x2011, 0x2013, 0x2014: scalars.append("-")
            default: scalars.append(scalar)
            }
        }
        return scalars.string
    }

    public static func tokens(_ text: String) -> [String] {
        Tokenizer.tokens(normalize(text)).map(String.init)
    }

    /// Where each of `tokens(text)` lies in `text`, in Unicode scalar offsets (`normalize` maps
    /// scalars one for one, so offsets in the normalized text hold in the original), so a report
    /// can mark an edit on the text as printed.
    public static func tokenSpans(_ text: String) -> [Range<Int>] {
        let normalized = normalize(text)
        let scalars = normalized.unicodeScalars
        var spans: [Range<Int>] = []
        var cursor = scalars.startIndex, offset = 0
        for token in Tokenizer.tokens(normalized) {
            offset += scalars.distance(from: cursor, to: token.startIndex)
            let length = token.unicodeScalars.count
            spans.append(offset..<offset + length)
            offset += length
            cursor = token.endIndex
        }
        return spans
    }

    /// Dice coefficient of two token multisets: 1 for the same words, 0 for none shared.
    static func similarity(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var counts: [String: Int] = [:]
        for token in a { counts[token, default: 0] += 1 }
        var shared = 0
        for token in b where (counts[token] ?? 0) > 0 {
            counts[token, default: 0] -= 1
            shared += 1
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }
}
