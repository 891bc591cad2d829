/// Restores the letters a painted-out strike takes with it. A strike runs through the middle of
/// the x-height, where an "e" has its bar and an "s" its spine: painted to paper with the strike,
/// "effort" reads "cffort" and "dollars" "dollarc". A struck word that is not in tesseract's
/// dictionary is tried with its "c"s read as "e" or "s"; the first spelling the dictionary holds
/// is taken. Words the dictionary holds, numbers and names are left as read.
enum StruckLetterRepair {
    /// Readings tried per word at most: a word with many "c"s keeps its reading.
    static let mostSpellings = 64

    static func repaired(_ text: String, engine: TesseractEngine) -> String {
        let letters = text.filter(\.isLetter)
        guard letters.count >= 2, letters.contains("c"), !engine.isDictionaryWord(letters.lowercased()) else { return text }
        let characters = Array(text)
        let positions = characters.indices.filter { characters[$0] == "c" }
        var spellings = 1
        for _ in positions { spellings *= 3 }
        guard spellings <= mostSpellings else { return text }
        // Spellings in order of fewest changes first: the reading is mostly right.
        for changes in 1...positions.count {
            for choice in 0..<spellings {
                var digits = choice, changed = 0
                var candidate = characters
                for position in positions {
                    switch digits % 3 {
                    case 1: candidate[position] = "e"; changed += 1
                    case 2: candidate[position] = "s"; changed += 1
                    default: break
                    }
                    digits /= 3
                }
                guard changed == changes else { continue }
                let spelling = String(candidate)
                if engine.isDictionaryWord(spelling.filter(\.isLetter).lowercased()) { return spelling }
            }
        }
        return text
    }
}
