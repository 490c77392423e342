import Foundation
import ZgodaCore

/// The whole terminal UI as a value the front drives: keys in, a grid out. It owns the screen
/// stack over the contact list, the dialog and help overlays and the status line, and it is
/// the only place that calls the store.
public struct AppModel {
    public let store: Store
    public private(set) var rows: Int
    public private(set) var cols: Int
    public internal(set) var list: ContactListModel
    public internal(set) var stack: [Screen] = []
    public internal(set) var dialog: Dialog?
    public internal(set) var exportDialog: ExportDialogModel?
    /// Long work asked for and not yet taken by the front (`takeWork`).
    public internal(set) var pendingWork: LongWork?
    public internal(set) var importDialog: ImportDialogModel?
    /// The help overlay's scroll position while it is open.
    public internal(set) var helpTop: Int?
    public internal(set) var status: StatusLine?
    /// True while the team database cannot be reached (see `poll`).
    public internal(set) var offline = false
    /// How many people are kept past their retention period: counted when the store opens and
    /// after each change (it reads everyone), never while drawing.
    public internal(set) var pastRetention = 0
    /// False until the count above is made (the front may make the first one off the first frame).
    public private(set) var retentionCounted = false
    /// A consent decision held back by a conflict until the user chooses what to do.
    public internal(set) var pendingConsent: PendingConsent?
    /// The reads of people's data recorded in this session (see `recordRead`).
    var recordedReads: Set<String> = []
    /// Where relative file paths typed in dialogs start from (the process's directory).
    public var workingDirectory = FileManager.default.currentDirectoryPath

    public static let minRows = 12
    public static let minCols = 50

    /// `countsRetention: false` leaves the first count of people past retention to the front
    /// (`takePastRetention`), which makes it off the first frame: it reads everyone.
    /// `list` is a contact list already made over the store's people (a preview's, see
    /// `ListPreview`); by default the store's search index makes it.
    public init(store: Store, rows: Int = 24, cols: Int = 80, status: StatusLine? = nil, countsRetention: Bool = true,
                list: ContactListModel? = nil) {
        self.store = store
        self.rows = rows
        self.cols = cols
        self.status = status
        self.list = list ?? ContactListModel(index: store.searchIndex())
        if countsRetention { countPastRetention() }
        if store.state.contacts.isEmpty && store.state.controller.name.isEmpty {
            stack = [.welcome(WelcomeModel())]
        }
        layout()
    }

    public var top: Screen? { stack.last }
    public var helpVisible: Bool { helpTop != nil }
    public var isTooSmall: Bool { rows < Self.minRows || cols < Self.minCols }
    /// Rows between the header and the status line.
    public var bodyRows: Int { max(1, rows - 3) }

    // MARK: Events from the front

    public mutating func resize(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
        layout()
    }

    /// Picks up other processes' changes; the front calls it about twice a second.
    /// Returns true when the screen needs drawing again.
    @discardableResult
    public mutating func poll() -> Bool {
        do {
            if try store.refresh() {
                reload()
                if offline { offline = false; status = StatusLine(Self.backOnline) }
                return true
            }
            if offline && store.isOnline {
                offline = false
                status = StatusLine(Self.backOnline)
                return true
            }
        } catch {
            if !store.isOnline {
                // Everything typed stays where it is; a save tried now fails and can be tried again.
                offline = true
                status = StatusLine(Self.offlineMessage, isError: true)
            } else {
                status = StatusLine(Self.message(error), isError: true)
            }
            return true
        }
        return false
    }

    mutating func countPastRetention() {
        pastRetention = store.state.retentionDue(now: store.now).count
        retentionCounted = true
    }

    /// A count of the people past retention made elsewhere, from the state as the store opened;
    /// taken unless a change has counted again since. Returns true when the screen changes.
    @discardableResult
    public mutating func takePastRetention(_ n: Int) -> Bool {
        guard !retentionCounted else { return false }
        retentionCounted = true
        if n == pastRetention { return false }
        pastRetention = n
        return true
    }

