// MARK: - GrayImage + Prescale

extension GrayImage {
    /// The image at half width and height, each pixel the average of a 2×2 block (an odd last
    /// row or column is dropped). Averaging rather than skipping keeps thin bars gray instead
    /// of making them vanish, so zbar still finds their edges.
    public func halved() -> GrayImage {
        guard width >= 2, height >= 2 else { return self }
        let halfWidth = width / 2
        let halfHeight = height / 2
        let sourceWidth = width
        let result = [UInt8](unsafeUninitializedCapacity: halfWidth * halfHeight) { target, count in
            pixels.withUnsafeBufferPointer { source in
                for y in 0..<halfHeight {
                    let top = source.baseAddress! + 2 * y * sourceWidth
                    let bottom = top + sourceWidth
                    let row = target.baseAddress! + y * halfWidth
                    for x in 0..<halfWidth {
                        let sum = UInt16(top[2 * x]) + UInt16(top[2 * x + 1]) + UInt16(bottom[2 * x]) + UInt16(bottom[2 * x + 1])
                        row[x] = UInt8(truncatingIfNeeded: (sum + 2) >> 2)
                    }
                }
            }
            count = halfWidth * halfHeight
        }
        return GrayImage(checkedWidth: halfWidth, height: halfHeight, pixels: result)
    }
}
