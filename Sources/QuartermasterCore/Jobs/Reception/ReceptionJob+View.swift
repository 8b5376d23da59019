// MARK: - View

extension ReceptionJob {
    /// A visitor's screen shows only their own form or pass; staff also see the roll call as
    /// last printed. The view escapes every cell.
    public func rows(width: Int, language: Language) -> [ViewRow] {
        let t = { (english: String, chinese: String) in KioskText(english, chinese)(language) }
        var rows = [ViewRow(Self.card.title(language) + " · " + t("Visitors", "访客"), .heading)]
        if let form {
            rows.append(ViewRow(t("Name: ", "姓名：") + form.name))
            if form.step != .company { rows.append(ViewRow(t("Company: ", "单位：") + form.company)) }
            if case .pickHost(let choices) = form.step {
                for (index, person) in choices.enumerated() {
                    rows.append(ViewRow("  \(index + 1)  \(person.name)  \(person.department)"))
                }
            }
            if let host = form.host { rows.append(ViewRow(t("Host: ", "接待人：") + "\(host.name) (\(host.department))")) }
            if !form.purpose.isEmpty { rows.append(ViewRow(t("Purpose: ", "事由：") + form.purpose)) }
            if let phone = form.phone { rows.append(ViewRow(t("Phone: ", "电话：") + phone)) }
            if case .rules(let rules) = form.step {
                rows.append(.empty)
                rows.append(ViewRow(t("Site rules (version \(rules.version)):", "访客须知（第 \(rules.version) 版）："), .heading))
                rows += KioskView.wrap(rules.text, width: width - 2).prefix(6).map { ViewRow("  " + $0) }
            }
            return rows
        }
        if let pass = lastPass {
            rows.append(ViewRow(t("Signed in: ", "已登记：") + pass.name, .success))
            rows.append(ViewRow(t("Host: ", "接待人：") + "\(pass.hostName) (\(pass.hostDepartment))"))
            return rows
        }
        rows.append(ViewRow(t("Scan your invitation, or type your name to sign in.", "请扫描邀请码，或输入姓名登记。")))
        rows.append(ViewRow(t("Leaving? Scan your visitor badge.", "离开时请扫描访客证签退。")))
        if let rollCall {
            rows.append(.empty)
            rows.append(ViewRow(t("On site at the last roll call: \(rollCall.count)", "上次点名在场：\(rollCall.count) 人"), .dim))
            for listing in rollCall.prefix(10) {
                rows.append(ViewRow("  \(listing.visit.name)  \(listing.visit.company)  → \(listing.hostName)"))
            }
        }
        return rows
    }
}