    /// True while a screen has long work under way (a search of the history): the terminal
    /// then calls `work()` between keys instead of waiting for one.
    public var isWorking: Bool {
        if case let .history(m)? = stack.last { return m.isWorking }
        return false
    }

    /// Takes the work under way one slice further (tens of milliseconds, so keys are read
    /// between slices). Returns true when the screen changes.
    @discardableResult
    public mutating func work() -> Bool {
        guard let i = stack.indices.last, case var .history(m) = stack[i], m.isWorking else { return false }
        m.work()
        stack[i] = .history(m)
        surfaceHistoryFailure()
        return true
    }

    /// Shows, in the status line, why the history on top could not be read.
    private mutating func surfaceHistoryFailure() {
        guard let i = stack.indices.last, case var .history(m) = stack[i], let failure = m.failure else { return }
        m.failure = nil
        stack[i] = .history(m)
        status = StatusLine(failure, isError: true)
    }

    static var offlineMessage: String { UIText.Status.offline.text }
    static var backOnline: String { UIText.Status.backOnline.text }

    /// Handles one key. Returns false when the app should quit.
    public mutating func handle(_ key: Key) -> Bool {
        if key == .ctrl("c") { return false }
        // Nothing of the screen can be seen: a key would act on what the person cannot read
        // (and close a dialog shown only once, such as a new consent link).
        if isTooSmall { return true }
        if let top = helpTop {
            // A help taller than the terminal scrolls with the arrows; any other key closes it.
            let count = helpEntries.count
            var pager = Pager(count: count, visibleRows: HelpView.visibleRows(entries: count, gridRows: rows))
            pager.scroll(by: top)
            let scrollKeys: [Key] = [.up, .down, .pageUp, .pageDown, .char("j"), .char("k")]
            if pager.canScroll, scrollKeys.contains(key), pager.handle(key) {
                helpTop = pager.top
            } else {
                helpTop = nil
            }
            return true
        }
        if var d = dialog {
            switch d.handle(key) {
            case .none: dialog = d
            case .cancel: dialog = nil
            case let .confirm(action): dialog = nil; perform(action, from: d)
            }
            return true
        }
        if var m = importDialog {
            let intent = m.handle(key)
            importDialog = m
            importIntent(intent)
            return true
        }
        if var e = exportDialog {
            switch e.handle(key) {
            case .none: exportDialog = e
            case .cancel: exportDialog = nil
            case let .export(format, destination, replacing): export(format: format, to: destination, replacing: replacing, dialog: e)
            }
            return true
        }
        if key == .char("?") && !isTypingText {
            helpTop = 0
            return true
        }
        status = nil
        guard let screen = stack.last else { return handleList(key) }
        let i = stack.count - 1
        switch screen {
        case var .welcome(m):
            let intent = m.handle(key)
            stack[i] = .welcome(m)
            return welcome(intent)
        case let .detail(m):
            detail(m.handle(key))
        case var .form(m):
            let intent = m.handle(key)
            stack[i] = .form(m)
            form(intent, model: m)
        case var .consent(m):
            let intent = m.handle(key)
            stack[i] = .consent(m)
            consent(intent, contact: m.contact, seen: m.startedWith)
        case var .history(m):
            let close = m.handle(key)
            stack[i] = .history(m)
            if close { pop() } else { surfaceHistoryFailure() }
        case var .customer(m):
            let intent = m.handle(key)
            stack[i] = .customer(m)
            customer(intent, model: m)
        case var .requests(m):
            let intent = m.handle(key)
            stack[i] = .requests(m)
            requests(intent)
        case var .report(m):
            let close = m.handle(key)
            stack[i] = .report(m)
            if close { pop() }
        case var .register(m):
            let close = m.handle(key)
            stack[i] = .register(m)
            if close { pop() }
        case var .breaches(m):
            let intent = m.handle(key)
            stack[i] = .breaches(m)
            breaches(intent)
        }
        return true
    }

    /// True while a text field has the keyboard, so `?` is typed rather than opening help.
    public var isTypingText: Bool {
        if list.isSearching && stack.isEmpty { return true }
        if exportDialog != nil || importDialog != nil { return true }
        return stack.last?.model.isTypingText ?? false
    }

