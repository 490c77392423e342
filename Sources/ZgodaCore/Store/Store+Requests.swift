import Foundation

extension Store {
    /// Records a data-subject request received on `received` (today if nil); it is due one
    /// month later (GDPR Art. 12(3)). Returns the request with its new id (`R1`, `R2`, …).
    @discardableResult
    public func addRequest(_ contact: ContactID, type: RequestType, received: Day? = nil) throws -> DataSubjectRequest {
        let today = Day(now)
        let day = received ?? today
        if day > today { throw ZgodaError.invalidValue(field: "received", reason: ErrorReason(en: "\(day) is in the future", pl: "\(day) jest w przyszłości")) }
        var made: DataSubjectRequest?
        try commit { state in
            guard let c = state.contacts[contact] else { throw ZgodaError.unknownContact(contact.rawValue) }
            if c.anonymized { throw ZgodaError.contactAnonymized(contact.rawValue) }
            let r = DataSubjectRequest(id: "R\(state.nextRequestNumber)", contact: contact, type: type, received: day)
            made = r
            return [.requestAdded(r)]
        }
        return made!
    }

    /// Closes a request today. An erasure request can be closed only once the person has been
    /// anonymised (and then no note about them can be kept). Closing an access or portability
    /// request needs a note of what was handed over; the note is personal and sealed with the
    /// person's key, so it goes with them if they are erased later.
    @discardableResult
    public func closeRequest(_ id: String, note: String? = nil) throws -> DataSubjectRequest {
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        let resolution = (note?.isEmpty ?? true) ? nil : note
        var closed: DataSubjectRequest?
        try commit { state in
            guard var r = state.requests[id] else { throw ZgodaError.unknownRequest(id) }
            if r.status == .closed { throw ZgodaError.invalidInput(ErrorReason(en: "request \(id) is already closed", pl: "wniosek \(id) jest już zamknięty")) }
            let erased = state.contacts[r.contact]?.anonymized ?? false
            switch r.type {
            case .erasure:
                guard erased else {
                    throw ZgodaError.invalidInput(ErrorReason(en: "contact \(r.contact) has not been anonymised yet: run 'zgoda anonymize \(r.contact) --request \(id)' first",
                    pl: "kontakt \(r.contact) nie został jeszcze zanonimizowany: najpierw uruchom „zgoda anonymize \(r.contact) --request \(id)”"))
                }
            case .access, .portability:
                if resolution == nil && !erased {
                    throw ZgodaError.invalidInput(ErrorReason(en: "say what was handed over to close \(r.type.rawValue) request \(id) (--note)",
                    pl: "aby zamknąć wniosek \(id) (\(CoreText.Labels.requestType(r.type).pl)), podaj, co przekazano (--note)"))
                }
            case .rectification:
                break
            case .restriction, .objection:
                // Closing lifts the hold on processing: say what was decided.
                if resolution == nil && !erased {
                    throw ZgodaError.invalidInput(ErrorReason(en: "say what was decided to close \(r.type.rawValue) request \(id): closing it lifts the restriction (--note)",
                    pl: "aby zamknąć wniosek \(id) (\(CoreText.Labels.requestType(r.type).pl)), podaj, co postanowiono: zamknięcie znosi ograniczenie (--note)"))
                }
            }
            if erased && resolution != nil {
                throw ZgodaError.invalidInput(ErrorReason(en: "contact \(r.contact) has been anonymised, so no note about them can be kept: close without a note",
                    pl: "kontakt \(r.contact) został zanonimizowany, więc nie można zachować notatki o nim: zamknij wniosek bez notatki"))
            }
            r.status = .closed
            r.closed = Day(now)
            r.resolution = resolution
            closed = r
            return [.requestClosed(id: id, contact: r.contact, closed: Day(now), resolution: resolution)]
        }
        return closed!
    }
}

extension Store {
    /// Extends a request's deadline by two further months (Art. 12(3)): allowed once, while
    /// the first deadline has not passed, with the reason the person must be told (sealed with
    /// their key). Returns the request with its new deadline.
    @discardableResult
    public func extendRequest(_ id: String, reason: String) throws -> DataSubjectRequest {
        let reason = Validation.trimmed(reason, newlines: true)
        if reason.isEmpty { throw ZgodaError.invalidValue(field: "reason", reason: ErrorReason(en: "say why the request needs more time; the person must be told (Art. 12(3))", pl: "podaj, dlaczego wniosek wymaga więcej czasu; osobę trzeba o tym poinformować (art. 12 ust. 3)")) }
        let today = Day(now)
        return try commitReturning { state in
            if let refusal = state.extensionRefusal(of: id, today: today) { throw refusal }
            guard var r = state.requests[id] else { throw ZgodaError.unknownRequest(id) }
            r.due = Deadlines.extended(received: r.received)
            r.extended = true
            r.extensionReason = reason
            return (r, [.requestExtended(id: id, contact: r.contact, due: r.due, reason: reason)])
        }
    }

    /// `commit` for an operation that makes something: `build` returns it with the events.
    func commitReturning<T>(_ build: (ZgodaState) throws -> (T, [Event])) throws -> T {
        var made: T?
        try commit { state in
            let (value, events) = try build(state)
            made = value
            return events
        }
        return made!
    }
}
