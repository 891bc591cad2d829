/// Tables whose columns are narrower than their text: the word processor drew the column
/// borders, then set the text across them ("191.63" wrapped into "191.6" over "3", words over two
/// cells), or wrapped it inside them a letter or two a line ("J" over "o" over "b" for "Job").
/// Such a table cannot be read cell by cell, so the reader says so instead of passing its pieces
/// off as text; comparing it with another version would otherwise show changes that are only the
/// reading.
enum CellOverflow {
    /// Squeezed glyphs on one page, at least, before the page is said to hold such a table: a
    /// border may graze a glyph or two of a well-set table.
    static let fewestSqueezedGlyphs = 12

    /// The page's glyphs a column border cuts or a narrow column stacks (`cutGlyphs` plus
    /// `stackedLetters`); `rules` are the page's table borders.
    static func squeezedGlyphs(_ glyphs: [Glyph], bars: [DrawnBar], rules: [DrawnRule]) -> Int {
        cutGlyphs(glyphs, bars: bars) + stackedLetters(glyphs, bars: bars, rules: rules)
    }
    /// Where a page's column borders stand, to the point: a table continued over pages keeps them.
    static func columnBorders(_ bars: [DrawnBar]) -> [Int] { Array(Set(bars.map { Int($0.x.rounded()) })).sorted() }

    /// Column borders a page's table needs, at least, to be taken for the table of the page
    /// before (a margin's change bar is one; a two-column page's rule is one).
    static let fewestContinuedBorders = 3

    /// Whether a page's borders are those of the page before, each within a point: the same
    /// table, squeezed as it was, though its rows there happen to stack too few letters to tell.
    static func continuesTable(_ borders: [Int], of previous: [Int]) -> Bool {
        borders.count >= fewestContinuedBorders && borders.count == previous.count
            && zip(borders, previous).allSatisfy { abs($0 - $1) <= 1 }
    }

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

    /// A column is narrow when it is under this many ems wide: two or three letters a line.
    static let narrowestColumn = 2.2

    /// How many letters of the page sit right above another letter of the same narrow bordered
    /// column, with no row border between them: a word wrapped a letter or two a line. A narrow
    /// column of one-letter codes ("A", "B") has a border between its rows and counts nothing.
    static func stackedLetters(_ glyphs: [Glyph], bars: [DrawnBar], rules: [DrawnRule]) -> Int {
        guard bars.count >= 2 else { return 0 }
        let letters = glyphs.filter { !$0.isBlank && $0.character.isLetter && $0.box.height > 0 }
        guard let em = letters.map(\.fontSize).sorted().dropFirst(letters.count / 2).first, em > 0 else { return 0 }
        let sorted = bars.sorted { $0.x < $1.x }
        var stacked = 0
        for (left, right) in zip(sorted, sorted.dropFirst()) where right.x - left.x < narrowestColumn * em {
            let top = max(left.y1, right.y1), bottom = min(left.y2, right.y2)
            guard top < bottom else { continue }
            let inside = letters.filter { $0.box.centerX > left.x && $0.box.centerX < right.x && $0.box.centerY > top && $0.box.centerY < bottom }
            guard inside.count >= 2 else { continue }
            let byTop = inside.sorted { $0.box.y1 < $1.box.y1 }
            for (index, glyph) in byTop.enumerated() {
                let reach = glyph.box.y2 + 0.8 * glyph.box.height
                guard let below = byTop[(index + 1)...].first(where: { $0.box.y1 >= glyph.box.y2 - 0.2 * glyph.box.height }),
                      below.box.y1 <= reach else { continue }
                let bordered = rules.contains { rule in
                    rule.y > glyph.box.centerY && rule.y < below.box.centerY && rule.x1 <= left.x + 1 && rule.x2 >= right.x - 1
                }
                if !bordered { stacked += 1 }
            }
        }
        return stacked
    }
}
