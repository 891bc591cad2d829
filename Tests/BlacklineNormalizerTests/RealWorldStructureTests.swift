import BlacklineModel
import Foundation
import Testing

/// Twelve real Oregon agreements (Fixtures/realworld, CC0) against their hand-made truth: the
/// articles and annexes a person read off each document (`*.articles.tsv`), not what the tool
/// said. Titles compare letters and digits only, so "–" and spacing do not matter, but every
/// word does. Figures measured when this test was written: 306 of 316 articles, 39 of 43 annexes.
@Suite struct RealWorldStructureTests {
    static let folder = Package.root.appendingPathComponent("Fixtures/realworld")
    /// Share of a fixture's articles that must be found with their number and title.
    static let leastArticleRecall = 0.9
    /// Articles found that the truth lacks, at most.
    static let mostExtraArticles = 2
    /// Share of all fixtures' annexes that must be found with their kind and label.
    static let leastAnnexRecall = 0.85

    struct Truth {
        var articles: [(number: String, title: String)] = []
        var annexes: [(kind: String, label: String)] = []
    }

    static func truthFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".articles.tsv") }.sorted()
    }

    static func truth(_ name: String) throws -> Truth {
        var truth = Truth()
        for line in try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 3 else { continue }
            if columns[0] == "article" { truth.articles.append((key(columns[1]), key(columns[2]))) }
            if columns[0] == "annex", columns.count >= 4 { truth.annexes.append((columns[3], key(columns[1]))) }
        }
        return truth
    }

    static func key(_ text: String) -> String { text.uppercased().filter { $0.isLetter || $0.isNumber } }

    @Test(arguments: truthFiles())
    func articlesMatchTheHandMadeTruth(name: String) throws {
        let truth = try Self.truth(name)
        let path = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".articles.tsv", with: ".txt")).path
        let (_, agreement) = try normalize(path: path)
        let found = Set(agreement.articles.map { Self.key($0.number ?? "") + "|" + Self.key($0.title ?? "") })
        let wanted = truth.articles.map { $0.number + "|" + $0.title }
        let matched = wanted.filter(found.contains)
        if wanted.isEmpty {
            #expect(agreement.articles.isEmpty, "a letter without articles")
            #expect(agreement.findings.contains { $0.category == .structure })
            return
        }
        #expect(Double(matched.count) >= Self.leastArticleRecall * Double(wanted.count),
                "\(matched.count) of \(wanted.count); missing \(wanted.filter { !found.contains($0) }.prefix(5))")
        #expect(found.count - matched.count <= Self.mostExtraArticles, "extra: \(found.subtracting(wanted).prefix(5))")
    }

    @Test func annexesMatchTheHandMadeTruth() throws {
        var wanted = 0, matched = 0
        for name in Self.truthFiles() {
            let truth = try Self.truth(name)
            let path = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".articles.tsv", with: ".txt")).path
            let (_, agreement) = try normalize(path: path)
            let found = Set(agreement.annexes.map { ($0.annexKind?.rawValue ?? "") + "|" + Self.key($0.number ?? "") })
            wanted += truth.annexes.count
            matched += truth.annexes.filter { found.contains($0.kind + "|" + $0.label) }.count
        }
        #expect(wanted > 30)
        #expect(Double(matched) >= Self.leastAnnexRecall * Double(wanted), "\(matched) of \(wanted)")
    }

    /// The three fixtures typeset by LibreOffice (its own running header and footer; one on
    /// pleading paper) give the articles their source text gives.
    @Test(arguments: ["deschutes-county-deschutes-9-1-1-supervisors-contract-july-1-2024-june-30-2026",
                      "lane-county-paa-collective-bargaining-agreement", "washington-county-afscme-juvenile-agreement-2025-2027"])
    func typesetPDFGivesTheArticlesOfItsSource(name: String) throws {
        let pdf = try normalize(path: Self.folder.appendingPathComponent("pdf/\(name).pdf").path).1
        let text = try normalize(path: Self.folder.appendingPathComponent("pdf/\(name).source.txt").path).1
        let heading = { (agreement: Agreement) in agreement.articles.map { "\($0.number ?? "") \($0.title ?? "")" } }
        #expect(heading(pdf) == heading(text))
        #expect(heading(pdf).count >= 8)
    }
}
