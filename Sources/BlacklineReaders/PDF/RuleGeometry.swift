/// What makes a drawn shape a rule: thin, and much wider than tall.
enum RuleGeometry {
    /// Thicker than this (points) is a bar or a box, not an underline or strike.
    static let thickestRule = 2.5
    /// A filled rectangle is a rule only when it is this many times wider than tall.
    static let ruleAspect = 3.0

    /// A change bar in the margin is at least this tall (points): a line of text.
    static let shortestBar = 6.0

    static func filledRule(corners: [(Double, Double)], color: RGB) -> DrawnRule? {
        guard corners.count == 2 else { return nil }
        let x1 = min(corners[0].0, corners[1].0), x2 = max(corners[0].0, corners[1].0)
        let y1 = min(corners[0].1, corners[1].1), y2 = max(corners[0].1, corners[1].1)
        let height = y2 - y1
        guard height > 0, height <= thickestRule, x2 - x1 >= height * ruleAspect else { return nil }
        return DrawnRule(x1: x1, x2: x2, y: (y1 + y2) / 2, thickness: height, color: color)
    }

    /// A thin filled rectangle much taller than wide: a change bar (or a table's side border).
    static func filledBar(corners: [(Double, Double)], color: RGB) -> DrawnBar? {
        guard corners.count == 2 else { return nil }
        let x1 = min(corners[0].0, corners[1].0), x2 = max(corners[0].0, corners[1].0)
        let y1 = min(corners[0].1, corners[1].1), y2 = max(corners[0].1, corners[1].1)
        let width = x2 - x1
        guard width > 0, width <= thickestRule, y2 - y1 >= max(shortestBar, width * ruleAspect) else { return nil }
        return DrawnBar(x: (x1 + x2) / 2, y1: y1, y2: y2, color: color)
    }

}

/// A 2-D affine transform as PostScript and cairo write it: [a b c d e f].
struct AffineMatrix: Sendable {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

    static let identity = AffineMatrix()

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
