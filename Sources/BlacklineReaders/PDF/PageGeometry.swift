/// Plain values the PDF reader works with once poppler's objects are read: boxes in points with
/// y growing down the page (poppler's text layout convention), glyphs, drawn rules, annotations.
struct Box: Sendable, Hashable {
    var x1: Double
    var y1: Double
    var x2: Double
    var y2: Double

    var width: Double { x2 - x1 }
    var height: Double { y2 - y1 }
    var centerX: Double { (x1 + x2) / 2 }
    var centerY: Double { (y1 + y2) / 2 }

    func contains(x: Double, y: Double) -> Bool { x >= x1 && x <= x2 && y >= y1 && y <= y2 }
}

struct RGB: Sendable, Hashable, CustomStringConvertible {
    var red: Double
    var green: Double
    var blue: Double

    var isBlack: Bool { max(red, green, blue) < 0.2 }
    var isWhite: Bool { min(red, green, blue) > 0.97 }

    var description: String {
        let hex = [red, green, blue].map { value -> String in
            let byte = Int((min(max(value, 0), 1) * 255).rounded())
            return String(byte, radix: 16, uppercase: false).leftPadded(to: 2)
        }.joined()
        return "#" + hex
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// One character of the text layer with its box and typography.
struct Glyph: Sendable {
    var character: Character {
        didSet { isBlank = Self.blank(character) }
    }
    var box: Box
    var fontName: String
    var fontSize: Double
    var color: RGB?
    var isBold = false
    var isItalic = false
    /// Whitespace, worked out once: `Character.isWhitespace` looks up Unicode properties, and
    /// every pass over a page's glyphs asks.
    private(set) var isBlank: Bool

    init(character: Character, box: Box, fontName: String, fontSize: Double, color: RGB? = nil, isBold: Bool = false, isItalic: Bool = false) {
        self.character = character
        self.box = box
        self.fontName = fontName
        self.fontSize = fontSize
        self.color = color
        self.isBold = isBold
        self.isItalic = isItalic
        isBlank = Self.blank(character)
    }

    private static func blank(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy(\.isBlank)
    }
}

extension String {
    /// Font names say their weight and slant: "LiberationSerif-Bold", "Arial-ItalicMT".
    var namesBoldFont: Bool { contains("Bold") || contains("Black") || contains("Heavy") }
    var namesItalicFont: Bool { contains("Italic") || contains("Oblique") }
}

/// A thin horizontal line drawn on the page: an underline, a strike, or a table border.
struct DrawnRule: Sendable, Hashable {
    var x1: Double
    var x2: Double
    var y: Double
    var thickness: Double
    var color: RGB?
}

/// An Acrobat markup annotation, its quadrilaterals turned into top-down boxes.
struct MarkupAnnotation: Sendable {
    enum Kind: String, Sendable {
        case strikeOut = "StrikeOut"
        case underline = "Underline"
        case squiggly = "Squiggly"
        case highlight = "Highlight"
        case caret = "Caret"
    }

    var kind: Kind
    var boxes: [Box]
    var contents: String?
    var author: String?
}
