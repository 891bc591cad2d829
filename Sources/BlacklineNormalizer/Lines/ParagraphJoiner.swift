import BlacklineModel

/// Joins lines that continue the line before: a sentence wrapped onto the next line, a sentence
/// a page break cut in two ("A copy of any agreement shall be" / "distributed by the District…"),
/// a word hyphenated at the line end. Also puts split headings back together ("100" / "PREAMBLE")
/// and lifts a bare article number out of the sentence it interrupts.
struct ParagraphJoiner {
    /// A line at least this long that stops without punctuation was wrapped, not ended: the next
    /// line continues it even when that line starts with a capital ("…The Talent" / "Management…").
    static let shortestWrappedLine = 60

    /// Words of the whole document, lowercased, to decide whether "negoti-" + "ation" keeps its hyphen.
    let vocabulary: Set<String>
    /// Words this joiner made from a word hyphenated at a line end, lowercased.
    private(set) var lineEndJoins: Set<String> = []

    init(lines: [ContentLine]) {
        // Only documents with words hyphenated at a line end need the vocabulary.
        let texts = lines.map(\.text)
        let hyphenates = texts.contains { text in
            let characters = text.suffix(2)
            return characters.count == 2 && characters.last == "-" && characters.first?.isLetter == true
        }
        var words = Set<String>()
        if hyphenates {
            for text in texts where !PlainASCII.insertWords(of: text, into: &words) {
                for word in text.lowercased().split(whereSeparator: Self.separatesWords) {
                    words.insert(String(word))
                }
            }
        }
        vocabulary = words
    }

    /// Whitespace and punctuation end a vocabulary word; hyphens and apostrophes stay inside it.
    static func separatesWords(_ character: Character) -> Bool {
        character.isWhitespace || character.isPunctuation && character != "-" && character != "'"
    }

    mutating func join(_ lines: [ContentLine]) -> [ContentLine] {
        var joined: [ContentLine] = []
        for line in lines {
            guard var previous = joined.last else {
                joined.append(line)
                continue
            }
            if case .bareNumber(let number) = previous.shape, !previous.wasHoisted, case .capsTitle(let parts) = line.shape {
                previous.shape = .heading(HeadingCandidate.hundreds(number, parts: parts))
                previous.runs = previous.runs + [TextRun(" ")] + line.runs
                previous.joinedLocations.append(line.location)
                previous.sourceTexts += line.sourceTexts
                joined[joined.count - 1] = previous
            } else if let title = HeadingTitleLines.title(joining: line, to: previous) {
                previous.shape = title
                previous.runs = previous.runs.trimmedTrailing() + [TextRun(" ")] + line.runs.trimmed()
                previous.joinedLocations.append(line.location)
                previous.sourceTexts += line.sourceTexts
                joined[joined.count - 1] = previous
            } else if continues(previous, with: line) || Self.isFiguresOfNumberWord(line, after: previous) {
                joined[joined.count - 1] = merge(previous, line)
            } else if case .bareNumber = previous.shape, joined.count >= 2, continues(joined[joined.count - 2], with: line),
                      line.text.trimmingWhitespace().first?.isLowercase == true {
                // "…the most senior employee" / "515" / "within a job title…": the number a converter
                // printed inside a sentence moves after it; the move is recorded as a relocation.
                joined[joined.count - 2] = merge(joined[joined.count - 2], line)
                joined[joined.count - 1].wasHoisted = true
            } else {
                joined.append(line)
            }
        }
        return joined
    }

    /// "…a daily work schedule of over eight" / "(8) hours.": figures in brackets that open a line
    /// after their number in words are the sentence's, as contracts print a number twice, not
    /// list item (8).
    static func isFiguresOfNumberWord(_ line: ContentLine, after previous: ContentLine) -> Bool {
        guard case .label(let label) = line.shape, label.style == .parenDecimal, let value = Int(label.label) else { return false }
        switch previous.shape {
        case .text, .label, .bullet: break
        default: return false
        }
        guard let last = bodyEnd(of: previous).split(whereSeparator: \.isWhitespace).last, last.last?.isLetter == true else { return false }
        return NumberWords.value(String(last)) == value
    }

    private func continues(_ previous: ContentLine, with next: ContentLine) -> Bool {
        guard case .text = next.shape else { return false }
        switch previous.shape {
        case .text, .label, .bullet, .garbled: break
        default: return false
        }
        let before = Self.bodyEnd(of: previous)
        let after = next.runs.plainText.trimmingWhitespace()
        guard let first = after.first, !before.isEmpty else { return false }
        // A row of a table set with single spaces ("01 AFS 034 Accountant 34.94 36.21 37.55 …")
        // ends in amounts: no sentence wraps into it or out of it.
        if !first.isLowercase, Self.endsInAmounts(before) || Self.endsInAmounts(after) { return false }
        if let layout = next.layout {
            // The page's geometry decides: a wrap within a page, or a full last line before a page
            // break; or the sentence plainly goes on in lower case.
            if first.isLowercase && !endsSentence(before) { return true }
            return next.afterPageBreak ? previous.layout?.endsAtMargin == true : layout.continuesPreviousLine
        }
        let startsLower = first.isLowercase
        let ended = endsSentence(before)
        if next.afterBlank && !next.afterPageBreak { return startsLower && !ended }
        if startsLower || endsWithHyphen(before) { return true }
        let wrapped = !previous.joinedLocations.isEmpty || before.count >= Self.shortestWrappedLine
        return !ended && wrapped
    }

