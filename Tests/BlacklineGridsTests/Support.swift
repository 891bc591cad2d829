import BlacklineGrids
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import Foundation

enum Package {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func seed(_ name: String) -> String { root.appendingPathComponent("Fixtures/seeds").appendingPathComponent(name).path }

    static func seedText(_ name: String) throws -> String { try String(contentsOfFile: seed(name), encoding: .utf8) }
}

/// An agreement's grids and their audit, from a file or from text (a seed with planted errors).
struct Audited {
    let agreement: Agreement
    let extraction: GridExtractor.Result
    let audit: GridAudit

    init(path: String) throws {
        self.init(agreement: Normalizer().normalize(try DocumentReader.read(path: path)))
    }

    init(text: String, source: String = "planted.txt") {
        self.init(agreement: Normalizer().normalize(TextReader.read(text: text, source: source)))
    }

    init(agreement: Agreement) {
        self.agreement = agreement
        extraction = GridExtractor.grids(in: agreement)
        audit = GridAuditor.audit(extraction.grids, in: agreement)
    }

    var grids: [SalaryGrid] { extraction.grids }
    var problems: [GridFinding] { audit.findings.filter { $0.severity >= .warning } }
}

extension String {
    /// The text with exactly one occurrence of `target` replaced; a planted error must land
    /// where the test says.
    func replacingOnce(_ target: String, with replacement: String) throws -> String {
        let ranges = components(separatedBy: target)
        guard ranges.count == 2 else { throw PlantError(target: target, occurrences: ranges.count - 1) }
        return ranges.joined(separator: replacement)
    }
}

struct PlantError: Error, CustomStringConvertible {
    let target: String
    let occurrences: Int
    var description: String { "'\(target)' occurs \(occurrences) times, not once" }
}
