import Foundation

/// A personal data breach in the register (GDPR Art. 33(5)): when it was noticed, what
/// happened, how many people and which contacts it concerns, what was done, and whether the
/// supervisory authority (Prezes UODO) was notified, within 72 hours of noticing (Art. 33(1)).
///
/// The description and measures are the controller's record and are kept in the clear, like
/// the catalogue: they name contacts by id (`contacts`), never by their data.
public struct Breach: Equatable, Sendable {
    public var id: String
    public var noticed: Date
    public var description: String
    public var people: Int
    public var contacts: [ContactID]
    public var measures: String
    /// Set once closed: when, whether and when the authority was notified, and why not if not.
    public var closed: Date?
    public var notified: Date?
    public var resolution: String?

    public init(id: String, noticed: Date, description: String, people: Int, contacts: [ContactID], measures: String,
                closed: Date? = nil, notified: Date? = nil, resolution: String? = nil) {
        self.id = id; self.noticed = noticed; self.description = description; self.people = people
        self.contacts = contacts; self.measures = measures; self.closed = closed; self.notified = notified
        self.resolution = resolution
    }

    /// The authority must be notified within 72 hours of noticing the breach.
    public var deadline: Date { noticed.addingTimeInterval(72 * 3600) }

    /// `open`, `overdue` (open past the deadline without a notification), `closed`.
    public func status(now: Date) -> String {
        if closed != nil { return "closed" }
        return now > deadline ? "overdue" : "open"
    }
}
