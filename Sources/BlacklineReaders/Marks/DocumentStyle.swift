import BlacklineModel
import Foundation

/// A printed document's own style, learnt from all its runs before any mark is decided: the
/// body colour and size, and styling used the same way throughout — whole heading lines
/// underlined, defined terms underlined or bold every time, a colour used only for whole short
/// lines (coloured headings, a letterhead). Such styling is the document's, not a change.
struct DocumentStyle {
    private(set) var bodyColor = "#000000"
    private var body: ColorValue?
    private(set) var bodySize = 0.0
    private(set) var underlinedHeadingLines: Set<Int> = []
    private(set) var underlinedTerms: Set<String> = []
    private(set) var boldTerms: Set<String> = []
    private(set) var structuralColors: Set<String> = []
    /// Colours (by name: a scan's reds differ from page to page) the document prints its struck
    /// text in and hardly any other text: text in such a colour is deleted even where no strike
    /// was seen (on a scan, a strike through one digit or along a letter's bar is lost in the letter).
    private(set) var strikeColors: Set<String> = []
    /// Share of a colour's letters that must be struck, and how many, for it to be a strike colour.
    static let struckShare = 0.8
    static let fewestStruckLetters = 20
    private var headingMemo: [Int: Bool] = [:]
    private var lines: [MarkedLine] = []
    /// Letters and digits per line.
    private var lineLetters: [Int] = []

    init(_ lines: [MarkedLine]) {
        // First the body: the colour and size most letters are set in. Then only runs that depart
        // from it, or are underlined or bold, are looked at again.
        var letters: [String: Int] = [:], sizes: [Double: Int] = [:]
        lineLetters = lines.map { line in
            var total = 0
            for run in line.runs {
                let count = run.text.alphanumericCount
                total += count
                guard count > 0, let appearance = run.appearance, !appearance.isLink, !run.looksLikeAddress else { continue }
                if let color = appearance.color { letters[color, default: 0] += count }
                sizes[appearance.fontSize, default: 0] += count
            }
            return total
        }
        if let (color, _) = letters.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
            bodyColor = color
            body = ColorValue(hex: color)
        }
        bodySize = sizes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key ?? 0

