public import Foundation
public import QuartermasterCore

// MARK: - DocumentOrder

/// A document the station prints, as data: a pickup slip, reception's roll call, or a label
/// from a template (the visitor badge). `pdf()` draws it in this process; `quartermaster draw`
/// reads one as JSON on its standard input and draws it in a child process, which is how the
/// long-running station prints (`DocumentDrawing`): cairo, Pango, fontconfig and the fonts are
/// loaded into a process that ends with the document, not into the station for good.
public enum DocumentOrder: Sendable, Hashable, Codable {
    case slip(PickupSlip, SlipRenderer)
    case rollCall(visits: [VisitListing], closed: [VisitListing], madeAt: Date, station: String, RollCallRenderer)
    /// One label of the template named `template` (resolved as `label render` resolves it).
    case label(template: String, fields: [String: String])

    /// The document as PDF, drawn here.
    public func pdf() throws(DrawingFailure) -> [UInt8] {
        do {
            switch self {
            case .slip(let slip, let renderer):
                return try renderer.pdf(slip)
            case .rollCall(let visits, let closed, let madeAt, let station, let renderer):
                return try renderer.pdf(visits, closed: closed, madeAt: madeAt, station: station)
            case .label(let name, let fields):
                let library = LabelTemplateLibrary.standard(
                    currentDirectory: FileManager.default.currentDirectoryPath, environment: ProcessInfo.processInfo.environment)
                return try LabelRenderer(template: library.template(named: name)).render(fields, as: .pdf)
            }
        } catch {
            throw DrawingFailure("\(error)")
        }
    }

    /// What the document is, for messages: "pickup slip YPQ-2024-001".
    public var summary: String {
        switch self {
        case .slip(let slip, _): "pickup slip \(slip.requisitionNumber)"
        case .rollCall: "roll call"
        case .label(let name, _): "label \(name)"
        }
    }
}

/// Why a document was not drawn, as a sentence for the person at the station.
public struct DrawingFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}

// MARK: - DocumentDrawing

/// Where documents are drawn: `InProcessDrawing` here, or a child process per document
/// (`ChildProcessDrawing`, in the Station target).
public protocol DocumentDrawing: Sendable {
    func pdf(_ order: DocumentOrder) throws(DrawingFailure) -> [UInt8]
}

/// Documents drawn in this process: for commands that end after printing (`slip reprint`,
/// `kiosk --script`), whose memory goes with them.
public struct InProcessDrawing: DocumentDrawing {
    public init() {}

    public func pdf(_ order: DocumentOrder) throws(DrawingFailure) -> [UInt8] { try order.pdf() }
}
