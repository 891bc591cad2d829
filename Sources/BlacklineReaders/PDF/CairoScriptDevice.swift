import CPoppler
import Foundation

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
    /// Written by cairo's C callback; it lives as long as this object (cairo may write to it
    /// until the device is finished in `deinit`).
    private let sink: UnsafeMutablePointer<blackline_byte_sink>
    private let device: OpaquePointer?

    init() {
        sink = .allocate(capacity: 1)
        sink.initialize(to: blackline_byte_sink(bytes: nil, count: 0, capacity: 0, failed: 0))
        device = blackline_script_create_for_sink(sink)
    }

    /// Finishing the device lets go of the fonts it wrote, which other threads' drawing may
    /// share (`CairoRenderLock`); the sink it writes to is freed after.
    deinit {
        if let device {
            CairoRenderLock.withLock {
                cairo_device_finish(device)
                cairo_device_destroy(device)
            }
        }
        free(sink.pointee.bytes)
        sink.deallocate()
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
        // Drawn through a subsurface of the whole page: it does not offer cairo's text-glyphs
        // call, so poppler sends glyphs without their text and clusters, which the script would
        // write beside every glyph run (measured: 40 % less script, 15 % less drawing time;
        // the same rules and runs).
        let wholePage = cairo_surface_create_for_rectangle(surface, 0, 0, width, height)
        let context = cairo_create(wholePage ?? surface)
        poppler_page_render_for_printing(page.handle, context)
        cairo_destroy(context)
        if let wholePage { cairo_surface_destroy(wholePage) }
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        cairo_device_flush(device)
        return takeWritten()
    }

    /// What cairo wrote since the last call (under `CairoRenderLock`, as cairo writes only then);
    /// the buffer is kept for the next page. Nothing when it could not grow.
    private func takeWritten() -> [UInt8] {
        defer {
            sink.pointee.count = 0
            sink.pointee.failed = 0
        }
        guard sink.pointee.failed == 0, let bytes = sink.pointee.bytes else { return [] }
        return Array(UnsafeBufferPointer(start: bytes, count: sink.pointee.count))
    }
}
