/// The printed page: Letter, a running header naming both documents with their dates, the title
/// and "page 2 of 4" in the footer (CSS page-margin boxes). The names are written as CSS strings
/// here: the one place the style sheet holds document text.
enum PrintPage {
    static let marginStyle = "font: 8pt system-ui, sans-serif; color: #5f6670;"

    static func rule(title: String, old: SourceInfo, new: SourceInfo) -> String {
        func named(_ label: String, _ source: SourceInfo) -> String {
            cssString("\(label): \(source.name)" + (source.modified.map { " (\($0))" } ?? ""))
        }
        return "@page { size: letter; margin: 0.7in 0.5in 0.6in;\n"
            + "  @top-left { content: \(named("Old", old)); \(marginStyle) }\n"
            + "  @top-right { content: \(named("New", new)); \(marginStyle) }\n"
            + "  @bottom-left { content: \(cssString(title)); \(marginStyle) }\n"
            + "  @bottom-right { content: \"page \" counter(page) \" of \" counter(pages); \(marginStyle) }\n"
            + "}\n"
    }

    /// A CSS string literal: quotes and backslashes escaped, and "<", ">", "&" and control
    /// characters as hexadecimal escapes, so no text can close the style element.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": out += "\\" + String(scalar)
            case "<", ">", "&": out += "\\" + String(scalar.value, radix: 16) + " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7f: out += "\\" + String(scalar.value, radix: 16) + " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
