/// The CairoScript operators `ScriptDrawingReader` follows, named by their bytes; every other
/// operator only uses up its operands.
enum ScriptOperator {
    case identity, setMatrix, transform, scale, translate
    case newPath, moveTo, lineTo, curveTo, rectangle
    case setLineWidth, rgb, gray, setSource
    case stroke, fill, showGlyphs, save, restore

    private static let spellings: [(String, ScriptOperator)] = [
        ("identity", .identity), ("set-matrix", .setMatrix), ("transform", .transform), ("scale", .scale),
        ("translate", .translate), ("n", .newPath), ("m", .moveTo), ("l", .lineTo), ("c", .curveTo),
        ("rectangle", .rectangle), ("set-line-width", .setLineWidth), ("rgb", .rgb), ("g", .gray),
        ("set-source", .setSource), ("stroke", .stroke), ("stroke+", .stroke), ("fill", .fill), ("fill+", .fill),
        ("show-glyphs", .showGlyphs), ("show-text-glyphs", .showGlyphs), ("save", .save), ("restore", .restore),
    ]

    /// The spellings by their length: a token is compared only with the few of its length.
    private static let byLength: [[([UInt8], ScriptOperator)]] = {
        var table = [[([UInt8], ScriptOperator)]](repeating: [], count: (spellings.map(\.0.utf8.count).max() ?? 0) + 1)
        for (spelling, name) in spellings { table[spelling.utf8.count].append((Array(spelling.utf8), name)) }
        return table
    }()

    /// The operator `token` spells, or nil for any other token.
    init?(_ token: ArraySlice<UInt8>) {
        guard token.count < Self.byLength.count else { return nil }
        for (spelling, name) in Self.byLength[token.count] where spelling.elementsEqual(token) {
            self = name
            return
        }
        return nil
    }
}
