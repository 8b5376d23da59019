import Foundation

// MARK: - Scans

extension KioskRouter {
    mutating func scanned(_ scan: ResolvedScan, at time: Date) -> [KioskEffect] {
        if isRecording { return refuse(.recording) }
        lastActivity = time

        switch scan {
        case .mode(let mode):
            return switchMode(to: mode)
        case .notFound(let kind, let code):
            // A code nobody registered may be what the job is looking for (an unknown asset
            // tag is a count's surplus); only the signed-in person's job can say.
            guard person != nil else { return refuse(.notFound(kind, code: code)) }
        case .invalid(let code, let problem):
            return refuse(.invalidScan(code: code, problem: problem))
        case .unavailable(let problem):
            return refuse(.storeUnavailable(problem))
        case .badge, .requisition, .item, .asset, .location, .quantity, .otherKind:
            break
        }

        guard let keeper = person else {
            if case .badge(let badge) = scan { return signIn(badge) }
            return refuse(.signInFirst(role: card.requiredRole))
        }
        if let effects = deliver(.scan(scan), to: active, context: JobContext(person: keeper, station: station, time: time)) {
            return effects
        }
        // The job did not take it.
        switch scan {
        case .badge(let badge): return handOver(to: badge, from: keeper)
        case .notFound(let kind, let code): return refuse(.notFound(kind, code: code))
        default: return refuse(.wrongKind(scan.kind, job: card))
        }
    }

    private mutating func signIn(_ person: Person) -> [KioskEffect] {
        guard person.active else { return refuse(.badgeInactive(name: person.name)) }
        let role = card.requiredRole
        guard person.has(role) else { return refuse(.roleMissing(name: person.name, role: role)) }
        self.person = person
        return say(.signedIn(name: person.name, job: card))
    }

    /// A badge the job did not take: another person taking over the station, or the same again.
    private mutating func handOver(to person: Person, from keeper: Person) -> [KioskEffect] {
        if person.badge == keeper.badge { return say(.alreadySignedIn(name: person.name)) }
        guard person.active else { return refuse(.badgeInactive(name: person.name)) }
        guard person.has(card.requiredRole) else { return refuse(.roleMissing(name: person.name, role: card.requiredRole)) }
        jobs[active].interrupt()
        return signIn(person)
    }

    private mutating func switchMode(to mode: KioskMode) -> [KioskEffect] {
        guard let index = cards.firstIndex(where: { $0.mode == mode }) else {
            return refuse(.notFound(.mode, code: mode.barcode))
        }
        if let blocker = activeJob.leaveBlocker { return refuse(KioskNotice(blocker)) }
        jobs[active].interrupt()
        active = index
        jobs[active].interrupt()
        if let person, !person.has(card.requiredRole) {
            self.person = nil
            return refuse(.roleMissing(name: person.name, role: card.requiredRole))
        }
        return say(.modeChanged(card))
    }
}

// MARK: - Keys, time, scanners, answers

extension KioskRouter {
    mutating func pressed(_ key: KioskKey, at time: Date) -> [KioskEffect] {
        if isRecording { return refuse(.recording) }
        lastActivity = time
        let jobKey: JobKey
        let unanswered: RouterNotice
        switch key {
        case .switchMode(let mode):
            return switchMode(to: mode)
        case .signOut:
            if let blocker = activeJob.leaveBlocker { return refuse(KioskNotice(blocker)) }
            signOut(.signedOut)
            return []
        case .undo:
            (jobKey, unanswered) = (.undo, .nothingToUndo)
        case .cancel:
            (jobKey, unanswered) = (.cancel, .nothingToCancel)
        case .accept:
            (jobKey, unanswered) = (.accept, .nothingToAccept)
        }
        if let keeper = person,
           let effects = deliver(.key(jobKey), to: active, context: JobContext(person: keeper, station: station, time: time)) {
            return effects
        }
        return refuse(unanswered)
    }

    mutating func tick(_ now: Date) -> [KioskEffect] {
        guard person != nil, !isRecording, let last = lastActivity, now.timeIntervalSince(last) >= idleTimeout
        else { return [] }
        signOut(.signedOutIdle(discarded: activeJob.idleDiscard.map { KioskNotice($0) }))
        return []
    }

    /// Scanners coming and going are told, not decided: whatever was in progress stays.
    mutating func scannerChanged(_ change: ScannerChange) -> [KioskEffect] {
        var online = scanners ?? []
        switch change {
        case .connected(let name):
            if !online.contains(name) { online.append(name) }
            scanners = online
            return say(.scannerConnected(name: name))
        case .disconnected(let name, let dropped):
            online.removeAll { $0 == name }
            scanners = online
            return refuse(.scannerDisconnected(name: name, droppedScan: dropped))
        }
    }

    /// The answer to a job's effect goes back to the job that asked, active or not.
    mutating func answered(_ answer: AnyJobAnswer, at time: Date) -> [KioskEffect] {
        isRecording = false
        guard let keeper = person, let index = cards.firstIndex(where: { $0.mode == answer.mode }) else { return [] }
        return deliver(.answer(answer.answer), to: index, context: JobContext(person: keeper, station: station, time: time)) ?? []
    }

    /// Back to a fresh, signed-out kiosk that keeps its mode and scanners.
    private mutating func signOut(_ notice: RouterNotice) {
        person = nil
        lastActivity = nil
        isRecording = false
        jobs = types.map { $0.init() }
        self.notice = KioskNotice(notice)
    }
}

// MARK: - Handing events to a job

extension KioskRouter {
    /// An event on its way to a job, before it is typed with the job's own answer type.
    enum Delivery {
        case scan(ResolvedScan)
        case key(JobKey)
        case answer(any Sendable & Hashable)
    }

    /// Hands the event to one job and applies its reply; nil when the job did not take it.
    private mutating func deliver(_ delivery: Delivery, to index: Int, context: JobContext) -> [KioskEffect]? {
        var job = jobs[index]
        let reply = Self.deliver(delivery, to: &job, context: context)
        jobs[index] = job
        guard let reply else { return nil }
        if let notice = reply.notice { self.notice = notice }
        if reply.effects.contains(where: \.isRecording) {
            isRecording = true
            notice = KioskNotice(RouterNotice.recording)
        }
        return reply.effects.map(KioskEffect.job) + (reply.bell ? [.bell] : [])
    }

    private struct Reply {
        var notice: KioskNotice?
        var effects: [AnyJobEffect]
        var bell: Bool
    }

    private static func deliver<Job: KioskJob>(_ delivery: Delivery, to job: inout Job, context: JobContext) -> Reply? {
        let event: JobEvent<Job.Answer>
        switch delivery {
        case .scan(let scan): event = .scan(scan)
        case .key(let key): event = .key(key)
        case .answer(let answer):
            guard let answer = answer as? Job.Answer else { return nil }
            event = .answer(answer)
        }
        guard let reply = job.handle(event, context: context) else { return nil }
        return Reply(notice: reply.notice.map { KioskNotice($0) }, effects: reply.effects.map { AnyJobEffect(Job.self, $0) }, bell: reply.bell)
    }

    // MARK: Saying things

    private mutating func say(_ notice: RouterNotice) -> [KioskEffect] {
        self.notice = KioskNotice(notice)
        return []
    }

    private mutating func refuse(_ notice: RouterNotice) -> [KioskEffect] {
        refuse(KioskNotice(notice))
    }

    private mutating func refuse(_ notice: KioskNotice) -> [KioskEffect] {
        self.notice = notice
        return [.bell]
    }
}
