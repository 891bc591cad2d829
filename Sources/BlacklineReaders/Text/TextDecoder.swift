import BlacklineModel
import Foundation

/// Bytes to a string: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, which is
/// what older word processors export; the fallback is recorded as a finding.
enum TextDecoder {
    static func decode(_ bytes: [UInt8], findings: inout [Finding]) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
           let text = String(data: Data(bytes), encoding: .utf16) {
            return text
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return text }
        findings.append(Finding(.encoding, .warning, "the file is not valid UTF-8; it was read as Windows-1252"))
        return String(data: Data(body), encoding: .windowsCP1252) ?? String(decoding: body, as: UTF8.self)
    }
}
