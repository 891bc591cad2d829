import BlacklineModel

/// The redline marks of one scanned page, and its marked words read again without them.
///
/// A strike through a word breaks its letters for OCR ("Citizen" struck reads "Gtt+zen"), an
/// underline tangles descenders. So: rules are found in the page's pixels, classified against the
/// words of the first reading, painted out to paper where they mark words (leaving the letter
/// strokes they cross), and each stretch of a line holding marked words is read again from a
/// strip cut level along its baseline (`ScannedMarks+Strip`). The marks are then decided on the
/// words of the second reading. A strike through a whole line can leave the first reading so
/// garbled that its words have no usable baseline; a long rule with letters above and below it
/// along its length is read again around itself. Pages without rules cost one pass over the
/// pixels and nothing more.
enum ScannedMarks {
    /// A rule at least this many ems long that marked nothing is looked at as a strike through
    /// a line the first reading garbled.
    static let longestUnreadStrike = 2.0
    /// Words read at this confidence or more (0-100) are sure: an underlined word read surely is
    /// not read again (`markedStretches`), nor a struck stretch whose first reading is sure and
    /// spelled (`isSurelyRead`); each reading costs a line's recognition.
    static let sureReading = 90.0
    /// Where a strike sits, in ems above the baseline (`ScannedMarkClassifier.strikeBand`).
    static let strikeHeight = 0.3

    struct Page {
        var words: [TesseractEngine.Word]
        /// Per word, one mark per symbol (see `ScannedMarkClassifier.Result`).
        var marks: [[MarkClassifier.GlyphMark]]
    }

    /// A stretch of a line to read again: from `left` to `right` (pixels), its baseline, its em,
    /// and the words of the first reading it replaces.
    struct Stretch {
        var left: Int, right: Int
        /// A strike runs through it: its words are checked for letters the strike took.
        var isStruck: Bool
        var baseline: (Double) -> Double
        var em: Double
        var line: Int
        var replaces: (TesseractEngine.Word) -> Bool
    }

    static func read(_ firstReading: [TesseractEngine.Word], image: GreyImage, colour: ColourImage?, engine: TesseractEngine) -> Page {
        let rules = ScannedRuleFinder(image: image).rules()
        let colours = rules.map { rule in colour.flatMap { $0.colour(of: inkOffsets(of: rule, in: image)) } }
        let first = ScannedMarkClassifier.classify(firstReading, rules: rules, dpi: image.dpi, colours: colours)
        let em = typicalEm(firstReading, dpi: image.dpi)
        // A garbled line's baseline may put its strike under it: a long rule with letters on both
        // sides is a strike whatever the first reading made of it.
        let striking = Set(first.markingRules.filter(\.strikes).map(\.rule))
        let garbled = rules.indices.filter { index in
            !striking.contains(index) && Double(rules[index].length) >= longestUnreadStrike * em && hasLettersAcross(rules[index], em: em, in: image)
        }
        let marking = first.markingRules.filter { !garbled.contains($0.rule) }
        guard !marking.isEmpty || !garbled.isEmpty else { return coloured(Page(words: firstReading, marks: first.marks), image: image, colour: colour) }
        let painted = marking.map { (rules[$0.rule], $0.strikes) } + garbled.map { (rules[$0], true) }
        var cleaned = image
        for (rule, strikes) in painted { paintOut(rule, strikes: strikes, in: &cleaned) }
        let stretches = markedStretches(firstReading, marks: first.marks, rules: marking.map { (rules[$0.rule], $0.strikes) }, dpi: image.dpi)
            + garbledStretches(garbled.map { rules[$0] }, firstReading: firstReading, em: em)
        var words = firstReading
        // A pound sign only inside struck words, on a page that prints dollars, was a struck dollar.
        let struck = stretches.filter(\.isStruck)
        let unstruck = firstReading.filter { word in !struck.contains { $0.replaces(word) } }
        let pagePrintsDollars = firstReading.contains { $0.text.contains("$") } && !unstruck.contains { $0.text.contains("£") }
        let pageWords = Set(unstruck.map { $0.text.filter(\.isLetter).lowercased() })
        for stretch in stretches {
            let reread = bestReading(stretch, first: words.filter(stretch.replaces), cleaned: cleaned, engine: engine,
                                     pagePrintsDollars: pagePrintsDollars, pageWords: pageWords)
            guard !reread.isEmpty else { continue }
            let at = words.firstIndex(where: stretch.replaces) ?? words.endIndex
            words.removeAll(where: stretch.replaces)
            words.insert(contentsOf: reread, at: min(at, words.endIndex))
        }
        let final = ScannedMarkClassifier.classify(words, rules: rules, dpi: image.dpi, colours: colours)
        return coloured(Page(words: words, marks: final.marks), image: image, colour: colour)
    }

