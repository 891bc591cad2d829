/// Word's automatic numbering (word/numbering.xml, and numbering linked from paragraph styles):
/// list and heading numbers that are not in the text. Two counters run, one for the document
/// with its changes rejected and one with them accepted, so an item shifted by an inserted one
/// shows "2." struck and "3." inserted, as Word shows it.
struct WordNumbering {
    struct Level {
        var format: ListNumbering.Format
        var text: String
        var start: Int
    }

    /// numId → levels by ilvl.
    private var levels: [String: [Int: Level]] = [:]
    /// styleId → (numId, ilvl) for styles that number their paragraphs ("Heading 1").
    private(set) var styleNumbering: [String: (numId: String, level: Int)] = [:]
    private var counters: [Side: [String: [Int: Int]]] = [.old: [:], .new: [:]]

    enum Side { case old, new }

    init(numbering: XMLTree?, styles: XMLTree?) {
        var abstract: [String: [Int: Level]] = [:]
        numbering?.withRoot { root in
            for node in root.elements where node.name == "abstractNum" {
                guard let id = node.attribute("abstractNumId") else { continue }
                var levels: [Int: Level] = [:]
                for level in node.elements where level.name == "lvl" {
                    guard let ilvl = level.attribute("ilvl").flatMap(Int.init) else { continue }
                    levels[ilvl] = Level(format: ListNumbering.Format(word: level.first("numFmt")?.attribute("val") ?? "decimal"),
                                         text: level.first("lvlText")?.attribute("val") ?? "%\(ilvl + 1).",
                                         start: level.first("start")?.attribute("val").flatMap(Int.init) ?? 1)
                }
                abstract[id] = levels
            }
            for node in root.elements where node.name == "num" {
                guard let id = node.attribute("numId"), let abstractID = node.first("abstractNumId")?.attribute("val") else { continue }
                levels[id] = abstract[abstractID]
            }
        }
        styles?.withRoot { root in
            for style in root.elements where style.name == "style" {
                guard let id = style.attribute("styleId"), let numPr = style.first("pPr")?.first("numPr"),
                      let numId = numPr.first("numId")?.attribute("val") else { continue }
                styleNumbering[id] = (numId, numPr.first("ilvl")?.attribute("val").flatMap(Int.init) ?? 0)
            }
        }
    }

    /// The label of the next paragraph at this list level, on one side of the changes
    /// ("A.", "1.", "(a)"); nil for bullets and unknown lists.
    mutating func next(numId: String, level: Int, side: Side) -> String? {
        guard numId != "0", let definition = levels[numId], let format = definition[level] else { return nil }
        var counts = counters[side]?[numId] ?? [:]
        counts[level] = (counts[level] ?? (format.start - 1)) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[side, default: [:]][numId] = counts
        guard format.format != .bullet, format.format != .none else { return nil }
        var label = format.text
        for (ilvl, levelDefinition) in definition.sorted(by: { $0.key < $1.key }) where ilvl <= level {
            let count = counts[ilvl] ?? levelDefinition.start
            label = label.replacingOccurrences(of: "%\(ilvl + 1)", with: ListNumbering.value(count, format: levelDefinition.format))
        }
        return label
    }
}
