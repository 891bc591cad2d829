import BlacklineModel

/// Pleading paper: line numbers 1, 2, 3 … (up to 28 or so) printed in the left margin of every
/// page, which a text export puts at the start of each line ("4    I.     No Strike"). They are
/// found by their sequence — numbers that count up by one from line to line and start again on
/// each page — never by position alone, and set aside as furniture so headings and labels read
/// as printed. A document qualifies only when such runs hold `leastShare` of its lines.
enum MarginLineNumbers {
    /// Pleading paper numbers up to 28 lines; a word processor's line numbering counts every
    /// line of a page, up to about 60.
    static let largestNumber = 60
    /// A run of this many counting lines is a margin, not a list of figures or a grid's steps.
    static let shortestRun = 10
    static let leastShare = 0.3

    struct Result {
        var lines: [MarkedLine]
        var furniture: [FurnitureLine]
    }

    static func strip(_ lines: [MarkedLine]) -> Result {
        let numbers = lines.map { leadingNumber($0.text) }
        var inRun = [Bool](repeating: false, count: lines.count)
        var run: [Int] = []
        func close() {
            if run.count >= shortestRun { for index in run { inRun[index] = true } }
            run.removeAll()
        }
        for index in lines.indices {
            guard let (value, _) = numbers[index] else {
                // A blank line may sit between numbered lines; a line of text without a number ends the run.
                if !lines[index].holdsOnlyWhitespace { close() }
                continue
            }
            if let last = run.last, let (previous, _) = numbers[last], value == previous + 1 {
                run.append(index)
            } else {
                close()
                run = [index]
            }
        }
        close()
        let nonBlank = lines.filter { !$0.holdsOnlyWhitespace }.count
        let numbered = inRun.filter { $0 }.count
        guard nonBlank > 0, Double(numbered) / Double(nonBlank) >= leastShare else { return Result(lines: lines, furniture: []) }
        var stripped = lines
        var furniture: [FurnitureLine] = []
        for index in lines.indices where inRun[index] {
            guard let (value, length) = numbers[index] else { continue }
            stripped[index].runs = lines[index].runs.replacingPrefix(length)
            furniture.append(FurnitureLine(kind: .marginNumber, text: String(value), location: lines[index].location))
        }
        return Result(lines: stripped, furniture: furniture)
    }

    /// "12   text" or "12" alone: the number and how many characters it takes with its spaces.
    /// Spaces replace it, so the text keeps its columns.
    static func leadingNumber(_ text: String) -> (Int, Int)? {
        // Past up to three spaces a digit must follow; most lines fail here, before any Characters are made.
        let indent = text.utf8.prefix(3).prefix { $0 == PlainASCII.space }.count
        if let first = text.utf8.dropFirst(indent).first, first < 0x80, !PlainASCII.isDigit(first) { return nil }
        let characters = Array(text.prefix(12))
        var index = 0
        while index < characters.count, characters[index] == " ", index < 3 { index += 1 }
        let start = index
        while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        guard index > start, index - start <= 2, let value = Int(String(characters[start..<index])),
              (1...largestNumber).contains(value) else { return nil }
        if index == characters.count, text.count == index { return (value, index) }
        // Two spaces after the number (a text export), or one tab before a line with no other tab
        // (a PDF's margin column); a row of tabbed cells is a grid's step, not a margin.
        guard index + 1 < characters.count else { return nil }
        if characters[index] == " ", characters[index + 1] == " ", !text.contains("\t") { return (value, index) }
        if characters[index] == "\t", text.filter({ $0 == "\t" }).count == 1 { return (value, index + 1) }
        return nil
    }
}

extension Array where Element == TextRun {
    /// The runs with their first `count` characters turned into spaces.
    func replacingPrefix(_ count: Int) -> [TextRun] {
        guard let first = first else { return self }
        var runs = droppingPrefix(count)
        var padding = first
        padding.text = String(repeating: " ", count: count)
        runs.insert(padding, at: 0)
        return runs
    }
}
