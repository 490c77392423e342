import ZgodaCore

extension AppModel {
    /// Records that a screen is about to show `id`'s data (`DataAccess`): once per person,
    /// screen and day in a session, so that browsing back and forth stays cheap and the journal
    /// still answers who looked, at what and on which day.
    ///
    /// - Returns: false when the read could not be recorded on a directory that can be
    ///   written; the status line says why and the screen is not opened. On a directory that
    ///   cannot be written the screen opens and the status line says the read left no record.
    mutating func recordRead(_ what: DataAccess, of id: ContactID) -> Bool {
        let key = "\(what.rawValue) \(id.rawValue) \(Day(store.now))"
        if recordedReads.contains(key) { return true }
        do {
            if try store.recordAccess(what, to: [id]) != nil {
                status = StatusLine(DataAccess.notRecorded.text, isError: true)
            }
            recordedReads.insert(key)
            return true
        } catch {
            status = StatusLine(UIText.Status.readRefused(Self.message(error)).text, isError: true)
            return false
        }
    }
}
