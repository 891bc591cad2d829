import BlacklineModel

/// A schedule whose first columns a converter flattened into one line, column by column, with
/// the letters of the remaining columns strewn among them (the ACE per-diem schedule):
///
///     1 129.70 2 136.19 … 13 232.93 Ranges K 132.95 139.60 … 238.75 L 136.19 … S … T U V
///
/// is range A (steps 1–13, each after its step number), then ranges B–J, thirteen amounts each,
/// while K … V name the twelve amounts of each proper row below. The amounts are taken in order
/// and dealt back into columns.
struct FlattenedColumns {
    /// Names of the flattened columns, then of the row columns.
    var leadingNames: [String]
    var rowNames: [String]
    /// `columns[c][step]` for the flattened columns.
    var columns: [[Money]]

    init?(line: GridLine, steps: Int, rowValues: Int) {
        guard steps > 1 else { return nil }
        let tokens = line.cells.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        let amounts = tokens.compactMap { token -> Money? in
            guard let money = Money(token), money.decimals == 2, money.isPlausible else { return nil }
            return money
        }
        let letters = tokens.filter { $0.count == 1 && $0.first?.isUppercase == true }
        guard amounts.count >= steps, amounts.count % steps == 0, letters.count == rowValues,
              let first = letters.first?.unicodeScalars.first, first.value >= 0x41 + UInt32(amounts.count / steps) else { return nil }
        let leading = amounts.count / steps
        leadingNames = (0..<leading).map { String(Character(Unicode.Scalar(first.value - UInt32(leading) + UInt32($0))!)) }
        rowNames = letters
        columns = (0..<leading).map { column in Array(amounts[(column * steps)..<((column + 1) * steps)]) }
    }
}
