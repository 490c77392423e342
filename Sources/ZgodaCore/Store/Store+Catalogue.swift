import Foundation

extension Store {
    /// Adds a purpose to the catalogue.
    public func addPurpose(_ purpose: Purpose) throws {
        guard Purpose.isValidID(purpose.id) else {
            throw ZgodaError.invalidValue(field: "id", reason: "'\(purpose.id)' must be lowercase letters, digits and dashes, starting with a letter")
        }
        guard !purpose.title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ZgodaError.invalidValue(field: "title", reason: "a purpose needs a title")
        }
        try commit { state in
            if state.purposes[purpose.id] != nil { throw ZgodaError.duplicatePurpose(purpose.id) }
            var p = purpose
            p.version = 1
            return [.purposeAdded(p)]
        }
    }

    /// Changes a purpose. A change of wording (title, description, legal basis) makes a new
    /// version, so consents given to the old wording show as outdated. Returns the result.
    @discardableResult
    public func editPurpose(_ id: String, _ change: (inout Purpose) -> Void) throws -> Purpose {
        var result: Purpose?
        try commit { state in
            guard let old = state.purposes[id] else { throw ZgodaError.unknownPurpose(id) }
            var p = old
            change(&p)
            p.id = old.id
            if p.title.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ZgodaError.invalidValue(field: "title", reason: "a purpose needs a title")
            }
            p.version = p.wordingDiffers(from: old) ? old.version + 1 : old.version
            result = p
            return p == old ? [] : [.purposeEdited(p)]
        }
        return result!
    }

    /// Sets the data controller named on forms and reports.
    public func setController(_ change: (inout DataController) -> Void) throws {
        try commit { state in
            var c = state.controller
            change(&c)
            c.name = c.name.trimmingCharacters(in: .whitespacesAndNewlines)
            c.address = c.address.trimmingCharacters(in: .whitespacesAndNewlines)
            c.email = c.email.trimmingCharacters(in: .whitespacesAndNewlines)
            if !c.email.isEmpty && !Validation.isValidEmail(c.email) {
                throw ZgodaError.invalidValue(field: "email", reason: "'\(c.email)' is not an e-mail address")
            }
            return c == state.controller ? [] : [.controllerSet(c)]
        }
    }
}
