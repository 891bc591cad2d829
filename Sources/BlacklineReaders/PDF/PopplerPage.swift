import CPoppler

/// Owns one PopplerPage and reads what the PDF reader needs from it as plain values. Used by the
/// thread of its document only.
final class PopplerPage {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    /// A page holds its document: this release may be the document's last (see `CairoRenderLock`).
    deinit { CairoRenderLock.withLock { blackline_g_object_unref(UnsafeMutableRawPointer(handle)) } }

    var size: (width: Double, height: Double) {
        var width = 0.0, height = 0.0
        poppler_page_get_size(handle, &width, &height)
        return (width, height)
    }

    /// Every character of the text layer with its box, font and colour, in poppler's order.
    /// `poppler_page_get_text` and `poppler_page_get_text_layout` line up one to one.
    func glyphs() -> [Glyph] {
        guard let textPointer = poppler_page_get_text(handle) else { return [] }
        let text = String(cString: textPointer)
        blackline_g_free(textPointer)
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(handle, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { blackline_g_free(rectangles) }
        let attributes = textAttributes()
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(Int(count))
        var attributeCursor = 0
        for (index, scalar) in text.unicodeScalars.enumerated() where index < Int(count) {
            let rectangle = rectangles[index]
            while attributeCursor < attributes.count, attributes[attributeCursor].end < index { attributeCursor += 1 }
            let attribute = attributeCursor < attributes.count && attributes[attributeCursor].start <= index
                ? attributes[attributeCursor] : nil
            glyphs.append(Glyph(
                character: Character(scalar),
                box: Box(x1: rectangle.x1, y1: rectangle.y1, x2: rectangle.x2, y2: rectangle.y2),
                fontName: attribute?.fontName ?? "",
                fontSize: attribute?.fontSize ?? (rectangle.y2 - rectangle.y1) / 1.3,
                color: attribute?.color, isBold: attribute?.isBold ?? false, isItalic: attribute?.isItalic ?? false
            ))
        }
        return glyphs
    }

    private struct TextAttribute {
        var start: Int
        var end: Int
        var fontName: String
        var fontSize: Double
        var color: RGB
        var isBold: Bool
        var isItalic: Bool
    }

    private func textAttributes() -> [TextAttribute] {
        guard let list = poppler_page_get_text_attributes(handle) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var attributes: [TextAttribute] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let raw = current.pointee.data {
                let value = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let fontName = value.font_name.map { String(cString: $0) } ?? ""
                attributes.append(TextAttribute(
                    start: Int(value.start_index), end: Int(value.end_index), fontName: fontName,
                    fontSize: value.font_size,
                    color: RGB(red: Double(value.color.red) / 65535, green: Double(value.color.green) / 65535,
                               blue: Double(value.color.blue) / 65535),
                    isBold: fontName.namesBoldFont, isItalic: fontName.namesItalicFont
                ))
            }
            node = current.pointee.next
        }
        return attributes
    }

    /// Markup annotations (StrikeOut, Underline, Squiggly, Highlight, Caret), boxes turned top-down.
    func markupAnnotations() -> [MarkupAnnotation] {
        guard let list = poppler_page_get_annot_mapping(handle) else { return [] }
        defer { poppler_page_free_annot_mapping(list) }
        let pageHeight = size.height
        var annotations: [MarkupAnnotation] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            defer { node = current.pointee.next }
            guard let raw = current.pointee.data else { continue }
            let mapping = raw.assumingMemoryBound(to: PopplerAnnotMapping.self).pointee
            guard let annot = mapping.annot, let kind = Self.kind(of: poppler_annot_get_annot_type(annot)) else { continue }
            let isTextMarkup = kind != .caret && blackline_is_annot_markup(annot) != 0
            var boxes = isTextMarkup ? quadrilateralBoxes(annot, pageHeight: pageHeight) : []
            if boxes.isEmpty {
                let area = mapping.area
                boxes = [Box(x1: area.x1, y1: pageHeight - area.y2, x2: area.x2, y2: pageHeight - area.y1)]
            }
            annotations.append(MarkupAnnotation(
                kind: kind, boxes: boxes, contents: Self.take(poppler_annot_get_contents(annot)),
                author: blackline_is_annot_markup(annot) != 0 ? Self.take(poppler_annot_markup_get_label(annot)) : nil
            ))
        }
        return annotations
    }

    /// The page's link areas (web addresses, contents entries), turned top-down.
    func linkAreas() -> [Box] {
        guard let list = poppler_page_get_link_mapping(handle) else { return [] }
        defer { poppler_page_free_link_mapping(list) }
        let pageHeight = size.height
        var boxes: [Box] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            defer { node = current.pointee.next }
            guard let raw = current.pointee.data else { continue }
            let area = raw.assumingMemoryBound(to: PopplerLinkMapping.self).pointee.area
            boxes.append(Box(x1: area.x1, y1: pageHeight - area.y2, x2: area.x2, y2: pageHeight - area.y1))
        }
        return boxes
    }

    private func quadrilateralBoxes(_ annot: OpaquePointer, pageHeight: Double) -> [Box] {
        guard let array = poppler_annot_text_markup_get_quadrilaterals(annot) else { return [] }
        defer { blackline_array_free(array) }
        return (0..<blackline_array_length(array)).map { index in
            let quad = blackline_quadrilateral_at(array, index)
            let xs = [quad.p1.x, quad.p2.x, quad.p3.x, quad.p4.x]
            let ys = [quad.p1.y, quad.p2.y, quad.p3.y, quad.p4.y].map { pageHeight - $0 }
            return Box(x1: xs.min() ?? 0, y1: ys.min() ?? 0, x2: xs.max() ?? 0, y2: ys.max() ?? 0)
        }
    }

    private static func kind(of type: PopplerAnnotType) -> MarkupAnnotation.Kind? {
        switch type {
        case POPPLER_ANNOT_STRIKE_OUT: .strikeOut
        case POPPLER_ANNOT_UNDERLINE: .underline
        case POPPLER_ANNOT_SQUIGGLY: .squiggly
        case POPPLER_ANNOT_HIGHLIGHT: .highlight
        case POPPLER_ANNOT_CARET: .caret
        default: nil
        }
    }

    private static func take(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { blackline_g_free(pointer) }
        let value = String(cString: pointer)
        return value.isEmpty ? nil : value
    }
}
