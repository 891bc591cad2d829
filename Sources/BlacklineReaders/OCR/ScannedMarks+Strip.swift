extension ScannedMarks {
    /// The strip cut around a marked stretch: ems above and below its baseline (capitals and
    /// parentheses reach 0.8 em up, descenders 0.25 down), and paper added around it, inches.
    static let stripAscent = 0.85
    static let stripDescent = 0.32
    static let stripMargin = 0.1

    /// Paints a rule's pixels (and the pale fringe the scan blurred around it) to paper, except
    /// in columns where a letter's stroke crosses it: a strike is crossed where ink goes on above
    /// and below it (a stem), an underline where ink comes down into it (a descender, whose tail
    /// may end on the line).
    static func paintOut(_ rule: ScannedRuleFinder.Rule, strikes: Bool, in image: inout GreyImage) {
        var band: [Int: (top: Int, bottom: Int)] = [:]
        for run in rule.runs {
            for x in run.x1...run.x2 {
                let current = band[x] ?? (run.row, run.row)
                band[x] = (min(current.top, run.row), max(current.bottom, run.row))
            }
        }
        let width = image.width, height = image.height
        image.pixels.withUnsafeMutableBufferPointer { pixels in
            for (x, rows) in band {
                let above = rows.top - 1, below = rows.bottom + 1
                guard above >= 0, below < height else { continue }
                let inkAbove = pixels[above * width + x] < ScannedRuleFinder.inkLevel
                let inkBelow = pixels[below * width + x] < ScannedRuleFinder.inkLevel
                if inkAbove && (inkBelow || !strikes) { continue }
                for row in max(rows.top - 1, 0)...min(rows.bottom + 1, height - 1) { pixels[row * width + x] = 255 }
            }
        }
    }

    /// Reads a stretch of a line again, from a strip cut level along its baseline out of the
    /// cleaned page; the words come back in page pixels, on the stretch's line, with its baseline
    /// and em (tesseract's own, from a few words in a strip, strayed by a third of an em where
    /// parentheses hang below the line).
    static func readAgain(_ stretch: Stretch, in page: GreyImage, engine: TesseractEngine) -> [TesseractEngine.Word] {
        let margin = Int(stripMargin * page.dpi)
        let ascent = Int(stripAscent * stretch.em), descent = Int(stripDescent * stretch.em)
        let columns = stretch.right - stretch.left + 1
        guard columns > 0 else { return [] }
        let stripWidth = columns + 2 * margin, stripHeight = ascent + descent + 2 * margin
        var strip = GreyImage(width: stripWidth, height: stripHeight, dpi: page.dpi, pixels: [UInt8](repeating: 255, count: stripWidth * stripHeight))
        /// The page row at the strip's top margin for page column `x`.
        func rise(at x: Int) -> Int { Int(stretch.baseline(Double(x)).rounded()) - ascent - margin }
        for column in 0..<columns {
            let x = stretch.left + column, top = rise(at: x) + margin
            guard x >= 0, x < page.width else { continue }
            for row in 0..<(ascent + descent) where top + row >= 0 && top + row < page.height {
                strip.pixels[(row + margin) * stripWidth + column + margin] = page.pixels[(top + row) * page.width + x]
            }
        }
        let shift = stretch.left - margin
        return engine.words(in: strip, layout: .line).map { word in
            var word = word
            let centre = (word.left + word.right) / 2 + shift
            (word.left, word.right) = (word.left + shift, word.right + shift)
            (word.top, word.bottom) = (word.top + rise(at: centre), word.bottom + rise(at: centre))
            word.symbols = word.symbols.map { TesseractEngine.Symbol(text: $0.text, left: $0.left + shift, right: $0.right + shift) }
            word.baseline = (stretch.left, Int(stretch.baseline(Double(stretch.left)).rounded()),
                             stretch.right, Int(stretch.baseline(Double(stretch.right)).rounded()))
            word.line = stretch.line
            word.pointSize = Int((stretch.em * 72 / page.dpi).rounded())
            return word
        }
    }
}
