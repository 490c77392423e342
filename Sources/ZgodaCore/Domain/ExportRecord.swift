import Foundation

/// The public trace of one export: who took whose data where.
///
/// The filter and destination are free text that may name a person (`--query kowalski`,
/// `/tmp/kowalski.csv`), so the journal and snapshots seal them with a key of the export's
/// own (`keySlot`). Anonymising a person who was exported, or whom that text mentions,
/// destroys the key: the record keeps its time, operator, format and the (anonymous) ids,
/// and `textErased` becomes true.
public struct ExportRecord: Equatable, Sendable {
    public var seq: UInt64
    public var at: Date
    public var `operator`: String
    public var format: String
    /// Empty once `textErased`.
    public var filter: String
    /// Empty once `textErased`.
    public var destination: String
    /// The people exported; in a state read for some people (`ZgodaState.loadedPeople`),
    /// those of them alone.
    public var contacts: [ContactID]
    /// How many people were exported, in any state.
    public var count: Int
    /// The key slot sealing `filter` and `destination`; nil for exports recorded before
    /// exports were sealed.
    public var keySlot: UInt32?
    /// True once the filter and destination have been erased with a person they concerned.
    public var textErased: Bool

    public init(seq: UInt64, at: Date, operator: String, format: String, filter: String, destination: String,
                contacts: [ContactID], count: Int? = nil, keySlot: UInt32? = nil, textErased: Bool = false) {
        self.seq = seq; self.at = at; self.operator = `operator`; self.format = format
        self.filter = filter; self.destination = destination; self.contacts = contacts
        self.count = count ?? contacts.count
        self.keySlot = keySlot; self.textErased = textErased
    }
}
