/// A zip's central directory read defensively, before ZIPFoundation sees the archive.
///
/// ZIPFoundation 0.9.20 reads an in-memory archive through `Archive.MemoryFile`, whose read
/// computes `data.count - offset` and builds a range from it: a seek past the end (a central
/// directory offset of 0xFFFFFFFF, a local header offset past the file) traps on
/// "Range requires lowerBound <= upperBound". So every place ZIPFoundation will seek to — the
/// end-of-central-directory record it finds, the ZIP64 record beside it, each directory entry,
/// each local header, each data start and data descriptor — is checked here against the bytes,
/// following ZIPFoundation's own rules for finding them, and a damaged archive is refused.
/// Linear in the directory's size.
struct ZipCentralDirectory {
    /// Entries the directory lists, as ZIPFoundation will iterate them.
    let entryCount: Int

    struct Damage: Error {
        let reason: String
        /// No end record at all: not a zip, rather than a damaged one.
        var isNotAZip = false
    }

    private static let endRecordSize = 22
    /// The end record's comment is at most 65,535 bytes, so the record starts within this many
    /// bytes of the end.
    private static let endRecordSearch = 22 + 0xFFFF
    private static let zip64LocatorSize = 20
    private static let zip64RecordSize = 56
    private static let directoryEntrySize = 46
    private static let localHeaderSize = 30

    init(validating bytes: [UInt8]) throws(Damage) {
        let reader = LittleEndianBytes(bytes)
        guard let end = Self.endRecordOffset(in: reader) else {
            throw Damage(reason: "no end of central directory record", isNotAZip: true)
        }
        var count = UInt64(reader.u16(end + 10))
        var directoryOffset = UInt64(reader.u32(end + 16))
        var directorySize = UInt64(reader.u32(end + 12))
        // ZIPFoundation takes the ZIP64 record when a locator sits right before the end record
        // and the record right before the locator.
        if end > Self.zip64LocatorSize, end - Self.zip64LocatorSize > Self.zip64RecordSize {
            let locator = end - Self.zip64LocatorSize, record = locator - Self.zip64RecordSize
            if reader.u32(locator) == 0x0706_4B50, reader.u32(record) == 0x0606_4B50, reader.u16(record + 14) >= 45 {
                count = reader.u64(record + 32)
                directorySize = reader.u64(record + 40)
                directoryOffset = reader.u64(record + 48)
            }
        }
        guard directoryOffset <= UInt64(end), directorySize <= UInt64(end) - directoryOffset else {
            throw Damage(reason: "its central directory lies outside the file")
        }
        guard count <= directorySize / UInt64(Self.directoryEntrySize) else {
            throw Damage(reason: "its central directory lists more entries than it holds")
        }
        var position = Int(directoryOffset)
        for _ in 0..<Int(count) {
            position = try Self.checkEntry(at: position, directoryEnd: end, in: reader)
        }
        entryCount = Int(count)
    }

    /// The end record ZIPFoundation finds: the signature nearest the end of the file.
    private static func endRecordOffset(in reader: LittleEndianBytes) -> Int? {
        guard reader.count >= endRecordSize else { return nil }
        let last = reader.count - endRecordSize, first = max(0, reader.count - endRecordSearch)
        for offset in stride(from: last, through: first, by: -1) where reader.u32(offset) == 0x0605_4B50 {
            return offset
        }
        return nil
    }

