import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import Foundation
import Testing

/// Paths into the package, found from this file so tests run from any working directory.
enum Package {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("Fixtures/seeds")
    static let golden = root.appendingPathComponent("Tests/BlacklineNormalizerTests/Golden")

    static func seed(_ name: String) -> String { seeds.appendingPathComponent(name).path }
    static func pdfFixture(_ name: String) -> String { root.appendingPathComponent("Fixtures/pdf").appendingPathComponent(name).path }

    /// PDF fixtures made to be refused (encrypted with a user password, damaged, empty, scanned).
    static let brokenPDFs: Set<String> = ["encrypted-user.pdf", "truncated.pdf", "zero-pages.pdf", "scanned.pdf"]
    /// DOCX fixtures made to be refused.
    static let brokenDOCX: Set<String> = ["not-a-zip.docx", "no-document.docx", "malformed.docx", "encrypted.docx"]

    /// Every readable fixture in the package: text, PDF, DOCX and HTML. Fixtures/hostile holds
    /// inputs made to be refused or clamped; HostileInputTests reads those.
    static func readableFixtures() -> [String] {
        let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent("Fixtures"), includingPropertiesForKeys: nil)
        var paths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            let name = url.lastPathComponent
            // Inputs made to break the tool, not agreements; each has tests of its own.
            if name == "hostile" {
                enumerator?.skipDescendants()
                continue
            }
            if url.pathExtension == "txt" || url.pathExtension == "html"
                || url.pathExtension == "pdf" && !brokenPDFs.contains(name) || url.pathExtension == "docx" && !brokenDOCX.contains(name) {
                paths.append(url.path)
            }
        }
        return paths.sorted()
    }
}

func normalize(path: String) throws -> (MarkedDocument, Agreement) {
    let document = try DocumentReader.read(path: path)
    return (document, Normalizer().normalize(document))
}

func normalize(text: String) -> Agreement {
    Normalizer().normalize(TextReader.read(text: text, source: "inline.txt"))
}

/// Compares with a golden file; `BLACKLINE_RECORD=1 swift test` rewrites it instead, for review
/// line by line in `git diff`.
func expectGolden(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = Package.golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["BLACKLINE_RECORD"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if expected == actual { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(expectedLines.count, actualLines.count)
    let want = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
    let got = first < actualLines.count ? String(actualLines[first]) : "<end>"
    Issue.record("\(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n(re-record with BLACKLINE_RECORD=1 and review the diff)", sourceLocation: sourceLocation)
}

/// Every word of `text` is in the tree, in document order, or in recorded furniture (whose lines
/// are left out of the input; a margin number leaves out only the number).
func expectWordsKept(_ text: String, _ agreement: Agreement, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let margins = Dictionary(agreement.furniture.filter { $0.kind == .marginNumber }.map { ($0.location.line, $0.text) }, uniquingKeysWith: { a, _ in a })
    let setAside = Set(agreement.furniture.filter { $0.kind != .marginNumber }.map(\.location.line))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let input = lines.enumerated().filter { !setAside.contains($0.offset + 1) }.map { offset, line in
        let words = Words.stream(String(line))
        return margins[offset + 1].map { String(words.dropFirst($0.count)) } ?? words
    }.joined()
    let tree = agreement.clauses.flatMap(\.textInDocumentOrder).map(Words.stream).joined()
    #expect(tree == input, "the tree's words differ from the input's", sourceLocation: sourceLocation)
}
