import CPoppler

/// Owns one cairo script device, through which every page of one document is drawn in turn
/// (cairo's script surface, read by `ScriptRuleReader`). Used by the thread of its document only.
///
/// Why one device per document and not per page: the device writes each font (compressed) and
/// each glyph once, the first time a page of the device uses it, and later pages only name it.
/// A device per page wrote and compressed every font again on every page: on the ACE agreement
/// (34 pages) 6.0 MB of script instead of 4.6 MB, about 12 instead of 6–9 ms of cairo a page;
/// 11.3 MB instead of 2.8 MB on a redline whose pages each embed their own fonts. The rules read
/// from each page are the same either way (each page is its own surface, with its own state).
final class CairoScriptDevice {
    private let sink = ByteSink()
    private let device: OpaquePointer?

    init() {
        let opaqueSink = Unmanaged.passUnretained(sink).toOpaque()
        device = cairo_script_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_SUCCESS }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().append(data, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, opaqueSink)
    }

    /// Finishing the device lets go of the fonts it wrote, which other threads' drawing may
    /// share (`CairoRenderLock`); the sink it writes to lives as long as this object.
    deinit {
        guard let device else { return }
        CairoRenderLock.withLock {
            cairo_device_finish(device)
            cairo_device_destroy(device)
        }
    }

    /// The script of `page` alone: what the device wrote while drawing it, font definitions of
    /// fonts first used on this page included (and maybe a line letting go of a font of an
    /// earlier page). One page at a time in the process (`CairoRenderLock`).
    func script(of page: PopplerPage) -> [UInt8] {
        CairoRenderLock.withLock { scriptUnlocked(of: page) }
    }

    private func scriptUnlocked(of page: PopplerPage) -> [UInt8] {
        guard let device else { return [] }
        let (width, height) = page.size
        guard let surface = cairo_script_surface_create(device, CAIRO_CONTENT_COLOR_ALPHA, width, height) else { return [] }
        let context = cairo_create(surface)
        poppler_page_render_for_printing(page.handle, context)
        cairo_destroy(context)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        cairo_device_flush(device)
        return sink.take()
    }
}

/// Collects what cairo writes, page by page. Cairo writes into it only while a thread holds
/// `CairoRenderLock` (drawing, and a shared font let go anywhere in the process, which writes a
/// line to every device that wrote it), so it is read under that lock too.
private final class ByteSink {
    private var bytes: [UInt8] = []

    func append(_ data: UnsafePointer<UInt8>, count: Int) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: count))
    }

    /// What was written since the last call; the next page starts with room for as much.
    func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }
}
