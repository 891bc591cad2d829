import BlacklineModel

/// Raises the agreement prints by date ("Effective February 1, 2026 …, all pay rates will be
/// increased by two and one-half percent (2.5%)", "Effective February 1, 2027, an additional step
/// shall be added to all salary ranges") tied to the grids titled by those dates ("SALARY
/// SCHEDULE AS OF FEBRUARY 1, 2026"): each such grid is the grid of the date before it × the
/// raise. The statements may stand anywhere in the agreement (the wage article), not only beside
/// the grids. A tolerance the document prints ("differ by two dollars ($2.00) or less … the
/// system shall be considered the official rate") is honoured by every such rule.
enum DatedRaises {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]

    struct Day: Comparable, Hashable {
        var year: Int, month: Int, day: Int
        static func < (lhs: Day, rhs: Day) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }
    }

    /// "… AS OF JULY 1, 2025", "Effective January 1, 2027": the first date a text names.
    static func day(in text: String) -> Day? {
        guard let match = GridText.matches(#"(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b"#, in: text),
              let month = months.firstIndex(of: match[0].lowercased()), let day = Int(match[1]), let year = Int(match[2]) else { return nil }
        return Day(year: year, month: month + 1, day: day)
    }

    static func rules(for grids: [SalaryGrid], in paragraphs: [String], into reading: inout RuleReader.Reading) {
        let dated = grids.indices.compactMap { index in day(in: grids[index].title).map { (index, $0) } }
        guard dated.count >= 2 else { return }
        let tolerance = paragraphs.lazy.compactMap(Self.tolerance).first
        // A raise stated in the text reaches every grid of its date; one in a grid's own title
        // ("Effective … February 12, 2026 - With 1.45% Market Adjustment") reaches that grid.
        var statements: [(Day, Double, String, Int?)] = paragraphs.compactMap { text in
            raise(in: text, reading: &reading).map { ($0.0, $0.1, $0.2, nil) }
        }
        for (index, date) in dated {
            guard let match = GridText.matches(#"(?i)(\d+(?:\.\d+)?)\s*%\s*(?:market\s+adjustment|increase|cola|raise|across)"#, in: grids[index].title),
                  let percent = RuleReader.percent(match[0], in: grids[index].title, into: &reading) else { continue }
            statements.append((date, percent, grids[index].title, index))
        }
        for (date, percent, statement, only) in statements {
            for (target, targetDay) in dated where targetDay == date && (only == nil || only == target) {
                let earlier = dated.filter { $0.1 < date }
                guard let previous = earlier.map(\.1).max() else { continue }
                let candidates = earlier.filter { $0.1 == previous }.map(\.0)
                // The schedule of the date before with the same lanes, then the same rows (a salary
                // schedule and an on-call schedule share their steps, not their rows).
                func fit(_ base: Int) -> (Int, Int) {
                    (ColumnMap(base: grids[base], target: grids[target]).score, Set(grids[base].steps).intersection(grids[target].steps).count)
                }
                guard let base = candidates.max(by: { fit($0) < fit($1) }), fit(base).0 > 0 else { continue }
                var rule = GridRule(kind: .percentIncrease(percent: percent), base: base, target: target, statement: statement)
                rule.tolerance = tolerance
                RuleReader.add(rule, to: &reading)
            }
        }
    }

    /// The date, the raise in percent (0 for a step added without a raise), and the sentence.
    private static func raise(in text: String, reading: inout RuleReader.Reading) -> (Day, Double, String)? {
        guard let effective = GridText.matches(#"(?i)\beffective\s+([a-z]+\s+\d{1,2},?\s+(?:19|20)\d\d)((?:[^.]|\.\d)*)"#, in: text),
              let date = day(in: effective[0]) else { return nil }
        let rest = effective[1]
        if let match = GridText.matches(#"(?i)(?:increased|raised|adjusted\s+upward)\s+by\s+[^%]*?(\d+(?:\.\d+)?)\s*%"#, in: rest),
           let percent = RuleReader.percent(match[0], in: text, into: &reading) {
            return (date, percent, GridText.sentence(text))
        }
        if GridText.matches(#"(?i)(an?\s+)?(additional|new)\s+step\s+(shall|will)\s+be\s+added"#, in: rest) != nil {
            return (date, 0, GridText.sentence(text))
        }
        return nil
    }

    /// "differ by two dollars ($2.00) or less" → 2.00.
    static func tolerance(_ text: String) -> Double? {
        guard let match = GridText.matches(#"(?i)differ\s+by\s+[^.$]*\(?\$(\d+(?:\.\d{1,2})?)\)?\s+or\s+less"#, in: text),
              let value = Double(match[0]), PlausibleValue.isWithin(value, 1_000) else { return nil }
        return value
    }
}