    /// The page with each symbol's text colour, when the scan has colour (`ScannedTextColour`).
    private static func coloured(_ page: Page, image: GreyImage, colour: ColourImage?) -> Page {
        guard let colour else { return page }
        var page = page
        for (word, symbols) in ScannedTextColour.colours(of: page.words, image: image, colour: colour).enumerated() {
            for (symbol, hex) in symbols.enumerated() where symbol < page.marks[word].count {
                page.marks[word][symbol].appearance = RunAppearance(color: hex)
            }
        }
        return page
    }

    /// A stretch read again from the page with its marking rules painted out, a struck stretch's
    /// letters, brackets, dollar signs and figures checked for what the strike took
    /// (`StruckLetterRepair`). A second reading with the strike painted only between letters was
    /// tried for low-confidence readings until those repairs took the page's own words: it then
    /// changed one deleted word in 26 on one scan and one in 28 the other way on another, for a
    /// tenth of the OCR's CPU (Scripts/redline-score and Scripts/ocr-bench, 2026-11-30).
    private static func bestReading(_ stretch: Stretch, first: [TesseractEngine.Word], cleaned: GreyImage, engine: TesseractEngine,
                                    pagePrintsDollars: Bool, pageWords: Set<String>) -> [TesseractEngine.Word] {
        var reread = isSurelyRead(first, engine: engine, pageWords: pageWords) ? first : surer(of: first, readAgain(stretch, in: cleaned, engine: engine))
        guard stretch.isStruck else { return reread }
        let repaired = StruckLetterRepair.repaired(reread.map(\.text), engine: engine, pageWords: pageWords, pagePrintsDollars: pagePrintsDollars)
        for (index, text) in repaired.enumerated() { reread[index].text = text }
        return reread
    }

    /// Whether a struck stretch's first reading stands without a second: every word read surely,
    /// spelled as the page or tesseract's dictionary spells it, and no figures (a strike through
    /// "0" read "2025" as "2625" at 92, "6040" as "6940" at 93). On the scanned redlines a quarter
    /// of the second readings' time went on such stretches, whole struck sentences read word for
    /// word the same both times (Scripts/redline-score and Scripts/ocr-bench, 2026-12-01).
    static func isSurelyRead(_ words: [TesseractEngine.Word], engine: TesseractEngine, pageWords: Set<String>) -> Bool {
        !words.isEmpty && words.allSatisfy { word in
            let letters = word.text.filter(\.isLetter).lowercased()
            return word.confidence >= sureReading && !word.text.contains(where: \.isNumber)
                && (letters.isEmpty || pageWords.contains(letters) || engine.isDictionaryWord(letters))
        }
    }

    /// The second reading, with a word the first reading read surely and the second doubtfully
    /// kept from the first, when the two readings hold the same words in the same places.
    /// Painting out a strike that runs along a letter's own bar takes the bar with it: a struck
    /// "F" read "(FG)" at 96 the first time came back "(IG)" at 55. Only a doubtful second reading
    /// gives way: a strike through "0" made a first reading "2625" at 96 where the second read
    /// "2025" less surely, and right.
    static func surer(of first: [TesseractEngine.Word], _ second: [TesseractEngine.Word]) -> [TesseractEngine.Word] {
        guard first.count == second.count else { return second }
        let aligned = zip(first, second).allSatisfy { $0.left <= $1.right && $1.left <= $0.right }
        guard aligned else { return second }
        return zip(first, second).map { $0.confidence >= sureReading && $1.confidence < ScannedPageLayout.lowConfidence ? $0 : $1 }
    }

    /// Each garbled line's strike as a stretch around itself: its baseline a strike's height
    /// under the rule, replacing the first reading's words along it.
    private static func garbledStretches(_ rules: [ScannedRuleFinder.Rule], firstReading: [TesseractEngine.Word], em: Double) -> [Stretch] {
        var nextLine = (firstReading.map(\.line).max() ?? -1) + 1
        return rules.map { rule in
            let replaces: (TesseractEngine.Word) -> Bool = { word in
                let x = Double(word.left + word.right) / 2, y = Double(word.top + word.bottom) / 2
                return x >= Double(rule.x1) && x <= Double(rule.x2) && abs(y - rule.y(at: x)) < 0.5 * em
            }
            let line = firstReading.first(where: replaces)?.line ?? nextLine
            if line == nextLine { nextLine += 1 }
            return Stretch(left: rule.x1, right: rule.x2, isStruck: true, baseline: { rule.y(at: $0) + strikeHeight * em }, em: em,
                           line: line, replaces: replaces)
        }
    }

