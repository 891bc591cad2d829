import BlacklineModel

/// Article and chapter headings, split headings and article numbers printed apart from their titles.
extension ClauseTreeBuilder {
    /// An article or chapter heading the document's numbering scheme accepted. A heading that
    /// repeats the open article's number, or says it continues, is a running header.
    mutating func addHeading(_ line: ContentLine, candidate: HeadingCandidate, next: ContentLine?) {
        let parts = candidate.parts
        let printed = candidate.number.printed
        if candidate.level == .chapter {
            openChapter(line, candidate: candidate, byHundreds: false)
            return
        }
        // Hundreds chapters share the articles' numbers ("200 STATUS" repeated over its page); a
        // PART, DIVISION or CHAPTER counts apart, so "CHAPTER 1" over "ARTICLE 1" is no repeat.
        let current = article?.number ?? (article == nil && annex == nil && chapterByHundreds ? chapter?.number : nil)
        if current.map({ Self.sameNumber($0, printed) }) == true || (parts.isContinuation && article != nil) {
            repeatedHeadings += line.furniture(.repeatedHeading)
            return
        }
        if let previous = lastArticleNumber, candidate.number <= previous {
            findings.append(Finding(.numbering, .warning, "article \(printed) follows article \(previous.printed)", at: line.location))
        }
        lastArticleNumber = candidate.number
        if candidate.form.hundreds, isChapter(candidate.number.major, next: next) {
            openChapter(line, candidate: candidate, byHundreds: true)
            return
        }
        settleOrphan()
        let node = NodeBuilder(kind: .article, location: line.location)
        node.keyword = candidate.printedKeyword
        node.number = printed
        setTitle(of: node, parts)
        labels.reset()
        group = nil
        closeAnnexes()
        attachArticle(node, number: candidate.number.major)
    }

    private mutating func openChapter(_ line: ContentLine, candidate: HeadingCandidate, byHundreds: Bool) {
        settleOrphan()
        let node = NodeBuilder(kind: .chapter, location: line.location)
        node.keyword = candidate.printedKeyword
        node.number = candidate.number.printed
        setTitle(of: node, candidate.parts)
        labels.reset()
        group = nil
        closeAnnexes()
        roots.append(node)
        chapter = node
        chapterByHundreds = byHundreds
        article = nil
    }

    private func setTitle(of node: NodeBuilder, _ parts: HeadingText.Parts) {
        node.title = parts.title.isEmpty ? nil : parts.title
        node.titleMarker = parts.marker
        node.notes = parts.notes
    }

    /// "12" and "12" are one article; so are "XII" and "xii", "16-A" and "16A".
    static func sameNumber(_ a: String, _ b: String) -> Bool {
        a.uppercased().filter { $0 != "-" && $0 != " " } == b.uppercased().filter { $0 != "-" && $0 != " " }
    }

    private mutating func closeAnnexes() {
        annex = nil
        letterCollection = nil
    }

    /// An article goes into the open chapter (of its hundred, when chapters go by hundreds);
    /// otherwise the chapter closes.
    mutating func attachArticle(_ node: NodeBuilder, number: Int) {
        if let chapter, !chapterByHundreds || chapter.number.flatMap(Int.init).map({ $0 / 100 == number / 100 }) == true {
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
        guard number % 100 == 0, let next, case .heading(let following) = next.shape, following.form.hundreds else { return false }
        return following.number.major > number && following.number.major < number + 100 && !following.parts.isContinuation
    }

    /// An appendix, exhibit, letter… once the body has begun (a caption in an article's text
    /// that names an appendix stays a subheading). A letter under an appendix that collects
    /// letters goes inside it. The same heading again is a running header.
    mutating func addAnnex(_ line: ContentLine, heading: AnnexHeading) {
        guard mayOpenAnnex(heading) else {
            append(.paragraph(Paragraph(runs: line.bodyRuns, role: .subheading, location: line.location)))
            return
        }
        if let annex, annex.annexKind == heading.kind, annex.number == heading.label,
           heading.title.isEmpty || Self.sameTitle(annex.title ?? "", heading.title) {
            repeatedHeadings += line.furniture(.repeatedHeading)
            return
        }
        settleOrphan()
        let node = NodeBuilder(kind: .annex, location: line.location)
        node.annexKind = heading.kind
        node.keyword = heading.printedOpening
        node.number = heading.label
        node.title = heading.title.isEmpty ? nil : heading.title
        let count = (annexCounts[heading.kind] ?? 0) + 1
        annexCounts[heading.kind] = count
        node.address = heading.kind.pathStem + "-" + (heading.label ?? String(count))
        labels.reset()
        group = nil
        article = nil
        if !chapterByHundreds { chapter = nil }
        if let collection = letterCollection, [.letterOfAgreement, .memorandum, .sideLetter].contains(heading.kind) {
            collection.children.append(node)
        } else {
            roots.append(node)
            letterCollection = heading.kind.collectsLetters && Self.namesLetters(heading.title) ? node : nil
        }
        annex = node
    }

    /// With a scheme, annexes come after the first article; a document without one (an MOU)
    /// may still carry lettered attachments after its text.
    private mutating func mayOpenAnnex(_ heading: AnnexHeading) -> Bool {
        if hasScheme { return lastArticleNumber != nil || annex != nil || chapter != nil }
        guard [.appendix, .exhibit, .attachment, .addendum, .schedule].contains(heading.kind) else { return annex != nil }
        return frontMatter().blocks.count >= Self.bodyBlocksBeforeAnnex || annex != nil
    }

    /// A document without a scheme has at least this much text before an attachment heading.
    static let bodyBlocksBeforeAnnex = 3

    static func namesLetters(_ title: String) -> Bool {
        let upper = title.uppercased()
        return upper.contains("LETTERS") || upper.contains("MEMORANDA") || upper.contains("AGREEMENTS") || upper.contains("UNDERSTANDINGS")
    }

    static func sameTitle(_ a: String, _ b: String) -> Bool {
        HeadingText.comparable(a) == HeadingText.comparable(b)
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
        guard let article = article ?? annex else {
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
        lastArticleNumber = HeadingNumber(printed: String(pending.number), style: .arabic, key: [pending.number, 0, 0])
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
