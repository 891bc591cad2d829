import BlacklineModel

/// Which lane of a base grid a target lane continues: the same name, or the same position and
/// degree number when a lane was renamed ("ME54" → "B54").
struct ColumnMap {
    /// `baseColumn[targetColumn]`.
    let baseColumn: [Int?]
    let score: Int

    init(base: SalaryGrid, target: SalaryGrid) {
        var score = 0
        baseColumn = target.columns.enumerated().map { index, name in
            if let exact = base.columns.firstIndex(of: name) {
                score += 2
                return exact
            }
            if index < base.columns.count, Self.digits(base.columns[index]) == Self.digits(name), !Self.digits(name).isEmpty {
                score += 1
                return index
            }
            return nil
        }
        self.score = score
    }

    static func digits(_ name: String) -> String { name.filter(\.isNumber) }
}
