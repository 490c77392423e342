import Foundation

/// The public trace of one export: who took whose data where.
public struct ExportRecord: Equatable, Sendable {
    public var seq: UInt64
    public var at: Date
    public var `operator`: String
    public var format: String
    public var filter: String
    public var destination: String
    public var contacts: [ContactID]

    public init(seq: UInt64, at: Date, operator: String, format: String, filter: String, destination: String, contacts: [ContactID]) {
        self.seq = seq; self.at = at; self.operator = `operator`; self.format = format
        self.filter = filter; self.destination = destination; self.contacts = contacts
    }
}
