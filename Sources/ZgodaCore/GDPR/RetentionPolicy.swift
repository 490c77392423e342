import Foundation

/// Storage limitation (GDPR Art. 5(1)(e)): who has had no legal basis for longer than the
/// purposes allow.
///
/// For a person with no remaining basis (see `hasRemainingBasis`), each purpose they ever
/// decided on ended at a known moment: the withdrawal, refusal or objection, or the expiry of a
/// grant. Each purpose's retention period runs from that moment; the data may be kept until the
/// latest of those ends. Someone who never decided on any purpose may be kept for the
/// directory's grace period after they were added (`retentionGraceDays`, 30 days unless set
/// with `zgoda admin set --grace`): time to ask for consent, not years of keeping data without
/// any basis.
///
/// A consent to a wording that has since changed materially (`outdated`) is no basis, but it is
/// no decision of the person's either: asking for fresh consent is the controller's move. So an
/// outdated consent never by itself makes a person erasable — while they hold one, retention
/// does not run for them (`consentsAwaitingRenewal` lists them).
extension ZgodaState {
    /// When `id`'s retention ends, and why; nil while the person still has a basis (or is
    /// already anonymised).
    public func retentionStatus(of id: ContactID, now: Date) -> RetentionStatus? {
        guard let c = contacts[id], !c.anonymized, !hasRemainingBasis(id, now: now) else { return nil }
        var best: RetentionStatus?
        let latest = latestDecisions(for: id)
        if latest.values.contains(where: { d in
            purposes[d.purpose].map { $0.legalBasis == .consent && d.status(against: $0, now: now) == .outdated } ?? false
        }) {
            return nil
        }
        for d in latest.values {
            guard let p = purposes[d.purpose] else { continue }
            let ended = basisEnd(of: d, purpose: p)
            let ends = RetentionStatus.adding(months: p.retention.months, to: ended.at)
            if best == nil || ends > best!.retentionEnds || (ends == best!.retentionEnds && ended.at > best!.basisEnded!) {
                best = RetentionStatus(contact: id, basisEnded: ended.at, endedPurpose: p.id, endedBy: ended.how,
                                       retention: p.retention, retentionEnds: ends)
            }
        }
        if let best { return best }
        return RetentionStatus(contact: id, basisEnded: nil, endedPurpose: nil, endedBy: nil, retention: Retention(months: 0),
                               retentionEnds: c.created.addingTimeInterval(Double(retentionGraceDays) * 86_400),
                               graceDays: retentionGraceDays)
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

    /// People holding a consent to a wording that has since changed materially, with those
    /// purposes (catalogue order): they need to be asked again, and retention waits for that.
    public func consentsAwaitingRenewal(now: Date) -> [(contact: ContactID, purposes: [String])] {
        contacts.values.compactMap { c in
            guard !c.anonymized else { return nil }
            let outdated = consentRows(for: c.id, now: now).filter { $0.status == .outdated && $0.purpose.legalBasis == .consent }
            return outdated.isEmpty ? nil : (c.id, outdated.map(\.purpose.id))
        }
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
        case .objected: return (d.at, "objected")
        case .granted:
            // A current grant is a basis and an outdated consent stops retention from running,
            // so what reaches here expired, or was recorded under a legal basis the purpose no
            // longer has (it ended when the version that switched it came into use).
            let switched = d.purposeVersion < p.consentsFrom ? purposeVersionDates[p.id]?[p.consentsFrom] : nil
            if let switched, d.expires.map({ switched < $0 }) ?? true { return (switched, "superseded") }
            return (d.expires ?? d.at, "expired")
        }
    }
}

/// How long a person without a legal basis may still be kept.
public struct RetentionStatus: Equatable, Sendable {
    public var contact: ContactID
    /// When the last basis ended; nil if the person never had one (counted from `created`).
    public var basisEnded: Date?
    /// The purpose whose end sets the deadline, and how it ended (`withdrawn`, `refused`,
    /// `objected`, `expired`, `superseded`).
    public var endedPurpose: String?
    public var endedBy: String?
    public var retention: Retention
    public var retentionEnds: Date
    /// For someone who never had a basis: the grace period after being added, in days.
    public var graceDays: Int? = nil

    /// `retention 2y`, or `grace period 30 days` for someone who never had a basis.
    public var period: String {
        graceDays.map { "grace period \($0) day\($0 == 1 ? "" : "s")" } ?? "retention \(retention)"
    }

    /// One line for lists: why the person is (or will be) due.
    public var reason: String {
        let ends = Day(retentionEnds).description
        guard let purpose = endedPurpose, let how = endedBy, let ended = basisEnded else {
            return "never had a legal basis; \(period) from being added ended \(ends)"
        }
        return "no legal basis since \(Day(ended)) (\(purpose) \(how)); retention \(retention) ended \(ends)"
    }

    /// `reason` in both languages, for the human table; `reason` itself (English) is what the
    /// JSON report carries.
    public var reasonText: Localized {
        let ends = Day(retentionEnds)
        let endsPL = LocalDates.short(ends, in: .pl)
        let periodPL = graceDays.map { "okres karencji \(Self.days.count($0, in: .pl))" } ?? "okres \(Self.polish(retention))"
        guard let purpose = endedPurpose, let how = endedBy, let ended = basisEnded else {
            return Localized(en: reason, pl: "brak podstawy prawnej od dodania; \(periodPL) minął \(endsPL)")
        }
        let howPL = ["refused": "odmowa", "withdrawn": "wycofana", "objected": "sprzeciw",
                     "expired": "wygasła", "superseded": "zastąpiona"][how] ?? how
        return Localized(en: reason,
                         pl: "brak podstawy prawnej od \(LocalDates.short(Day(ended), in: .pl)) (\(purpose): \(howPL)); "
                             + "okres \(Self.polish(retention)) minął \(endsPL)")
    }

    static let days = PluralNoun(en: ("day", "days"), pl: ("dzień", "dni", "dni"))
    static let years = PluralNoun(en: ("year", "years"), pl: ("rok", "lata", "lat"))
    static let months = PluralNoun(en: ("month", "months"), pl: ("miesiąc", "miesiące", "miesięcy"))

    /// "2 lata", "18 miesięcy".
    static func polish(_ r: Retention) -> String {
        r.months % 12 == 0 ? years.count(r.months / 12, in: .pl) : months.count(r.months, in: .pl)
    }

    /// Marks an erasure made because retention ended (in place of a request id).
    static let journalPrefix = "retention: "

    static func adding(months: Int, to date: Date) -> Date {
        ISOTime.utcCalendar.date(byAdding: .month, value: months, to: date) ?? date
    }
}
