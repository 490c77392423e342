import Foundation

extension Store {
    /// Records that each of `contacts`, whose data came from someone else, was told so
    /// (Art. 14), and how. Refuses, changing nothing, anyone who is unknown, erased, or owed
    /// no notice (their data came from them, or they were told already).
    public func recordNotice(_ contacts: [ContactID], channel: NoticeChannel) throws {
        try commit { state in
            try contacts.map { id in
                guard let c = state.contacts[id] else { throw ZgodaError.unknownContact(id.rawValue) }
                if c.anonymized { throw ZgodaError.invalidInput(ErrorReason(en: "\(id) was anonymised: there is no one to tell", pl: "\(id) zanonimizowano: nie ma kogo powiadomić")) }
                guard state.noticeDue(of: id) != nil else {
                    throw ZgodaError.invalidInput(ErrorReason(en: "\(id) is owed no notice: their data came from them, was added before sources were recorded, or they were told already",
                                                              pl: "\(id) nie trzeba powiadamiać: dane pochodzą od tej osoby, dodano je przed zapisywaniem źródeł albo już ją powiadomiono"))
                }
                return .noticeGiven(contact: id, channel: channel)
            }
        }
    }
}
