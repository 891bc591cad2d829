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
              let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        let drawn: Bool = CairoRenderLock.withLock {
            guard let context = cairo_create(surface) else { return false }
            defer { cairo_destroy(context) }
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_paint(context)
            cairo_scale(context, scale, scale)
            poppler_page_render(handle, context)
            return cairo_status(context) == CAIRO_STATUS_SUCCESS
        }
        guard drawn else { return nil }
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        var pixels = [UInt8](repeating: 255, count: pixelWidth * pixelHeight)
        var colouredInk = 0
        pixels.withUnsafeMutableBufferPointer { grey in
            for row in 0..<pixelHeight {
                // RGB24 keeps each pixel in a native-endian 32-bit word: 0x00RRGGBB.
                let source = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
                for column in 0..<pixelWidth {
                    let value = source[column]
                    let red = (value >> 16) & 0xFF, green = (value >> 8) & 0xFF, blue = value & 0xFF
                    // ITU-R BT.601 luma in integers (weights sum to 1024).
                    let luma = (red * 306 + green * 601 + blue * 117) >> 10
                    grey[row * pixelWidth + column] = UInt8(luma)
                    if luma < ColourImage.inkLuma, max(red, green, blue) - min(red, green, blue) > ColourImage.chromaticSpread {
                        colouredInk += 1
                    }
                }
            }
        }
        let grey = GreyImage(width: pixelWidth, height: pixelHeight, dpi: dpi, pixels: pixels)
        guard colouredInk >= ColourImage.fewestColouredPixels else { return (grey, nil) }
        var rgb = [UInt8](repeating: 255, count: pixelWidth * pixelHeight * 3)
        rgb.withUnsafeMutableBufferPointer { colour in
            for row in 0..<pixelHeight {
                let source = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
                for column in 0..<pixelWidth {
                    let value = source[column], offset = (row * pixelWidth + column) * 3
                    colour[offset] = UInt8((value >> 16) & 0xFF)
                    colour[offset + 1] = UInt8((value >> 8) & 0xFF)
                    colour[offset + 2] = UInt8(value & 0xFF)
                }
            }
        }
        return (grey, ColourImage(width: pixelWidth, height: pixelHeight, rgb: rgb))
    }
}
