import Foundation
import ZgodaCore

/// The controller's own registers: the breach register with its 72-hour clock (Art. 33) and
/// the record of processing activities (Art. 30), both for the whole directory.
extension AppModel {
    // MARK: Breaches

    mutating func openBreaches() {
        push(.breaches(BreachesModel(breaches: Array(store.state.breaches.values))))
    }

    /// Enters or closes a breach as `zgoda breach add|close` does. A refusal goes to the status
    /// line and the form stays open with what was typed; nothing is saved.
    mutating func breaches(_ intent: BreachesIntent) {
        switch intent {
        case .none: break
        case .back: pop()
        case let .alreadyClosed(id):
            status = StatusLine(UIText.Status.notSaved(UIText.Breaches.alreadyClosed(id).text).text, isError: true)
        case let .add(description, people, measures):
            saveBreach { store in
                let b = try store.recordBreach(description: description, people: people, measures: measures)
                return (b.id, UIText.Breaches.recorded(b.id, deadline: b.deadline).text)
            }
        case let .close(id, notified, resolution):
            let now = store.now
            saveBreach { store in
                let b = try store.closeBreach(id, notified: notified ? now : nil, resolution: resolution)
                let late = b.notified.map { $0 > b.deadline } ?? false
                return (b.id, (late ? UIText.Breaches.closedLate(b.id) : UIText.Breaches.closed(b.id)).text)
            }
        }
    }

    private mutating func saveBreach(_ save: (Store) throws -> (id: String, message: String)) {
        do {
            let (id, message) = try save(store)
            reload()
            if case var .breaches(m)? = top {
                m.formSaved()
                m.update(breaches: Array(store.state.breaches.values), select: id)
                stack[stack.count - 1] = .breaches(m)
            }
            status = StatusLine(message)
        } catch {
            reload()
            status = StatusLine(UIText.Status.notSaved(Self.message(error)).text, isError: true)
        }
    }

    // MARK: Record of processing

    /// Shows the record of processing in the language of the screen, as `zgoda register`
    /// writes it. It is about no one, so nothing is recorded in a person's history.
    mutating func openRegister() {
        let register = ProcessingRegister(state: store.state, issued: store.now, encrypted: store.isEncrypted, head: store.head,
                                          language: Language.current)
        push(.register(ReportModel(contact: nil, title: UIText.Breaches.registerHeading.text, blocks: register.blocks(), width: cols - 2)))
    }
}
