import BlacklineModel

/// A redline's own legend, "New language is shown in bold; deleted language is struck", read so
/// the styles it declares are obeyed: bold and italic mean nothing in a contract (headings, terms)
/// unless a legend says they mark new language.
struct MarkLegend: Sendable, Equatable {
    enum Style: String, Sendable, CaseIterable {
        case bold, italic, underline, highlight, strike, color
    }

    /// Styles declared for new language, colours by name ("red").
    var insertionStyles: Set<Style> = []
    var insertionColors: Set<String> = []
    var deletionStyles: Set<Style> = []
    /// The legend's lines (its own styled words are examples, not changes), and its text.
    var lines: Set<Int> = []
    var text: String?

    var isEmpty: Bool { lines.isEmpty }

    /// A legend sits near the start: within this many pages (or lines, for pageless text).
    static let furthestPage = 3
    static let furthestLine = 150
    /// A legend sentence is short.
    static let longestLegend = 40

    private static let newWords = ["new language", "new text", "new provisions", "new wording", "added", "addition", "additions",
                                   "inserted", "insertion", "insertions", "proposed language", "new"]
    private static let goneWords = ["deleted", "deletion", "deletions", "removed", "stricken", "crossed out", "omitted"]
    /// A legend says how text is shown; prose that names a style ("a copy in bold print for new
    /// employees") does not.
    private static let framingWords = ["language", "text", "wording", "words", "provision", "provisions", "shown", "indicated",
                                       "indicates", "denoted", "denotes", "appears", "appear", "reflects", "reflected",
                                       "represents", "represented", "marked", "identified", "is new", "are new",
                                       "additions", "insertions", "deletions"]
    private static let colorNames = ["red", "blue", "green", "purple", "orange", "teal", "pink", "brown"]
    /// Every word that names a style or a colour, for the first look at a line.
    private static let styleWords: Set<Substring> = Set((colorNames + [
        "bold", "boldface", "bolded", "italic", "italics", "italicized", "underline", "underlined", "underlining", "underscored",
        "underscore", "highlight", "highlighted", "highlighting", "shaded", "shading", "strike", "struck", "strikethrough",
        "strikeout", "stricken", "crossed", "strikethru",
    ]).map { Substring($0) })

    static func find(in lines: [MarkedLine]) -> MarkLegend {
        var legend = MarkLegend()
        for (index, line) in lines.enumerated() {
            if let page = line.location.page { if page > furthestPage { break } } else if index >= furthestLine { break }
            let text = line.text
            // Most lines name no style at all: one look at their words settles it.
            let lineWords = text.lowercased().split(whereSeparator: { !$0.isLetter })
            guard lineWords.count <= longestLegend, lineWords.contains(where: styleWords.contains) else { continue }
            let lowered = text.lowercased()
            var found = false
            // "New language in red, bold and underlined; deletions struck": a clause without a
            // word for new or deleted goes on with the one before.
            var role: Mark?
            // A clause framed as a legend frames the clauses after it in the line.
            var framed = false
            for clause in lowered.split(whereSeparator: { $0 == ";" || $0 == "." || $0 == "," || $0 == "\t" }) {
                let clause = String(clause)
                let styles = Self.styles(in: clause)
                let colors = Set(colorNames.filter { clause.containsWord($0) })
                if goneWords.contains(where: clause.containsWord) {
                    role = .deleted
                } else if newWords.dropLast().contains(where: clause.containsWord) || clause.containsWord("new") && !styles.isEmpty {
                    // A bare "new" next to a colour name is too common in prose ("new Brown Road").
                    role = .inserted
                } else if styles == [.strike], role == nil {
                    role = .deleted
                }
                guard let role, !styles.isEmpty || !colors.isEmpty,
                      styles.contains(.strike) || framingWords.contains(where: clause.containsWord) || framed else { continue }
                framed = true
                if role == .deleted {
                    legend.deletionStyles.formUnion(styles.isEmpty ? [.color] : styles)
                } else {
                    legend.insertionStyles.formUnion(styles)
                    legend.insertionColors.formUnion(colors)
                    if !colors.isEmpty { legend.insertionStyles.insert(.color) }
                }
                found = true
            }
            if found {
                legend.lines.insert(index)
                legend.text = legend.text.map { $0 + " " + text } ?? text
            }
        }
        return legend
    }

    private static func styles(in clause: String) -> Set<Style> {
        var styles: Set<Style> = []
        if clause.containsWord("bold") || clause.containsWord("boldface") || clause.containsWord("bolded") { styles.insert(.bold) }
        if ["italic", "italics", "italicized"].contains(where: clause.containsWord) { styles.insert(.italic) }
        if ["underline", "underlined", "underlining", "underscored", "underscore"].contains(where: clause.containsWord) { styles.insert(.underline) }
        if ["highlight", "highlighted", "highlighting", "shaded", "shading"].contains(where: clause.containsWord) { styles.insert(.highlight) }
        if ["strike", "struck", "strikethrough", "strikeout", "strike-through", "strike-out", "strikethru", "stricken", "crossed"]
            .contains(where: clause.containsWord) { styles.insert(.strike) }
        return styles
    }
}

extension String {
    /// Whether `word` (lowercase, maybe two words) stands in this lowercase text as a whole word.
    func containsWord(_ word: String) -> Bool { wholeWordCount(of: word, limit: 1) > 0 }
}
