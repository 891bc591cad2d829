/// Reads what a redline needs out of a page drawn by cairo's script surface (CairoScript, a
/// PostScript-like text: operands, then an operator). It follows the transformation matrix, the
/// current path, the line width and the source colour, and gives, in page points with y growing
/// down: every stroked horizontal segment and filled thin rectangle (`DrawnRule`: underlines,
/// strikes, borders), every other filled rectangle (`FilledArea`: highlights, shaded cells), every
/// thin vertical bar (change bars), and where each glyph run starts with its colour (`TextDraw`:
/// poppler gives colour per word only, so "ten (10)twelve" needs the drawing's own). Strings,
/// glyph indices and embedded fonts are skipped unread.
///
/// Cairo's script surface was chosen over its SVG surface (the route in the machine notes): it
/// writes a page without the SVG surface's analysis pass and glyph outlines, and needs no XML
/// parser. Measured on the redline fixtures: mark detection fell from about 31 to 11 ms a page.
struct ScriptDrawingReader {
    private var matrix = AffineMatrix.identity
    private var pendingMatrix: AffineMatrix?
    /// The script being read; operands are kept as byte ranges into it and turned into numbers
    /// only when an operator uses them (most are glyph positions, never used).
    private let bytes: [UInt8]
    private var operands: [Range<Int>] = []
    private var color: RGB? = RGB(red: 0, green: 0, blue: 0)
    private var pendingColor: RGB?
    private var lineWidth = 2.0
    private var path: [[(Double, Double)]] = []
    private var saved: [(AffineMatrix, RGB?, Double)] = []
    /// Inside "[…]": the glyph runs' start points seen so far, and whether a glyph string was.
    private var arrayStarts: [(Double, Double)] = []
    private var arrayHasString = false
    private var glyphStarts: [(Double, Double)] = []
    /// Drawing operations so far: tells what was drawn before what.
    private var sequence = 0
    private var drawing = PageDrawing()

    private init(bytes: [UInt8]) { self.bytes = bytes }

    static func drawing(fromScript bytes: [UInt8]) -> PageDrawing {
        var reader = ScriptDrawingReader(bytes: bytes)
        reader.read()
        return reader.drawing
    }

    static func rules(fromScript bytes: [UInt8]) -> [DrawnRule] { drawing(fromScript: bytes).rules }

