/// Rules in SVG path data: "M x y L x2 y" stroked is a rule; a closed thin rectangle filled is one.
enum SVGPathRules {
    static func rules(d: String, style: PaintStyle, matrix: AffineMatrix) -> [DrawnRule] {
        let subpaths = points(in: d)
        var rules: [DrawnRule] = []
        for subpath in subpaths {
            let mapped = subpath.map(matrix.apply)
            if let stroke = style.stroke, style.strokeWidth > 0, mapped.count == 2 {
                let (a, b) = (mapped[0], mapped[1])
                let thickness = style.strokeWidth * matrix.verticalScale
                if abs(a.1 - b.1) < 0.05, abs(a.0 - b.0) > thickness, thickness <= SVGRuleReader.thickestRule {
                    rules.append(DrawnRule(x1: min(a.0, b.0), x2: max(a.0, b.0), y: a.1, thickness: thickness, color: stroke))
                }
            } else if let fill = style.fill, (4...5).contains(mapped.count) {
                let xs = mapped.map(\.0), ys = mapped.map(\.1)
                let corners = [(xs.min() ?? 0, ys.min() ?? 0), (xs.max() ?? 0, ys.max() ?? 0)]
                let axisAligned = mapped.allSatisfy { point in
                    [corners[0].0, corners[1].0].contains { abs($0 - point.0) < 0.05 }
                        && [corners[0].1, corners[1].1].contains { abs($0 - point.1) < 0.05 }
                }
                if axisAligned { rules += filledRule(corners: corners, color: fill) }
            }
        }
        return rules
    }

    static func filledRule(corners: [(Double, Double)], color: RGB) -> [DrawnRule] {
        guard corners.count == 2 else { return [] }
        let x1 = min(corners[0].0, corners[1].0), x2 = max(corners[0].0, corners[1].0)
        let y1 = min(corners[0].1, corners[1].1), y2 = max(corners[0].1, corners[1].1)
        let height = y2 - y1
        guard height > 0, height <= SVGRuleReader.thickestRule, x2 - x1 >= height * SVGRuleReader.ruleAspect else { return [] }
        return [DrawnRule(x1: x1, x2: x2, y: (y1 + y2) / 2, thickness: height, color: color)]
    }

    /// Absolute M, L, H, V, Z commands as cairo writes them; a path with curves yields nothing.
    static func points(in d: String) -> [[(Double, Double)]] {
        var subpaths: [[(Double, Double)]] = []
        var current: [(Double, Double)] = []
        var command: Character = "M"
        var numbers: [Double] = []
        var token = ""

        func flushNumber() {
            if let value = Double(token) { numbers.append(value) }
            token = ""
        }
        func apply() -> Bool {
            switch command {
            case "M":
                guard numbers.count == 2 else { return numbers.isEmpty }
                if !current.isEmpty { subpaths.append(current) }
                current = [(numbers[0], numbers[1])]
            case "L":
                guard numbers.count == 2 else { return numbers.isEmpty }
                current.append((numbers[0], numbers[1]))
            case "H":
                guard numbers.count == 1, let last = current.last else { return numbers.isEmpty }
                current.append((numbers[0], last.1))
            case "V":
                guard numbers.count == 1, let last = current.last else { return numbers.isEmpty }
                current.append((last.0, numbers[0]))
            case "Z":
                break
            default:
                return false
            }
            numbers.removeAll()
            return true
        }

        for character in d {
            if character.isLetter && character != "e" && character != "E" {
                flushNumber()
                guard apply() else { return [] }
                command = character
            } else if character == " " || character == "," {
                flushNumber()
                let needed = command == "H" || command == "V" ? 1 : 2
                if numbers.count == needed {
                    guard apply() else { return [] }
                    if command == "M" { command = "L" }
                }
            } else {
                token.append(character)
            }
        }
        flushNumber()
        guard apply() else { return [] }
        if !current.isEmpty { subpaths.append(current) }
        return subpaths
    }
}

/// A 2-D affine transform as SVG writes it: matrix(a,b,c,d,e,f).
struct AffineMatrix: Sendable {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

    static let identity = AffineMatrix()

    static func parse(_ text: String) -> AffineMatrix {
        guard text.hasPrefix("matrix(") else {
            if text.hasPrefix("translate(") {
                let values = numbers(text)
                return AffineMatrix(e: values.first ?? 0, f: values.count > 1 ? values[1] : 0)
            }
            return .identity
        }
        let values = numbers(text)
        guard values.count == 6 else { return .identity }
        return AffineMatrix(a: values[0], b: values[1], c: values[2], d: values[3], e: values[4], f: values[5])
    }

    private static func numbers(_ text: String) -> [Double] {
        text.split(whereSeparator: { "(), ".contains($0) }).compactMap { Double($0) }
    }

    func apply(_ point: (Double, Double)) -> (Double, Double) {
        (a * point.0 + c * point.1 + e, b * point.0 + d * point.1 + f)
    }

    /// This transform applied after `inner` (inner is the element's own, self its parent's).
    func then(_ inner: AffineMatrix) -> AffineMatrix {
        AffineMatrix(
            a: a * inner.a + c * inner.b, b: b * inner.a + d * inner.b,
            c: a * inner.c + c * inner.d, d: b * inner.c + d * inner.d,
            e: a * inner.e + c * inner.f + e, f: b * inner.e + d * inner.f + f
        )
    }

    var verticalScale: Double { (b * b + d * d).squareRoot() }
}

/// The fill, stroke and stroke width of an SVG style attribute.
struct PaintStyle: Sendable {
    var fill: RGB?
    var stroke: RGB?
    var strokeWidth = 1.0

    init(_ style: String) {
        var fillSeen = false
        for declaration in style.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: " ") }
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "fill":
                fillSeen = true
                fill = Self.color(parts[1])
            case "stroke": stroke = Self.color(parts[1])
            case "stroke-width": strokeWidth = Double(parts[1]) ?? 1
            default: break
            }
        }
        if !fillSeen { fill = RGB(red: 0, green: 0, blue: 0) }
    }

    /// "rgb(79.998779%,0%,0%)", "#cc0000" or "none".
    static func color(_ text: String) -> RGB? {
        if text.hasPrefix("rgb(") {
            let values = text.dropFirst(4).dropLast().split(separator: ",").map { part -> Double in
                let trimmed = part.trimmingCharacters(in: " ")
                if trimmed.hasSuffix("%") { return (Double(trimmed.dropLast()) ?? 0) / 100 }
                return (Double(trimmed) ?? 0) / 255
            }
            guard values.count == 3 else { return nil }
            return RGB(red: values[0], green: values[1], blue: values[2])
        }
        if text.hasPrefix("#"), text.count == 7, let value = Int(text.dropFirst(), radix: 16) {
            return RGB(red: Double(value >> 16 & 255) / 255, green: Double(value >> 8 & 255) / 255, blue: Double(value & 255) / 255)
        }
        return nil
    }
}

private extension StringProtocol {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
