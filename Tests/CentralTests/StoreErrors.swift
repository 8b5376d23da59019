internal import Central
internal import Testing

/// The store's refusal `body` threw, or nil (recorded as an issue if it threw something else).
func storeError(_ body: () async throws -> Void) async -> CentralStoreError? {
    do {
        try await body()
        return nil
    } catch let error as CentralStoreError {
        return error
    } catch {
        Issue.record("expected a CentralStoreError, got \(error)")
        return nil
    }
}
