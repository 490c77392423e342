import Foundation

/// The rights a person can exercise (GDPR Art. 15–21).
public enum RequestType: String, CaseIterable, Sendable, Codable {
    case access, erasure, rectification, objection, portability, restriction

    /// True for the requests that hold processing while they are open (Art. 18(1), 21(1)):
    /// the person is left out of exports and mailing lists until the request is closed.
    public var restrictsProcessing: Bool { self == .restriction || self == .objection }
}

public enum RequestStatus: String, Sendable, Codable {
    case open, closed
}

/// A data-subject request and its deadline (received + 1 month, Art. 12(3), moved off
/// weekends and Polish public holidays; two months more once extended with a reason).
public struct DataSubjectRequest: Equatable, Sendable {
    public var id: String
    public var contact: ContactID
    public var type: RequestType
    public var received: Day
    /// The deadline in force: the first one, or the extended one.
    public var due: Day
    /// True once the deadline was extended (`Store.extendRequest`).
    public var extended = false
    /// Why it was extended; personal, so erased with the person (nil then).
    public var extensionReason: String?
    public var status: RequestStatus
    public var closed: Day?
    /// What was done or handed over; personal, so erased with the person.
    public var resolution: String?

    public init(id: String, contact: ContactID, type: RequestType, received: Day, status: RequestStatus = .open,
                closed: Day? = nil, resolution: String? = nil) {
        self.id = id; self.contact = contact; self.type = type; self.received = received
        self.due = Deadlines.response(received: received); self.status = status; self.closed = closed; self.resolution = resolution
    }

    public func isOverdue(today: Day) -> Bool { status == .open && today > due }
}
