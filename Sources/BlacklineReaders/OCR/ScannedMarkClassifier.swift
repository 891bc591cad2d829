import BlacklineModel

/// Decides the redline marks of OCR'd words from the rules found in the scan
/// (`ScannedRuleFinder`), as `MarkClassifier` does for a text layer's drawn rules, and with the
/// same marks and evidence kinds ("strike found in the scan #c81e1e"), so the convention reader,
/// `markup` and `verify` treat a scanned redline as a printed one.
///
/// A rule through the middle of the x-height is a strike, one at or under the baseline an
/// underline, measured in ems from the word's baseline (tesseract's, which follows the skew).
/// The rule marks the symbols whose middles it covers, so a strike over "ten" of "tenseven" marks
/// three letters. It must start and end at the edges of the symbols it marks: table borders and
/// separators that run past the text mark nothing.
enum ScannedMarkClassifier {
    /// Where a strike lies, in ems above the baseline: x-height is about 0.45 em, a printed
    /// strike 0.28-0.34; the flat tops of "m" and "n" stand at 0.45-0.52.
    static let strikeBand = 0.15...0.42
    /// A strike runs over the whole of the symbols it marks, at least this share of their width:
    /// the middle bar of an "E" is shorter than the letter.
    static let strikeCover = 0.92
    /// A symbol at a strike's end that it covers less than this share of is not struck, though its
    /// middle lies under the strike: tesseract's boxes for a garbled word overlap ("©:461-493",
    /// "D:485-505" for a struck "C" before an underlined "D"), and the unstruck neighbour would
    /// otherwise spoil the strike's cover of the letter it does run through.
    static let partlyStruckSymbol = 0.75
    /// Where an underline lies, in ems above (positive) or below the baseline: under it, not on
    /// it, where the serifs of "di" and "rt" join into a short line.
    static let underlineBand = -0.4 ..< -0.04
    /// How far (in ems) a rule's ends may stray from the symbols it marks.
    static let edgeTolerance = 0.7
    /// An underline running under words this many ems apart is a table row's border.
    static let widestUnderlinedGap = 2.0
    /// Symbols that are themselves a horizontal line: a rule over nothing else is the symbol.
    static let lineSymbols: Set<Character> = ["-", "–", "—", "_", "=", "~"]

    struct Result {
        /// Per word, one mark per symbol (or one for a word without symbol boxes).
        var marks: [[MarkClassifier.GlyphMark]]
        /// Indices of the rules that marked something, and whether each struck (or underlined).
        var markingRules: [(rule: Int, strikes: Bool)]
    }

    private enum Kind { case strike, underline }

    static func classify(_ words: [TesseractEngine.Word], rules: [ScannedRuleFinder.Rule], dpi: Double, colours: [String?]) -> Result {
        var marks = words.map { [MarkClassifier.GlyphMark](repeating: MarkClassifier.GlyphMark(), count: max($0.symbols.count, 1)) }
        var strikeCounts = marks.map { [Int](repeating: 0, count: $0.count) }
        var marking: [(rule: Int, strikes: Bool)] = []
        for (ruleIndex, rule) in rules.enumerated() {
            var crossed: [Kind: [(word: Int, symbol: Int)]] = [:]
            for (wordIndex, word) in words.enumerated() where word.right >= rule.x1 && word.left <= rule.x2 {
                let middle = Double(max(word.left, rule.x1) + min(word.right, rule.x2)) / 2
                let em = Self.em(of: word, dpi: dpi)
                let height = (baseline(of: word, at: middle) - rule.y(at: middle)) / em
                guard let kind: Kind = strikeBand.contains(height) ? .strike : underlineBand.contains(height) ? .underline : nil else { continue }
                for (symbolIndex, span) in spans(of: word).enumerated() where covers(rule, span, of: word, em: em) {
                    if kind == .strike, share(of: span, under: rule) < partlyStruckSymbol { continue }
                    crossed[kind, default: []].append((wordIndex, symbolIndex))
                }
            }
            for (kind, symbols) in crossed where accepts(rule, kind: kind, symbols: symbols, words: words, dpi: dpi) {
                if !marking.contains(where: { $0.rule == ruleIndex }) { marking.append((ruleIndex, kind == .strike)) }
                let colour = colours[ruleIndex].map { " \($0)" } ?? ""
                for (word, symbol) in symbols {
                    switch kind {
                    case .strike:
                        strikeCounts[word][symbol] += 1
                        marks[word][symbol].mark = .deleted
                        marks[word][symbol].style.insert(.strikethrough)
                        marks[word][symbol].evidence = "strike found in the scan\(colour)"
                    case .underline:
                        marks[word][symbol].style.insert(.underline)
                        if marks[word][symbol].mark != .deleted {
                            marks[word][symbol].mark = .inserted
                            marks[word][symbol].evidence = "underline found in the scan\(colour)"
                        }
                    }
                }
            }
        }
        for word in marks.indices {
            for symbol in marks[word].indices where strikeCounts[word][symbol] >= 2 {
                marks[word][symbol].style.insert(.doubleStrikethrough)
                marks[word][symbol].evidence = marks[word][symbol].evidence?.replacingOccurrences(of: "strike found", with: "double strike found")
            }
        }
        return Result(marks: marks, markingRules: marking)
    }

