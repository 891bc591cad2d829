import BlacklineModel

/// A schedule computed with another raise than the text prints: most of its cells miss the
/// printed percentage by the same proportion ("6.55%" in the wage article, every amount of the
/// schedule at 6.50%). That is one disagreement between the schedule and the text, said once
/// as an error naming both figures; the cells stay listed as information.
enum OtherFactor {
    /// Errors needed before they are read as one other factor, and their share of them that
    /// must agree on it.
    static let fewestErrors = 10
    static let agreeingShare = 0.9
    /// Raises are printed to the hundredth of a percent at most.
    static let factorStep = 10_000.0

    static func summarized(_ findings: [GridFinding], rule: GridRule, grids: [SalaryGrid]) -> [GridFinding] {
        let errors = findings.indices.filter { findings[$0].severity == .error && !findings[$0].step.isEmpty }
        guard errors.count >= fewestErrors, case .percentIncrease(let printedPercent) = rule.kind else { return findings }
        // The factor each wrong cell implies: printed ÷ (expected ÷ printed factor).
        let implied = errors.compactMap { index -> Double? in
            guard let printed = findings[index].printed, let expected = findings[index].expected, expected.value > 0 else { return nil }
            return rule.factor * printed.value / expected.value
        }.sorted()
        guard !implied.isEmpty else { return findings }
        let other = (implied[implied.count / 2] * factorStep).rounded() / factorStep
        guard abs(other - rule.factor) > 0.5 / factorStep else { return findings }
        let fitting = errors.filter { index in
            guard let printed = findings[index].printed, let expected = findings[index].expected else { return false }
            let base = expected.value / rule.factor
            let unit = printed.decimals == 2 ? 0.01 : 1
            // The base is known to within its rounding: half a unit, times the factor, plus half a unit.
            return abs(printed.value - base * other) <= 0.5 * unit * other + 0.5 * unit + unit
        }
        guard Double(fitting.count) >= agreeingShare * Double(errors.count) else { return findings }
        var result = findings
        for index in fitting {
            result[index].severity = .info
            result[index].isDetail = true
        }
        let target = grids[rule.target].title, base = grids[rule.base].title
        let percent = GridRule.format(((other - 1) * 100 * 100).rounded() / 100)
        let message = "'\(target)' follows +\(percent)% over '\(base)' in \(fitting.count) amounts, not the +\(GridRule.format(printedPercent))% "
            + "the agreement prints (\"\(GridText.sentence(rule.statement))\"): the schedule and the text disagree"
        result.append(GridFinding(grid: target, step: "", column: "", printed: nil, expected: nil, rule: rule.statement, severity: .error,
                                  message: message, location: grids[rule.target].location))
        return result
    }
}
