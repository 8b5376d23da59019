public import QuartermasterCore

// MARK: - Pickup slips as ESC/POS

extension SlipRenderer {
    /// The slip as an ESC/POS raster job for a receipt printer: laid out on this renderer's
    /// paper, rasterised at `dpi` (QR modules on whole dots), centred on a `headDots`-wide head
    /// (default 576 for paper over 60 mm, else 384) and cut after each page. Lets the slip
    /// templates (`pickup-slip-80mm`, `-58mm`) print on printers that take only raster.
    public func escpos(_ slip: PickupSlip, dpi: Double = 203, headDots: Int? = nil) throws(RenderingError) -> [UInt8] {
        let head = headDots ?? ESCPOSEncoder.headDots(forLabelWidth: paper.widthMM)
        var job: [UInt8] = []
        for page in try pages(slip, pixelsPerMM: PageRenderer.pixelsPerMM(dpi: dpi)) {
            let bitmap = MonochromeBitmap(try PageRenderer.gray(page, dpi: dpi))
            guard let centred = bitmap.centred(width: head) else {
                throw .invalidOutput("the slip prints \(bitmap.width) dots wide at \(Int(dpi)) dpi, more than the \(head)-dot print head")
            }
            job += ESCPOSEncoder.job(centred)
        }
        return job
    }
}
