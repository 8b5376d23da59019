public import Foundation
public import QuartermasterCore

/// The roll call on paper (issue 9): who is on site, printed on the slip printer in an
/// emergency drill, network or not. It says when it was made — the list is true for that
/// minute only — and, per visitor, name, company, host, arrival and badge code, so a marshal
/// can tick people off. Laid out like a slip (`PageFlow`), long lists continue overleaf.
public struct RollCallRenderer: Sendable, Hashable, Codable {
    public var language: Language
    /// Zone the times are printed in: the station's.
    public var timeZone: TimeZone
    public var paper: SlipPaper

    public init(language: Language, timeZone: TimeZone, paper: SlipPaper = .a5) {
        self.language = language
        self.timeZone = timeZone
        self.paper = paper
    }

    /// The roll call as a PDF document. `closed` are today's visits that closing time closed
    /// as not signed out, listed apart for staff to follow up.
    public func pdf(_ visits: [VisitListing], closed: [VisitListing] = [], madeAt time: Date, station: String) throws(RenderingError) -> [UInt8] {
        try PageRenderer.pdf(pages(visits, closed: closed, madeAt: time, station: station), title: words.title)
    }

    func pages(_ visits: [VisitListing], closed: [VisitListing], madeAt time: Date, station: String) throws(RenderingError) -> [DrawingPage] {
        let measurer = try Canvas.measuring()
        let metrics = SlipMetrics(paper: paper)
        let stamp = MinuteTimestamp(timeZone: timeZone)
        var flow = PageFlow(width: paper.widthMM, height: paper.heightMM, margin: paper.marginMM, footer: metrics.footer)
        func place(_ string: String, _ style: TextStyle, indent: Double = 0, gap: Double) {
            let width = flow.contentWidth - indent
            let height = measurer.measure(string, width: width, style: style).height
            flow.ensureRoom(for: height)
            flow.add(.text(string, frame: Rect(x: flow.left + indent, y: flow.y, width: width, height: height), style: style))
            flow.advance(by: height + gap)
        }
        let w = words
        place(w.title, metrics.title, gap: metrics.fieldGap)
        place("\(w.made) \(stamp.string(from: time)) · \(w.station) \(station)", metrics.body, gap: metrics.fieldGap)
        place("\(w.onSite) \(visits.count)", metrics.body, gap: metrics.sectionGap)
        func list(_ listings: [VisitListing]) {
            for (index, listing) in listings.enumerated() {
                let visit = listing.visit
                place("\(index + 1). \(visit.name) — \(visit.company)", metrics.body, gap: 0)
                let arrived = visit.arrival.map { stamp.string(from: $0) } ?? "?"
                place("\(w.host) \(listing.hostName) · \(w.since) \(arrived) · \(visit.badgeCode ?? "")", metrics.small, indent: 4, gap: metrics.fieldGap)
            }
        }
        list(visits)
        if visits.isEmpty { place(w.nobody, metrics.body, gap: 0) }
        if !closed.isEmpty {
            flow.advance(by: metrics.sectionGap)
            place("\(w.closed) \(closed.count)", metrics.body, gap: metrics.fieldGap)
            list(closed)
        }
        return flow.finish().map { DrawingPage(size: $0.size, commands: $0.commands) }
    }

    private var words: (title: String, made: String, station: String, onSite: String, host: String, since: String, nobody: String, closed: String) {
        language == .simplifiedChinese
            ? ("访客在场名单", "生成时间", "工作站", "在场人数：", "接待人", "到达", "目前没有访客在场。", "今日关闭时未签退：")
            : ("Roll call: visitors on site", "Made", "station", "On site:", "host", "since", "No visitors on site.", "Closed at closing time, not signed out today:")
    }
}