    // MARK: Screens

    private mutating func handleList(_ key: Key) -> Bool {
        switch list.handle(key) {
        case .none: break
        case let .open(id): if recordRead(.contactScreen, of: id) { push(.detail(ContactDetailModel(id: id))) }
        case .add: push(.form(ContactFormModel(mode: .add)))
        case let .edit(id): openForm(id)
        case let .consent(id): openConsent(id)
        case let .history(id): openHistory(id)
        case .auditLog: openHistory(nil)
        case .export: export()
        case .importFile: importDialog = ImportDialogModel(); layout()
        case let .report(id): openReport(id)
        case .requests: openRequests()
        case .breaches: openBreaches()
        case .register: openRegister()
        case let .customerMode(id): openCustomer(id)
        case let .anonymise(id): askAnonymise(id)
        case .quit: return false
        }
        return true
    }

    private mutating func detail(_ intent: ContactDetailIntent) {
        switch intent {
        case .none: break
        case .back: pop()
        case let .edit(id): openForm(id)
        case let .consent(id): openConsent(id)
        case let .history(id): openHistory(id)
        case let .report(id): openReport(id)
        case let .customerMode(id): openCustomer(id)
        case let .anonymise(id): askAnonymise(id)
        case let .issueLink(id): issueLink(id)
        case let .notice(id): askNotice(id)
        }
    }

    private mutating func welcome(_ intent: WelcomeIntent) -> Bool {
        switch intent {
        case .none: break
        case .quit: return false
        case .startEmpty:
            pop()
            status = StatusLine(UIText.Status.emptyStart.text)
        case .loadDemo:
            do {
                try DemoData.populate(store, count: 200, seed: 1)
                if store.state.controller.name.isEmpty { try store.setController { $0 = DemoData.controller } }
                pop()
                reload()
                status = StatusLine(UIText.Status.demoContacts(200).text)
            } catch {
                reload()
                status = StatusLine(Self.message(error), isError: true)
            }
        case let .saveController(c):
            do {
                try store.setController { $0 = c }
                pop()
                reload()
                status = StatusLine(UIText.Status.controllerSaved(c.name).text)
            } catch {
                if case var .welcome(m) = stack.last {
                    m.show(Self.message(error))
                    stack[stack.count - 1] = .welcome(m)
                }
            }
        }
        return true
    }

    private mutating func form(_ intent: ContactFormIntent, model: ContactFormModel) {
        switch intent {
        case .none: break
        case let .cancel(dirty):
            if dirty {
                dialog = Dialog(title: UIText.Dialogs.discardTitle.text, message: [UIText.Dialogs.discardMessage.text], action: .discardForm)
            } else {
                pop()
            }
        case let .save(details):
            do {
                switch model.mode {
                case .add:
                    let id = try store.addContact(details)
                    pop()
                    reload()
                    list.select(id)
                    status = StatusLine(UIText.Status.contactAdded(name: details.name, id: id).text)
                case let .edit(id):
                    saveEdit(id, model: model, edits: model.edits(details))
                }
            } catch {
                var m = model
                m.show(error)
                stack[stack.count - 1] = .form(m)
                status = StatusLine(UIText.Status.notSaved(Self.message(error)).text, isError: true)
            }
        }
    }

    private mutating func consent(_ intent: ConsentEditorIntent, contact: ContactID, seen: ConsentDecision?) {
        switch intent {
        case .none: break
        case .close: pop()
        case let .refused(why):
            status = StatusLine(UIText.Status.notSaved(why).text, isError: true)
        case let .record(purpose, decision, source, evidence, expires):
            recordConsent(contact, purpose: purpose, decision: decision, source: source, evidence: evidence, expires: expires,
                          seen: seen, overwrite: false)
        }
    }

