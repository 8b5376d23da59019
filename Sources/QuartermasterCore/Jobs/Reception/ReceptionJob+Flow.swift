// MARK: - Scans

extension ReceptionJob {
    /// An invite or a visitor badge is recognised whatever the screen was asking: an invite
    /// drops a half-typed form (the visitor had one after all), a badge signs its visit out.
    mutating func scanned(_ scan: ResolvedScan, _ caller: Caller) -> Reply? {
        switch scan {
        case .otherKind(.visitorInvite, let code), .notFound(.visitorInvite, let code):
            form = nil
            lastPass = nil
            return .perform(.signInByInvite(code: code, station: caller.station, time: caller.time))
        case .otherKind(.visitorBadge, let code), .notFound(.visitorBadge, let code):
            return .perform(.signOut(badgeCode: code, by: caller.staff?.badge, station: caller.station, time: caller.time))
        default:
            return nil
        }
    }
}

// MARK: - Keys

extension ReceptionJob {
    mutating func pressed(_ key: JobKey, _ caller: Caller) -> Reply? {
        switch key {
        case .undo:
            return back()
        case .cancel:
            if form != nil {
                form = nil
                return .say(.formDropped)
            }
            guard lastPass != nil else { return nil }
            lastPass = nil
            return .say(.welcome)
        case .accept:
            return accept(caller)
        }
    }

    /// One field back: what was typed for it is dropped and asked for again.
    private mutating func back() -> Reply? {
        guard var form else { return nil }
        switch form.step {
        case .company:
            self.form = nil
            return .say(.welcome)
        case .host, .pickHost:
            form.company = ""
            form.step = .company
            self.form = form
            return .say(.askCompany)
        case .purpose:
            form.host = nil
            form.step = .host
            self.form = form
            return .say(.askHost)
        case .phone:
            form.purpose = ""
            form.step = .purpose
            self.form = form
            return .say(.askPurpose(host: form.host?.name ?? ""))
        case .rules:
            form.phone = nil
            form.step = .phone
            self.form = form
            return .say(.askPhone)
        }
    }

    private mutating func accept(_ caller: Caller) -> Reply? {
        guard let form else {
            if caller.staff != nil { return .perform(.printRollCall(time: caller.time)) }
            return .say(.welcome)
        }
        switch form.step {
        case .phone:
            self.form?.phone = nil
            return .perform(.loadRules)
        case .rules(let rules):
            guard let host = form.host else { return .refuse(.askHost) }
            return .perform(.signInWalkIn(WalkInRegistration(
                name: form.name, company: form.company, phone: form.phone, purpose: form.purpose, hostBadge: host.badge,
                rulesVersion: rules.version, station: caller.station, time: caller.time)))
        case .company, .host, .pickHost, .purpose:
            return .refuse(.badField(.empty))
        }
    }
}

// MARK: - Typed lines

extension ReceptionJob {
    mutating func typed(_ raw: String, _ caller: Caller) -> Reply? {
        let text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let problem = Self.problem(text) { return .refuse(.badField(problem)) }
        guard var form else {
            lastPass = nil
            self.form = ReceptionForm(name: text)
            return .say(.askCompany)
        }
        switch form.step {
        case .company:
            form.company = text
            form.step = .host
            self.form = form
            return .say(.askHost)
        case .host:
            return .perform(.findHosts(text))
        case .pickHost(let choices):
            guard let number = Int(text), text.allSatisfy(\.isASCII) else { return .perform(.findHosts(text)) }
            guard (1...choices.count).contains(number) else { return .refuse(.badField(.noSuchChoice(count: choices.count))) }
            return choose(choices[number - 1])
        case .purpose:
            form.purpose = text
            form.step = .phone
            self.form = form
            return .say(.askPhone)
        case .phone:
            guard text.count <= 20, text.allSatisfy({ $0.isASCII && ($0.isNumber || " +-()".contains($0)) }) else {
                return .refuse(.badField(.notAPhoneNumber))
            }
            self.form?.phone = text
            return .perform(.loadRules)
        case .rules:
            let yes: Set<String> = ["yes", "y", "ok", "是", "同意", "好"]
            guard yes.contains(text.lowercased()) else { return .say(.readRules(rulesShown ?? .standard)) }
            return accept(caller)
        }
    }

    /// The rules on screen, when the form is at that step.
    var rulesShown: SiteRules? {
        if case .rules(let rules)? = form?.step { return rules }
        return nil
    }

    private mutating func choose(_ host: Person) -> Reply {
        form?.host = host
        form?.step = .purpose
        return .say(.askPurpose(host: host.name))
    }

    /// What is wrong with a typed field, if anything: a keyboard types no control or invisible
    /// characters, so a line holding them was pasted or is an escape sequence.
    static func problem(_ text: String) -> ReceptionFieldProblem? {
        if text.isEmpty { return .empty }
        if text.unicodeScalars.contains(where: { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .privateUse, .unassigned, .surrogate, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }) { return .untypable }
        if text.count > fieldLimit { return .tooLong(limit: fieldLimit) }
        return nil
    }
}

// MARK: - Answers

extension ReceptionJob {
    mutating func answered(_ answer: ReceptionAnswer, _ caller: Caller) -> Reply? {
        switch answer {
        case .signIn(.signedIn(let pass)):
            form = nil
            lastPass = pass
            return Reply(notice: .signedIn(name: pass.name, host: pass.hostName), effects: [.printBadge(pass, time: caller.time)])
        case .signIn(.refused(let refusal)):
            form = nil
            return .refuse(.inviteRefused(refusal))
        case .signIn(.seeReception):
            form = nil
            return .alert(.seeReception)
        case .signOut(.signedOut(let name)):
            lastPass = nil
            return .say(.signedOut(name: name))
        case .signOut(.refused(let refusal)):
            return .refuse(.badgeRefused(refusal))
        case .hosts(let query, let people):
            guard var form else { return .quiet }
            switch form.step {
            case .host, .pickHost: break
            default: return .quiet
            }
            if people.isEmpty {
                form.step = .host
                self.form = form
                return .refuse(.noHostFound(query: query))
            }
            if people.count == 1 { return choose(people[0]) }
            if people.count > Self.hostChoices {
                form.step = .host
                self.form = form
                return .refuse(.tooManyHosts(query: query))
            }
            form.step = .pickHost(people)
            self.form = form
            return .say(.pickHost(count: people.count))
        case .rules(let rules):
            guard form?.step == .phone else { return .quiet }
            form?.step = .rules(rules)
            return .say(.readRules(rules))
        case .badgePrinted:
            return .quiet
        case .badgeNotPrinted:
            return .alert(.badgeNotPrinted)
        case .rollCall(let list, let output):
            rollCall = list
            return .say(.rollCallPrinted(count: list.count, output: output))
        case .closedForTheDay(let closed, _):
            // A count only: the screen may be a visitor's. Staff find the names on the roll call.
            guard !closed.isEmpty else { return .quiet }
            return form == nil ? .say(.closedForTheDay(count: closed.count)) : .quiet
        case .failed(let problem):
            return .refuse(.notRecorded(problem))
        }
    }
}
