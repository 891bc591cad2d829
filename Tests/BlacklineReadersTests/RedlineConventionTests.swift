import BlacklineModel
@testable import BlacklineReaders
import Foundation
import Testing

/// Issue 15: printed redlines in each convention real people use (Fixtures/redlines, typeset by
/// LibreOffice from Scripts/fixtures/make_redline_conventions.py, truth made from the same data),
/// and negative documents whose styling is no markup.
@Suite struct RedlineConventionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/redlines")

    struct Truth: Decodable {
        var file: String
        var inserted: [String]
        var deleted: [String]
    }

    /// The conventions each fixture must be summarized with (checked by hand on the rendered
    /// pages): insertion names, deletion names, and what must be reported as ignored.
    static let expected: [String: (insertions: [String], deletions: [String], ignored: [String])] = [
        "red-text": (["red text"], ["red strike"], []),
        "highlight": (["blue text on yellow highlight"], ["black strike"], []),
        "word-tracked": (["yellow underline", "blue underline"], ["yellow strike", "blue strike"], []),
        "colour-underline": (["green underline"], ["black double strike", "red strike"], []),
        "bold-legend": (["bold, as the legend declares"], ["black strike"], ["bold headings"]),
        "underline-legend": (["black underline"], ["black strike"], []),
        "inside-word": (["blue underline"], ["red strike"], []),
        "negative-headings": ([], [], ["underlined headings", "underlined defined terms"]),
        "negative-links": ([], [], ["links"]),
        "negative-cells": ([], [], ["red headings and titles"]),
        "negative-watermark": ([], [], ["large text (titles, watermarks)"]),
    ]

    static var names: [String] { expected.keys.sorted() }

    private func read(_ name: String) throws -> (MarkedDocument, Truth) {
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: Self.folder.appendingPathComponent("\(name).truth.json")))
        return (try PDFReader.read(path: Self.folder.appendingPathComponent(truth.file).path), truth)
    }

    @Test(arguments: names) func marksMatchTheTruth(_ name: String) throws {
        let (document, truth) = try read(name)
        for (mark, expected) in [(Mark.inserted, truth.inserted), (.deleted, truth.deleted)] {
            let found = Self.markedWords(document, mark)
            let matched = Self.commonWords(found, expected)
            if expected.isEmpty {
                #expect(found.isEmpty, "\(name): \(mark) words on a document without markup: \(found.prefix(20))")
                continue
            }
            let precision = found.isEmpty ? 0 : Double(matched) / Double(found.count)
            let recall = Double(matched) / Double(expected.count)
            #expect(precision >= 0.95 && recall >= 0.95, "\(name) \(mark): precision \(precision), recall \(recall)")
        }
    }

    @Test(arguments: names) func conventionsAreSummarized(_ name: String) throws {
        let (document, _) = try read(name)
        let conventions = try #require(document.markConventions)
        let expected = try #require(Self.expected[name])
        #expect(conventions.insertions.map(\.name) == expected.insertions, "\(name): \(conventions.summary)")
        #expect(conventions.deletions.map(\.name) == expected.deletions, "\(name): \(conventions.summary)")
        for ignored in expected.ignored {
            #expect(conventions.ignored.contains { $0.name == ignored }, "\(name): \(conventions.summary)")
        }
        #expect(document.findings.contains { $0.category == .markup && $0.message.hasPrefix("markup read as insertions:") })
    }

    @Test func theLegendIsQuotedAndItsLineCarriesNoMarks() throws {
        let (document, _) = try read("bold-legend")
        let legend = try #require(document.markConventions?.legend)
        #expect(legend.contains("New language is shown in bold"))
        let legendLine = try #require(document.lines.first { $0.text.contains("New language is shown in bold") })
        #expect(legendLine.runs.allSatisfy { $0.mark == .plain })
    }

    @Test func appearancesAreLetGoOnceMarksAreDecided() throws {
        let (document, _) = try read("red-text")
        #expect(document.lines.allSatisfy { $0.runs.allSatisfy { $0.appearance == nil } })
    }

    @Test func trackedChangePrintHasChangeBarsBesideMarkedLines() throws {
        let (document, _) = try read("word-tracked")
        let conventions = try #require(document.markConventions)
        #expect(conventions.changeBarLines >= 15)
        #expect(conventions.unmarkedChangeBarLines <= 2)
        let barred = document.lines.filter { $0.layout?.changeBar == true }
        #expect(barred.filter { $0.runs.contains { $0.mark != .plain } }.count == conventions.changeBarLines - conventions.unmarkedChangeBarLines)
    }

    @Test func withoutMarksNoConventionsAreClaimed() throws {
        let path = Self.folder.appendingPathComponent("red-text.pdf").path
        let document = try PDFReader.read(path: path, options: ReadOptions(detectsMarks: false))
        #expect(document.markConventions == nil)
        #expect(document.lines.allSatisfy { $0.runs.allSatisfy { $0.mark == .plain } })
    }

    /// Words of runs with `mark`, in reading order; a word a line break splits after a hyphen
    /// ("ninety-" / "five") is joined again, as the truth spells it.
    static func markedWords(_ document: MarkedDocument, _ mark: Mark) -> [String] {
        var words: [String] = []
        var joinNext = false
        for line in document.lines {
            for run in line.runs where run.mark == mark {
                for (index, word) in run.text.split(whereSeparator: \.isWhitespace).enumerated() {
                    if index == 0, joinNext, let last = words.popLast() { words.append(last + word) } else { words.append(String(word)) }
                    joinNext = false
                }
            }
            joinNext = line.runs.last(where: { !$0.text.allSatisfy(\.isWhitespace) }).map { $0.mark == mark && $0.text.hasSuffix("-") } ?? false
        }
        return words
    }

    /// The length of the longest common subsequence of two word lists.
    static func commonWords(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        for word in a {
            var current = [Int](repeating: 0, count: b.count + 1)
            for (index, other) in b.enumerated() {
                current[index + 1] = word == other ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            previous = current
        }
        return previous[b.count]
    }
}