        var underlinedHeadings: Set<Int> = []
        var termUses: [String: (underlined: Int, bold: Int)] = [:]
        var colorUse: [String: (partial: Int, longLines: Int)] = [:]
        var colorLetters: [String: (struck: Int, all: Int)] = [:]
        var headingMemo: [Int: Bool] = [:]
        func isHeading(_ index: Int) -> Bool {
            if let known = headingMemo[index] { return known }
            let known = Self.isHeadingLike(lines[index].text)
            headingMemo[index] = known
            return known
        }
        for (index, line) in lines.enumerated() {
            for run in line.runs {
                guard let appearance = run.appearance, !appearance.isLink, !run.looksLikeAddress else { continue }
                let underlined = run.style.contains(.underline) && run.mark == .inserted
                let bold = run.style.contains(.bold)
                let departs = appearance.color.map { $0 != bodyColor } ?? false
                if departs, let color = ColorValue(hex: appearance.color), color.isChromatic {
                    let letters = run.text.alphanumericCount
                    colorLetters[color.name, default: (0, 0)].all += letters
                    if run.mark == .deleted, run.style.contains(.strikethrough) { colorLetters[color.name, default: (0, 0)].struck += letters }
                }
                guard underlined || bold || departs, run.text.alphanumericCount > 0 else { continue }
                let covers = self.covers(run, line: index)
                if underlined, covers, isHeading(index) { underlinedHeadings.insert(index) }
                if (underlined || bold), !covers, run.wordCount <= MarkConventionReader.longestTerm, Self.isNameLike(run.text) {
                    if underlined { termUses[run.termKey, default: (0, 0)].underlined += 1 }
                    if bold { termUses[run.termKey, default: (0, 0)].bold += 1 }
                }
                if departs, let color = appearance.color {
                    var use = colorUse[color, default: (0, 0)]
                    if !covers { use.partial += 1 }
                    if !isHeading(index) { use.longLines += 1 }
                    colorUse[color] = use
                }
            }
        }
        if underlinedHeadings.count >= MarkConventionReader.fewestStyledHeadings { underlinedHeadingLines = underlinedHeadings }
        if !termUses.isEmpty {
            // Uses of a term are counted in the body's lines: a heading naming it ("Union
            // Recognition") is set in the heading style, not the term style.
            let text = lines.indices.filter { !isHeading($0) }.map { lines[$0].text }.joined(separator: "\n")
            let words = WordStarts(text)
            for (term, uses) in termUses where max(uses.underlined, uses.bold) >= MarkConventionReader.fewestTermUses && !term.isEmpty {
                let occurrences = max(words.count(of: term) ?? text.wholeWordCount(of: term), 1)
                if Double(uses.underlined) >= MarkConventionReader.termShare * Double(occurrences) { underlinedTerms.insert(term) }
                if Double(uses.bold) >= MarkConventionReader.termShare * Double(occurrences) { boldTerms.insert(term) }
            }
        }
        for (color, use) in colorUse where use.partial == 0 && use.longLines == 0 { structuralColors.insert(color) }
        for (color, letters) in colorLetters where letters.struck >= Self.fewestStruckLetters && Double(letters.struck) >= Self.struckShare * Double(letters.all) {
            strikeColors.insert(color)
        }
        self.headingMemo = headingMemo
        self.lines = lines
    }

    /// Whether the run holds nearly all of line `index`'s letters and digits.
    func covers(_ run: TextRun, line index: Int) -> Bool {
        let all = lineLetters[index]
        return all > 0 && Double(run.text.alphanumericCount) >= 0.9 * Double(all)
    }

    /// Defined terms are names: "Employer", "Bargaining Unit", "Regular Rate of Pay". An inserted
    /// phrase repeated through a redline ("or designee", "within thirty (30) days") is not.
    static func isNameLike(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "\"" || $0 == "“" || $0 == "”" })
        // A relettered item ("E", "(F)") is no term, however often it changes.
        guard let first = words.first, first.first?.isUppercase == true, !text.contains(where: \.isNumber),
              text.alphanumericCount >= 3 else { return false }
        let small: Set<Substring> = ["of", "and", "the", "for", "in", "on", "to", "or", "a", "an"]
        return words.allSatisfy { $0.first?.isUppercase == true || small.contains($0) }
    }

    func isBodyColor(_ color: ColorValue) -> Bool {
        guard let body else { return color.isDark }
        return color.distance(to: body) < 0.15 || color.isDark && body.isDark
    }

    /// Whether line `index` looks like a heading (worked out on demand: most lines are never asked).
    func isHeadingLine(_ index: Int) -> Bool {
        headingMemo[index] ?? Self.isHeadingLike(lines[index].text)
    }

    private static let headingKeywords: Set<String> = [
        "article", "section", "appendix", "schedule", "exhibit", "addendum", "attachment", "letter", "memorandum",
        "part", "chapter", "division", "annex", "side",
    ]

    static func opensWithHeadingKeyword(_ text: String) -> Bool {
        guard let first = text.split(whereSeparator: \.isWhitespace).first else { return false }
        return headingKeywords.contains(first.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    /// Short, not a sentence's middle, and either numbered by a keyword or label, or set in
    /// capitals or title case: how headings look in any agreement.
    static func isHeadingLike(_ text: String) -> Bool {
        let (spacedWords, asciiCapitals) = wordsAndCapitals(text)
        let longest = MarkConventionReader.longestHeading
        if spacedWords > 2 * longest || asciiCapitals == false && spacedWords > longest { return false }
        let words = text.split(whereSeparator: \.isWhitespace)
        let letters = text.filter(\.isLetter)
        let capitals = !letters.isEmpty && Double(letters.filter(\.isUppercase).count) >= 0.6 * Double(letters.count)
        // A line in capitals may be a longer banner or slogan; its words may be letter-spaced apart.
        guard !words.isEmpty, words.count <= (capitals ? 2 : 1) * MarkConventionReader.longestHeading else { return false }
        if let last = text.last(where: { !$0.isWhitespace }), last == "," || last == ";" { return false }
        if capitals { return true }
        guard words.count <= MarkConventionReader.longestHeading else { return false }
        if opensWithHeadingKeyword(text) { return true }
        if let first = words.first, first.first?.isNumber == true || first.hasPrefix("(") { return true }
        guard !letters.isEmpty else { return false }
        let significant = words.filter { $0.count > 3 }
        return !significant.isEmpty && significant.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Words between ASCII spaces (at most as many as `isHeadingLike` counts: other spaces only
    /// split more) and, for ASCII text, whether it is set in capitals (nil for other text), in one
    /// pass without Unicode property lookups: most lines of an agreement are sentences, and
    /// telling so was a tenth of a PDF's reading.
    private static func wordsAndCapitals(_ text: String) -> (words: Int, capitals: Bool?) {
        var words = 0, letters = 0, capitals = 0, inWord = false, ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false }
            let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
            if !isSpace, !inWord { words += 1 }
            inWord = !isSpace
            if (0x41...0x5A).contains(byte) {
                letters += 1
                capitals += 1
            } else if (0x61...0x7A).contains(byte) {
                letters += 1
            }
        }
        return (words, ascii ? letters > 0 && Double(capitals) >= 0.6 * Double(letters) : nil)
    }
}

extension String {
    /// Letters and digits, ASCII counted without Unicode property lookups.
    var alphanumericCount: Int {
        var count = 0
        for scalar in unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) { count += 1 }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                count += 1
            }
        }
        return count
    }

    /// How often `word` stands in this text as a whole word (or phrase), counting at most to `limit`.
    func wholeWordCount(of word: String, limit: Int = .max) -> Int {
        var count = 0
        var searchStart = startIndex
        while count < limit, let found = range(of: word, range: searchStart..<endIndex) {
            let before = found.lowerBound == startIndex ? nil : self[index(before: found.lowerBound)]
            let after = found.upperBound == endIndex ? nil : self[found.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { count += 1 }
            searchStart = found.upperBound
        }
        return count
    }
}
