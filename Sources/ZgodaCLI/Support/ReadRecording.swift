import ZgodaCore

/// Records a read of people's data before it is printed (`DataAccess`): a read that cannot be
/// recorded on a writable directory fails like any change. A directory that cannot be
/// written is still read, with a warning that this read left no record.
enum ReadRecording {
    static func record(_ store: Store, _ what: DataAccess, _ contacts: [ContactID]) throws {
        if try store.recordAccess(what, to: contacts) != nil {
            Output.warn(DataAccess.notRecorded.text)
        }
    }
}