    private mutating func read() {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x0A, 0x0D, 0x09:
                index += 1
            case UInt8(ascii: "%"):
                while index < count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "("):
                index = Self.skipString(bytes, from: index)
            case UInt8(ascii: "<"):
                if index + 1 < count, bytes[index + 1] == UInt8(ascii: "~") || bytes[index + 1] == UInt8(ascii: "|") {
                    // In a glyph array, two numbers before a glyph string start a run ("x y <~…~>");
                    // one number is a nudge to the next glyph, left alone.
                    noteGlyphString()
                    index = Self.skipEncoded(bytes, from: index + 2)
                } else {
                    index += 2 // "<<"
                }
            case UInt8(ascii: ">"):
                index += 2 // ">>"
            case UInt8(ascii: "["):
                operands.removeAll(keepingCapacity: true)
                arrayStarts.removeAll(keepingCapacity: true)
                arrayHasString = false
                index += 1
            case UInt8(ascii: "]"):
                if arrayHasString {
                    glyphStarts = arrayStarts
                } else if operands.count == 6 {
                    pendingMatrix = AffineMatrix(a: operand(0), b: operand(1), c: operand(2), d: operand(3), e: operand(4), f: operand(5))
                }
                operands.removeAll(keepingCapacity: true)
                index += 1
            default:
                var end = index
                while end < count, !Self.isDelimiter(bytes[end]) { end += 1 }
                if end == index { end += 1 }
                token(index..<end)
                index = end
            }
        }
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
    }

    private mutating func noteGlyphString() {
        if operands.count >= 2 { arrayStarts.append((operand(fromEnd: 1), operand(fromEnd: 0))) }
        arrayHasString = true
        operands.removeAll(keepingCapacity: true)
    }

    /// Past a "(…)" string, escapes and nested parentheses included.
    private static func skipString(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 0, index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        return index
    }

    /// Past "<~…~>" or "<|…~>" (base85 data, maybe compressed).
    private static func skipEncoded(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "~") && bytes[index + 1] == UInt8(ascii: ">")) { index += 1 }
        return index + 2
    }

    /// A number is kept as an operand; anything else is an operator, and uses up the operands.
    /// Whatever `Double` parses is a number, as cairo's own reader would take it; the plain
    /// decimals cairo writes are recognized without making a string, and operators are named
    /// from their bytes (a string and a `Double` parse per operator were half of this reader's
    /// time: about 3,000 operators a page).
    private mutating func token(_ range: Range<Int>) {
        if Self.isPlainDecimal(bytes[range]) {
            operands.append(range)
            return
        }
        // A name ("//FORWARD", "/f0") is no operator this reader follows, nor a number.
        if bytes[range.lowerBound] != UInt8(ascii: "/") {
            if let known = ScriptOperator(bytes[range]) {
                operate(known)
            } else if Self.mayBeNumber(bytes[range]), Double(String(decoding: bytes[range], as: UTF8.self)) != nil {
                operands.append(range)
                return
            }
        }
        operands.removeAll(keepingCapacity: true)
    }

    /// Whether `Double` could parse the token: it starts like a number ("1e3", "-.5", "0x1p3"),
    /// or like "inf", "infinity" or "nan". Any other first byte (the letters of cairo's
    /// operators) cannot start one.
    private static func mayBeNumber(_ token: ArraySlice<UInt8>) -> Bool {
        switch token[token.startIndex] {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            true
        default:
            false
        }
    }

    /// Sign, digits, at most one point, and at least one digit: what cairo's "%f" writes, and a
    /// subset of what `Double` parses.
    private static func isPlainDecimal(_ token: ArraySlice<UInt8>) -> Bool {
        var index = token.startIndex
        if token[index] == UInt8(ascii: "-") || token[index] == UInt8(ascii: "+") { index += 1 }
        var digits = 0, points = 0
        while index < token.endIndex {
            switch token[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            default: return false
            }
            index += 1
        }
        return digits > 0 && points <= 1
    }

    /// The operand `index` places from the first; only ever called for a range `token` kept.
    private func operand(_ index: Int) -> Double {
        let range = operands[index]
        return Self.plainDecimal(bytes[range]) ?? Double(String(decoding: bytes[range], as: UTF8.self)) ?? .nan
    }

    /// Cairo's "%f" numbers ("-229.7", "612") read without making a string; nil for any other
    /// form (exponents, more than 15 digits), left to `Double`.
    private static func plainDecimal(_ token: ArraySlice<UInt8>) -> Double? {
        var index = token.startIndex
        var negative = false
        if index < token.endIndex, token[index] == UInt8(ascii: "-") || token[index] == UInt8(ascii: "+") {
            negative = token[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: Int64 = 0, digits = 0, decimals = 0, sawPoint = false
        while index < token.endIndex {
            let byte = token[index]
            if byte == UInt8(ascii: ".") {
                if sawPoint { return nil }
                sawPoint = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits += 1
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                if sawPoint { decimals += 1 }
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / Self.powersOfTen[decimals]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    /// The operand `index` places from the last (0 is the last).
    private func operand(fromEnd index: Int) -> Double {
        operand(operands.count - 1 - index)
    }

    private mutating func operate(_ name: ScriptOperator) {
        switch name {
        case .identity: pendingMatrix = .identity
        case .setMatrix: if let pending = pendingMatrix { matrix = pending }
        case .transform: if let pending = pendingMatrix { matrix = matrix.then(pending) }
        case .scale: if let (x, y) = last2 { matrix = matrix.then(AffineMatrix(a: x, d: y)) }
        case .translate: if let (x, y) = last2 { matrix = matrix.then(AffineMatrix(e: x, f: y)) }
        case .newPath: path.removeAll()
        case .moveTo: if let point = last2 { path.append([matrix.apply(point)]) }
        case .lineTo: if let point = last2, !path.isEmpty { path[path.count - 1].append(matrix.apply(point)) }
        case .curveTo: if !path.isEmpty { path[path.count - 1].append((.nan, .nan)) }
        case .rectangle:
            guard operands.count >= 4 else { return }
            let (x, y, w, h) = (operand(fromEnd: 3), operand(fromEnd: 2), operand(fromEnd: 1), operand(fromEnd: 0))
            path.append([(x, y), (x + w, y), (x + w, y + h), (x, y + h)].map(matrix.apply))
        case .setLineWidth: if !operands.isEmpty { lineWidth = operand(fromEnd: 0) }
        case .rgb: if operands.count >= 3 { pendingColor = RGB(red: operand(fromEnd: 2), green: operand(fromEnd: 1), blue: operand(fromEnd: 0)) }
        case .gray:
            if !operands.isEmpty {
                let gray = operand(fromEnd: 0)
                pendingColor = RGB(red: gray, green: gray, blue: gray)
            }
        case .setSource:
            color = pendingColor
            pendingColor = nil
        case .stroke: stroke()
        case .fill: fill()
        case .showGlyphs: showGlyphs()
        case .save: saved.append((matrix, color, lineWidth))
        case .restore: if let state = saved.popLast() { (matrix, color, lineWidth) = state }
        }
    }

    private var last2: (Double, Double)? {
        operands.count >= 2 ? (operand(fromEnd: 1), operand(fromEnd: 0)) : nil
    }

    private mutating func stroke() {
        let thickness = lineWidth * matrix.verticalScale
        guard thickness > 0, thickness <= RuleGeometry.thickestRule, let color else { return }
        for subpath in path where subpath.count == 2 && !subpath.contains(where: { $0.0.isNaN }) {
            let (a, b) = (subpath[0], subpath[1])
            if abs(a.1 - b.1) < 0.05, abs(a.0 - b.0) > thickness {
                drawing.add(DrawnRule(x1: min(a.0, b.0), x2: max(a.0, b.0), y: a.1, thickness: thickness, color: color))
            } else if abs(a.0 - b.0) < 0.05, abs(a.1 - b.1) >= RuleGeometry.shortestBar {
                drawing.add(DrawnBar(x: a.0, y1: min(a.1, b.1), y2: max(a.1, b.1), color: color))
            }
        }
    }

    /// Where each run of glyphs starts, with the source colour it is drawn in.
    private mutating func showGlyphs() {
        sequence += 1
        for start in glyphStarts {
            let (x, y) = matrix.apply(start)
            drawing.add(TextDraw(x: x, y: y, color: color, sequence: sequence))
        }
        glyphStarts.removeAll(keepingCapacity: true)
    }

    private mutating func fill() {
        guard let color else { return }
        for subpath in path where (4...5).contains(subpath.count) && !subpath.contains(where: { $0.0.isNaN }) {
            let xs = subpath.map(\.0), ys = subpath.map(\.1)
            let corners = [(xs.min() ?? 0, ys.min() ?? 0), (xs.max() ?? 0, ys.max() ?? 0)]
            let axisAligned = subpath.allSatisfy { point in
                [corners[0].0, corners[1].0].contains { abs($0 - point.0) < 0.05 }
                    && [corners[0].1, corners[1].1].contains { abs($0 - point.1) < 0.05 }
            }
            guard axisAligned else { continue }
            sequence += 1
            if let rule = RuleGeometry.filledRule(corners: corners, color: color) {
                drawing.add(rule)
            } else if let bar = RuleGeometry.filledBar(corners: corners, color: color) {
                drawing.add(bar)
            } else if !color.isWhite {
                let box = Box(x1: corners[0].0, y1: corners[0].1, x2: corners[1].0, y2: corners[1].1)
                drawing.add(FilledArea(box: box, color: color, sequence: sequence))
            }
        }
    }
}
