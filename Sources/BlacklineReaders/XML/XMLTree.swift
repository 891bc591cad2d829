import CLibXML2

/// One parsed libxml2 document, freed when the owner goes. Nodes are read through `XMLNode`
/// values that never outlive the owner's `withRoot` call, so no C pointer leaves the reader.
final class XMLTree {
    private let document: xmlDocPtr

    enum Syntax { case xml, html }

    /// Parses bytes as XML (strict; a malformed part is an error) or HTML (forgiving, as
    /// browsers are). Returns nil when libxml2 gives no document.
    init?(_ bytes: [UInt8], syntax: Syntax, name: String) {
        // Errors are judged by the caller from the result; libxml2 must not print them.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                switch syntax {
                case .xml:
                    xmlReadMemory(pointer, Int32(buffer.count), name, nil, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_HUGE.rawValue))
                case .html:
                    htmlReadMemory(pointer, Int32(buffer.count), name, "utf-8",
                                   Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue))
                }
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    func withRoot<T>(_ body: (XMLNode) throws -> T) rethrows -> T? {
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return try body(XMLNode(pointer: root))
    }
}

/// A node of an `XMLTree`, valid inside the tree's `withRoot` call only.
struct XMLNode {
    fileprivate let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's local name ("p", "ins"; "w:p" gives "p"), lowercased for HTML by libxml2.
    var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    /// The element's namespace URI, if any.
    var namespace: String? { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } }

    var children: [XMLNode] {
        var nodes: [XMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            nodes.append(XMLNode(pointer: current))
            child = current.pointee.next
        }
        return nodes
    }

    var elements: [XMLNode] { children.filter(\.isElement) }

    /// The first child element with this local name, found without building the child list.
    func first(_ name: String) -> XMLNode? {
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, let childName = current.pointee.name, Self.equals(childName, name) {
                return XMLNode(pointer: current)
            }
            child = current.pointee.next
        }
        return nil
    }

    /// A C name compared with a Swift one, byte by byte, without making a String.
    private static func equals(_ cName: UnsafePointer<xmlChar>, _ name: String) -> Bool {
        var index = 0
        for byte in name.utf8 {
            guard cName[index] == byte else { return false }
            index += 1
        }
        return cName[index] == 0
    }

    /// A text node's text.
    var text: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    /// All text below the node, in document order.
    var textContent: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { blackline_xml_free(content) }
        return String(cString: content)
    }

    /// An attribute by local name, in any namespace or none ("w:val" is "val").
    func attribute(_ name: String) -> String? {
        var property = pointer.pointee.properties
        while let current = property {
            if let propertyName = current.pointee.name, String(cString: propertyName) == name {
                guard let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) else { return "" }
                defer { blackline_xml_free(value) }
                return String(cString: value)
            }
            property = current.pointee.next
        }
        return nil
    }

    /// The line of the source the node starts on.
    var line: Int { Int(xmlGetLineNo(pointer)) }
}
