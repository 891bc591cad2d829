import BlacklineModel

/// Restores what a strike takes from the letters it runs through. A strike runs through the
/// middle of the x-height, where an "e" has its bar and an "s" its spine: painted to paper with the
/// strike, "effort" reads "cffort", "dollars" "dollarc" (or, the spine's ends left, "dollarz"),
/// "one" "onc"; an "l" cut there reads "i" ("shail"). A struck word the page does not print
/// elsewhere is tried with those letters read back: the first spelling the page prints is taken,
/// else, for a word tesseract's dictionary does not hold, the first spelling it holds. Numbers and names are left as read. Besides letters: a
/// closing parenthesis the strike turned into a brace ("(80%}"), a dollar sign turned into a pound
/// sign on a page that prints dollars ("(£100)"), and the figures after a number word that say
/// another number ("three (2)": contracts print a number in words, then in figures, and the strike
/// crosses the figures' middle, where "3" and "2" differ).
enum StruckLetterRepair {
    /// A struck stretch's words, read again, with every repair below.
    static func repaired(_ texts: [String], engine: TesseractEngine, pageWords: Set<String>, pagePrintsDollars: Bool) -> [String] {
        figuresAfterNumberWords(texts.map { dollar(repaired($0, engine: engine, pageWords: pageWords), pagePrintsDollars: pagePrintsDollars) })
    }

    /// Readings tried per word at most: a word with many such letters keeps its reading.
    static let mostSpellings = 64

    /// A letter as a strike leaves it, and the letters it may have been.
    static let struckLetters: [Character: [Character]] = ["c": ["e", "s"], "i": ["l"], "z": ["s"]]

    /// `pageWords`: the page's words outside struck stretches, lowercased letters: a reading the
    /// page prints elsewhere is kept, and a spelling it prints is taken before the dictionary is
    /// asked (tesseract's dictionary holds "onc" and "shail"; the page prints "one" and "shall").
    static func repaired(_ text: String, engine: TesseractEngine, pageWords: Set<String> = []) -> String {
        let text = closingBracket(text)
        let letters = text.filter(\.isLetter).lowercased()
        guard letters.count >= 2, letters.contains(where: { struckLetters[$0] != nil }), !pageWords.contains(letters) else { return text }
        if let printed = spelling(of: text, where: { pageWords.contains($0) }) { return printed }
        guard !engine.isDictionaryWord(letters) else { return text }
        return spelling(of: text, where: engine.isDictionaryWord) ?? text
    }

    /// The first spelling of `text`, struck letters read back, fewest changes first, whose
    /// lowercased letters `accepted` takes.
    private static func spelling(of text: String, where accepted: (String) -> Bool) -> String? {
        let characters = Array(text)
        let positions = characters.indices.filter { struckLetters[characters[$0]] != nil }
        let choices = positions.map { [characters[$0]] + (struckLetters[characters[$0]] ?? []) }
        let spellings = choices.reduce(1) { $0 * $1.count }
        guard !positions.isEmpty, spellings <= mostSpellings else { return nil }
        // Spellings in order of fewest changes first: the reading is mostly right.
        for changes in 1...positions.count {
            for choice in 0..<spellings {
                var rest = choice, changed = 0
                var candidate = characters
                for (position, options) in zip(positions, choices) {
                    let pick = rest % options.count
                    rest /= options.count
                    if pick > 0 { candidate[position] = options[pick]; changed += 1 }
                }
                guard changed == changes else { continue }
                let spelling = String(candidate)
                if accepted(spelling.filter(\.isLetter).lowercased()) { return spelling }
            }
        }
        return nil
    }

    /// "(80%}" → "(80%)": a word opened by a parenthesis and closed by a brace or bracket it
    /// never opened.
    static func closingBracket(_ text: String) -> String {
        guard text.first == "(", let last = text.last, last == "}" || last == "]", !text.contains("{"), !text.contains("[") else { return text }
        return String(text.dropLast()) + ")"
    }

    /// "£100" → "$100" where the page prints dollars and no pounds outside its struck words.
    static func dollar(_ text: String, pagePrintsDollars: Bool) -> String {
        guard pagePrintsDollars, let pound = text.firstIndex(of: "£"), text[text.index(after: pound)...].first?.isNumber == true else { return text }
        return text.replacingCharacters(in: pound...pound, with: "$")
    }

    /// Struck words read again, with the figures after a number word put right where they say
    /// another number: "three (2)" → "three (3)", "twenty-four (21)" → "twenty-four (24)".
    static func figuresAfterNumberWords(_ texts: [String]) -> [String] {
        var texts = texts
        for index in texts.indices.dropLast() {
            guard let value = NumberWords.value(texts[index]) else { continue }
            let next = texts[index + 1]
            guard next.first == "(", let close = next.firstIndex(of: ")") else { continue }
            let figures = next[next.index(after: next.startIndex)..<close]
            guard !figures.isEmpty, figures.allSatisfy(\.isNumber), Int(figures) != value, figures.count == String(value).count else { continue }
            texts[index + 1] = "(" + String(value) + next[close...]
        }
        return texts
    }
}
