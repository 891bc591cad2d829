import CLibXML2

/// The libxml2 this build links. The DOCX and HTML readers live beside this file; they are the
/// only places that import CLibXML2.
public enum LibXML2Library {
    public static var version: String {
        xmlCheckVersion(LIBXML_VERSION)
        guard let dotted = blackline_xml_parser_version() else { return "unknown" }
        let number = Int(String(cString: dotted)) ?? 0
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }
}
