import Foundation

extension ZgodaState {
    /// When a person whose data came from someone else must be told (Art. 14(3)(a)): one month
    /// after the data was obtained, moved off weekends and Polish public holidays. Nil when no
    /// notice is owed: the data came from the person, its origin was not recorded, the notice
    /// was given, or the person was erased.
    public func noticeDue(of id: ContactID) -> Day? {
        guard let c = contacts[id], !c.anonymized, let origin = origins[id], !origin.fromPerson, notices[id] == nil else { return nil }
        return Deadlines.response(received: Day(c.created))
    }

    /// Why a notice cannot be recorded for `id` now, or nil when it can: the one rule for every
    /// front.
    public func noticeRefusal(of id: ContactID) -> ZgodaError? {
        guard let c = contacts[id] else { return .unknownContact(id.rawValue) }
        if c.anonymized {
            return .invalidInput(ErrorReason(en: "\(id) was anonymised: there is no one to tell", pl: "\(id) zanonimizowano: nie ma kogo powiadomić"))
        }
        if noticeDue(of: id) == nil {
            return .invalidInput(ErrorReason(
                en: "\(id) is owed no notice: their data came from them, was added before sources were recorded, or they were told already",
                pl: "\(id) nie trzeba powiadamiać: dane pochodzą od tej osoby, dodano je przed zapisywaniem źródeł albo już ją powiadomiono"))
        }
        return nil
    }

    /// Everyone still to be told where their data came from, the earliest due first.
    public func noticesDue(now: Date) -> [NoticeDue] {
        let today = Day(now)
        return origins.keys.compactMap { id in noticeDue(of: id).map { NoticeDue(contact: id, due: $0, overdue: $0 < today) } }
            .sorted { ($0.due, $0.contact.rawValue) < ($1.due, $1.contact.rawValue) }
    }
}
