import Foundation

extension Store {
    /// Enters a breach in the register (Art. 33(5)); returns it with its new id (`B1`, …).
    /// `contacts` must be people in the directory; `people` is at least their number.
    @discardableResult
    public func recordBreach(noticed: Date? = nil, description: String, people: Int, contacts: [ContactID] = [],
                             measures: String = "") throws -> Breach {
        let description = Validation.trimmed(description, newlines: true)
        if description.isEmpty { throw ZgodaError.invalidValue(field: "what", reason: ErrorReason(en: "say what happened (--what)", pl: "opisz, co się stało (--what)")) }
        let noticed = noticed ?? now
        if noticed > now { throw ZgodaError.invalidValue(field: "noticed", reason: ErrorReason(en: "\(ISOTime.string(noticed)) is in the future", pl: "\(ISOTime.string(noticed)) jest w przyszłości")) }
        var seen = Set<ContactID>()
        let contacts = contacts.filter { seen.insert($0).inserted }
        if people < contacts.count {
            throw ZgodaError.invalidValue(field: "people", reason: ErrorReason(en: "\(people) is fewer than the \(contacts.count) contacts named", pl: "\(people) to mniej niż \(contacts.count) wskazanych kontaktów"))
        }
        return try commitReturning { state in
            for id in contacts where state.contacts[id] == nil { throw ZgodaError.unknownContact(id.rawValue) }
            let number = (state.breaches.keys.compactMap { Int($0.dropFirst()) }.max() ?? 0) + 1
            let b = Breach(id: "B\(number)", noticed: Date(millis: noticed.millis), description: description, people: people,
                           contacts: contacts, measures: Validation.trimmed(measures, newlines: true))
            return (b, [.breachRecorded(b)])
        }
    }

    /// Closes a breach: either the authority was notified (`notified`, not in the future), or
    /// `resolution` says why no notification was needed (Art. 33(1): unlikely to be a risk).
    @discardableResult
    public func closeBreach(_ id: String, notified: Date?, resolution: String) throws -> Breach {
        let resolution = Validation.trimmed(resolution, newlines: true)
        if notified == nil && resolution.isEmpty {
            throw ZgodaError.invalidInput(ErrorReason(en: "say when Prezes UODO was notified (--notified), or why no notification was needed (--note)",
                    pl: "podaj, kiedy zgłoszono naruszenie Prezesowi UODO (--notified), albo dlaczego zgłoszenie nie było potrzebne (--note)"))
        }
        if let notified, notified > now { throw ZgodaError.invalidValue(field: "notified", reason: ErrorReason(en: "\(ISOTime.string(notified)) is in the future", pl: "\(ISOTime.string(notified)) jest w przyszłości")) }
        return try commitReturning { state in
            guard var b = state.breaches[id] else { throw ZgodaError.invalidInput(ErrorReason(en: "no breach with id '\(id)' (see 'zgoda breach list')",
                    pl: "nie ma naruszenia o identyfikatorze „\(id)” (zob. „zgoda breach list”)")) }
            if b.closed != nil { throw ZgodaError.invalidInput(ErrorReason(en: "breach \(id) is already closed",
                    pl: "naruszenie \(id) jest już zamknięte")) }
            let at = notified.map { Date(millis: $0.millis) }
            b.closed = now; b.notified = at; b.resolution = resolution
            return (b, [.breachClosed(id: id, notified: at, resolution: resolution)])
        }
    }
}
