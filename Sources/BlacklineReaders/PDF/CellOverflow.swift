/// Tables whose columns are narrower than their text: the word processor drew the column
/// borders, then set the text across them ("191.63" wrapped into "191.6" over "3", digits
/// stacked one per line, words over two cells). Such a table cannot be read cell by cell, so
/// the reader says so instead of passing its pieces off as text; comparing it with another
/// version would otherwise show changes that are only the reading.
enum CellOverflow {
    /// Glyphs cut by a column border on one page, at least, before the page is said to hold
    /// such a table: a border may graze a glyph or two of a well-set table.
    static let fewestCutGlyphs = 12
    /// A border cuts a glyph when it passes this share of the glyph's width inside either edge.
    static let cutInset = 0.2

    /// How many of the page's glyphs a column border (a vertical bar) passes through.
    static func cutGlyphs(_ glyphs: [Glyph], bars: [DrawnBar]) -> Int {
        guard !bars.isEmpty else { return 0 }
        let sorted = bars.sorted { $0.x < $1.x }
        var cut = 0
        for glyph in glyphs where !glyph.isBlank && glyph.box.width > 0 {
            let inset = cutInset * glyph.box.width
            let left = glyph.box.x1 + inset, right = glyph.box.x2 - inset, middle = glyph.box.centerY
            guard left < right else { continue }
            // The first bar right of the glyph's inset left edge; bars are few, a scan is enough.
            if let bar = sorted.first(where: { $0.x > left }), bar.x < right, bar.y1 <= middle, middle <= bar.y2 { cut += 1 }
        }
        return cut
    }
}
