import Foundation

// MARK: - Scans

extension KioskRouter {
    mutating func scanned(_ scan: ResolvedScan, at time: Date) -> [KioskEffect] {
        if isRecording { return refuse(.recording) }
        lastActivity = time

        switch scan {
        case .mode(let mode):
            return switchMode(to: mode, at: time)
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
            if case .badge(let badge) = scan { return signIn(badge, at: time) }
            if card.walkUp {
                if let effects = deliver(.scan(scan), to: active, as: .walkUp(WalkUpContext(station: station, time: time))) {
                    return effects
                }
                if case .notFound(let kind, let code) = scan { return refuse(.notFound(kind, code: code)) }
                return refuse(.wrongKind(scan.kind, job: card))
            }
            return refuse(.signInFirst(role: card.requiredRole))
        }
        if let effects = deliver(.scan(scan), to: active, as: .person(JobContext(person: keeper, station: station, time: time))) {
            return effects
        }
        // The job did not take it.
        switch scan {
        case .badge(let badge): return handOver(to: badge, from: keeper, at: time)
        case .notFound(let kind, let code): return refuse(.notFound(kind, code: code))
        default: return refuse(.wrongKind(scan.kind, job: card))
        }
    }

    private mutating func signIn(_ person: Person, at time: Date) -> [KioskEffect] {
        guard person.active else { return refuse(.badgeInactive(name: person.name)) }
        let role = card.requiredRole
        guard person.has(role) else { return refuse(.roleMissing(name: person.name, role: role)) }
        self.person = person
        return say(.signedIn(name: person.name, job: card)) + resume(at: time)
    }

    /// The active job, now someone works in it, may go back to work left open when the
    /// station stopped (`KioskJob.resume`).
    private mutating func resume(at time: Date) -> [KioskEffect] {
        guard let person else { return [] }
        return deliver(.resume, to: active, as: .person(JobContext(person: person, station: station, time: time))) ?? []
    }

    /// A badge the job did not take: another person taking over the station, or the same again.
    private mutating func handOver(to person: Person, from keeper: Person, at time: Date) -> [KioskEffect] {
        if person.badge == keeper.badge { return say(.alreadySignedIn(name: person.name)) }
        guard person.active else { return refuse(.badgeInactive(name: person.name)) }
        guard person.has(card.requiredRole) else { return refuse(.roleMissing(name: person.name, role: card.requiredRole)) }
        jobs[active].interrupt()
        return signIn(person, at: time)
    }

    private mutating func switchMode(to mode: KioskMode, at time: Date) -> [KioskEffect] {
        guard let index = cards.firstIndex(where: { $0.mode == mode }) else {
            return refuse(.notFound(.mode, code: mode.barcode))
        }
        // A visitor's screen stays one: only staff, signed in, take the kiosk elsewhere. Its
        // own key or card too: switching would drop the visitor's half-typed form.
        if isVisitorScreen { return refuse(.staffOnly(job: card)) }
        if let blocker = activeJob.leaveBlocker { return refuse(KioskNotice(blocker)) }
        jobs[active].interrupt()
        active = index
        jobs[active].interrupt()
        if let person, !person.has(card.requiredRole) {
            self.person = nil
            return refuse(.roleMissing(name: person.name, role: card.requiredRole))
        }
        return say(.modeChanged(card)) + resume(at: time)
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
            return switchMode(to: mode, at: time)
        case .signOut:
            // Nobody to sign out on a visitor's screen; signing out would wipe their form.
            if isVisitorScreen { return refuse(.staffOnly(job: card)) }
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
        if let effects = deliver(.key(jobKey), to: active, as: caller(at: time)) {
            return effects
        }
        return refuse(unanswered)
    }

    /// A line the engine read as text: for the signed-in person's job, or a walk-up job.
    mutating func typed(_ text: String, at time: Date) -> [KioskEffect] {
        if isRecording { return refuse(.recording) }
        lastActivity = time
        if let effects = deliver(.text(text), to: active, as: caller(at: time)) {
            return effects
        }
        if person == nil, !card.walkUp { return refuse(.signInFirst(role: card.requiredRole)) }
        return refuse(.notFound(.unknown, code: text))
    }

