import BlacklineModel
@testable import BlacklineReaders
import Foundation
import Testing

/// Issue 18: redlines scanned (Scripts/make-scans: 200 dpi, grey or colour, 1° skew, noise,
/// JPEG) keep their marks: strikes and underlines found in the pixels, struck words read as
/// themselves, scored against the source redline's truth of marked words.
@Suite struct ScannedRedlineTests {
    struct Floor {
        var wordAccuracy: Double
        var inserted: (precision: Double, recall: Double)
        var deleted: (precision: Double, recall: Double)
    }

    /// What each scan must reach: the issue's 0.98 word accuracy and 0.90 precision and recall.
    /// Measured on 2026-11-30, late (Scripts/redline-score --scans, and word accuracy as below):
    ///   underline-legend  words 0.988  ins 0.97/0.96  del 0.96/0.96
    ///   inside-word       words 0.984  ins 0.91/0.96  del 0.95/0.93
    ///   colour-underline  words 0.982  ins 0.93/0.94  del 0.96/0.96
    /// (tesseract alone reads 0.957, 0.921, 0.949 of their words. Inside-word was at words 0.980,
    /// del 0.92/0.75 before the strike colour, the per-symbol strike cover and the sure first
    /// reading; its struck single letters and digits are now found by their red.)
    static let floors: [String: Floor] = [
        "underline-legend": Floor(wordAccuracy: 0.98, inserted: (0.9, 0.9), deleted: (0.9, 0.9)),
        "inside-word": Floor(wordAccuracy: 0.98, inserted: (0.9, 0.9), deleted: (0.9, 0.9)),
        "colour-underline": Floor(wordAccuracy: 0.98, inserted: (0.9, 0.9), deleted: (0.95, 0.95)),
    ]

    static var names: [String] { floors.keys.sorted() }

    struct Truth: Decodable {
        var file: String
        var inserted: [String]
        var deleted: [String]
    }

    static func read(_ name: String) throws -> (MarkedDocument, Truth) {
        let truthPath = ScannedPDFTests.fixture(name, "truth.json")
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: URL(fileURLWithPath: truthPath)))
        return (try PDFReader.read(path: PDFSafetyTests.fixture("scans/\(truth.file)")), truth)
    }

    @Test(arguments: names) func wordsAreReadAsTheSourcePrintsThem(_ name: String) throws {
        let (document, _) = try Self.read(name)
        let found = document.lines.flatMap { ScannedPDFTests.words($0.text) }
        let truth = ScannedPDFTests.words(try String(contentsOfFile: ScannedPDFTests.fixture(name, "truth.txt"), encoding: .utf8))
        let accuracy = ScannedPDFTests.wordAccuracy(found: found, truth: truth)
        let floor = try #require(Self.floors[name])
        #expect(accuracy >= floor.wordAccuracy, "\(name): word accuracy \(accuracy) over \(truth.count) words")
    }

    @Test(arguments: names) func marksMatchTheSourceRedline(_ name: String) throws {
        let (document, truth) = try Self.read(name)
        let floor = try #require(Self.floors[name])
        for (mark, expected, least) in [(Mark.inserted, truth.inserted, floor.inserted), (.deleted, truth.deleted, floor.deleted)] {
            let found = RedlineConventionTests.markedWords(document, mark)
            let matched = Double(RedlineConventionTests.commonWords(found, expected))
            let precision = found.isEmpty ? 0 : matched / Double(found.count), recall = matched / Double(expected.count)
            #expect(precision >= least.precision && recall >= least.recall, "\(name) \(mark): precision \(precision), recall \(recall)")
        }
    }

    @Test func marksCarryTheScansEvidenceAndColour() throws {
        let (colour, _) = try Self.read("inside-word")
        let conventions = try #require(colour.markConventions)
        #expect(conventions.insertions.first?.name == "blue underline", "\(conventions.summary)")
        // Struck letters whose strike was lost in them are deleted by the colour of the struck text.
        #expect(conventions.deletions.map(\.name) == ["red strike", "red text like the struck text"], "\(conventions.summary)")
        let struck = colour.lines.flatMap(\.runs).filter { $0.mark == .deleted }
        #expect(!struck.isEmpty && struck.allSatisfy { run in
            run.evidence?.hasPrefix("strike found in the scan #") == true || run.evidence?.hasSuffix(", the colour of the document's struck text") == true
        })
        let renumbered = try #require(colour.lines.first { $0.text.contains("A decision under 4.3.3") })
        #expect(renumbered.runs.prefix(3).map(\.text) == ["4.3.", "5", "4"] && renumbered.runs[1].mark == .deleted, "\(renumbered.runs)")
        // A grey scan says what it saw and no colour.
        let (grey, _) = try Self.read("underline-legend")
        let greyConventions = try #require(grey.markConventions)
        #expect(greyConventions.insertions.map(\.name) == ["underline"], "\(greyConventions.summary)")
        #expect(greyConventions.deletions.map(\.name) == ["strike"], "\(greyConventions.summary)")
        #expect(grey.lines.flatMap(\.runs).contains { $0.evidence == "underline found in the scan" })
    }

    @Test func aWholeStruckLineReadsAsItself() throws {
        let (document, _) = try Self.read("inside-word")
        let line = try #require(document.lines.first { $0.text.contains("written reprimand") })
        #expect(line.text.contains("A written reprimand"), "\(line.text)")
        #expect(line.runs.filter { $0.mark == .deleted }.map(\.text).joined().contains("removed from the personnel file"), "\(line.runs)")
    }

    @Test func aRuledTableOnAScanIsNoMark() throws {
        let document = try PDFReader.read(path: ScannedPDFTests.fixture("yksd-agreement-p3-4", "scan.pdf"))
        #expect(document.lines.contains { $0.text.hasPrefix("0\t36,648") }, "the salary table is read")
        #expect(document.lines.allSatisfy { $0.runs.allSatisfy { $0.mark == .plain } })
        #expect(document.markConventions == nil)
    }
}

