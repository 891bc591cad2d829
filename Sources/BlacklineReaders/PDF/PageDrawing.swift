/// What a page's drawing shows besides its text layer, as `DrawingDocument` reads it.
///
/// Each kind is capped: a hostile page can draw millions of shapes, and past these numbers a page
/// is no redline anyone prints (the ACE redline's busiest page draws 212 rules and 1,900 glyph
/// runs). What goes past a cap is not read, and the page is said to be over it.
struct PageDrawing: Sendable {
    static let mostRules = 20_000
    static let mostAreas = 5_000
    static let mostBars = 5_000
    static let mostTextDraws = 200_000

    private(set) var rules: [DrawnRule] = []
    private(set) var areas: [FilledArea] = []
    private(set) var bars: [DrawnBar] = []
    private(set) var textDraws: [TextDraw] = []
    /// Runs of invisible text the page lays down (an OCR layer over a scanned image).
    var invisibleTextDraws = 0
    var isOverCap = false

    /// Most of the page's text is invisible: its text layer is an OCR program's, over an image.
    var hasOCRTextLayer: Bool { invisibleTextDraws > 0 && invisibleTextDraws >= textDraws.count }

    init(rules: [DrawnRule] = []) { self.rules = rules }

    mutating func add(_ rule: DrawnRule) {
        if rules.count < Self.mostRules { rules.append(rule) } else { isOverCap = true }
    }

    mutating func add(_ area: FilledArea) {
        if areas.count < Self.mostAreas { areas.append(area) } else { isOverCap = true }
    }

    mutating func add(_ bar: DrawnBar) {
        if bars.count < Self.mostBars { bars.append(bar) } else { isOverCap = true }
    }

    mutating func add(_ draw: TextDraw) {
        if textDraws.count < Self.mostTextDraws { textDraws.append(draw) } else { isOverCap = true }
    }
}

/// A filled rectangle that is no rule: a highlight behind words, a shaded table cell, a banner.
struct FilledArea: Sendable {
    var box: Box
    var color: RGB
    /// Its place among the page's drawing operations: a highlight is drawn before its words.
    var sequence: Int
}

/// A thin vertical line: a change bar in the margin, or a table's side border.
struct DrawnBar: Sendable, Hashable {
    var x: Double
    var y1: Double
    var y2: Double
    var color: RGB?
}

/// Where a run of glyphs starts (its first glyph's origin on the baseline) and its colour; nil
/// when the source is a pattern.
struct TextDraw: Sendable {
    var x: Double
    var y: Double
    var color: RGB?
    var sequence: Int
}
