import Foundation

/// Storage limitation (GDPR Art. 5(1)(e)): who has had no legal basis for longer than the
/// purposes allow.
///
/// For a person with no remaining basis (see `hasRemainingBasis`), each purpose they ever
/// decided on ended at a known moment: the withdrawal or refusal, the expiry of a grant, or —
/// for a grant of a wording that has since changed — the moment the new version appeared.
/// Each purpose's retention period runs from that moment; the data may be kept until the
/// latest of those ends. Someone who never decided on any purpose may be kept for the longest
/// retention period in the catalogue after they were added (time to ask for consent).
extension ZgodaState {
    /// When `id`'s retention ends, and why; nil while the person still has a basis (or is
    /// already anonymised).
    public func retentionStatus(of id: ContactID, now: Date) -> RetentionStatus? {
        guard let c = contacts[id], !c.anonymized, !hasRemainingBasis(id, now: now) else { return nil }
        var best: RetentionStatus?
        for d in latestDecisions(for: id).values {
            guard let p = purposes[d.purpose] else { continue }
            let ended = basisEnd(of: d, purpose: p)
            let ends = RetentionStatus.adding(months: p.retention.months, to: ended.at)
            if best == nil || ends > best!.retentionEnds || (ends == best!.retentionEnds && ended.at > best!.basisEnded!) {
                best = RetentionStatus(contact: id, basisEnded: ended.at, endedPurpose: p.id, endedBy: ended.how,
                                       retention: p.retention, retentionEnds: ends)
            }
        }
        if let best { return best }
        let longest = purposes.values.map(\.retention).max { $0.months < $1.months } ?? Retention(months: 0)
        return RetentionStatus(contact: id, basisEnded: nil, endedPurpose: nil, endedBy: nil, retention: longest,
                               retentionEnds: RetentionStatus.adding(months: longest.months, to: c.created))
    }

    /// Everyone whose retention has ended by `now`, oldest deadline first (then in the order
    /// they were added).
    public func retentionDue(now: Date) -> [RetentionStatus] {
        let due = contacts.values.enumerated().compactMap { i, c -> (Int, RetentionStatus)? in
            guard !c.anonymized, let s = retentionStatus(of: c.id, now: now), s.retentionEnds <= now else { return nil }
            return (i, s)
        }
        return due.sorted { ($0.1.retentionEnds, $0.0) < ($1.1.retentionEnds, $1.0) }.map(\.1)
    }

    /// An open request that must be answered before the person may be erased (any type but
    /// erasure), if there is one.
    public func requestHoldingErasure(of id: ContactID) -> DataSubjectRequest? {
        requests.values.first { $0.contact == id && $0.status == .open && $0.type != .erasure }
    }

    /// The open erasure request of `id`, if any (retention then fulfils it).
    public func openErasureRequest(of id: ContactID) -> DataSubjectRequest? {
        requests.values.first { $0.contact == id && $0.status == .open && $0.type == .erasure }
    }

    /// When the basis from decision `d` ended, and how.
    private func basisEnd(of d: ConsentDecision, purpose p: Purpose) -> (at: Date, how: String) {
        switch d.decision {
        case .refused: return (d.at, "refused")
        case .withdrawn: return (d.at, "withdrawn")
        case .granted:
            var end: (at: Date, how: String)? = d.expires.map { ($0, "expired") }
            if p.legalBasis == .consent, d.purposeVersion < p.version {
                // A consent to a superseded wording ended when the next version appeared.
                let superseded = purposeVersionDates[p.id]?[d.purposeVersion + 1] ?? d.at
                if end == nil || superseded < end!.at { end = (superseded, "outdated") }
            }
            return end ?? (d.at, "expired")
        }
    }
}

/// How long a person without a legal basis may still be kept.
public struct RetentionStatus: Equatable, Sendable {
    public var contact: ContactID
    /// When the last basis ended; nil if the person never had one (counted from `created`).
    public var basisEnded: Date?
    /// The purpose whose end sets the deadline, and how it ended (`withdrawn`, `refused`,
    /// `expired`, `outdated`).
    public var endedPurpose: String?
    public var endedBy: String?
    public var retention: Retention
    public var retentionEnds: Date

    /// One line for lists: why the person is (or will be) due.
    public var reason: String {
        let ends = Day(retentionEnds).description
        guard let purpose = endedPurpose, let how = endedBy, let ended = basisEnded else {
            return "never had a legal basis; retention \(retention) from being added ended \(ends)"
        }
        return "no legal basis since \(Day(ended)) (\(purpose) \(how)); retention \(retention) ended \(ends)"
    }

    /// Marks an erasure made because retention ended (in place of a request id).
    static let journalPrefix = "retention: "

    static func adding(months: Int, to date: Date) -> Date {
        ISOTime.utcCalendar.date(byAdding: .month, value: months, to: date) ?? date
    }
}