    /// What `continues` reads of the line before: its body's plain text, whitespace collapsed. Of
    /// a paragraph already joined from lines, only its last words: every check there looks at
    /// the end, and rebuilding a paragraph's whole text at each line it takes in made joining
    /// quadratic in its length. (A single line keeps its whole text: its length decides whether
    /// it wrapped.)
    static func bodyEnd(of line: ContentLine) -> String {
        guard !line.joinedLocations.isEmpty, let end = textEnd(of: line.runs) else { return line.bodyRuns.plainText }
        let body = [TextRun(end)].trimmed().collapsingWhitespace().plainText
        return body.isEmpty ? line.bodyRuns.plainText : body
    }

    /// UTF-8 bytes of a paragraph's end that hold far more than its last three words.
    static let endBytes = 256

    /// The end of the runs' plain text from a space, at least `endBytes` long; nil when the text
    /// is not much longer than that, or its end holds no space (a word that long is read whole).
    static func textEnd(of runs: [TextRun]) -> String? {
        var pieces: [String] = []
        var bytes = 0
        for run in runs.reversed() {
            if bytes >= endBytes { break }
            pieces.append(run.text)
            bytes += run.text.utf8.count
        }
        guard bytes >= endBytes, pieces.count < runs.count else { return nil }
        let end = pieces.reversed().joined()
        guard let space = end.firstIndex(of: " ") else { return nil }
        return String(end[space...])
    }

    /// Amounts in a row at least this long end a table row.
    static let amountsEndingARow = 3

    /// Whether the text ends in `amountsEndingARow` amounts ("30.12", "$5,504", "1,645"): words
    /// of digits with a decimal point, a thousands comma or a dollar sign; years and step
    /// numbers are not amounts.
    static func endsInAmounts(_ text: String) -> Bool {
        // Read from the end, word by word: it is asked of every line, and nearly every line's
        // last word already says no.
        let bytes = text.utf8
        var end = bytes.endIndex
        for _ in 0..<amountsEndingARow {
            while end > bytes.startIndex, bytes[bytes.index(before: end)] == PlainASCII.space { end = bytes.index(before: end) }
            var start = end
            while start > bytes.startIndex, bytes[bytes.index(before: start)] != PlainASCII.space { start = bytes.index(before: start) }
            guard start < end, isAmount(bytes[start..<end]) else { return false }
            end = start
        }
        return true
    }

    private static func isAmount(_ word: Substring.UTF8View) -> Bool {
        let hasDollar = word.first == UInt8(ascii: "$")
        let body = hasDollar ? word.dropFirst() : word
        let isSeparator = { (byte: UInt8) in byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") }
        guard let first = body.first, let last = body.last, PlainASCII.isDigit(first), PlainASCII.isDigit(last) else { return false }
        return body.allSatisfy { PlainASCII.isDigit($0) || isSeparator($0) } && (hasDollar || body.contains(where: isSeparator))
    }

    private mutating func merge(_ previous: ContentLine, _ next: ContentLine) -> ContentLine {
        var merged = previous
        var head = previous.runs.trimmedTrailing()
        let tail = next.runs.trimmed()
        let before = Self.textEnd(of: head) ?? head.plainText
        if endsWithHyphen(before), let word = tail.plainText.split(separator: " ").first,
           let fragment = before.split(separator: " ").last, word.first?.isLowercase == true {
            let stem = fragment.dropLast()
            let keepsHyphen = vocabulary.contains((fragment + word).lowercased())
                && !vocabulary.contains((stem + word).lowercased())
            if !keepsHyphen { head = head.droppingSuffix(1) }
            // The joined word alone, without the punctuation around it ("(non-" + "retention,").
            let joinedWord = (keepsHyphen ? fragment + word : stem + word).lowercased()
            lineEndJoins.insert(String(joinedWord.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed()))
            merged.runs = head + tail
        } else {
            let mark = head.last?.mark == tail.first?.mark ? head.last?.mark ?? .plain : .plain
            merged.runs = head + [TextRun(" ", mark: mark)] + tail
        }
        merged.joinedLocations.append(next.location)
        merged.sourceTexts += next.sourceTexts
        // The paragraph now ends where the joined line ends.
        if let layout = next.layout { merged.layout?.endsAtMargin = layout.endsAtMargin }
        return merged
    }

    private func endsWithHyphen(_ text: String) -> Bool {
        // Only the last two characters matter; walking the whole line into an array cost more
        // than the rest of the join.
        guard text.last == "-", let before = text.dropLast().last else { return false }
        return before.isLetter
    }

    private func endsSentence(_ text: String) -> Bool { text.endsSentence }
}

extension String {
    /// Ends with . : ; ! or ?, looking past closing quotes and brackets.
    var endsSentence: Bool {
        let last = reversed().first { !"\"'”’)]".contains($0) && !$0.isWhitespace }
        guard let last else { return false }
        return ".:;!?".contains(last)
    }
}

extension Array where Element == TextRun {
    func droppingSuffix(_ count: Int) -> [TextRun] {
        var runs = self
        var remaining = count
        while remaining > 0, var last = runs.popLast() {
            let removed = Swift.min(remaining, last.text.count)
            last.text.removeLast(removed)
            remaining -= removed
            if !last.text.isEmpty { runs.append(last) }
        }
        return runs
    }
}
