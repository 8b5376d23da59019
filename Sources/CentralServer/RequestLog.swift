internal import Hummingbird
internal import Logging
internal import Foundation

/// One log line per request outcome: method, path, status, which station, how long, and for a
/// refusal its message, so an admin reading the centre's log sees why a station was turned away.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, context, status: response.status.code, since: start, problem: nil)
            return response
        } catch let refusal as Refusal {
            log(request, context, status: refusal.status.code, since: start, problem: refusal.problem.message)
            throw refusal
        } catch let error as any HTTPResponseError {
            log(request, context, status: error.status.code, since: start, problem: "\(error)")
            throw error
        } catch {
            log(request, context, status: 500, since: start, problem: "\(error)")
            throw error
        }
    }

    private func log(_ request: Request, _ context: Context, status: Int, since start: ContinuousClock.Instant, problem: String?) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        var line = "\(request.method) \(request.uri.path) \(status) \(String(format: "%.1f", milliseconds)) ms"
        if let problem { line += ": " + problem }
        context.logger.info("\(line)")
    }
}
