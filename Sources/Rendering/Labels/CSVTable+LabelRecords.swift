public import QuartermasterCore

// MARK: - CSV rows as label fields

extension CSVTable {
    /// Each data row as field values keyed by the header's column names, the way a batch of
    /// labels is filled: a `tag` column fills `{tag}`. Columns the template does not use are
    /// ignored, so an export from the asset register can be used as it is.
    public var labelRecords: [[String: String]] {
        rows.map { row in
            var fields: [String: String] = [:]
            for (name, value) in zip(header, row.fields) where !name.isEmpty {
                fields[name] = value
            }
            return fields
        }
    }

    /// The line each record of `labelRecords` starts on, for error messages.
    public var labelLines: [Int] { rows.map(\.line) }
}