    /// Who an event comes from: the signed-in person, a walk-up job's public, or nobody a job
    /// may hear from.
    private func caller(at time: Date) -> Caller? {
        if let person { return .person(JobContext(person: person, station: station, time: time)) }
        return card.walkUp ? .walkUp(WalkUpContext(station: station, time: time)) : nil
    }

    mutating func tick(_ now: Date) -> [KioskEffect] {
        guard !isRecording, let last = lastActivity, now.timeIntervalSince(last) >= idleTimeout else { return [] }
        if person != nil {
            let forget = Self.idleDiscardEffects(of: activeJob)
            signOut(.signedOutIdle(discarded: activeJob.idleDiscard.map { KioskNotice($0) }))
            return forget
        } else if card.walkUp {
            // The visitor walked away: the next one must not see what was typed or shown.
            jobs[active] = types[active].init()
            lastActivity = nil
            notice = card.prompt
        }
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
        guard let index = cards.firstIndex(where: { $0.mode == answer.mode }) else { return [] }
        let caller: Caller? = if let person {
            .person(JobContext(person: person, station: station, time: time))
        } else if cards[index].walkUp {
            .walkUp(WalkUpContext(station: station, time: time))
        } else {
            nil
        }
        guard let caller else { return [] }
        return deliver(.answer(answer.answer), to: index, as: caller) ?? []
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
        case text(String)
        case answer(any Sendable & Hashable)
        /// Someone started working in the job (`KioskJob.resume`).
        case resume
    }

    /// Who the job hears from: a signed-in person, or (walk-up jobs) the public.
    enum Caller {
        case person(JobContext)
        case walkUp(WalkUpContext)
    }

    /// What the store must forget of a job's work thrown away at idle sign-out.
    private static func idleDiscardEffects<Job: KioskJob>(of job: Job) -> [KioskEffect] {
        job.idleDiscardEffects.map { .perform(Job.self, $0) }
    }

    /// Hands the event to one job and applies its reply; nil when the job did not take it.
    private mutating func deliver(_ delivery: Delivery, to index: Int, as caller: Caller?) -> [KioskEffect]? {
        guard let caller else { return nil }
        var job = jobs[index]
        let reply = Self.deliver(delivery, to: &job, as: caller)
        jobs[index] = job
        guard let reply else { return nil }
        if let notice = reply.notice { self.notice = notice }
        if reply.effects.contains(where: \.isRecording) {
            isRecording = true
            notice = KioskNotice(RouterNotice.recording)
        }
        return reply.effects.map(KioskEffect.job) + (reply.cue.map { [.sound($0)] } ?? [])
    }

    private struct Reply {
        var notice: KioskNotice?
        var effects: [AnyJobEffect]
        var cue: KioskCue?
    }

    private static func deliver<Job: KioskJob>(_ delivery: Delivery, to job: inout Job, as caller: Caller) -> Reply? {
        let reply: JobReply<Job.Notice, Job.Effect>?
        switch caller {
        case .person(let context):
            switch delivery {
            case .scan(let scan): reply = job.handle(.scan(scan), context: context)
            case .key(let key): reply = job.handle(.key(key), context: context)
            case .text(let text): reply = job.typed(text, context: context)
            case .answer(let answer):
                guard let answer = answer as? Job.Answer else { return nil }
                reply = job.handle(.answer(answer), context: context)
            case .resume: reply = job.resume(context: context)
            }
        case .walkUp(let context):
            switch delivery {
            case .scan(let scan): reply = job.walkUp(.scan(scan), context: context)
            case .key(let key): reply = job.walkUp(.key(key), context: context)
            case .text(let text): reply = job.walkUp(.text(text), context: context)
            case .answer(let answer):
                guard let answer = answer as? Job.Answer else { return nil }
                reply = job.walkUp(.answer(answer), context: context)
            case .resume: reply = nil
            }
        }
        guard let reply else { return nil }
        return Reply(notice: reply.notice.map { KioskNotice($0) }, effects: reply.effects.map { AnyJobEffect(Job.self, $0) }, cue: reply.cue)
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
