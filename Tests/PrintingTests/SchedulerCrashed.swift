/// The private scheduler's process is gone: a crash, not a slow job. Thrown at once so a test
/// fails with this instead of waiting out its timeouts.
struct SchedulerCrashed: Error, CustomStringConvertible {
    let description: String

    init(pid: Int32, context: String, kernel: String, log: String) {
        description = """
            the scheduler crashed: cupsd (pid \(pid)) is gone \(context).
            dmesg: \(kernel)
            error_log: \(log)
            """
    }
}
