import Foundation
import QuartermasterCore
import QuartermasterTesting
import Rendering
import Station
import Testing

/// The running station draws each document in a child (`quartermaster draw`), the real binary:
/// the same PDF as drawn here, and every way a child can fail told as a sentence, the child
/// never left behind.
@Suite struct ChildProcessDrawingTests {
    static func binary() throws -> String {
        try #require(ChildProcess.quartermasterBinary(), "build the binary first: swift build --build-tests")
    }

    /// An office's own slip: Chinese names and department, a purpose with commas and quotes.
    static let slip = PickupSlip(
        requisitionNumber: "YPQ-2026-0042", applicantName: "欧阳娜娜", applicantBadge: "100231", department: "财务部",
        date: CalendarDate(year: 2026, month: 12, day: 7)!, purpose: "年终盘点, \"紧急\" 用品", approver: "李主任",
        status: .partlyPicked,
        lines: [
            .init(itemCode: "6901234000016", name: "A4 复印纸", spec: "70g, 500张/包", unit: "包", approved: 10, picked: 6, remaining: 4),
            .init(itemCode: "6901234000030", name: "中性笔 0.5mm", spec: "黑色", unit: "支", approved: 20, picked: 20, remaining: 0),
        ],
        pickupTime: Date(timeIntervalSince1970: 1_796_000_000), keeperName: "王库管", keeperBadge: "100001",
        recipientName: "张三", recipientBadge: "100232", station: "仓库-1")

    /// A script in a fresh folder, standing in for the binary (it is run as `SCRIPT draw`).
    static func script(_ body: String) throws -> (path: String, folder: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qm-draw-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/draw.sh"
        // Written through a descriptor closed on exec: a program another test starts meanwhile
        // must not keep it open for writing, or running the script fails with ETXTBSY.
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        try #require(fd >= 0)
        let text = Array("#!/bin/sh\n\(body)\n".utf8)
        let written = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        try #require(written == text.count)
        return (path, folder)
    }

    static func failure(_ drawing: ChildProcessDrawing, _ order: DocumentOrder) -> DrawingFailure? {
        do {
            _ = try drawing.pdf(order)
            return nil
        } catch {
            return error
        }
    }

