import BlacklineModel

/// Repairs OCR errors that the document's own structure shows, whatever the reader (an OCR'd
/// text layer exported as text, or read from its PDF), each repair confirmed by the document:
/// - figures after a number in words: "ten (I 0)" is "ten (10)", "one (l)" is "one (1)";
/// - an article or section number with a letter for a digit, when its neighbours in the series
///   call for exactly that number: "ARTICLE t6" between 15 and 17 is 16, "Section S" after 4 is 5,
///   "ARTICLE 1J" between 16 and 18 is 17;
/// - the day of a date read as a letter: "July I, 2025" is "July 1, 2025";
/// - a grid's step number between the two it must lie between ("8", "5", "10": 9);
/// - salary cells against their row: in a row whose amounts share a number of decimals, a comma
///   for the decimal point ("21,12" among "20.50 21.75"), a table rule read as a final "1"
///   ("20.501") or glued to the cell ("22.40}"), an amount split by a space ("6,30 1" among
///   "6,125 6,433").
/// A number that merely breaks its sequence ("ARTICLE 16" where 10 is meant) is not renumbered:
/// clean agreements print such breaks on purpose (cross-references, running headers, a redline's
/// old and new numbers side by side), so only a misread character, confirmed, is repaired.
struct OCRStructureRepair {
    /// Characters OCR reads for a digit, and the digits they may be. "J" is a "1" or a "7".
    static let digitLookalikes: [Character: [Character]] = [
        "I": ["1"], "l": ["1"], "|": ["1"], "!": ["1"], "i": ["1"], "t": ["1"], "J": ["1", "7"],
        "O": ["0"], "o": ["0"], "S": ["5"], "s": ["5"], "§": ["5"],
    ]
    /// Figures in brackets after a number word: fewer lookalikes, as a bracket holds only figures.
    static let bracketLookalikes: [Character: Character] = ["I": "1", "l": "1", "|": "1", "!": "1", "O": "0", "S": "5", "§": "5"]

    enum Kind: String {
        case figures = "figures after a number in words"
        case heading = "heading number"
        case date = "date"
        case cell = "salary cell"
        case step = "step number"

        var plural: String {
            switch self {
            case .figures: "figures after numbers in words"
            case .heading: "heading numbers"
            case .date: "dates"
            case .cell: "salary cells"
            case .step: "step numbers"
            }
        }
    }

    struct Repair {
        var kind: Kind
        var line: Int
        var original: String
        var repaired: String
        /// What the document shows that confirms it: "between 15 and 17".
        var because: String
    }

    private(set) var repairs: [Repair] = []

    /// Repairs of one kind listed in findings at most; the rest are counted.
    static let mostListed = 12

