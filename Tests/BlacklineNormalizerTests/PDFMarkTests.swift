import BlacklineModel
import BlacklineReaders
import Foundation
import Testing

/// Redline marks read from PDFs against the truth: the text twin each redline PDF was typeset
/// from marks every inserted (<u>) and deleted (<s>) word; the annotated PDF has a truth file.
@Suite struct PDFMarkTests {
    struct MarkedWord: Equatable {
        var word: String
        var mark: Mark
    }

    /// Words of every paragraph and table cell, clause by clause, each with the mark of its first
    /// letter or digit.
    static func words(_ clause: Clause) -> [MarkedWord] {
        var words: [MarkedWord] = []
        let runs = clause.blocks.flatMap { block -> [TextRun] in
            switch block {
            case .paragraph(let paragraph): paragraph.runs + [TextRun(" ")]
            case .table(let table): table.rows.flatMap { $0.cells.flatMap { $0 + [TextRun(" ")] } }
            }
        }
        var current = "", mark = Mark.plain
        for run in runs {
            for character in run.text {
                if character.isWhitespace {
                    if !current.isEmpty { words.append(MarkedWord(word: current, mark: mark)) }
                    current = ""
                } else {
                    if Words.stream(current).isEmpty, character.isLetter || character.isNumber { mark = run.mark }
                    current.append(character)
                }
            }
        }
        if !current.isEmpty { words.append(MarkedWord(word: current, mark: mark)) }
        return words
    }

    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, wordsCompared = 0
        var precision: Double { Double(truePositives) / Double(max(truePositives + falsePositives, 1)) }
        var recall: Double { Double(truePositives) / Double(max(truePositives + falseNegatives, 1)) }
    }

    static func score(_ name: String) throws -> Score {
        let (_, text) = try normalize(path: Package.pdfFixture("\(name).source.txt"))
        let (_, pdf) = try normalize(path: Package.pdfFixture("\(name).pdf"))
        let pdfClauses = Dictionary(pdf.clauses.flatMap(\.subtree).map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var score = Score()
        for clause in text.clauses.flatMap(\.subtree) {
            guard let twin = pdfClauses[clause.path] else { continue }
            let truth = words(clause), read = words(twin)
            guard truth.map(\.word) == read.map(\.word) else { continue }
            score.wordsCompared += truth.count
            for (want, got) in zip(truth, read) {
                switch (want.mark == .plain, got.mark == .plain) {
                case (false, false) where want.mark == got.mark: score.truePositives += 1
                case (false, _): score.falseNegatives += 1
                    if got.mark != .plain { score.falsePositives += 1 }
                case (true, false): score.falsePositives += 1
                default: break
                }
            }
        }
        return score
    }

    @Test(arguments: ["aea-redline", "ace-redline"])
    func redlineMarksMatchTheTruth(name: String) throws {
        let score = try Self.score(name)
        print("\(name): \(score.wordsCompared) words compared, marked-word precision \(score.precision), recall \(score.recall) (\(score.truePositives) right, \(score.falsePositives) false, \(score.falseNegatives) missed)")
        #expect(score.wordsCompared > 5000)
        #expect(score.truePositives > 50)
        #expect(score.precision >= 0.99)
        #expect(score.recall >= 0.99)
    }

    @Test func cleanAgreementHasNoMarksBesidesItsUnderlines() throws {
        let document = try DocumentReader.read(path: Package.pdfFixture("ace-agreement.pdf"))
        #expect(document.lines.flatMap(\.runs).filter { $0.mark != .plain }.isEmpty)
    }

    struct Truth: Decodable {
        var page: Int
        var kind: String
        var text: String
        var author: String
        var inserted: String?
    }

    @Test func acrobatAnnotationsBecomeMarksWithTheirAuthor() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Package.pdfFixture("ace-annotated.truth.json")))
        let truth = try JSONDecoder().decode([Truth].self, from: data)
        let document = try DocumentReader.read(path: Package.pdfFixture("ace-annotated.pdf"))
        let runs = document.lines.flatMap(\.runs)
        for entry in truth {
            let evidence = "\(entry.kind) annotation by \(entry.author)"
            switch entry.kind {
            case "StrikeOut", "Underline":
                let marked = runs.filter { $0.evidence == evidence }.map(\.text).joined(separator: " ")
                #expect(Words.stream(marked).contains(Words.stream(entry.text)), "\(entry.kind) '\(entry.text)' read as '\(marked)'")
                let expected: Mark = entry.kind == "StrikeOut" ? .deleted : .inserted
                #expect(runs.filter { $0.evidence == evidence }.allSatisfy { $0.mark == expected })
            case "Highlight":
                let highlighted = runs.filter { $0.evidence == evidence }
                #expect(Words.stream(highlighted.map(\.text).joined()) == Words.stream(entry.text))
                #expect(highlighted.allSatisfy { $0.mark == .plain })
            case "Caret":
                // Poppler-glib does not give a Caret annotation's author, only its text.
                let inserted = runs.filter { $0.evidence?.hasPrefix("Caret annotation") == true }
                #expect(inserted.map(\.text) == [entry.inserted ?? ""])
                #expect(inserted.allSatisfy { $0.mark == .inserted })
                let line = document.lines.first { $0.runs.contains { $0.evidence?.hasPrefix("Caret") == true } }?.text ?? ""
                #expect(line.contains("\(entry.text) \(entry.inserted ?? "") "), "caret line: \(line)")
            default:
                Issue.record("unexpected truth kind \(entry.kind)")
            }
        }
        // Apart from the annotations, the page reads as the clean agreement does.
        let marked = runs.filter { $0.mark != .plain }.map(\.evidence)
        #expect(marked.allSatisfy { $0?.contains("annotation by Jane Negotiator") == true || $0 == "Caret annotation" })
    }
}