    /// Checks one directory entry and what it points to; returns where the next entry starts.
    private static func checkEntry(at position: Int, directoryEnd: Int, in reader: LittleEndianBytes) throws(Damage) -> Int {
        guard position + directoryEntrySize <= directoryEnd, reader.u32(position) == 0x0201_4B50 else {
            throw Damage(reason: "its central directory is cut short")
        }
        let nameLength = reader.u16(position + 28), extraLength = reader.u16(position + 30), commentLength = reader.u16(position + 32)
        let next = position + directoryEntrySize + nameLength + extraLength + commentLength
        guard next <= directoryEnd else { throw Damage(reason: "its central directory is cut short") }
        var compressed = UInt64(reader.u32(position + 20)), uncompressed = UInt64(reader.u32(position + 24))
        var localOffset = UInt64(reader.u32(position + 42))
        if let zip64 = try zip64Fields(extraAt: position + directoryEntrySize + nameLength, length: extraLength,
                                       diskIsWide: reader.u16(position + 34) == 0xFFFF, in: reader,
                                       compressed: compressed, uncompressed: uncompressed, localOffset: localOffset) {
            (compressed, uncompressed, localOffset) = zip64
        }
        guard reader.count >= localHeaderSize, localOffset <= UInt64(reader.count - localHeaderSize), reader.u32(Int(localOffset)) == 0x0403_4B50 else {
            throw Damage(reason: "an entry's local header lies outside the file")
        }
        let local = Int(localOffset)
        let dataStart = local + localHeaderSize + reader.u16(local + 26) + reader.u16(local + 28)
        let method = reader.u16(position + 10), usesDescriptor = reader.u16(position + 8) & 0x08 != 0
        let dataSize = method == 0 ? uncompressed : compressed
        guard dataStart <= reader.count, dataSize <= UInt64(reader.count - dataStart) else {
            throw Damage(reason: "an entry's data runs past the end of the file")
        }
        // The data descriptor ZIPFoundation reads right after the data must start inside the file.
        if usesDescriptor, dataStart + Int(dataSize) > reader.count - 12 {
            throw Damage(reason: "an entry's data descriptor lies outside the file")
        }
        return next
    }

    /// The ZIP64 extended information field (id 1), which holds, in order, each of the sizes and
    /// the offset whose 32-bit field is 0xFFFFFFFF (and the disk, when its field is 0xFFFF).
    /// As in ZIPFoundation, a field of any other length is ignored and the 32-bit values stand.
    private static func zip64Fields(extraAt start: Int, length: Int, diskIsWide: Bool, in reader: LittleEndianBytes,
                                    compressed: UInt64, uncompressed: UInt64, localOffset: UInt64) throws(Damage) -> (UInt64, UInt64, UInt64)? {
        let originals = [uncompressed, compressed, localOffset]
        let expectedSize = 8 * originals.filter { $0 == 0xFFFF_FFFF }.count + (diskIsWide ? 4 : 0)
        var field = start
        while field + 4 <= start + length {
            let id = reader.u16(field), size = reader.u16(field + 2)
            guard field + 4 + size <= start + length else { throw Damage(reason: "an entry's extra field is cut short") }
            if id == 1 {
                guard size == expectedSize else { return nil }
                var values: [UInt64] = [], cursor = field + 4
                for original in originals {
                    guard original == 0xFFFF_FFFF else { values.append(original); continue }
                    // ZIPFoundation keeps the 32-bit value when the 64-bit one is 0.
                    let wide = reader.u64(cursor)
                    values.append(wide == 0 ? original : wide)
                    cursor += 8
                }
                return (values[1], values[0], values[2])
            }
            field += 4 + size
        }
        return nil
    }
}

/// Little-endian integers read from bytes; reads past the end give 0, so a damaged field is
/// judged by the checks, never trapped on.
struct LittleEndianBytes {
    private let bytes: [UInt8]
    var count: Int { bytes.count }

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func u16(_ offset: Int) -> Int { Int(value(offset, width: 2)) }
    func u32(_ offset: Int) -> UInt32 { UInt32(value(offset, width: 4)) }
    func u64(_ offset: Int) -> UInt64 { value(offset, width: 8) }

    private func value(_ offset: Int, width: Int) -> UInt64 {
        guard offset >= 0, offset <= bytes.count - width else { return 0 }
        var result: UInt64 = 0
        for index in (0..<width).reversed() { result = result << 8 | UInt64(bytes[offset + index]) }
        return result
    }
}
