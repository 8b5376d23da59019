internal import CCups

extension PrintQueue {
    // MARK: Reading a libcups destination

    /// Reads the queue from a `cups_dest_t` and the options libcups filled it with.
    init(destination: cups_dest_t) {
        func option(_ name: String) -> String? {
            guard let value = cupsGetOption(name, destination.num_options, destination.options)
            else { return nil }
            return String(cString: value)
        }
        let reasons = (option("printer-state-reasons") ?? "")
            .split(separator: ",")
            .map(String.init)
            .filter { $0 != "none" }
        self.init(
            name: String(cString: destination.name),
            state: option("printer-state").flatMap(Int.init).flatMap(State.init(rawValue:)) ?? .stopped,
            reasons: reasons,
            deviceURI: option("device-uri"),
            makeAndModel: option("printer-make-and-model"),
            isAcceptingJobs: option("printer-is-accepting-jobs").map { $0 == "true" } ?? true,
            isDefault: destination.is_default != 0)
    }
}
