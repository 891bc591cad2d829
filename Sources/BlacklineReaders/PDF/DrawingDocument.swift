import PopplerDrawing

/// Owns one document opened by poppler's core for drawing (`PopplerDrawing`): each page's
/// stroked segments, filled rectangles and glyph origins, read as the interpreter goes, with no
/// renderer and no font loaded. One thread uses it at a time; threads each open their own, and
/// draw at the same time (nothing they touch is shared, unlike cairo's fonts).
final class DrawingDocument {
    private let handle: OpaquePointer

    /// Nil when poppler's core cannot open the file (poppler-glib opened it already, so this is
    /// rare: the page is then read without marks).
    init?(path: String) {
        guard let handle = blackline_drawing_open(path) else { return nil }
        self.handle = handle
    }

    deinit { blackline_drawing_close(handle) }

    /// Items kept from one page at most: every kind's cap in `PageDrawing` together, plus the
    /// segments and rectangles that are none of them (white fills, slanted lines).
    static let mostItems = PageDrawing.mostRules + PageDrawing.mostAreas + PageDrawing.mostBars + PageDrawing.mostTextDraws + 50_000

    enum Outcome {
        case drawn(PageDrawing)
        /// The page could not be drawn (poppler refused it).
        case failed
        /// Poppler was still interpreting the page when `seconds` ran out.
        case timedOut
    }

    /// Page `index` (0-based), given at most `seconds` of interpretation.
    func drawing(ofPage index: Int, seconds: Double) -> Outcome {
        var items: UnsafePointer<blackline_drawn_item>?
        var overCap: Int32 = 0, timedOut: Int32 = 0
        let count = blackline_drawing_page(handle, Int32(index), Self.mostItems, seconds, &items, &overCap, &timedOut)
        if timedOut != 0 { return .timedOut }
        guard count >= 0 else { return .failed }
        var drawing = PageDrawing(UnsafeBufferPointer(start: items, count: count))
        if overCap != 0 { drawing.isOverCap = true }
        return .drawn(drawing)
    }
}

extension PageDrawing {
    /// What the device drew, sorted into rules, bars, fills and glyph colours: a thin horizontal
    /// segment or rectangle is a rule (underline, strike, border), a thin vertical one a bar
    /// (change bar, side border), any other coloured rectangle an area (highlight, shaded cell).
    init(_ items: UnsafeBufferPointer<blackline_drawn_item>) {
        self.init()
        for item in items {
            let color = item.has_color != 0 ? RGB(red: item.red, green: item.green, blue: item.blue) : nil
            switch item.kind {
            case BLACKLINE_DRAWN_SEGMENT:
                addSegment(from: (item.x1, item.y1), to: (item.x2, item.y2), thickness: item.thickness, color: color)
            case BLACKLINE_DRAWN_RECTANGLE:
                guard let color else { continue }
                let corners = [(item.x1, item.y1), (item.x2, item.y2)]
                if let rule = RuleGeometry.filledRule(corners: corners, color: color) {
                    add(rule)
                } else if let bar = RuleGeometry.filledBar(corners: corners, color: color) {
                    add(bar)
                } else if !color.isWhite {
                    add(FilledArea(box: Box(x1: item.x1, y1: item.y1, x2: item.x2, y2: item.y2), color: color, sequence: Int(item.sequence)))
                }
            case BLACKLINE_DRAWN_INVISIBLE_GLYPH:
                invisibleTextDraws += 1
            default:
                add(TextDraw(x: item.x1, y: item.y1, color: color, sequence: Int(item.sequence)))
            }
        }
    }

    private mutating func addSegment(from a: (Double, Double), to b: (Double, Double), thickness: Double, color: RGB?) {
        guard thickness > 0, thickness <= RuleGeometry.thickestRule, let color else { return }
        if abs(a.1 - b.1) < 0.05, abs(a.0 - b.0) > thickness {
            add(DrawnRule(x1: min(a.0, b.0), x2: max(a.0, b.0), y: a.1, thickness: thickness, color: color))
        } else if abs(a.0 - b.0) < 0.05, abs(a.1 - b.1) >= RuleGeometry.shortestBar {
            add(DrawnBar(x: a.0, y1: min(a.1, b.1), y2: max(a.1, b.1), color: color))
        }
    }
}
