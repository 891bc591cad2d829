import CLibXML2
import Foundation

/// A report parsed with libxml2's HTML parser, kept as a small Swift tree for assertions, with
/// every error and warning the parser raised.
final class HTMLDocument {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        /// Text directly inside, and of all descendants, in document order.
        var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        func all(_ name: String) -> [Element] {
            children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
        }

        func descendants() -> [Element] { children.flatMap { [$0] + $0.descendants() } }
    }

    private(set) var problems: [String] = []
    private(set) var root = Element(name: "#document", attributes: [:])
    private(set) var byID: [String: Element] = [:]

    init(_ html: String) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            let document = Unmanaged<HTMLDocument>.fromOpaque(context).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "?"
            document.problems.append("line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let bytes = Array(html.utf8)
        let options = Int32(HTML_PARSE_NONET.rawValue)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), "report.html", "utf-8", options)
            }
        }) else {
            problems.append("libxml2 returned no document")
            return
        }
        defer { xmlFreeDoc(document) }
        if let top = xmlDocGetRootElement(document) { root.children = [convert(top)] }
        root.text = root.children.map(\.text).joined()
    }

    private func convert(_ node: xmlNodePtr) -> Element {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            if let value = xmlGetProp(node, current.pointee.name) {
                attributes[name] = String(cString: value)
                blackline_xml_free(value)
            }
            attribute = current.pointee.next
        }
        let element = Element(name: String(cString: node.pointee.name), attributes: attributes)
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let converted = convert(current)
                element.children.append(converted)
                element.text += converted.text
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = xmlNodeGetContent(current) {
                    element.text += String(cString: content)
                    blackline_xml_free(content)
                }
            default:
                break
            }
            child = current.pointee.next
        }
        if let id = attributes["id"] { byID[id] = element }
        return element
    }
}
