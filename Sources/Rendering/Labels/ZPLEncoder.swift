// MARK: - ZPLEncoder

/// ZPL II for Zebra raw queues. The whole label goes as one `^GF` graphic field rendered by
/// our own layout, rather than as `^BQ` and `^A0` commands: Chinese names print without a
/// font download, every printer draws the same dots our PNG shows, and the QR modules are the
/// whole dots the layout chose. The cost is size (hex is two characters per eight dots); a
/// 2×1 in label is about 13 KB, nothing on a 9100 socket.
enum ZPLEncoder {
    /// One label, `^XA … ^XZ`, ready to send raw.
    static func label(_ bitmap: MonochromeBitmap, copies: Int = 1) -> [UInt8] {
        let total = bitmap.bytesPerRow * bitmap.height
        var text = "^XA\n^PW\(bitmap.width)\n^LL\(bitmap.height)\n^LH0,0\n"
        text += "^FO0,0^GFA,\(total),\(total),\(bitmap.bytesPerRow),"
        var out = Array(text.utf8)
        out.reserveCapacity(out.count + total * 2 + 32)
        let digits = Array("0123456789ABCDEF".utf8)
        for byte in bitmap.bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        out += Array("^FS\n^PQ\(copies)\n^XZ\n".utf8)
        return out
    }
}
