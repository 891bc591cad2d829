import Foundation
import BlacklineModel

/// Repairs the OCR noise seen in exported agreements, whatever their format, and records every repair:
/// - Greek and Cyrillic letters inside Latin words ("ΓA'd", "ГΑ'd" for "TA'd");
/// - marks standing for an empty grid cell's dash ("ı", "J", "1", "_" among salary amounts);
/// - and, after those, the misreads the document's structure shows (`OCRStructureRepair`).
struct OCRRepair {
    /// Letters that OCR takes for Latin ones. Gamma and Ghe stand for a T whose left bar faded.
    static let lookalikes: [Character: Character] = [
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
        "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Γ": "T",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
        "Т": "T", "Х": "X", "Г": "T", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x",
    ]
    /// What OCR made of the dash in an empty salary-grid cell.
    static let emptyCellNoise: Set<String> = ["ı", "J", "1", "_", "l", "|"]
    /// A grid row needs this many money cells before a lone "1" is believed to be a dash (one will
    /// do when the row starts with a step number, as the last steps of a grid often have one lane).
    static let moneyCellsForGridRow = 2

    private(set) var counts: [Repair: (count: Int, first: SourceLocation)] = [:]

    struct Repair: Hashable {
        var original: String
        var repaired: String
        var isCell: Bool
    }

    /// Repairs every line of a reader's output, then what the document's structure shows
    /// (`OCRStructureRepair`); returns the lines and the findings that report each repair.
    static func repair(_ lines: [MarkedLine]) -> (lines: [MarkedLine], findings: [Finding]) {
        var repair = OCRRepair()
        let repaired = lines.map { line in
            // Most lines are plain ASCII prose without cells: nothing to repair.
            guard line.runs.contains(where: { $0.text.utf8.contains { $0 == 0x09 || $0 >= 0x80 } }) else { return line }
            var line = line
            line.runs = repair.repairWords(in: repair.repairCells(in: line.runs, at: line.location), at: line.location)
            return line
        }
        let structural = OCRStructureRepair.repair(repaired)
        return (structural.lines, repair.findings + OCRStructureRepair.findings(structural.repairs, lines: structural.lines))
    }

    /// Grid cells that are only noise become "-", keeping the mark of the cell's first character.
    mutating func repairCells(in runs: [TextRun], at location: SourceLocation) -> [TextRun] {
        // A grid row has at least three cells, so two tabs; counting bytes spares splitting every
        // labelled line ("A.\tThe District…") into strings.
        guard runs.reduce(0, { count, run in count + run.text.utf8.reduce(0) { $0 + ($1 == 9 ? 1 : 0) } }) >= 2 else { return runs }
        let text = runs.plainText
        let cells = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let repaired = repairGridCells(cells, at: location)
        guard repaired != cells else { return runs }
        var output: [TextRun] = []
        var cell = 0
        var emitted = Set<Int>()
        for run in runs {
            var piece = run
            piece.text = ""
            for character in run.text {
                if character == "\t" {
                    cell += 1
                    piece.text.append(character)
                } else if repaired[cell] == cells[cell] {
                    piece.text.append(character)
                } else if !character.isWhitespace, emitted.insert(cell).inserted {
                    piece.text += repaired[cell]
                }
            }
            output.append(piece)
        }
        return output.coalesced()
    }

    mutating func repairWords(in runs: [TextRun], at location: SourceLocation) -> [TextRun] {
        runs.map { run in
            var run = run
            run.text = repairWords(run.text, at: location)
            return run
        }
    }

    private mutating func repairWords(_ text: String, at location: SourceLocation) -> String {
        // Lookalikes are all Greek or Cyrillic capitals and a few Cyrillic small letters, whose
        // UTF-8 starts with one of three bytes; most text holds none (curly quotes and dashes do not).
        guard text.utf8.contains(where: { $0 == 0xCE || $0 == 0xD0 || $0 == 0xD1 }),
              text.contains(where: { Self.lookalikes[$0] != nil }) else { return text }
        var output = ""
        var token = ""
        for character in text {
            if character.isWhitespace {
                output += repairToken(token[...], at: location) + String(character)
                token = ""
            } else {
                token.append(character)
            }
        }
        return output + repairToken(token[...], at: location)
    }

    private mutating func repairToken(_ token: Substring, at location: SourceLocation) -> String {
        let hasLookalike = token.contains { Self.lookalikes[$0] != nil }
        let hasLatin = token.contains { $0.isASCII && $0.isLetter }
        // "ГΑ" (two lookalikes, no Latin) is a broken "TA"; a lone "Γ" may be meant.
        let allLookalikes = token.count >= 2 && token.allSatisfy { Self.lookalikes[$0] != nil }
        guard hasLookalike, hasLatin || allLookalikes else { return String(token) }
        let repaired = String(token.map { Self.lookalikes[$0] ?? $0 })
        note(Repair(original: String(token), repaired: repaired, isCell: false), at: location)
        return repaired
    }

    /// In a tab-separated row holding salary amounts, a cell that is only OCR noise was a dash.
    mutating func repairGridCells(_ cells: [String], at location: SourceLocation) -> [String] {
        guard cells.count > 2 else { return cells }
        let moneyCells = cells.dropFirst().filter(Self.isMoney).count
        let startsWithStep = Int(cells[0].trimmingCharacters(in: .whitespaces)) != nil
        guard moneyCells >= Self.moneyCellsForGridRow || startsWithStep && moneyCells >= 1 else { return cells }
        return cells.enumerated().map { index, cell in
            let trimmed = cell.trimmingCharacters(in: .whitespaces)
            guard index > 0, Self.emptyCellNoise.contains(trimmed) else { return cell }
            note(Repair(original: trimmed, repaired: "-", isCell: true), at: location)
            return "-"
        }
    }

    static func isMoney(_ cell: String) -> Bool {
        let digits = cell.trimmingCharacters(in: .whitespaces).drop { $0 == "-" || $0 == "$" }
        guard let first = digits.first, first.isNumber else { return false }
        let hasGrouping = digits.utf8.contains(UInt8(ascii: ","))
        let hasCents = digits.utf8.contains(UInt8(ascii: "."))
        return (hasGrouping || hasCents) && digits.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }

    private mutating func note(_ repair: Repair, at location: SourceLocation) {
        if let seen = counts[repair] {
            counts[repair] = (seen.count + 1, seen.first)
        } else {
            counts[repair] = (1, location)
        }
    }

    var findings: [Finding] {
        counts.sorted { ($0.value.first.line, $0.key.original) < ($1.value.first.line, $1.key.original) }.map { repair, seen in
            let times = seen.count == 1 ? "" : " (\(seen.count) times)"
            let what = repair.isCell ? "empty-cell mark" : "text"
            return Finding(.ocrRepair, .info, "\(what) '\(repair.original)' read as '\(repair.repaired)'\(times)", at: seen.first)
        }
    }
}
