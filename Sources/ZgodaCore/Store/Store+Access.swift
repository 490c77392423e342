import Foundation

extension Store {
    /// Records that the operator read `contacts`' data (`what`), before it is shown: a read
    /// that cannot be recorded is not made. Nothing is recorded for no one.
    ///
    /// A directory that cannot be written (read-only media, opened for reading, damaged) is
    /// still readable: then nothing is recorded and the caller is told why, to say so.
    /// - Returns: nil when the read was recorded, else the reason it could not be.
    @discardableResult
    public func recordAccess(_ what: DataAccess, to contacts: [ContactID]) throws -> String? {
        guard !contacts.isEmpty else { return nil }
        if !writable || readOnlyReason != nil {
            return readOnlyReason ?? Localized(en: "the data directory is read-only", pl: "katalog danych jest tylko do odczytu").text
        }
        try commit { state in
            for id in contacts where state.contacts[id] == nil { throw ZgodaError.unknownContact(id.rawValue) }
            return [.accessed(what: what.rawValue, contacts: contacts)]
        }
        return nil
    }
}
