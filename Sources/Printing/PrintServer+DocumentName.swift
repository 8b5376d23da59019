extension PrintServer {
    // MARK: Names the scheduler cannot choke on

    /// `text` as a `document-name` made only of characters that need no escaping anywhere:
    /// ASCII letters and digits, `.`, `_` and `-`; every other run of characters becomes one
    /// `-`, and the result is at most 96 bytes (never empty).
    ///
    /// Debian's cupsd 2.4.2-3+deb12u10 segfaults when a job's `document-name` holds a space, a
    /// quote or a backslash (even `lp "my label.pdf"`), taking every queue of the office down
    /// with it. The title people read goes in `job-name`, which is safe; the document name
    /// only has to tell documents apart, which the station's job id already does.
    public static func safeDocumentName(_ text: String) -> String {
        var name = ""
        var replacing = false
        for scalar in text.unicodeScalars {
            let safe = scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "." || scalar == "_" || scalar == "-")
            if safe {
                name.unicodeScalars.append(scalar)
                replacing = false
            } else if !replacing {
                name.append("-")
                replacing = true
            }
        }
        var trimmed = Substring(name.prefix(96))
        while trimmed.first == "-" { trimmed.removeFirst() }
        while trimmed.last == "-" { trimmed.removeLast() }
        return trimmed.isEmpty ? "document" : String(trimmed)
    }
}
