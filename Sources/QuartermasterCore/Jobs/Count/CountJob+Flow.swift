// MARK: - Scans, keys and answers

extension CountJob {
    mutating func scanned(_ scan: ResolvedScan, context: JobContext) -> Reply? {
        switch scan {
        case .location(let location):
            interrupt()
            return .perform(.findSession(location))
        case .otherKind(.location, let code):
            return .refuse(.unknownLocation(code: code))
        case .asset(let asset):
            return count(asset.tag, context: context)
        case .otherKind(.assetTag, let code):
            return count(code, context: context)
        case .notFound(let kind, let text):
            // While a surplus tag waits, typed text that is no code is its name; a code of
            // any other shape is the next tag (an office's own tags may look like anything).
            if kind == .unknown, let tag = pendingSurplus, let session, let location {
                return .perform(.registerSurplus(SurplusRegistration(
                    session: session.id, tag: tag, name: text, locationCode: location.code,
                    registeredBy: context.person.badge, station: context.station, time: context.time), at: location))
            }
            return count(text, context: context)
        case .quantity:
            guard let tag = pendingSurplus else { return nil }
            return .refuse(.nameNotNumber(tag: tag))
        case .badge, .requisition, .item, .mode, .invalid, .otherKind, .unavailable:
            return nil
        }
    }

    /// One tag at the current location, to be classified by the store as it records it.
    private mutating func count(_ tag: String, context: JobContext) -> Reply {
        guard let session, let location else { return .refuse(.scanLocationFirst) }
        pendingMove = nil
        pendingSurplus = nil
        return .perform(.record(CountTagScan(
            session: session.id, tag: tag, locationCode: location.code, countedBy: context.person.badge,
            station: context.station, time: context.time)))
    }

    mutating func pressed(_ key: JobKey, context: JobContext) -> Reply? {
        switch key {
        case .accept:
            if let location = pendingOpen {
                return .perform(.open(CountOpening(
                    scope: [location.code], blind: false, openedBy: context.person.badge, station: context.station,
                    time: context.time), at: location))
            }
            if let move = pendingMove, let session {
                return .perform(.acceptMove(CountMoveAcceptance(
                    session: session.id, tag: move.tag, acceptedBy: context.person.badge, station: context.station, time: context.time)))
            }
            return nil
        case .cancel:
            if pendingOpen != nil || pendingMove != nil || pendingSurplus != nil {
                interrupt()
                return .say(currentPrompt)
            }
            guard let left = location else { return nil }
            location = nil
            return .say(.leftLocation(left))
        case .undo:
            return nil
        }
    }

    mutating func answered(_ answer: CountAnswer) -> Reply {
        switch answer {
        case .session(let location, nil, _):
            pendingOpen = location
            return .alert(.noOpenCount(location))
        case .session(let location, let found?, let progress):
            if session?.id != found.id { visited = [] }
            session = found
            self.location = location
            if let progress { remember(progress) }
            return .say(currentPrompt)
        case .opened(let opened, let progress):
            pendingOpen = nil
            visited = []
            session = opened
            location = progress.location
            remember(progress)
            return .say(.opened(session: opened.id, progress: progress, blind: opened.blind))
        case .scanned(let result):
            remember(result.progress)
            let tag = result.scan.tag
            let name = result.asset?.name ?? tag
            let notice: CountNotice
            switch result.scanClass {
            case .foundInPlace:
                notice = .found(tag: tag, name: name)
            case .moved(let registeredAt):
                pendingMove = PendingMove(tag: tag, name: name)
                notice = .moved(tag: tag, name: name, registeredAt: registeredAt, here: result.progress.location)
            case .surplus:
                pendingSurplus = tag
                notice = .surplus(tag: tag, here: result.progress.location)
            case .duplicate(let earlier):
                notice = .duplicate(tag: tag, name: result.asset?.name, earlier: earlier)
            case .disposed:
                notice = .disposed(tag: tag, name: name)
            }
            return Reply(notice: notice, cue: result.scanClass.cue)
        case .moveAccepted(let acceptance):
            let name = pendingMove?.name ?? acceptance.tag
            pendingMove = nil
            guard let location else { return .say(.scanLocation) }
            return .say(.moveAccepted(tag: acceptance.tag, name: name, here: location))
        case .registered(let asset, let progress):
            pendingSurplus = nil
            remember(progress)
            return .say(.registered(tag: asset.tag, name: asset.name, here: progress.location))
        case .refused(let problem, let lostLocation):
            if lostLocation {
                session = nil
                location = nil
            }
            pendingOpen = nil
            pendingMove = nil
            return .refuse(.refused(problem))
        }
    }

    /// What the screen asks for now: the next tag here, or a location label.
    var currentPrompt: CountNotice {
        guard let session, let location, let progress = visited.first(where: { $0.location.code == location.code }) else {
            return .scanLocation
        }
        return .counting(session: session.id, progress: progress, blind: session.blind)
    }

    /// Keeps the latest progress of a location, most recent first.
    private mutating func remember(_ progress: CountProgress) {
        visited.removeAll { $0.location.code == progress.location.code }
        visited.insert(progress, at: 0)
    }
}