/// The rule finder and classifier on drawn pages: a rule through the middle of a word strikes
/// it, one under it underlines it, one running far past it (a table border) marks nothing.
@Suite struct ScannedMarkClassifierTests {
    static let dpi = 300.0
    /// 12-point type at 300 dpi: an em of 50 pixels.
    static let em = 50

    /// A white page with a word's letters drawn as posts and a rule from `ruleFrom` to `ruleTo`
    /// at `ruleAbove` pixels above the baseline (negative: below).
    static func page(ruleFrom: Int, ruleTo: Int, ruleAbove: Int) -> (GreyImage, TesseractEngine.Word) {
        let (width, height, baseline) = (900, 200, 120)
        var pixels = [UInt8](repeating: 255, count: width * height)
        let letters = (0..<6).map { 300 + $0 * 25 }
        for left in letters {
            for y in (baseline - 23)..<baseline { for x in left..<(left + 5) { pixels[y * width + x] = 0 } }
        }
        for y in (baseline - ruleAbove - 1)...(baseline - ruleAbove + 1) {
            for x in ruleFrom...ruleTo { pixels[y * width + x] = 0 }
        }
        let symbols = letters.map { TesseractEngine.Symbol(text: "n", left: $0, right: $0 + 20) }
        let word = TesseractEngine.Word(text: "nnnnnn", left: 300, top: baseline - 23, right: 445, bottom: baseline, confidence: 90,
                                        line: 0, baseline: (300, baseline, 445, baseline), pointSize: 12, symbols: symbols)
        return (GreyImage(width: width, height: height, dpi: dpi, pixels: pixels), word)
    }

    static func marks(ruleFrom: Int, ruleTo: Int, ruleAbove: Int) -> [MarkClassifier.GlyphMark] {
        let (image, word) = page(ruleFrom: ruleFrom, ruleTo: ruleTo, ruleAbove: ruleAbove)
        let rules = ScannedRuleFinder(image: image).rules()
        return ScannedMarkClassifier.classify([word], rules: rules, dpi: dpi, colours: rules.map { _ in nil }).marks[0]
    }

    @Test func aRuleThroughTheMiddleStrikes() {
        let marks = Self.marks(ruleFrom: 298, ruleTo: 447, ruleAbove: 15)
        #expect(marks.allSatisfy { $0.mark == .deleted && $0.style.contains(.strikethrough) && $0.evidence == "strike found in the scan" })
    }

    @Test func aRuleUnderTheBaselineUnderlines() {
        let marks = Self.marks(ruleFrom: 298, ruleTo: 447, ruleAbove: -6)
        #expect(marks.allSatisfy { $0.mark == .inserted && $0.style.contains(.underline) && $0.evidence == "underline found in the scan" })
    }

    @Test func aStrikeOverPartOfAWordMarksThatPart() {
        let marks = Self.marks(ruleFrom: 298, ruleTo: 372, ruleAbove: 15)
        #expect(marks.map(\.mark) == [.deleted, .deleted, .deleted, .plain, .plain, .plain])
    }

    @Test(arguments: [15, -6]) func aRuleRunningFarPastTheWordIsABorder(ruleAbove: Int) {
        let marks = Self.marks(ruleFrom: 60, ruleTo: 840, ruleAbove: ruleAbove)
        #expect(marks.allSatisfy { $0 == MarkClassifier.GlyphMark() })
    }
}

/// What a strike takes from the words it crosses, put back from the page's own evidence.
@Suite struct StruckLetterRepairTests {
    @Test func bracketsDollarsAndFiguresAfterNumberWords() {
        #expect(StruckLetterRepair.closingBracket("(80%}") == "(80%)")
        #expect(StruckLetterRepair.closingBracket("{80%}") == "{80%}")
        #expect(StruckLetterRepair.dollar("(£100)", pagePrintsDollars: true) == "($100)")
        #expect(StruckLetterRepair.dollar("(£100)", pagePrintsDollars: false) == "(£100)")
        #expect(StruckLetterRepair.dollar("£s", pagePrintsDollars: true) == "£s")
        #expect(StruckLetterRepair.figuresAfterNumberWords(["three", "(2)", "days"]) == ["three", "(3)", "days"])
        #expect(StruckLetterRepair.figuresAfterNumberWords(["twenty-four", "(21),"]) == ["twenty-four", "(24),"])
        // Figures of another length, or words that are no number, are left as read.
        #expect(StruckLetterRepair.figuresAfterNumberWords(["three", "(30)"]) == ["three", "(30)"])
        #expect(StruckLetterRepair.figuresAfterNumberWords(["Article", "(2)"]) == ["Article", "(2)"])
        #expect(NumberWords.value("Ninety-Nine") == 99 && NumberWords.value("twenty-zero") == nil)
    }

    @Test func lettersAStrikeCutAreReadBackToTheSpellingThePagePrints() throws {
        let engine = try TesseractEngine()
        #expect(StruckLetterRepair.repaired("dollarz", engine: engine, pageWords: ["dollars"]) == "dollars")
        #expect(StruckLetterRepair.repaired("onc", engine: engine, pageWords: ["one"]) == "one")
        #expect(StruckLetterRepair.repaired("cffort", engine: engine) == "effort")
        // A word the page prints as read stays.
        #expect(StruckLetterRepair.repaired("Ritz", engine: engine, pageWords: ["ritz"]) == "Ritz")
    }
}
