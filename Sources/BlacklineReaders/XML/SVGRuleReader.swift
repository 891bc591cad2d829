import CLibXML2

/// Reads the thin horizontal rules out of an SVG page drawn by cairo: stroked horizontal segments
/// and filled thin rectangles, in page points with y growing down. Glyph outlines in `<defs>` are
/// skipped unread; a streaming reader keeps a page well under a few milliseconds.
enum SVGRuleReader {
    /// Thicker than this (points) is a bar or a box, not an underline or strike.
    static let thickestRule = 2.5
    /// A filled rectangle is a rule only when it is this many times wider than tall.
    static let ruleAspect = 3.0

    static func rules(fromSVG bytes: [UInt8]) -> [DrawnRule] {
        guard !bytes.isEmpty else { return [] }
        let reader: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                xmlReaderForMemory(base, Int32(buffer.count), nil, nil, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue))
            }
        }
        guard let reader else { return [] }
        defer { xmlFreeTextReader(reader) }
        var rules: [DrawnRule] = []
        var transforms: [(depth: Int32, matrix: AffineMatrix)] = []
        var status = xmlTextReaderRead(reader)
        while status == 1 {
            let depth = xmlTextReaderDepth(reader)
            let type = xmlTextReaderNodeType(reader)
            let name = string(xmlTextReaderConstLocalName(reader))
            if type == Int32(XML_READER_TYPE_END_ELEMENT.rawValue), name == "g" {
                if transforms.last?.depth == depth { transforms.removeLast() }
            } else if type == Int32(XML_READER_TYPE_ELEMENT.rawValue) {
                if name == "defs" || name == "symbol" || name == "clipPath" || name == "mask" || name == "pattern" {
                    status = xmlTextReaderNext(reader)
                    continue
                }
                let inherited = transforms.last?.matrix ?? .identity
                let own = attribute(reader, "transform").map(AffineMatrix.parse) ?? .identity
                let matrix = inherited.then(own)
                if name == "g", xmlTextReaderIsEmptyElement(reader) == 0 {
                    transforms.append((depth, matrix))
                } else if name == "path", let d = attribute(reader, "d") {
                    let style = PaintStyle(attribute(reader, "style") ?? "")
                    rules += SVGPathRules.rules(d: d, style: style, matrix: matrix)
                } else if name == "rect" {
                    rules += rectRule(reader, matrix: matrix)
                }
            }
            status = xmlTextReaderRead(reader)
        }
        return rules
    }

    private static func rectRule(_ reader: OpaquePointer, matrix: AffineMatrix) -> [DrawnRule] {
        let numbers = ["x", "y", "width", "height"].map { attribute(reader, $0).flatMap(Double.init) ?? 0 }
        let style = PaintStyle(attribute(reader, "style") ?? "")
        guard let fill = style.fill else { return [] }
        let corners = [(numbers[0], numbers[1]), (numbers[0] + numbers[2], numbers[1] + numbers[3])].map(matrix.apply)
        return SVGPathRules.filledRule(corners: corners, color: fill)
    }

    private static func attribute(_ reader: OpaquePointer, _ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { blackline_xml_free(value) }
        return String(cString: value)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