    /// Per line of the first reading, its marked words that need a second reading, in stretches
    /// of neighbours: a word a strike crosses, or one an underline crosses that was not read
    /// surely. An underlined word read surely splits the stretch and is not read again: in "twelve
    /// (12) twenty-four (24)" with the first two struck, only they are (a reading costs in
    /// proportion to its width).
    private static func markedStretches(_ words: [TesseractEngine.Word], marks: [[MarkClassifier.GlyphMark]], rules: [(rule: ScannedRuleFinder.Rule, strikes: Bool)], dpi: Double) -> [Stretch] {
        let marked = words.indices.filter { word in marks[word].contains { $0 != MarkClassifier.GlyphMark() } }.map { words[$0] }
        func isStruck(_ word: TesseractEngine.Word) -> Bool { rules.contains { $0.strikes && $0.rule.x1 <= word.right && $0.rule.x2 >= word.left } }
        let wordsByLine = Dictionary(grouping: words, by: \.line)
        var stretches: [Stretch] = []
        for (line, crossed) in Dictionary(grouping: marked, by: \.line).sorted(by: { $0.key < $1.key }) {
            var group: [TesseractEngine.Word] = []
            for word in crossed.sorted(by: { $0.left < $1.left }) + [nil] {
                if let word, isStruck(word) || word.confidence < sureReading {
                    group.append(word)
                    continue
                }
                if let stretch = stretch(of: group, line: line, struck: group.contains(where: isStruck), among: wordsByLine[line] ?? [], dpi: dpi) {
                    stretches.append(stretch)
                }
                group = []
            }
        }
        return stretches
    }

    /// The stretch from the first to the last of a line's neighbouring marked words, and up to
    /// half an em on each side towards the line's words around it: tesseract's box may leave off
    /// a bracket the strike ran through ("($100" for "($100)"). Nil for no words.
    private static func stretch(of group: [TesseractEngine.Word], line: Int, struck: Bool, among lineWords: [TesseractEngine.Word], dpi: Double) -> Stretch? {
        guard let first = group.map(\.left).min(), let last = group.map(\.right).max(), let sample = group.first else { return nil }
        let pad = Int(0.5 * ScannedMarkClassifier.em(of: sample, dpi: dpi))
        // Short of the words around by half the pad: their boxes may leave off a sliver of ink
        // that a strip's edge would read as "|". (No word of the group, nor one between its first
        // and last, ends before `first` or starts after `last`.)
        let left = min(first, max(first - pad, (lineWords.map(\.right).filter { $0 < first }.max() ?? Int.min / 2) + pad / 2))
        let right = max(last, min(last + pad, (lineWords.map(\.left).filter { $0 > last }.min() ?? Int.max / 2) - pad / 2))
        return Stretch(left: left, right: right, isStruck: struck, baseline: { ScannedMarkClassifier.baseline(of: sample, at: $0) },
                       em: ScannedMarkClassifier.em(of: sample, dpi: dpi), line: line) { word in
            let centre = (word.left + word.right) / 2
            return word.line == line && centre >= left && centre <= right
        }
    }

    /// The median em of the page's words, pixels.
    static func typicalEm(_ words: [TesseractEngine.Word], dpi: Double) -> Double {
        let ems = words.map { ScannedMarkClassifier.em(of: $0, dpi: dpi) }.sorted()
        return ems.isEmpty ? dpi / 6 : ems[ems.count / 2]
    }

    /// Share of a rule's columns that must have ink both in the band above it and in the band
    /// below it (letters it runs through), over its length and over an em at each end (less
    /// there: a first digit, "4", crosses both bands in a quarter of its width): a table border
    /// has text on one side, or on both only between its ends.
    static let lettersAcrossShare = 0.3
    static let lettersAtEndsShare = 0.15

    /// Whether letters stand above and below the rule, near both its ends: it runs through text.
    static func hasLettersAcross(_ rule: ScannedRuleFinder.Rule, em: Double, in image: GreyImage) -> Bool {
        let reach = max(Int(em), 1)
        func share(_ range: ClosedRange<Int>) -> Double {
            let through = range.filter { x in
                let y = rule.y(at: Double(x))
                return inked(x, from: y - 0.3 * em, to: y - 0.08 * em, in: image) && inked(x, from: y + 0.08 * em, to: y + 0.3 * em, in: image)
            }
            return Double(through.count) / Double(range.count)
        }
        return share(rule.x1...(rule.x1 + reach)) >= lettersAtEndsShare && share((rule.x2 - reach)...rule.x2) >= lettersAtEndsShare
            && share(rule.x1...rule.x2) >= lettersAcrossShare
    }

    private static func inked(_ x: Int, from top: Double, to bottom: Double, in image: GreyImage) -> Bool {
        guard x >= 0, x < image.width else { return false }
        let first = max(Int(top.rounded()), 0), last = min(Int(bottom.rounded()), image.height - 1)
        guard first <= last else { return false }
        return (first...last).contains { image.pixels[$0 * image.width + x] < ScannedRuleFinder.inkLevel }
    }

    /// Offsets of the rule's pixels that are ink, for its colour.
    private static func inkOffsets(of rule: ScannedRuleFinder.Rule, in image: GreyImage) -> [Int] {
        rule.runs.flatMap { run in (run.x1...run.x2).map { run.row * image.width + $0 } }.filter { image.pixels[$0] < ScannedRuleFinder.inkLevel }
    }
}
