import BlacklineModel
import Foundation

/// Reads the rules an agreement prints about its grids, in its own words, and ties each to the
/// grids it relates. A rule whose base grid is not in the document ("over FY 04 Scale" when
/// 2003-04 is not printed) cannot be checked; that is said once, as information.
enum RuleReader {
    struct Reading {
        var rules: [GridRule] = []
        var unresolved: [String] = []
        /// Rules whose percentage is past `PlausibleValue.largestPercent`: not applied.
        var implausible: [String] = []
    }

    static func rules(for grids: [SalaryGrid], in agreement: Agreement) -> Reading {
        var reading = Reading()
        for (index, grid) in grids.enumerated() {
            for note in grid.notes + [grid.title] {
                noteRule(note, target: index, grids: grids, into: &reading)
            }
        }
        let paths = Set(grids.map(\.clausePath))
        let clauses = agreement.clauses.flatMap(\.subtree)
        for text in paragraphs(of: clauses.filter { paths.contains($0.path) }) {
            eachYearRule(text, grids: grids, into: &reading)
            effectiveDateRule(text, grids: grids, into: &reading)
        }
        // Raises by date may be printed in the wage article, far from the grids.
        DatedRaises.rules(for: grids, in: paragraphs(of: clauses), into: &reading)
        dayRatioRules(grids, into: &reading)
        // Twin schedules print the same note: say once that it cannot be checked.
        var seen = Set<String>()
        reading.unresolved = reading.unresolved.filter { seen.insert($0).inserted }
        reading.implausible = reading.implausible.filter { seen.insert($0).inserted }
        return reading
    }

    private static func paragraphs(of clauses: [Clause]) -> [String] {
        clauses.flatMap { clause in
            clause.blocks.compactMap { block -> String? in
                if case .paragraph(let paragraph) = block { return paragraph.text }
                return nil
            }
        }
    }

    /// "(2.0% Increase over FY 04 Scale)", "(.5 % Increase over FY 05 Scale)".
    private static func noteRule(_ note: String, target: Int, grids: [SalaryGrid], into reading: inout Reading) {
        guard let match = GridText.matches(#"(?i)(\d*\.?\d+)\s*%\s*increase\s+over\s+FY\s*(\d\d)"#, in: note),
              let fiscal = Int(match[1]), let percent = percent(match[0], in: note, into: &reading) else { return }
        let year = GridText.fiscalYear(fiscal)
        guard let base = baseGrid(year: year, for: grids[target], in: grids, excluding: target) else {
            reading.unresolved.append("'\(note)': the FY \(match[1]) schedule (\(year)) is not in the document")
            return
        }
        add(GridRule(kind: .percentIncrease(percent: percent), base: base, target: target, statement: note), to: &reading)
    }

    /// "The proposed salary schedules for 2021-24 reflect increases of 1.5% in each year."
    private static func eachYearRule(_ text: String, grids: [SalaryGrid], into reading: inout Reading) {
        guard let match = GridText.matches(#"(?i)schedules?\s+for\s+((?:19|20)\d\d)\s*-\s*(\d{2,4})\s+reflect\s+increases?\s+of\s+(\d*\.?\d+)\s*%\s+in\s+each\s+year"#, in: text),
              let start = Int(match[0]), var end = Int(match[1]), let percent = percent(match[2], in: text, into: &reading) else { return }
        if end < 100 { end += start / 100 * 100 }
        for (index, grid) in grids.enumerated() {
            guard let first = grid.startYear, first >= start, first < end else { continue }
            let previous = "\(first - 1)-\(first)"
            guard let base = baseGrid(year: previous, for: grid, in: grids, excluding: index) else {
                reading.unresolved.append("'\(GridText.sentence(text))': no \(previous) schedule for '\(grid.title)'")
                continue
            }
            add(GridRule(kind: .percentIncrease(percent: percent), base: base, target: index, statement: GridText.sentence(text)), to: &reading)
        }
    }

    /// "Effective July 1, 2004: Per diem rates will increase 2% over the per diem paid in the
    /// July 1, 2003 per diem schedule."
    private static func effectiveDateRule(_ text: String, grids: [SalaryGrid], into reading: inout Reading) {
        guard let match = GridText.matches(#"(?i)effective\s+\w+\s+\d{1,2},\s*((?:19|20)\d\d):?[^.]*?increase\s+(\d*\.?\d+)\s*%\s+over\s+[^.]*?\w+\s+\d{1,2},\s*((?:19|20)\d\d)"#, in: text),
              let targetYear = Int(match[0]), let baseYear = Int(match[2]), let percent = percent(match[1], in: text, into: &reading) else { return }
        let targets = grids.indices.filter { grids[$0].startYear == targetYear }
        for target in targets {
            guard let base = baseGrid(year: "\(baseYear)-\(baseYear + 1)", for: grids[target], in: grids, excluding: target) else {
                reading.unresolved.append("'\(GridText.sentence(text))': the \(baseYear) schedule is not in the document")
                continue
            }
            add(GridRule(kind: .percentIncrease(percent: percent), base: base, target: target, statement: GridText.sentence(text)), to: &reading)
        }
    }

    /// A printed percentage; nil, and a note, past `PlausibleValue.largestPercent` (a factor of
    /// 1e18 would carry every amount past what Int holds).
    static func percent(_ text: String, in statement: String, into reading: inout Reading) -> Double? {
        guard let percent = Double(text) else { return nil }
        guard PlausibleValue.isWithin(percent, PlausibleValue.largestPercent) else {
            reading.implausible.append("'\(GridText.sentence(statement))': " + PlausibleValue.pastLimit("percentage", "\(text)%"))
            return nil
        }
        return percent
    }

    /// Twin schedules of one year for different contract days: the longer is the shorter
    /// × its days / the shorter's days.
    private static func dayRatioRules(_ grids: [SalaryGrid], into reading: inout Reading) {
        for (target, grid) in grids.enumerated() {
            guard let days = grid.days, let year = grid.year else { continue }
            let twins = grids.indices.filter { grids[$0].year == year && (grids[$0].days ?? days) < days && grids[$0].columns.count == grid.columns.count }
            guard let base = twins.max(by: { (grids[$0].days ?? 0) < (grids[$1].days ?? 0) }), let baseDays = grids[base].days else { continue }
            add(GridRule(kind: .dayRatio(baseDays: baseDays, targetDays: days), base: base, target: target,
                         statement: "\(days)-day schedule = \(baseDays)-day schedule × \(days)/\(baseDays)"), to: &reading)
        }
    }

    /// The grid of a year that a grid follows: same days when both print them, then the one
    /// whose lanes match best ("ME54" then, "B54" now).
    static func baseGrid(year: String, for grid: SalaryGrid, in grids: [SalaryGrid], excluding index: Int) -> Int? {
        let candidates = grids.indices.filter { $0 != index && grids[$0].year == year && (grids[$0].days == nil || grid.days == nil || grids[$0].days == grid.days) }
        return candidates.max { ColumnMap(base: grids[$0], target: grid).score < ColumnMap(base: grids[$1], target: grid).score }
            .flatMap { ColumnMap(base: grids[$0], target: grid).score > 0 ? $0 : nil }
    }

    static func add(_ rule: GridRule, to reading: inout Reading) {
        guard !reading.rules.contains(where: { $0.base == rule.base && $0.target == rule.target && $0.kind == rule.kind }) else { return }
        reading.rules.append(rule)
    }
}

extension SalaryGrid {
    /// 2021 for "2021-2022".
    var startYear: Int? { year.flatMap { Int($0.prefix(4)) } }
}
