import CPoppler

extension PopplerPage {
    /// The most pixels a page is drawn with for OCR: a letter page at 300 dpi is 8.4 million, so
    /// this allows a tabloid page at 300 dpi and keeps a malformed 200-inch page from taking
    /// gigabytes (it is drawn at a lower resolution instead).
    static let largestRaster = 40_000_000

    /// The page drawn on white at `dpi` pixels per inch and turned grey, for OCR. Nil when cairo
    /// cannot make the surface. Drawing holds `CairoRenderLock` (poppler's cairo fonts are shared
    /// process-wide); the grey conversion runs outside it.
    func greyImage(dpi requested: Double) -> GreyImage? { scanImages(dpi: requested)?.grey }

    /// The page drawn as `greyImage(dpi:)`, with its colours beside it when it has coloured ink
    /// (a colour scan of a redline); nil colours for a grey page.
    func scanImages(dpi requested: Double) -> (grey: GreyImage, colour: ColourImage?)? {
        let (width, height) = size
        guard width > 0, height > 0 else { return nil }
        let fit = (Double(Self.largestRaster) / (width * height)).squareRoot() * 72
        let dpi = min(requested, fit)
        let scale = dpi / 72
        let pixelWidth = Int((width * scale).rounded()), pixelHeight = Int((height * scale).rounded())
        guard pixelWidth > 0, pixelHeight > 0,
              Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(pixelWidth))) == pixelWidth * 4 else { return nil }
        // Cairo draws into memory the colour image then keeps, already white: the page is not
        // copied, nor painted white first (each pass over 34 MB a page costs, on a virtual machine
        // mostly in first-touch page faults).
        var drawing = [UInt32](repeating: 0xFFFFFF, count: pixelWidth * pixelHeight)
        let drawn: Bool = drawing.withUnsafeMutableBytes { memory in
            guard let base = memory.baseAddress?.assumingMemoryBound(to: UInt8.self),
                  let surface = cairo_image_surface_create_for_data(base, CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight), Int32(pixelWidth * 4)) else { return false }
            defer { cairo_surface_destroy(surface) }
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return false }
            let painted: Bool = CairoRenderLock.withLock {
                guard let context = cairo_create(surface) else { return false }
                defer { cairo_destroy(context) }
                cairo_scale(context, scale, scale)
                poppler_page_render(handle, context)
                return cairo_status(context) == CAIRO_STATUS_SUCCESS
            }
            cairo_surface_flush(surface)
            return painted
        }
        guard drawn else { return nil }
        var colouredInk = 0
        let pixels = [UInt8](unsafeUninitializedCapacity: pixelWidth * pixelHeight) { grey, initialized in
            drawing.withUnsafeBufferPointer { source in
                for offset in 0..<source.count {
                    // RGB24 keeps each pixel in a native-endian 32-bit word: 0x00RRGGBB.
                    let value = source[offset]
                    let red = (value >> 16) & 0xFF, green = (value >> 8) & 0xFF, blue = value & 0xFF
                    // ITU-R BT.601 luma in integers (weights sum to 1024).
                    let luma = (red * 306 + green * 601 + blue * 117) >> 10
                    grey[offset] = UInt8(luma)
                    if luma < ColourImage.inkLuma, max(red, green, blue) - min(red, green, blue) > ColourImage.chromaticSpread {
                        colouredInk += 1
                    }
                }
            }
            initialized = pixelWidth * pixelHeight
        }
        let grey = GreyImage(width: pixelWidth, height: pixelHeight, dpi: dpi, pixels: pixels)
        guard colouredInk >= ColourImage.fewestColouredPixels else { return (grey, nil) }
        return (grey, ColourImage(width: pixelWidth, height: pixelHeight, pixels: drawing))
    }
}
