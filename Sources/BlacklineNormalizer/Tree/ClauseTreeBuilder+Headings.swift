import BlacklineModel

/// Article and chapter headings, split headings and article numbers printed apart from their titles.
extension ClauseTreeBuilder {
    mutating func addHeading(_ line: ContentLine, number: Int, parts: HeadingText.Parts, next: ContentLine?) {
        let current = article?.number ?? (article == nil ? chapter?.number : nil)
        if current == String(number) || (parts.isContinuation && article != nil) {
            repeatedHeadings.append(FurnitureLine(kind: .repeatedHeading, text: line.text, location: line.location))
            return
        }
        if let previous = (article ?? chapter)?.number.flatMap(Int.init), number <= previous {
            findings.append(Finding(.numbering, .warning, "article \(number) follows article \(previous)", at: line.location))
        }
        settleOrphan()
        let node = NodeBuilder(kind: .article, location: line.location)
        node.number = String(number)
        node.title = parts.title
        node.titleMarker = parts.marker
        node.notes = parts.notes
        labels.reset()
        group = nil
        if isChapter(number, next: next) {
            node.kind = .chapter
            roots.append(node)
            chapter = node
            article = nil
            return
        }
        attachArticle(node, number: number)
    }

    /// An article goes into the open chapter when it is of the chapter's hundred; else the chapter closes.
    mutating func attachArticle(_ node: NodeBuilder, number: Int) {
        if let chapter, let chapterNumber = chapter.number.flatMap(Int.init), chapterNumber / 100 == number / 100 {
            chapter.children.append(node)
        } else {
            chapter = nil
            roots.append(node)
        }
        article = node
    }

    /// "200 STATUS OF AGREEMENT" directly followed by "201 INTENT" holds articles; "300 EMERGENCY
    /// LEAVE" followed by its own text is an article.
    func isChapter(_ number: Int, next: ContentLine?) -> Bool {
        guard number % 100 == 0, let next, case .articleHeading(let following, let parts) = next.shape else { return false }
        return following > number && following < number + 100 && !parts.isContinuation
    }

    mutating func addBareNumber(_ line: ContentLine, number: Int) {
        let current = (article ?? chapter)?.number.flatMap(Int.init) ?? 0
        append(.paragraph(Paragraph(runs: line.bodyRuns, location: line.location)))
        guard article != nil, number > current else {
            if line.wasHoisted {
                relocations.append((String(number), line.location, container))
            }
            return
        }
        settleOrphan()
        let holder = container
        orphan = Orphan(number: number, location: line.location, wasHoisted: line.wasHoisted, holder: holder, blockIndex: holder.blocks.count - 1)
    }

    mutating func addCapsTitle(_ line: ContentLine, parts: HeadingText.Parts, next: ContentLine?) {
        if let pending = orphan {
            claimOrphan(pending, title: parts, line: line)
            return
        }
        guard let article else {
            append(.paragraph(Paragraph(runs: line.bodyRuns, role: .subheading, location: line.location)))
            return
        }
        if let next, case .label(let label) = next.shape, label.ordinal == 1 {
            let node = NodeBuilder(kind: .group, location: line.location)
            node.title = parts.title
            node.titleMarker = parts.marker
            node.notes = parts.notes
            article.children.append(node)
            group = node
            labels.reset()
            return
        }
        append(.paragraph(Paragraph(runs: line.bodyRuns, role: .subheading, location: line.location)))
    }

    /// The converter printed "515" above the page's first line and "RECALL PROCEDURES" later:
    /// the number moves to the title, and the move is recorded.
    mutating func claimOrphan(_ pending: Orphan, title: HeadingText.Parts, line: ContentLine) {
        orphan = nil
        pending.holder.blocks.remove(at: pending.blockIndex)
        let node = NodeBuilder(kind: .article, location: line.location)
        node.number = String(pending.number)
        node.title = title.title
        node.titleMarker = title.marker
        node.notes = title.notes
        attachArticle(node, number: pending.number)
        group = nil
        labels.reset()
        relocations.append((String(pending.number), pending.location, node))
        findings.append(Finding(.heading, .info, "article number \(pending.number) at \(pending.location) printed apart from its title '\(title.title)'; joined", at: line.location))
    }

    /// An orphan number that no title claimed stays where it was, as text.
    mutating func settleOrphan() {
        guard let pending = orphan else { return }
        orphan = nil
        if pending.wasHoisted { relocations.append((String(pending.number), pending.location, pending.holder)) }
        findings.append(Finding(.heading, .warning, "number \(pending.number) stands alone and no title follows; kept as text", at: pending.location))
    }
}
