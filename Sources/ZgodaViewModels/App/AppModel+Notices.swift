import ZgodaCore

/// The Art. 14 notice from the contact screen: a person whose data came from someone else is
/// told where it came from, and the salesperson records how.
extension AppModel {
    mutating func askNotice(_ id: ContactID) {
        guard let c = store.state.contacts[id] else { return }
        if let refusal = store.state.noticeRefusal(of: id) {
            status = StatusLine(Self.message(refusal), isError: true)
            return
        }
        guard let due = store.state.noticeDue(of: id) else { return }
        dialog = Dialog.notice(c, due: ShownDate.day(due.date))
    }

    mutating func recordNotice(_ id: ContactID, channel: NoticeChannel) {
        do {
            try store.recordNotice([id], channel: channel)
            reload()
            status = StatusLine(UIText.Status.saved(UIText.Status.told(channel.label.text).text).text)
        } catch {
            status = StatusLine(UIText.Status.notSaved(Self.message(error)).text, isError: true)
        }
    }
}
