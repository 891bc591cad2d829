import Foundation
import ZIPFoundation

/// What a .docx's parts may unpack to, all of them together: in proportion to the archive and
/// never past an absolute cap. Each part is unpacked as a stream with a counter that stops at the
/// size its header declares, so a header that lies (1,000 bytes declared, 1 GB inside) costs no
/// more than the declared size before it is refused.
struct UnpackBudget {
    /// Word's XML compresses 3 to 20 times; 100 leaves room for very repetitive tables, while
    /// zip bombs of zeros or spaces run at 1,000 and more.
    static let largestRatio = 100
    /// Whatever their ratio, archives may unpack to this much: cheap to parse, and more than a
    /// short agreement's XML, whose tiny file can exceed 100 to 1.
    static let smallArchiveAllowance = 4 << 20
    /// libxml2's tree takes several times its XML, and the lines and findings more again: 64 MB
    /// of XML keeps a reading under 1 GB. The longest agreements' document.xml is about 10 MB.
    static let largestTotal = 64 << 20

    let allowed: Int
    private(set) var remaining: Int

    init(archiveSize: Int) {
        let proportional = archiveSize.multipliedReportingOverflow(by: Self.largestRatio)
        allowed = min(Self.largestTotal, max(Self.smallArchiveAllowance, proportional.overflow ? .max : proportional.partialValue))
        remaining = allowed
    }

    enum Refusal: Error {
        case pastBudget(declared: UInt64, allowed: Int)
        case pastDeclaredSize(declared: UInt64)
        case unreadable
    }

    /// Thrown from the extraction consumer to stop inflating at once.
    private struct Overrun: Error {}

    mutating func unpack(_ entry: Entry, from archive: Archive) throws(Refusal) -> [UInt8] {
        guard entry.type == .file else { throw .unreadable }
        let declared = entry.uncompressedSize
        guard declared <= UInt64(remaining) else { throw .pastBudget(declared: declared, allowed: allowed) }
        let limit = Int(declared)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(limit)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard chunk.count <= limit - bytes.count else { throw Overrun() }
                bytes.append(contentsOf: chunk)
            }
        } catch is Overrun {
            throw .pastDeclaredSize(declared: declared)
        } catch {
            throw .unreadable
        }
        remaining -= bytes.count
        return bytes
    }
}
