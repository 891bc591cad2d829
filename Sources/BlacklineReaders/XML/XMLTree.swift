import CLibXML2
import Foundation

/// One parsed libxml2 document, freed when the owner goes. Nodes are read through `XMLNode`
/// values that never outlive the owner's `withRoot` call, so no C pointer leaves the reader.
///
/// Parsed without XML_PARSE_HUGE, so libxml2's own guards stay on: entity expansion is checked
/// for amplification (a billion laughs, a quadratic blowup), text nodes and names are capped and
/// XML nests at most 256 deep. No DTD is loaded and no entity is substituted into the tree.
final class XMLTree {
    private let document: xmlDocPtr

    enum Syntax { case xml, html }

    enum Failure: Error, Equatable {
        /// libxml2 gave no document; its first error, when it said one.
        case notWellFormed(String)
        /// Entities that expand past libxml2's amplification guard, or an XML part that declares a
        /// DTD at all: the tree keeps entity references unexpanded, and reading its text would
        /// expand them (a quadratic blowup of 250 KB grew past 3 GB there).
        case entityExpansion
        case nestedTooDeep
        /// More bytes than libxml2's int-sized length can take.
        case tooLarge
    }

    /// Deepest element nesting the readers walk: their walks recurse once per level. libxml2's
    /// XML limit without XML_PARSE_HUGE; word processors nest a few dozen at most. Its HTML
    /// parser has no such limit, so the tree is measured after parsing.
    static let deepestNesting = 256

    /// Parses bytes as XML (strict; a malformed part is an error) or HTML (forgiving, as
    /// browsers are).
    init(_ bytes: [UInt8], syntax: Syntax, name: String) throws(Failure) {
        guard bytes.count < Int(Int32.max) else { throw .tooLarge }
        let errors = FirstParseError()
        // Errors are judged here, from the first one; libxml2 must not print them.
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(errors).toOpaque()) { context, error in
            guard let context, let error else { return }
            Unmanaged<FirstParseError>.fromOpaque(context).takeUnretainedValue().note(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                switch syntax {
                case .xml:
                    xmlReadMemory(pointer, Int32(buffer.count), name, nil, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue))
                case .html:
                    htmlReadMemory(pointer, Int32(buffer.count), name, "utf-8",
                                   Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue))
                }
            }
        }
        guard let parsed else { throw errors.failure }
        // Office parts never declare a DTD (the Open Packaging Conventions forbid it); HTML's
        // doctype declares no entities its parser expands.
        if syntax == .xml, parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {
            xmlFreeDoc(parsed)
            throw .entityExpansion
        }
        guard Self.depth(of: parsed, atMost: Self.deepestNesting) <= Self.deepestNesting else {
            xmlFreeDoc(parsed)
            throw .nestedTooDeep
        }
        document = parsed
    }

    /// The document's element depth, counted without recursion: past `limit` exactly when the
    /// tree nests deeper, and counted no further.
    /// Only elements are entered: an entity reference's children belong to its declaration.
    private static func depth(of document: xmlDocPtr, atMost limit: Int) -> Int {
        guard var node = xmlDocGetRootElement(document) else { return 0 }
        var depth = 1
        while depth <= limit {
            if node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children {
                node = child
                depth += 1
                continue
            }
            while node.pointee.next == nil {
                guard depth > 1, let parent = node.pointee.parent else { return depth }
                node = parent
                depth -= 1
            }
            guard let next = node.pointee.next else { return depth }
            node = next
        }
        return depth
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

/// The first error libxml2 reports while parsing, read by the structured error handler.
private final class FirstParseError {
    private var code: Int32?
    private var message = ""

    func note(_ error: xmlError) {
        guard code == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        code = error.code
        message = error.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    var failure: XMLTree.Failure {
        if code == Int32(XML_ERR_ENTITY_LOOP.rawValue) || message.localizedCaseInsensitiveContains("amplification") { return .entityExpansion }
        if message.hasPrefix("Excessive depth") { return .nestedTooDeep }
        return .notWellFormed(message)
    }
}
