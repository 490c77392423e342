import Foundation
import ZgodaCore

extension AppModel {
    /// Issues a consent link for the person (as `zgoda link ID` does) and shows it once.
    mutating func issueLink(_ id: ContactID) {
        guard let c = store.state.contacts[id] else { return }
        if c.anonymized { status = StatusLine(UIText.Status.anonymised(id).text, isError: true); return }
        do {
            let issued = try store.issueLink(id)
            let base = ConsentLinkURL.base(environment: ProcessInfo.processInfo.environment)
            dialog = Dialog.consentLink(issued, url: issued.url(base: base), name: c.name)
            status = StatusLine(UIText.Status.linkIssued(issued.link.id).text)
        } catch {
            status = StatusLine(Self.message(error), isError: true)
        }
        reload()
    }
}