    mutating func recordConsent(_ contact: ContactID, purpose: String, decision: Decision, source: ConsentSource,
                                evidence: String?, expires: Day?, seen: ConsentDecision?, overwrite: Bool) {
        do {
                let outcome = try store.decide(contact, purpose: purpose, decision: decision, source: source,
                                               evidence: evidence, expires: expires?.date, seen: seen, overwrite: overwrite)
                pendingConsent = nil
                reload()
                status = StatusLine(UIText.Status.consentSaved(decision: decision, purpose: purpose, source: source.label,
                                                               evidence: evidence != nil, expires: expires).text)
                offerAnonymisation(contact, after: outcome)
        } catch let conflict as ConsentConflict {
            reload()
            pendingConsent = PendingConsent(contact: contact, purpose: purpose, decision: decision, source: source,
                                            evidence: evidence, expires: expires, theirs: conflict.theirs)
            dialog = Dialog.consentConflict(conflict, name: displayName(contact), mine: decision)
        } catch {
            pendingConsent = nil
            reload()
            status = StatusLine(UIText.Status.notSaved(Self.message(error)).text, isError: true)
        }
    }

    private mutating func customer(_ intent: CustomerFormIntent, model: CustomerFormModel) {
        switch intent {
        case .none: break
        case .leave:
            dialog = Dialog.leaveCustomerMode(operator: store.operatorName)
        case let .submit(choices):
            var m = model
            do {
                for c in choices {
                    try store.recordConsent(model.contact, purpose: c.purpose, decision: c.decision, source: .inPerson)
                }
                m.markSubmitted()
                status = StatusLine(UIText.Status.decisionsSaved(choices.count).text)
            } catch {
                m.show(UIText.Status.customerNotSaved.text)
                status = StatusLine(UIText.Status.notSaved(Self.message(error)).text, isError: true)
            }
            stack[stack.count - 1] = .customer(m)
            reload()
        }
    }

    private mutating func perform(_ action: ConfirmAction, from d: Dialog) {
        switch action {
        case .discardForm, .leaveCustomerMode:
            pop()
        case let .anonymise(id):
            anonymise(id)
        case let .closeRequest(id):
            closeRequest(id, note: d.freeText ? d.input.text : nil, dialog: d)
        case let .extendRequest(id):
            extendRequest(id, reason: d.input.text, dialog: d)
        case .dismiss:
            break
        case let .resolveConflict(choice):
            resolveConflict(choice)
        case let .recordNotice(id, channel):
            recordNotice(id, channel: channel)
        }
    }

    // MARK: Opening screens

    private mutating func openForm(_ id: ContactID) {
        guard let c = store.state.contacts[id] else { return }
        if c.anonymized { status = StatusLine(UIText.Status.anonymisedCannotEdit(id).text, isError: true); return }
        push(.form(ContactFormModel(mode: .edit(id), details: c.details)))
    }

    private mutating func openConsent(_ id: ContactID) {
        guard let c = store.state.contacts[id] else { return }
        if c.anonymized { status = StatusLine(UIText.Status.anonymised(id).text, isError: true); return }
        guard recordRead(.consentScreen, of: id) else { return }
        push(.consent(ConsentEditorModel(contact: id, purposes: Array(store.state.purposes.keys), today: Day(store.now),
                                         latest: store.state.latestDecisions(for: id), catalogue: Self.catalogue(store.state))))
    }

    private mutating func openHistory(_ id: ContactID?) {
        // One person's history shows their values; the audit log, like the list, is not a
        // read of everyone.
        if let id, store.state.contacts[id] != nil, !recordRead(.historyScreen, of: id) { return }
        do {
            let source = try HistorySource(store: store, contact: id)
            let title: String
            if let id, let c = store.state.contacts[id] {
                title = (c.anonymized ? UIText.Status.historyOfAnonymised(id) : UIText.Status.historyOf(name: c.name, id: id)).text
            } else {
                title = UIText.Status.auditLog.text
            }
            push(.history(HistoryModel(contact: id, title: title, source: source)))
        } catch {
            status = StatusLine(Self.message(error), isError: true)
        }
    }

