import BlacklineModel
import Foundation
import Testing

/// The product's first promise: no word of a contract is lost or invented. Every input word must
/// land in the clause tree, in recorded page furniture, or in a recorded relocation.
@Suite struct WordsPreservedTests {
    @Test(arguments: Package.readableFixtures())
    func treeHoldsEveryWordOfTheInput(path: String) throws {
        let (document, agreement) = try normalize(path: path)
        // A margin number sets aside the number only; the rest of its line is content.
        let margins = Dictionary(agreement.furniture.filter { $0.kind == .marginNumber }.map { ($0.location.line, $0.text) }, uniquingKeysWith: { a, _ in a })
        let setAside = Set(agreement.furniture.filter { $0.kind != .marginNumber }.map(\.location.line) + agreement.relocations.map(\.from.line))
        let input = document.lines.filter { !setAside.contains($0.location.line) }.map { line in
            let words = Words.stream(line.text)
            return margins[line.location.line].map { String(words.dropFirst($0.count)) } ?? words
        }.joined()
        let tree = treePieces(agreement).map { Words.stream($0.text) }.joined()
        if input != tree {
            let prefix = zip(input, tree).prefix { $0 == $1 }.count
            let context = { (text: String) in String(text.dropFirst(max(prefix - 40, 0)).prefix(80)) }
            Issue.record("word streams diverge after \(prefix) characters\n  input: …\(context(input))\n  tree:  …\(context(tree))")
        }
        #expect(!input.isEmpty)
    }

    @Test(arguments: Package.readableFixtures())
    func furnitureHoldsOnlyWhatItSetAside(path: String) throws {
        let (document, agreement) = try normalize(path: path)
        let byLine = Dictionary(document.lines.map { ($0.location.line, $0.text) }, uniquingKeysWith: { a, _ in a })
        for line in agreement.furniture {
            if line.kind == .marginNumber {
                // The number, then a space or the tab of a PDF's margin column, or nothing.
                let source = byLine[line.location.line]?.trimmingCharacters(in: .whitespaces) ?? ""
                #expect(source == line.text || source.hasPrefix(line.text) && source.dropFirst(line.text.count).first?.isWhitespace == true)
            } else {
                #expect(byLine[line.location.line] == line.text)
            }
        }
    }

    /// Headings, paragraphs and tables as (line, text) pieces, in source order. A stray value kept in
    /// an unclassified child can sit between a clause's blocks in the source; ordering pieces by line
    /// checks content and order without requiring blocks and children to interleave.
    private func treePieces(_ agreement: Agreement) -> [(line: Int, text: String)] {
        let relocatedArticles = Set(agreement.relocations.map(\.toPath))
        var pieces: [(line: Int, text: String)] = []
        func visit(_ clause: Clause) {
            var heading = clause.heading
            if relocatedArticles.contains(clause.path), let number = clause.number, heading.hasPrefix(number) {
                heading.removeFirst(number.count)
            }
            if !heading.isEmpty { pieces.append((clause.location.line, heading)) }
            for block in clause.blocks { pieces.append((block.location?.line ?? clause.location.line, block.text)) }
            clause.children.forEach(visit)
        }
        agreement.clauses.forEach(visit)
        return pieces.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
