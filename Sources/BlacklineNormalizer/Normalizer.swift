import BlacklineModel

/// Marked text in, agreement out: page furniture set aside, lines classified and joined, the
/// clause tree built. Every source word ends up in the tree, in the furniture list, or (for
/// moved article numbers) in a recorded relocation; findings say what was repaired or doubtful.
public struct Normalizer: Sendable {
    public init() {}

    public func normalize(_ document: MarkedDocument) -> Agreement {
        let margins = MarginLineNumbers.strip(document.lines)
        let lines = margins.lines
        let texts = lines.map(\.text)
        let candidates = texts.map(LineClassifier.classify)
        let detected = PageFurnitureDetector(lines: lines, shapes: candidates).detect()
        let scheme = NumberingScheme.infer(texts: texts, shapes: candidates, furniture: detected.kinds)
        let shapes = scheme.resolve(candidates, texts: texts)
        var furniture: [FurnitureLine] = []
        var findings = document.findings
        var content: [ContentLine] = []
        var sawBlank = false
        var sawFurniture = false
        var highestArticle = 0

        for (index, line) in lines.enumerated() {
            let location = SourceLocation(line: line.location.line, page: detected.pages[index])
            if let kind = detected.kinds[index] {
                furniture.append(FurnitureLine(kind: kind, text: line.text, location: location))
                if kind == .converterEcho {
                    findings.append(Finding(.furniture, .info, "line repeats the end of the line above it before a page break (a converter echo); set aside", at: location))
                }
                sawFurniture = true
                continue
            }
            if line.holdsOnlyWhitespace {
                sawBlank = true
                continue
            }
            var shape = shapes[index]
            if case .heading(let candidate) = shape, candidate.level == .article {
                let number = candidate.number.major
                // "…except as provided in Article" / "610 A. …": a lower number continuing an
                // unfinished sentence is that sentence's next line, not a heading.
                if number < highestArticle, let previous = content.last, !previous.text.endsSentence,
                   previous.text.count >= ParagraphJoiner.shortestWrappedLine {
                    shape = .text
                } else {
                    highestArticle = max(highestArticle, number)
                }
            }
            // A line wrapped from an unfinished sentence that starts "1." or "205 …" is prose, not a
            // label or heading. After a finished sentence it may be a new item set without spacing.
            if line.layout?.continuesPreviousLine == true, !sawFurniture, let previous = content.last, !previous.text.endsSentence {
                shape = .text
            }
            // Plain text has no geometry: a label right under a full-width line that stops
            // mid-sentence ("…a minimum of ten" / "(10) working days…") is that line's wrap.
            if case .label = shape, line.layout == nil, !sawBlank, !sawFurniture, let previous = content.last,
               case .text = previous.shape, !previous.text.endsSentence,
               previous.text.count >= ParagraphJoiner.shortestWrappedLine {
                shape = .text
            }
            content.append(ContentLine(
                shape: shape, runs: line.runs, location: location, afterBlank: sawBlank,
                afterPageBreak: sawFurniture, layout: line.layout, sourceTexts: [line.text]
            ))
            sawBlank = false
            sawFurniture = false
        }

        var joiner = ParagraphJoiner(lines: content)
        let joined = joiner.join(content)
        let tree = ClauseTreeBuilder.build(joined, hasScheme: scheme.hasArticles)
        findings += tree.findings

        var usedPaths = Set<String>()
        let clauses = tree.roots.map { $0.build(parentPath: nil, usedPaths: &usedPaths, findings: &findings) }
        var agreement = Agreement(source: document.source, format: document.format, clauses: clauses)
        agreement.lineEndJoins = joiner.lineEndJoins
        agreement.furniture = (furniture + margins.furniture + tree.repeatedHeadings).sorted { $0.location < $1.location }
        agreement.relocations = tree.relocations.map { relocation in
            Relocation(text: relocation.text, from: relocation.from, toPath: relocation.to.builtPath ?? "")
        }
        let contents = ContentsCheck.check(entries: tree.contents, articles: agreement.articles, annexes: agreement.annexes, articleForm: scheme.articleForm)
        findings += contents.findings
        agreement.structure = StructureDoubts.structure(of: agreement, scheme: scheme, contents: contents.contents, lineCount: texts.count)
        findings += agreement.structure.doubts.map { Finding(.structure, .warning, $0) }
        if !scheme.hasArticles {
            findings.append(Finding(.structure, .info, "no numbered headings form a sequence (a letter or memorandum?); the text is read as one body of paragraphs"))
        }
        agreement.findings = findings
        return agreement
    }
}