    private mutating func openCustomer(_ id: ContactID) {
        guard let c = store.state.contacts[id] else { return }
        if c.anonymized { status = StatusLine(UIText.Status.anonymised(id).text, isError: true); return }
        if !store.state.controller.isComplete {
            status = StatusLine(UIText.Status.setControllerFirst.text, isError: true)
            return
        }
        do {
            // The form shown to the customer is part of the proof of consent.
            try store.commit { _ in [.documentIssued(kind: "form", contact: id, format: "screen", destination: nil)] }
            push(.customer(CustomerFormModel(contact: id, purposes: Array(store.state.purposes.keys))))
        } catch {
            status = StatusLine(Self.message(error), isError: true)
        }
    }

    private mutating func askAnonymise(_ id: ContactID) {
        guard let c = store.state.contacts[id] else { return }
        if c.anonymized { status = StatusLine(UIText.Status.alreadyAnonymised(id).text, isError: true); return }
        dialog = Dialog.anonymise(c)
    }

    private mutating func export() {
        exportDialog = ExportDialogModel(query: list.filter, count: list.results.count, defaultFile: UIText.Interchange.defaultExportFile.text)
    }

    /// Exports the current filter's contacts; the export is a journal record like any other.
    /// Asks the front to run the export as long work: at 100k people it takes seconds, which
    /// the input loop must not wait out. The dialog stays until it is done.
    private mutating func export(format: InterchangeFormat, to path: String, replacing: Bool, dialog: ExportDialogModel) {
        let query = list.filter.trimmingCharacters(in: .whitespaces)
        exportDialog = dialog
        pendingWork = LongWork(kind: .export(format: format, path: path, replacing: replacing, query: query.isEmpty ? nil : query))
    }

    /// The long work the app asked for, handed to the front to run (once).
    public mutating func takeWork() -> LongWork? {
        defer { pendingWork = nil }
        return pendingWork
    }

    /// Takes the outcome of long work the front ran.
    public mutating func finish(_ work: LongWork, _ outcome: LongWork.Outcome) {
        switch (work.kind, outcome.result) {
        case let (.importFile(path, _, _, dryRun), result):
            finishImport(path: path, dryRun: dryRun, result)
        case (_, .success(.imported)):
            break
        case (_, let .success(.exported(result))):
            exportDialog = nil
            reload()
            status = StatusLine(UIText.Status.saved(result.receiptLine).text)
        case let (.export(_, path, _, _), .failure(error)):
            reload()
            guard var d = exportDialog else { status = StatusLine(Self.message(error), isError: true); return }
            switch error {
            case ZgodaError.destinationExists:
                // Never replaced without a second Enter.
                d.askToReplace(path)
                exportDialog = d
            case ZgodaError.interrupted:
                exportDialog = nil
                status = StatusLine(UIText.Interchange.exportStopped.text, isError: true)
            default:
                d.show(Self.message(error))
                exportDialog = d
            }
        }
    }

    // MARK: Bookkeeping

    mutating func push(_ s: Screen) {
        stack.append(s)
        layout()
    }

    mutating func pop() {
        if !stack.isEmpty { stack.removeLast() }
        layout()
    }

    /// Brings every screen up to date with the store's state, keeping each one's place.
    mutating func reload() {
        let state = store.state
        list.reload(state: state)
        countPastRetention()
        for i in stack.indices { stack[i].reload(from: store) }
        layout()
    }

    /// Tells every list how many rows it has on screen.
    mutating func layout() {
        list.navigation.setVisibleRows(bodyRows - 1)
        for i in stack.indices { stack[i].layout(bodyRows: bodyRows, cols: cols) }
        if let m = importDialog {
            importDialog?.layout(width: ImportDialogView.innerWidth(cols: cols), visibleRows: ImportDialogView.previewRows(m, gridRows: rows, cols: cols))
        }
    }

    /// The purposes by id, as the consent editor checks a decision against them.
    static func catalogue(_ state: ZgodaState) -> [String: Purpose] {
        Dictionary(state.purposes.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    static func message(_ error: any Error) -> String {
        (error as? ZgodaError)?.description ?? String(describing: error)
    }
}
