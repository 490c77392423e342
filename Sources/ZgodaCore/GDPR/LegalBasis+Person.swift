import Foundation

/// Which purposes give a legal basis to hold a person's data right now.
///
/// - A `consent` purpose counts while the person's latest decision is a grant of the current
///   wording that has not expired (status `granted`; `outdated`, `expired`, `refused`,
///   `withdrawn` and `none` do not count).
/// - A `contract`, `legal-obligation` or `legitimate-interest` purpose counts only for people
///   it has been recorded for: their latest decision for it is a grant that has not expired
///   (the grant records the contract or obligation; a later withdrawal or refusal records its
///   end, an objection its end for legitimate interest). A change of wording does not end a
///   contract, so `outdated` still counts — unless the decision was recorded while the purpose
///   had another legal basis: a consent is no contract. No purpose applies to everyone without
///   a record: a basis that is not written down cannot be shown to anyone.
extension ZgodaState {
    /// True when `row` gives the person a basis at `now`.
    public static func isBasis(_ row: ConsentRow) -> Bool {
        guard row.decision?.decision == .granted else { return false }
        switch row.purpose.legalBasis {
        case .consent: return row.status == .granted
        case .contract, .legalObligation, .legitimateInterest:
            if row.status == .granted { return true }
            return row.status == .outdated && (row.decidedBasis ?? row.purpose.legalBasis) == row.purpose.legalBasis
        }
    }

    /// The purposes that give `id` a legal basis at `now`, in catalogue order.
    public func activePurposes(for id: ContactID, now: Date) -> [Purpose] {
        consentRows(for: id, now: now).filter(ZgodaState.isBasis).map(\.purpose)
    }

    /// True while at least one purpose gives `id` a legal basis (see the type's notes).
    public func hasRemainingBasis(_ id: ContactID, now: Date) -> Bool {
        consentRows(for: id, now: now).contains(where: ZgodaState.isBasis)
    }
}
