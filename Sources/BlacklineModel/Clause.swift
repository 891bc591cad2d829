/// A node of the clause tree: a chapter, an article, a lettered or numbered section, or the text
/// around them. Immutable once built; `dump()` prints it as the tests' oracle.
public struct Clause: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Title page, parties, dates: everything before the first article.
        case frontMatter
        /// A table of contents; its entries are kept as text and checked against the body.
        case tableOfContents
        /// A hundreds heading that holds articles ("200 STATUS OF AGREEMENT" over "201 INTENT").
        case chapter
        case article
        /// A labeled clause inside an article: "A.", "1.", "a.", "(1)".
        case section
        /// An unnumbered heading that opens its own list ("CALENDAR [moved to Article 418]").
        case group
        /// Text the normalizer could not place; always comes with a finding.
        case unclassified
        /// What follows the body: an appendix, exhibit, letter of agreement… (`annexKind` says which).
        case annex
        /// A document with no heading scheme (a letter, an MOU): its text as one body of paragraphs.
        case body
    }

    public var kind: Kind
    /// The word printed before the number, as printed: "ARTICLE", "Article", "PART", "Letter of
    /// Understanding"; nil when the number stands alone ("205 HEALTH BENEFITS").
    public var keyword: String?
    /// Article or chapter number ("205"); nil for other kinds.
    public var number: String?
    /// Section label without punctuation ("A", "1", "a"); for groups, their title.
    public var label: String?
    public var labelStyle: LabelStyle?
    /// Heading text: article titles, and short section captions ("Salary Placement Errors").
    public var title: String?
    /// A footnote mark printed after the title ("105 SALARY SCHEDULE*").
    public var titleMarker: String?
    /// For annexes: which kind ("appendix", "letterOfAgreement").
    public var annexKind: AnnexKind?
    public var notes: [ClauseNote]
    public var blocks: [Block]
    public var children: [Clause]
    /// The clause address: "205", "205.A", "406.2.B".
    public var path: String
    public var location: SourceLocation

    public init(
        kind: Kind, keyword: String? = nil, number: String? = nil, label: String? = nil, labelStyle: LabelStyle? = nil,
        title: String? = nil, titleMarker: String? = nil, annexKind: AnnexKind? = nil, notes: [ClauseNote] = [],
        blocks: [Block] = [], children: [Clause] = [], path: String = "", location: SourceLocation
    ) {
        self.kind = kind
        self.keyword = keyword
        self.number = number
        self.label = label
        self.labelStyle = labelStyle
        self.title = title
        self.titleMarker = titleMarker
        self.annexKind = annexKind
        self.notes = notes
        self.blocks = blocks
        self.children = children
        self.path = path
        self.location = location
    }

    /// The clause's own text (not its children's): paragraphs and table rows, one per line.
    public var text: String { blocks.map(\.text).joined(separator: "\n") }

    /// The heading as printed: "205 HEALTH BENEFITS", "A.", "1. Child Bearing Leave".
    public var heading: String {
        var parts: [String] = []
        switch kind {
        case .chapter, .article:
            if let keyword { parts.append(keyword) }
            if let number { parts.append(number) }
        case .annex:
            parts.append(([keyword ?? annexKind?.printed] + [number]).compactMap { $0 }.joined(separator: " "))
        case .section:
            if let keyword, let label { parts.append("\(keyword) \(label)") } else if let label { parts.append(labelStyle.map { $0.render(label) } ?? label) }
        case .frontMatter, .tableOfContents, .group, .unclassified, .body:
            break
        }
        if let title { parts.append(title + (titleMarker ?? "")) }
        parts += notes.map { "[\($0.text)]" }
        return parts.joined(separator: " ")
    }
}

extension LabelStyle {
    /// The label as it is usually printed: "A.", "1.", "(a)".
    public func render(_ label: String) -> String {
        switch self {
        case .upperLetter, .decimal, .lowerLetter, .upperRoman: "\(label)."
        case .parenDecimal, .parenLetter, .parenRoman: "(\(label))"
        case .section: "Section \(label)."
        case .outline: label
        }
    }
}
