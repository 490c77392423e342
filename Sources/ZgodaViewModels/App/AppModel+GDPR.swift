import Foundation
import ZgodaCore

/// The data-protection side of the app: requests and their deadlines, the access report on
/// screen, anonymising (also offered when a withdrawal leaves no legal basis).
extension AppModel {
    /// Open requests and how many are overdue today, for the header.
    public var requestSummary: RequestSummary { store.state.requestSummary(today: Day(store.now)) }

    // MARK: Requests

    mutating func openRequests() {
        push(.requests(RequestsModel(requests: store.state.requestList(), newFor: list.selectedID)))
    }

    mutating func requests(_ intent: RequestsIntent) {
        switch intent {
        case .none: break
        case .back: pop()
        case let .open(id):
            if store.state.contacts[id] != nil, recordRead(.contactScreen, of: id) { push(.detail(ContactDetailModel(id: id))) }
        case .noContactSelected:
            status = StatusLine(UIText.Status.selectPersonFirst.text, isError: true)
        case let .add(type):
            guard case let .requests(m)? = top, let id = m.newFor else { return }
            do {
                let r = try store.addRequest(id, type: type)
                reload()
                if case var .requests(m)? = top {
                    m.update(requests: store.state.requestList(), select: r.id)
                    stack[stack.count - 1] = .requests(m)
                }
                status = StatusLine(UIText.Status.requestSaved(type: UIText.Requests.type(r.type).text, id: r.id, name: displayName(id), due: r.due).text)
            } catch {
                reload()
                status = StatusLine(UIText.Status.notSaved(Self.message(error)).text, isError: true)
            }
        case let .close(r):
            askClose(r)
        case let .extend(r):
            askExtend(r)
        }
    }

    /// Asks why a request needs more time; a request the core would not extend (closed,
    /// extended already, past its first deadline) is refused at once, in the core's words.
    mutating func askExtend(_ r: DataSubjectRequest) {
        if let refusal = store.state.extensionRefusal(of: r.id, today: Day(store.now)) {
            status = StatusLine(UIText.Status.notSaved(Self.message(refusal)).text, isError: true)
            return
        }
        dialog = Dialog.extendRequest(r, name: displayName(r.contact))
    }

    /// Extends the request with the reason typed; a refusal keeps the dialog open with it.
    mutating func extendRequest(_ id: String, reason: String, dialog d: Dialog) {
        do {
            let r = try store.extendRequest(id, reason: reason)
            reload()
            status = StatusLine(UIText.Status.requestExtended(type: UIText.Requests.type(r.type).text, id: r.id, due: r.due).text)
        } catch {
            reload()
            var d = d
            d.show(Self.message(error))
            dialog = d
        }
    }

    /// Asks how a request was answered. A closed request, or an erasure request of a person who
    /// is still there, goes straight to the store, whose refusal is shown as it words it.
    mutating func askClose(_ r: DataSubjectRequest) {
        let erased = store.state.contacts[r.contact]?.anonymized ?? false
        if r.status == .closed || (r.type == .erasure && !erased) {
            closeRequest(r.id, note: nil, dialog: nil)
            return
        }
        // Nothing about an erased person may be kept, so no note is asked for then.
        dialog = Dialog.closeRequest(r, name: displayName(r.contact), withNote: !erased)
    }

    mutating func closeRequest(_ id: String, note: String?, dialog d: Dialog?) {
        let kind = store.state.requests[id]?.type
        if var d, (kind == .access || kind == .portability), (note ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            d.show(UIText.Status.sayWhatWasHandedOver.text)
            dialog = d
            return
        }
        do {
            let r = try store.closeRequest(id, note: note)
            reload()
            status = StatusLine(UIText.Status.requestClosed(type: UIText.Requests.type(r.type).text, id: r.id).text)
        } catch {
            reload()
            if var d {
                d.show(Self.message(error))
                dialog = d
            } else {
                status = StatusLine(Self.message(error), isError: true)
            }
        }
    }

    // MARK: Access report

    /// Shows the access report and records that it was issued, as `zgoda report` does for
    /// stdout: the receipt names the journal head before the issue record.
    mutating func openReport(_ id: ContactID) {
        guard let c = store.state.contacts[id] else { return }
        do {
            let history = try store.history(contact: id, scope: .all)
            var blocks: [DocumentBlock] = []
            try store.issueDocument("report", contact: id, format: "screen", destination: nil) { state, receipt in
                blocks = try AccessReport(state: state, contact: id, history: history, receipt: receipt).blocks()
                return ""
            }
            let who = c.anonymized ? "(anonymised) \(id)" : "\(c.name) (\(id))"
            push(.report(ReportModel(contact: id, title: UIText.Status.accessReportOf(who).text, blocks: blocks, width: cols - 2)))
            reload()
            status = StatusLine(UIText.Status.reportIssued.text)
        } catch {
            status = StatusLine(Self.message(error), isError: true)
        }
    }

    // MARK: Anonymising

    mutating func anonymise(_ id: ContactID) {
        do {
            // The erasure fulfils and closes any open erasure request; the record names it.
            let outcome = try store.anonymize(id)
            // Screens about the erased person have nothing left to show.
            stack.removeAll { s in
                switch s {
                case let .detail(m): return m.id == id
                case let .consent(m): return m.contact == id
                case let .report(m): return m.contact == id
                default: return false
                }
            }
            reload()
            if outcome.pendingKeyErasures.isEmpty {
                var text = UIText.Status.contactAnonymised(id).text
                if !outcome.fulfilled.isEmpty { text += UIText.Status.requestsFulfilled(outcome.fulfilled).text }
                if !outcome.copies.isEmpty { text += UIText.Status.copiesToDelete(outcome.copies.count).text }
                status = StatusLine(text)
            } else {
                // Recorded, so done; the key could not be destroyed yet and goes on the next open.
                status = StatusLine(UIText.Status.keyDestroyedLater(id).text, isError: true)
            }
        } catch {
            status = StatusLine(UIText.Status.notAnonymised(Self.message(error)).text, isError: true)
        }
    }

    /// After a withdrawal or objection that leaves no legal basis at all, asks at once whether
    /// to anonymise (the core says whether the basis was lost).
    mutating func offerAnonymisation(_ id: ContactID, after outcome: DecisionOutcome) {
        guard outcome.basisLost, outcome.decision.decision != .refused,
              let c = store.state.contacts[id], !c.anonymized else { return }
        dialog = Dialog.anonymiseWithoutBasis(c)
    }

    func displayName(_ id: ContactID) -> String {
        guard let c = store.state.contacts[id] else { return id.rawValue }
        return c.anonymized ? "(anonymised) \(id)" : c.name
    }
}
