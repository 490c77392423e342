import Foundation

extension Store {
    /// Records that each of `contacts`, whose data came from someone else, was told so
    /// (Art. 14), and how. Refuses, changing nothing, anyone who is unknown, erased, or owed
    /// no notice (their data came from them, or they were told already).
    public func recordNotice(_ contacts: [ContactID], channel: NoticeChannel) throws {
        try commit { state in
            try contacts.map { id in
                if let refusal = state.noticeRefusal(of: id) { throw refusal }
                return .noticeGiven(contact: id, channel: channel)
            }
        }
    }
}