    /// PDF bytes without the moment cairo wrote them.
    static func undated(_ pdf: [UInt8]) -> String {
        String(decoding: pdf, as: UTF8.self).replacing(/\/CreationDate \([^)]*\)/, with: "")
    }

    @Test func aSlipDrawnByTheChildIsTheSlipDrawnHere() throws {
        let renderer = SlipRenderer(language: .simplifiedChinese, timeZone: TimeZone(identifier: "Asia/Shanghai")!, paper: .roll(widthMM: 80))
        let order = DocumentOrder.slip(Self.slip, renderer)
        let child = try ChildProcessDrawing(executable: Self.binary()).pdf(order)
        let here = try InProcessDrawing().pdf(order)
        #expect(child.starts(with: Array("%PDF-".utf8)))
        #expect(child.count > 1_000)
        #expect(Self.undated(child) == Self.undated(here), "the child draws the same slip, byte for byte but for the date")
    }

    @Test func aRollCallAndABadgeAreDrawnByTheChild() throws {
        let drawing = ChildProcessDrawing(executable: try Self.binary())
        let visit = Visit(name: "陈小姐", company: "某某科技, \"有限\"公司", purpose: "面试", hostBadge: "100231",
                          expectedDate: CalendarDate(year: 2026, month: 12, day: 7)!, arrival: Date(timeIntervalSince1970: 1_796_000_000),
                          badgeCode: "VB-000123", status: .onSite)
        let rollCall = DocumentOrder.rollCall(
            visits: [VisitListing(visit: visit, hostName: "欧阳娜娜")], closed: [], madeAt: Date(timeIntervalSince1970: 1_796_000_600),
            station: "前台", RollCallRenderer(language: .simplifiedChinese, timeZone: TimeZone(identifier: "Asia/Shanghai")!))
        #expect(Self.undated(try drawing.pdf(rollCall)) == Self.undated(try InProcessDrawing().pdf(rollCall)))
        let fields = ["name": "陈小姐", "company": "某某科技", "host": "欧阳娜娜", "visit": "V-1", "badge": "VB-000123", "date": "2026-12-07", "valid": "今天"]
        let badge = DocumentOrder.label(template: "visitor-badge-62x100", fields: fields)
        #expect(Self.undated(try drawing.pdf(badge)) == Self.undated(try InProcessDrawing().pdf(badge)))
    }

    @Test func whatTheChildRefusesIsToldInItsOwnWords() throws {
        let failure = Self.failure(ChildProcessDrawing(executable: try Self.binary()), .label(template: "no-such-badge", fields: [:]))
        let text = try #require(failure?.description)
        #expect(text.hasPrefix("The label no-such-badge could not be drawn: "), "\(text)")
        #expect(text.contains("no-such-badge"), "\(text)")
        #expect(!text.hasPrefix("Error:"), "\(text)")
    }

    @Test func aChildThatDiesTimesOutOrAnswersNonsenseIsToldAndNotLeftBehind() throws {
        let order = DocumentOrder.slip(Self.slip, SlipRenderer(language: .english, timeZone: .gmt))
        let crashing = try Self.script("kill -SEGV $$")
        defer { try? FileManager.default.removeItem(atPath: crashing.folder) }
        let crash = Self.failure(ChildProcessDrawing(executable: crashing.path), order)?.description ?? ""
        #expect(crash.contains("ended by signal 11"), "\(crash)")
        #expect(crash.contains("pickup slip YPQ-2026-0042"), "\(crash)")

        let hanging = try Self.script("echo $$ > \"$(dirname \"$0\")/pid\"; exec sleep 30")
        defer { try? FileManager.default.removeItem(atPath: hanging.folder) }
        let started = Date()
        let hang = Self.failure(ChildProcessDrawing(executable: hanging.path, timeout: .milliseconds(300)), order)?.description ?? ""
        #expect(hang.contains("did not finish the pickup slip YPQ-2026-0042 within 0.3 seconds"), "\(hang)")
        #expect(Date().timeIntervalSince(started) < 10, "stopped at its deadline, not at its end")
        let pid = try #require(pid_t(try String(contentsOfFile: hanging.folder + "/pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, 0) != 0, "the child is gone, reaped")

        let chatty = try Self.script("cat >/dev/null; echo 'not a pdf'")
        defer { try? FileManager.default.removeItem(atPath: chatty.folder) }
        let nonsense = Self.failure(ChildProcessDrawing(executable: chatty.path), order)?.description ?? ""
        #expect(nonsense.contains("not a PDF document"), "\(nonsense)")

        let failing = try Self.script("echo 'Error: the fonts are gone' >&2; exit 3")
        defer { try? FileManager.default.removeItem(atPath: failing.folder) }
        #expect(Self.failure(ChildProcessDrawing(executable: failing.path), order)?.description == "the fonts are gone")

        let silent = try Self.script("exit 4")
        defer { try? FileManager.default.removeItem(atPath: silent.folder) }
        #expect(Self.failure(ChildProcessDrawing(executable: silent.path), order)?.description == "The drawing process ended with status 4 and said nothing.")

        let missing = Self.failure(ChildProcessDrawing(executable: "/nonexistent/quartermaster"), order)?.description ?? ""
        #expect(missing.contains("could not be started: No such file or directory"), "\(missing)")
    }

    /// The child reads the order from the first byte and sees none of the station's descriptors.
    @Test func theChildGetsTheOrderAndOnlyItsThreeDescriptors() throws {
        let probe = try Self.script("cat > \"$(dirname \"$0\")/order.json\"; ls /proc/self/fd > \"$(dirname \"$0\")/fds\"; printf '%%PDF-1.5 probe'")
        defer { try? FileManager.default.removeItem(atPath: probe.folder) }
        let open = FileHandle(forReadingAtPath: "/etc/hostname")
        defer { try? open?.close() }
        let order = DocumentOrder.slip(Self.slip, SlipRenderer(language: .english, timeZone: .gmt))
        #expect(try ChildProcessDrawing(executable: probe.path).pdf(order) == Array("%PDF-1.5 probe".utf8))
        let sent = try Data(contentsOf: URL(fileURLWithPath: probe.folder + "/order.json"))
        #expect(try JSONDecoder().decode(DocumentOrder.self, from: sent) == order)
        let fds = try String(contentsOfFile: probe.folder + "/fds", encoding: .utf8).split(separator: "\n").compactMap { Int($0) }.sorted()
        // ls lists its own: the shell's 0 and 2, its output file as 1, and 3, the folder it reads.
        #expect(fds == [0, 1, 2, 3], "only standard input, output and error (and ls's own): \(fds)")
    }
}
