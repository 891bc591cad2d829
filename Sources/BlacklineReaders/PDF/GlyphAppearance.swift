import BlacklineModel

/// Gives each glyph of a page how it looked: the colour its run was drawn in (from the page's
/// drawing, which poppler's per-word colour cannot give inside a word), a fill hugging it from
/// behind (a highlighter), and whether it lies in a link area.
enum GlyphAppearance {
    /// A fill is a highlight when it is at most this many glyph heights tall...
    static let tallestHighlight = 1.6
    /// ...and its ends are within this many ems of the words it lies behind (a shaded table cell
    /// usually runs past its words).
    static let highlightEdge = 1.0
    /// Fills taller than this (points) are backgrounds, never one line's highlight.
    static let tallestLineFill = 40.0

    static func appearances(of glyphs: [Glyph], drawing: PageDrawing, links: [Box]) -> [RunAppearance?] {
        let lineFills = drawing.areas.filter { $0.box.height <= tallestLineFill }
        let highlights = Highlights(lineFills, glyphs: glyphs)
        // Runs are looked up for their colour, or to know whether a fill lies behind or over them.
        let draws = DrawIndex(drawing.textDraws, lookups: !lineFills.isEmpty)
        // A page uses a handful of colours; each is spelt "#rrggbb" once.
        var names: [RGB: String] = [:]
        func name(_ color: RGB?) -> String? {
            guard let color else { return nil }
            if let known = names[color] { return known }
            names[color] = color.description
            return names[color]
        }
        return glyphs.indices.map { index in
            let glyph = glyphs[index]
            guard !glyph.isBlank else { return nil }
            let draw = draws.draw(for: glyph.box)
            let color = draws.soleColor ?? draw?.color ?? glyph.color
            let center = (glyph.box.centerX, glyph.box.centerY)
            return RunAppearance(
                color: name(color),
                highlight: name(highlights.color(at: index, before: draw?.sequence)),
                isLink: links.contains { $0.contains(x: center.0, y: center.1) },
                fontSize: (glyph.fontSize * 10).rounded() / 10
            )
        }
    }
}

/// Glyph-run starts by baseline, for finding the run a glyph belongs to: the last run to start
/// at or before the glyph on its baseline.
private struct DrawIndex {
    /// Keyed by the baseline rounded down to a point; each list sorted by x.
    private var rows: [Int: [TextDraw]] = [:]

    /// The one colour every run of the page is drawn in, when there is one (most pages): then
    /// no glyph needs looking up.
    private(set) var soleColor: RGB?

    init(_ draws: [TextDraw], lookups: Bool) {
        if let first = draws.first?.color, draws.allSatisfy({ $0.color == first }) {
            soleColor = first
            guard lookups else { return }
        }
        for draw in draws where draw.x.isFinite && draw.y.isFinite && abs(draw.y) < 1e6 {
            rows[Int(draw.y.rounded(.down)), default: []].append(draw)
        }
        for key in rows.keys { rows[key]?.sort { $0.x < $1.x } }
    }

    /// How many one-point rows a glyph box is looked up in, at most (a hostile box can be huge).
    private static let mostRows = 64

    func draw(for box: Box) -> TextDraw? {
        guard !rows.isEmpty, box.height > 0, box.height.isFinite, abs(box.y1) < 1e6 else { return nil }
        // The baseline lies in the lower part of poppler's glyph box (above the descent).
        let low = box.y1 + 0.3 * box.height, high = box.y2 + 0.15 * box.height
        let reach = box.x1 + max(0.5, 0.3 * box.width)
        var best: TextDraw?
        let first = Int(low.rounded(.down))
        for key in first...min(Int(high.rounded(.down)), first + Self.mostRows) {
            guard let row = rows[key] else { continue }
            var lower = 0, upper = row.count
            while lower < upper {
                let middle = (lower + upper) / 2
                if row[middle].x <= reach { lower = middle + 1 } else { upper = middle }
            }
            var index = lower - 1
            while index >= 0, !(low...high).contains(row[index].y) { index -= 1 }
            if index >= 0, best.map({ row[index].x > $0.x }) ?? true { best = row[index] }
        }
        return best
    }
}

/// Which fills lie behind which glyphs, and which of them hug their words (highlights).
private struct Highlights {
    private var behind: [Int: FilledArea] = [:]

    init(_ areas: [FilledArea], glyphs: [Glyph]) {
        guard !areas.isEmpty else { return }
        // Bands of 10 points: a glyph looks only at the fills crossing its band.
        var bands: [Int: [Int]] = [:]
        for (index, area) in areas.enumerated() where area.box.y1.isFinite && area.box.y2.isFinite {
            for band in Int((area.box.y1 / 10).rounded(.down))...Int((area.box.y2 / 10).rounded(.down)) {
                bands[band, default: []].append(index)
            }
        }
        var members = [[Int]](repeating: [], count: areas.count)
        for (glyphIndex, glyph) in glyphs.enumerated() where !glyph.isBlank {
            let (x, y) = (glyph.box.centerX, glyph.box.centerY)
            guard y.isFinite, let candidates = bands[Int((y / 10).rounded(.down))] else { continue }
            // The topmost fill under the glyph: drawn last.
            if let top = candidates.filter({ areas[$0].box.contains(x: x, y: y) }).max(by: { areas[$0].sequence < areas[$1].sequence }) {
                members[top].append(glyphIndex)
            }
        }
        for (areaIndex, glyphIndices) in members.enumerated() where !glyphIndices.isEmpty {
            let area = areas[areaIndex]
            let tallest = glyphIndices.map { glyphs[$0].box.height }.max() ?? 0
            let em = max(glyphIndices.map { glyphs[$0].fontSize }.max() ?? 0, 1)
            let left = glyphIndices.map { glyphs[$0].box.x1 }.min() ?? area.box.x1
            let right = glyphIndices.map { glyphs[$0].box.x2 }.max() ?? area.box.x2
            let hugs = area.box.height <= GlyphAppearance.tallestHighlight * tallest
                && left - area.box.x1 <= GlyphAppearance.highlightEdge * em
                && area.box.x2 - right <= GlyphAppearance.highlightEdge * em
            guard hugs else { continue }
            for glyphIndex in glyphIndices { behind[glyphIndex] = area }
        }
    }

    /// The highlight behind glyph `index`, if it was drawn before the glyph's run.
    func color(at index: Int, before sequence: Int?) -> RGB? {
        guard let area = behind[index] else { return nil }
        if let sequence, area.sequence > sequence { return nil }
        return area.color
    }
}