    /// One finding per repair, at its line, up to `mostListed` of a kind, then a count.
    static func findings(_ repairs: [Repair], lines: [MarkedLine]) -> [Finding] {
        var findings: [Finding] = []
        for (kind, ofKind) in Dictionary(grouping: repairs, by: \.kind).sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for repair in ofKind.prefix(mostListed) {
                findings.append(Finding(.ocrRepair, .info, "\(kind.rawValue) '\(repair.original)' read as '\(repair.repaired)' (\(repair.because))",
                                        at: lines[repair.line].location))
            }
            if ofKind.count > mostListed {
                findings.append(Finding(.ocrRepair, .info, "\(ofKind.count - mostListed) more \(kind.plural) repaired the same way"))
            }
        }
        return findings
    }

    /// The lines with every repair made, and the repairs.
    static func repair(_ lines: [MarkedLine]) -> (lines: [MarkedLine], repairs: [Repair]) {
        var repair = OCRStructureRepair()
        var lines = lines
        for index in lines.indices {
            var line = lines[index]
            // The line before's last word is asked for only by figures opening a line: rare.
            repair.repairFigures(in: &line, index: index) { Self.lastWord(before: index, in: lines) }
            repair.repairDates(in: &line, index: index)
            repair.repairCells(in: &line, index: index)
            lines[index] = line
        }
        repair.repairHeadingNumbers(in: &lines)
        repair.repairStepNumbers(in: &lines)
        return (lines, repair.repairs)
    }

    // MARK: Figures after number words

    /// The last word of the last line with text before line `index`.
    static func lastWord(before index: Int, in lines: [MarkedLine]) -> Substring? {
        lines[..<index].last { !$0.isBlank }.flatMap { $0.text.split(whereSeparator: \.isWhitespace).last }
    }

    /// `afterWord`: the last word of the line before, for figures that open their line ("…than
    /// one" / "(l) bid."), taken only when it is a number word with no punctuation after it.
    mutating func repairFigures(in line: inout MarkedLine, index: Int, afterWord: () -> Substring? = { nil }) {
        // Most lines hold no bracket with a lookalike in it.
        guard line.runs.contains(where: { $0.text.utf8.contains(UInt8(ascii: "(")) }) else { return }
        var opensLine = true
        for runIndex in line.runs.indices {
            let text = line.runs[runIndex].text
            defer { if !text.allSatisfy(\.isWhitespace) { opensLine = false } }
            guard text.utf8.contains(UInt8(ascii: "(")) else { continue }
            var output = ""
            var rest = text[...]
            while let open = rest.firstIndex(of: "(") {
                output += rest[..<open]
                let afterOpen = rest.index(after: open)
                guard let close = rest[afterOpen...].prefix(8).firstIndex(of: ")") else {
                    output.append("(")
                    rest = rest[afterOpen...]
                    continue
                }
                let inside = rest[afterOpen..<close]
                let atLineStart = opensLine && output.allSatisfy(\.isWhitespace)
                let word = atLineStart ? afterWord().flatMap { $0.last?.isLetter == true ? String($0) : nil } ?? ""
                    : output.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
                if let figures = Self.figures(inside, after: word), atLineStart || output.last?.isWhitespace == true {
                    note(.figures, index, "\(word) (\(inside))", "\(word) (\(figures))", because: "\"\(word)\" is \(figures)")
                    output += "(" + figures + ")"
                } else {
                    output += rest[open...close]
                }
                rest = rest[rest.index(after: close)...]
            }
            output += rest
            line.runs[runIndex].text = output
        }
    }

    /// The figures a bracket after `word` holds, read back, when they are misread ("I 0" after
    /// "ten") and say the word's number; nil otherwise.
    static func figures(_ inside: Substring, after word: String) -> String? {
        // Figures set off by a space inside the bracket ("( 3)") are typed so, not misread.
        let figuresAsPrinted = inside.drop { $0 == " " }.reversed().drop { $0 == " " }
        guard let value = NumberWords.value(word.trimmingCharacters(in: .punctuationCharacters)),
              !figuresAsPrinted.isEmpty, figuresAsPrinted.contains(where: { !($0.isASCII && $0.isNumber) }) else { return nil }
        var figures = ""
        for character in inside where character != " " {
            if character.isASCII, character.isNumber { figures.append(character) } else if let digit = bracketLookalikes[character] { figures.append(digit) } else { return nil }
        }
        return Int(figures) == value ? figures : nil
    }

    // MARK: Dates

    static let months: Set<String> = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                      "October", "November", "December"]

    /// "July I, 2025", "July l. 2024" → day 1; the year after it confirms a date.
    mutating func repairDates(in line: inout MarkedLine, index: Int) {
        for runIndex in line.runs.indices {
            let text = line.runs[runIndex].text
            guard Self.mayHoldLetterDay(text) else { continue }
            var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            var changed = false
            for position in words.indices.dropFirst().dropLast() where Self.months.contains(words[position - 1]) {
                let day = words[position]
                guard day.count == 2, let mark = day.first, "Il|".contains(mark), let punctuation = day.last, punctuation == "," || punctuation == ".",
                      Self.isYear(words[position + 1]) else { continue }
                let repaired = "1" + String(punctuation)
                note(.date, index, "\(words[position - 1]) \(day) \(words[position + 1])", "\(words[position - 1]) \(repaired) \(words[position + 1])",
                     because: "a day of the month")
                words[position] = repaired
                changed = true
            }
            if changed { line.runs[runIndex].text = words.joined(separator: " ") }
        }
    }

    /// Whether the text holds " I," " l." " |," and the like: nearly no line does, so most are
    /// not split into words.
    static func mayHoldLetterDay(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if beforePrevious == 0x20, previous == UInt8(ascii: "I") || previous == UInt8(ascii: "l") || previous == UInt8(ascii: "|"),
               byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") { return true }
            (beforePrevious, previous) = (previous, byte)
        }
        return false
    }

    private static func isYear(_ word: String) -> Bool {
        let digits = word.prefix { $0.isNumber }
        return digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20"))
    }

    // MARK: Salary cells

    /// A row is a salary row when it holds this many amounts, and this many of them share their
    /// number of decimals (or their thousands grouping, for whole amounts).
    static let fewestAmountsInRow = 4
    static let fewestAlike = 3
    /// A table rule glued to a cell.
    static let ruleMarks: Set<Character> = ["|", "]", "}", ")", "!", ";"]

    mutating func repairCells(in line: inout MarkedLine, index: Int) {
        // Salary rows are one run of text (an exported table) or a run per cell (a PDF's).
        for runIndex in line.runs.indices {
            let text = line.runs[runIndex].text
            guard text.utf8.reduce(0, { $0 + ((0x30...0x39).contains($1) ? 1 : 0) }) >= 12 else { continue }
            if let repaired = repairedRow(text, line: index) { line.runs[runIndex].text = repaired }
        }
    }

    /// An amount's shape: its digits after the decimal point (nil for a whole amount), and whether
    /// it groups thousands.
    struct Amount: Hashable {
        var decimals: Int?
        var grouped: Bool
    }

    static func amount(_ token: Substring) -> Amount? {
        let body = token.drop { $0 == "$" }
        guard let first = body.first, first.isNumber, body.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }) else { return nil }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        guard whole.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(whole[0].count) || whole.count == 1 else { return nil }
        return Amount(decimals: parts.count == 2 ? parts[1].count : nil, grouped: whole.count > 1)
    }

    private mutating func repairedRow(_ text: String, line: Int) -> String? {
        // Tokens and the separators after them, so the row is put back as printed.
        var tokens: [Substring] = [], separators: [Substring] = []
        var rest = text[...]
        while !rest.isEmpty {
            let token = rest.prefix { $0 != " " && $0 != "\t" }
            rest = rest[token.endIndex...]
            let separator = rest.prefix { $0 == " " || $0 == "\t" }
            rest = rest[separator.endIndex...]
            tokens.append(token)
            separators.append(separator)
        }
        // The row's shape counts cells as they would be without a rule glued to them.
        let shapes = tokens.compactMap { token in Self.amount(token) ?? token.last.flatMap { Self.ruleMarks.contains($0) ? Self.amount(token.dropLast()) : nil } }
        guard shapes.count >= Self.fewestAmountsInRow else { return nil }
        let counts = Dictionary(shapes.map { ($0, 1) }, uniquingKeysWith: +)
        guard let (mode, alike) = counts.max(by: { $0.value < $1.value }), alike >= Self.fewestAlike,
              mode.decimals != nil || mode.grouped else { return nil }
        var changed = false
        var position = 0
        while position < tokens.count {
            defer { position += 1 }
            let token = tokens[position]
            guard !token.isEmpty, Self.amount(token) != mode, let repair = Self.cellRepair(token, next: position + 1 < tokens.count ? tokens[position + 1] : nil,
                                                                                         separator: separators[position], mode: mode) else { continue }
            note(.cell, line, repair.original, repair.repaired, because: "\(repair.because); the row's amounts are like \(Self.example(mode))")
            tokens[position] = Substring(repair.repaired)
            if repair.joinsNext {
                separators[position] = separators[position + 1]
                tokens.remove(at: position + 1)
                separators.remove(at: position + 1)
            }
            changed = true
        }
        guard changed else { return nil }
        return zip(tokens, separators).map { String($0) + $1 }.joined()
    }

    struct CellRepair {
        var original: String
        var repaired: String
        var because: String
        var joinsNext = false
    }

    /// What a cell of a row of `mode` amounts was, when one misread explains it.
    static func cellRepair(_ token: Substring, next: Substring?, separator: Substring, mode: Amount) -> CellRepair? {
        if let last = token.last, ruleMarks.contains(last), amount(token.dropLast()) == mode {
            return CellRepair(original: String(token), repaired: String(token.dropLast()), because: "a table rule read with the cell")
        }
        guard token.first?.isNumber == true || token.first == "$", token.dropFirst().allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }) else { return nil }
        if let decimals = mode.decimals, decimals != 3, !token.contains("."), let comma = token.lastIndex(of: ","),
           token.distance(from: comma, to: token.endIndex) - 1 == decimals {
            let fixed = String(token[..<comma]) + "." + String(token[token.index(after: comma)...])
            if amount(fixed[...]) == mode { return CellRepair(original: String(token), repaired: fixed, because: "a comma read for the decimal point") }
        }
        if let decimals = mode.decimals, token.last == "1", amount(token)?.decimals == decimals + 1, amount(token.dropLast()) == mode {
            return CellRepair(original: String(token), repaired: String(token.dropLast()), because: "a table rule read as a final 1")
        }
        if let next, separator == " ", (1...2).contains(next.count), next.allSatisfy({ $0.isASCII && $0.isNumber }), amount(token) != mode {
            let joined = String(token + next)
            if amount(joined[...]) == mode {
                return CellRepair(original: "\(token) \(next)", repaired: joined, because: "an amount split by a space", joinsNext: true)
            }
        }
        return nil
    }

    private static func example(_ amount: Amount) -> String {
        let whole = amount.grouped ? "1,234" : "12"
        return amount.decimals.map { whole + "." + String(repeating: "5", count: $0) } ?? whole
    }

    // MARK: Step numbers

    /// A grid row opened by its step: the number, and where it stands in the line's first run.
    struct StepRow {
        var line: Int
        var run: Int
        var step: Int
        var token: Range<String.Index>
    }

    /// Rows of a grid this many lines apart at most are neighbours (a wrapped row between them).
    static let farthestRowGap = 3

    /// Step numbers that break a run of steps where the steps before and after it leave one
    /// number for it: "8", "5", "10" is 9.
    mutating func repairStepNumbers(in lines: inout [MarkedLine]) {
        let rows = lines.indices.compactMap { Self.stepRow(lines[$0], line: $0) }
        guard rows.count >= 3 else { return }
        for position in rows.indices.dropFirst().dropLast() {
            let (before, row, after) = (rows[position - 1], rows[position], rows[position + 1])
            guard row.line - before.line <= Self.farthestRowGap, after.line - row.line <= Self.farthestRowGap,
                  before.step + 2 == after.step, row.step != before.step + 1 else { continue }
            let expected = String(before.step + 1)
            var run = lines[row.line].runs[row.run]
            let printed = String(run.text[row.token])
            run.text.replaceSubrange(row.token, with: expected)
            lines[row.line].runs[row.run] = run
            note(.step, row.line, printed, expected, because: "between \(before.step) and \(after.step)")
        }
    }

    /// A line opened by a step number (one or two digits) and holding at least two amounts.
    static func stepRow(_ line: MarkedLine, line index: Int) -> StepRow? {
        guard let runIndex = line.runs.firstIndex(where: { !$0.text.allSatisfy(\.isWhitespace) }) else { return nil }
        let text = line.runs[runIndex].text
        guard let start = text.firstIndex(where: { !$0.isWhitespace }), text[start].isASCII, text[start].isNumber else { return nil }
        let end = text[start...].firstIndex(where: { !($0.isASCII && $0.isNumber) }) ?? text.endIndex
        guard text.distance(from: start, to: end) <= 2, end == text.endIndex || text[end].isWhitespace, let step = Int(text[start..<end]) else { return nil }
        let amounts = line.text.split(whereSeparator: \.isWhitespace).dropFirst().filter { token in
            amount(token).map { $0.decimals != nil || $0.grouped } == true
        }
        guard amounts.count >= 2 else { return nil }
        return StepRow(line: index, run: runIndex, step: step, token: start..<end)
    }

    // MARK: Heading numbers

    static let headingKeywords: Set<String> = ["article", "section"]
    /// What ends a heading's number: "ARTICLE 12 - X", "Section 5. X", "Section 4: X".
    static let headingNumberEnds: Set<Character> = [" ", ".", ":", "-", "–", "—", ",", "\t"]

    struct HeadingNumber {
        var line: Int
        var run: Int
        var keyword: String
        /// The number as printed, and where it stands in its run.
        var token: Substring
        var value: Int?
    }

    /// Article and section numbers whose misread character makes exactly the number their
    /// neighbours in the series call for (the one before plus one, the one after minus one, or
    /// 1 before a 2).
    mutating func repairHeadingNumbers(in lines: inout [MarkedLine]) {
        let headings = lines.indices.compactMap { Self.headingNumber(lines[$0], line: $0) }
        guard headings.contains(where: { $0.value == nil }) else { return }
        // Each misread number's neighbours: the headings of its keyword just before and after it.
        // A series of roman numbers ("ARTICLE I", "ARTICLE II") confirms nothing, and a run of
        // misread ones is left.
        var neighbours: [Int: (before: Int?, after: Int?)] = [:]
        for series in Dictionary(grouping: headings, by: \.keyword).values {
            for (at, heading) in series.enumerated() where heading.value == nil {
                neighbours[heading.line] = (at > 0 ? series[at - 1].value : nil, at + 1 < series.count ? series[at + 1].value : nil)
            }
        }
        for heading in headings {
            guard let (before, after) = neighbours[heading.line],
                  let value = Self.readings(of: heading.token).first(where: { value in
                      before.map { value == $0 + 1 } == true || after.map { value == $0 - 1 } == true || value == 1 && after == 2
                  }) else { continue }
            let because = [before.map { "after \($0)" }, after.map { "before \($0)" }].compactMap { $0 }.joined(separator: ", ")
            lines[heading.line].runs[heading.run].text.replaceSubrange(heading.token.startIndex..<heading.token.endIndex, with: String(value))
            note(.heading, heading.line, "\(heading.keyword.capitalized) \(heading.token)", "\(heading.keyword.capitalized) \(value)", because: because)
        }
    }

    /// "ARTICLE t6 - LONGEVITY", "### Section S. Union Leave", "Section l O - County": the keyword
    /// and its number (value nil when a lookalike stands in it). Only a line's first run is looked at.
    static func headingNumber(_ line: MarkedLine, line index: Int) -> HeadingNumber? {
        guard let runIndex = line.runs.firstIndex(where: { !$0.text.allSatisfy(\.isWhitespace) }) else { return nil }
        let text = line.runs[runIndex].text
        var rest = text.drop { $0 == " " || $0 == "\t" || $0 == "#" }
        // Nearly every line opens with another word: told by its first letter before any lowercasing.
        guard let first = rest.first, "AaSs".contains(first), let keywordEnd = rest.firstIndex(where: { $0 == " " }) else { return nil }
        let keyword = rest[..<keywordEnd].lowercased()
        guard headingKeywords.contains(keyword) else { return nil }
        rest = rest[keywordEnd...].drop { $0 == " " }
        // The number: up to three characters, or two single characters split by a space ("l O").
        var end = rest.prefix(while: { !headingNumberEnds.contains($0) }).endIndex
        if rest.distance(from: rest.startIndex, to: end) == 1, end < rest.endIndex, rest[end] == " " {
            let next = rest.index(after: end)
            if next < rest.endIndex, rest[next].isNumber || digitLookalikes[rest[next]] != nil {
                let after = rest.index(after: next)
                if after == rest.endIndex || headingNumberEnds.contains(rest[after]) { end = after }
            }
        }
        let token = rest[..<end]
        guard (1...4).contains(token.count) else { return nil }
        if token.allSatisfy({ $0.isASCII && $0.isNumber }) { return HeadingNumber(line: index, run: runIndex, keyword: keyword, token: token, value: Int(token)) }
        guard token.allSatisfy({ $0 == " " || $0.isASCII && $0.isNumber || digitLookalikes[$0] != nil }),
              token.contains(where: { digitLookalikes[$0] != nil }) else { return nil }
        return HeadingNumber(line: index, run: runIndex, keyword: keyword, token: token, value: nil)
    }

    /// Every number a token with lookalikes may be ("1J" → 11 and 17).
    static func readings(of token: Substring) -> [Int] {
        var readings = [""]
        for character in token where character != " " {
            let digits: [Character] = character.isNumber ? [character] : digitLookalikes[character] ?? []
            readings = readings.flatMap { reading in digits.map { reading + String($0) } }
        }
        return readings.compactMap { Int($0) }
    }

    private mutating func note(_ kind: Kind, _ line: Int, _ original: String, _ repaired: String, because: String) {
        repairs.append(Repair(kind: kind, line: line, original: original, repaired: repaired, because: because))
    }
}
