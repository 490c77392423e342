import Foundation

/// What the UI header shows about data-subject requests.
public struct RequestSummary: Equatable, Sendable {
    public var open: Int
    public var overdue: Int

    public init(open: Int, overdue: Int) { self.open = open; self.overdue = overdue }
}

extension ZgodaState {
    /// Open requests, and how many of them are past their due date on `today`.
    public func requestSummary(today: Day) -> RequestSummary {
        var s = RequestSummary(open: 0, overdue: 0)
        for r in requests.values where r.status == .open {
            s.open += 1
            if r.isOverdue(today: today) { s.overdue += 1 }
        }
        return s
    }

    /// Requests in the order they were received (then by number), optionally only overdue ones.
    public func requestList(overdueOn today: Day? = nil) -> [DataSubjectRequest] {
        let all = requests.values.filter { r in today.map { r.isOverdue(today: $0) } ?? true }
        return all.sorted { ($0.received, $0.number) < ($1.received, $1.number) }
    }
}

extension ZgodaState {
    /// The open restriction or objection request that holds `id`'s processing, if any: such
    /// a person is left out of exports and mailing lists (Art. 18(1), 21(1)) until it is closed.
    public func processingHold(of id: ContactID) -> DataSubjectRequest? {
        requests.values.first { $0.contact == id && $0.status == .open && $0.type.restrictsProcessing }
    }
}

extension DataSubjectRequest {
    /// The number in `R12`, for ordering.
    var number: Int { Int(id.dropFirst()) ?? 0 }
}