    /// How far (ems) a symbol's middle may lie outside a rule that marks it: tesseract's symbol
    /// boxes stray by a few pixels.
    static let symbolSlack = 0.1
    /// Punctuation ending a word is marked only when the rule reaches the word's ink end, within
    /// this many ems: an underline stopping at "days" leaves its period, whose symbol box
    /// tesseract draws far too wide, unmarked.
    static let trailingPunctuationReach = 0.08
    static let trailingPunctuation: Set<String> = [".", ",", ";", ":", ")"]

    private static func covers(_ rule: ScannedRuleFinder.Rule, _ span: TesseractEngine.Symbol, of word: TesseractEngine.Word, em: Double) -> Bool {
        let centre = Double(span.left + span.right) / 2, slack = symbolSlack * em
        guard centre >= Double(rule.x1) - slack, centre <= Double(rule.x2) + slack else { return false }
        if trailingPunctuation.contains(span.text), span.right >= word.right - 1 {
            return Double(rule.x2) >= Double(word.right) - trailingPunctuationReach * em
        }
        return true
    }

    /// The share of a symbol's width a rule runs over.
    private static func share(of span: TesseractEngine.Symbol, under rule: ScannedRuleFinder.Rule) -> Double {
        let covered = min(rule.x2, span.right) - max(rule.x1, span.left)
        return Double(max(covered, 0)) / Double(max(span.right - span.left, 1))
    }

    /// Whether a rule is a mark of the symbols it crosses: it starts and ends at their edges, is
    /// not a symbol's own line (a dash), and an underline does not run under table cells.
    private static func accepts(_ rule: ScannedRuleFinder.Rule, kind: Kind, symbols: [(word: Int, symbol: Int)], words: [TesseractEngine.Word], dpi: Double) -> Bool {
        let boxes = symbols.map { spans(of: words[$0.word])[$0.symbol] }
        guard let left = boxes.map(\.left).min(), let right = boxes.map(\.right).max() else { return false }
        let em = symbols.map { Self.em(of: words[$0.word], dpi: dpi) }.max() ?? 1
        let tolerance = edgeTolerance * em
        guard abs(Double(left - rule.x1)) <= tolerance, abs(Double(right - rule.x2)) <= tolerance else { return false }
        if kind == .strike, Double(min(rule.x2, right) - max(rule.x1, left)) < strikeCover * Double(right - left) { return false }
        let texts = symbols.map { spans(of: words[$0.word])[$0.symbol].text }
        if texts.allSatisfy({ $0.allSatisfy { lineSymbols.contains($0) } }) { return false }
        if kind == .underline {
            let sorted = boxes.sorted { $0.left < $1.left }
            if zip(sorted, sorted.dropFirst()).contains(where: { Double($1.left - $0.right) > widestUnderlinedGap * em }) { return false }
        }
        return true
    }

    /// A word's symbols with their extents; a word tesseract gave no symbols for is one span.
    static func spans(of word: TesseractEngine.Word) -> [TesseractEngine.Symbol] {
        word.symbols.isEmpty ? [TesseractEngine.Symbol(text: word.text, left: word.left, right: word.right)] : word.symbols
    }

    /// The word's em in pixels: tesseract's type size, or the box height when it has none.
    static func em(of word: TesseractEngine.Word, dpi: Double) -> Double {
        let em = word.pointSize > 0 ? Double(word.pointSize) * dpi / 72 : Double(word.bottom - word.top) / ScannedPageLayout.inkHeightPerEm
        return max(em, 1)
    }

    /// The word's line's baseline at `x`, in pixels (the box's bottom when tesseract gave none).
    static func baseline(of word: TesseractEngine.Word, at x: Double) -> Double {
        guard let line = word.baseline, line.x2 != line.x1 else { return Double(word.bottom) }
        return Double(line.y1) + (x - Double(line.x1)) * Double(line.y2 - line.y1) / Double(line.x2 - line.x1)
    }
}
