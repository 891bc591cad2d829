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
    /// Values the file gave out of range and what they were read as ("list start
    /// 9223372036854775807 read as 32767"), for one finding.
    private(set) var clampedValues: [String] = []

    /// Word lists have nine levels, 0 to 8; a level outside them is clamped (in a paragraph) or
    /// its definition ignored, so "%\(level + 1)" cannot overflow.
    static let levels = 0...8

    enum Side { case old, new }

    init(numbering: XMLTree?, styles: XMLTree?) {
        var abstract: [String: [Int: Level]] = [:]
        numbering?.withRoot { root in
            for node in root.elements where node.name == "abstractNum" {
                guard let id = node.attribute("abstractNumId") else { continue }
                var levels: [Int: Level] = [:]
                for level in node.elements where level.name == "lvl" {
                    guard let written = level.attribute("ilvl"), let ilvl = ListNumbering.clamped(written, to: Self.levels),
                          !ilvl.wasClamped else { continue }
                    levels[ilvl.value] = Level(format: ListNumbering.Format(word: level.first("numFmt")?.attribute("val") ?? "decimal"),
                                               text: level.first("lvlText")?.attribute("val") ?? "%\(ilvl.value + 1).",
                                               start: start(level.first("start")?.attribute("val")))
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
                styleNumbering[id] = (numId, level(numPr.first("ilvl")?.attribute("val")))
            }
        }
    }

    /// A list's start as written, clamped to Word's 0...32,767.
    private mutating func start(_ written: String?) -> Int {
        guard let written, let start = ListNumbering.clamped(written, to: 0...ListNumbering.largestNumber) else { return 1 }
        if start.wasClamped { clampedValues.append("list start \(written.prefix(40)) read as \(start.value)") }
        return start.value
    }

    /// A paragraph's list level as written, clamped to Word's nine levels.
    mutating func level(_ written: String?) -> Int {
        guard let written, let level = ListNumbering.clamped(written, to: Self.levels) else { return 0 }
        if level.wasClamped { clampedValues.append("list level \(written.prefix(40)) read as \(level.value)") }
        return level.value
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
