import Foundation

/// Whether a request's deadline may still be extended (Art. 12(3)): once, while it is open and
/// its first deadline has not passed, and never for a person who was erased. The store checks
/// it when extending; a screen asks it first, to say so before asking for a reason.
extension ZgodaState {
    /// Why request `id` cannot be extended on `today`, or nil when it can.
    public func extensionRefusal(of id: String, today: Day) -> ZgodaError? {
        guard let r = requests[id] else { return ZgodaError.unknownRequest(id) }
        if r.status == .closed { return ZgodaError.invalidInput(ErrorReason(en: "request \(id) is already closed", pl: "wniosek \(id) jest już zamknięty")) }
        if r.extended { return ZgodaError.invalidInput(ErrorReason(en: "request \(id) was extended already, to \(r.due); the GDPR allows one extension of two months",
                pl: "wniosek \(id) został już przedłużony, do \(r.due); RODO pozwala na jedno przedłużenie o dwa miesiące")) }
        if today > r.due { return ZgodaError.invalidInput(ErrorReason(en: "request \(id) was due \(r.due): an extension must be decided, and the person told, within the first month",
                pl: "termin wniosku \(id) minął \(r.due): o przedłużeniu trzeba zdecydować i powiadomić osobę w ciągu pierwszego miesiąca")) }
        if contacts[r.contact]?.anonymized ?? false { return ZgodaError.contactAnonymized(r.contact.rawValue) }
        return nil
    }
}
