import Foundation

/// A form or report issued about a person: the copy of their data it put somewhere. Kept in
/// the state so that an erasure can name every copy at once (Art. 17(2), 19) without reading
/// the journal.
public struct DocumentRecord: Equatable, Sendable {
    /// The `…issue` record.
    public var seq: UInt64
    public var at: Date
    /// `form` or `report`.
    public var kind: String
    public var format: String
    /// Where it was written; nil for stdout or the screen, and once the person is erased.
    public var destination: String?

    public init(seq: UInt64, at: Date, kind: String, format: String, destination: String?) {
        self.seq = seq; self.at = at; self.kind = kind; self.format = format; self.destination = destination
    }
}
