import ZgodaCore

/// What a confirmed dialog goes on to do.
public enum ConfirmAction: Equatable, Sendable {
    case discardForm
    case leaveCustomerMode
    case anonymise(ContactID)
    /// Close a data-subject request, with the note typed in the dialog (if it has a field).
    case closeRequest(String)
    /// Extend a data-subject request's deadline, with the reason typed in the dialog.
    case extendRequest(String)
    /// Nothing more to do: the dialog only told something.
    case dismiss
    /// After another process changed what the open form or consent editor is saving over.
    case resolveConflict(ConflictChoice)
    /// Record that the person was told where their data came from (Art. 14), and how.
    case recordNotice(ContactID, NoticeChannel)
}

/// What to do when another process changed the same values since the editor read them.
public enum ConflictChoice: Equatable, Sendable {
    /// Save only what does not clash; their values stay.
    case keepTheirs
    /// Write these values over theirs.
    case overwrite
    /// Back to the editor, showing their values beside these.
    case review
}

/// One answer of a dialog that offers several, each on its own key.
public struct DialogChoice: Equatable, Sendable {
    public var key: Character
    public var label: String
    public var action: ConfirmAction
    public init(key: Character, label: String, action: ConfirmAction) { self.key = key; self.label = label; self.action = action }
}

public enum DialogIntent: Equatable, Sendable {
    case none
    case cancel
    case confirm(ConfirmAction)
}

/// A modal question over the current screen. Enter confirms and Esc cancels; a typed
/// confirmation only confirms when the exact word (or the contact's id) was typed; a free-text
/// dialog confirms with whatever was typed (the app reads `input`).
public struct Dialog: Equatable, Sendable {
    typealias T = UIText.Dialogs

    public var title: String
    public var message: [String]
    public var action: ConfirmAction
    /// For a typed confirmation: the answers accepted; nil for a yes/no question.
    public var expected: [String]?
    /// True for a dialog asking for a line of text (e.g. a note).
    public var freeText = false
    /// True when the expected answer must not be named (the operator's name in customer mode).
    public var hidesAnswer = false
    /// For a dialog of several answers: one key each; Esc cancels, Enter chooses nothing.
    public var choices: [DialogChoice] = []
    /// A line of `message` to be copied whole (a link): never wrapped inside the box. Where it
    /// is wider than the box can be, it runs across the whole width of the screen, border and
    /// all, so that selecting those rows in the terminal takes nothing but its characters.
    public var verbatim: String?
    public private(set) var input = LineEditor()
    public private(set) var error: String?

    public init(title: String, message: [String], action: ConfirmAction, expected: [String]? = nil) {
        self.title = title; self.message = message; self.action = action; self.expected = expected
    }

    /// The id, or the confirming word in either language (a Polish speaker on an English
    /// screen may well type ANONIMIZUJ, and mean it).
    static func anonymiseAnswers(_ id: ContactID) -> [String] {
        [id.rawValue, T.anonymiseWord(.en), T.anonymiseWord(.pl)]
    }

    public static func anonymise(_ c: Contact) -> Dialog {
        Dialog(title: T.anonymiseTitle(c.id).text,
               message: T.anonymiseMessage(name: c.name, id: c.id).text.components(separatedBy: "\n"),
               action: .anonymise(c.id), expected: anonymiseAnswers(c.id))
    }

    /// Customer mode ends only for staff: the operator's name, typed, not shown.
    public static func leaveCustomerMode(operator name: String) -> Dialog {
        var d = Dialog(title: T.leaveCustomerTitle.text,
                       message: T.leaveCustomerMessage.text.components(separatedBy: "\n"),
                       action: .leaveCustomerMode, expected: [name])
        d.hidesAnswer = true
        return d
    }

    /// Offered when a withdrawal has left the person with no legal basis at all.
    public static func anonymiseWithoutBasis(_ c: Contact) -> Dialog {
        Dialog(title: T.noBasisTitle.text,
               message: T.noBasisMessage(name: c.name, id: c.id).text.components(separatedBy: "\n"),
               action: .anonymise(c.id), expected: anonymiseAnswers(c.id))
    }

    /// A consent link just issued: shown once, since only its keyed hash is kept.
    public static func consentLink(_ issued: IssuedLink, url: String, name: String) -> Dialog {
        var d = Dialog(title: T.linkTitle(issued.link.id, name: name).text,
                       message: [T.linkSend.text,
                                 url,
                                 T.linkValid(until: ISOTime.string(issued.link.expires), purposes: issued.link.purposes.joined(separator: ", ")).text,
                                 T.linkCopyNow(issued.link.id).text],
                       action: .dismiss)
        d.verbatim = url
        return d
    }

    /// Closing a request: a note of what was done (required for access and portability,
    /// which the store checks), or a plain yes/no when no note can be kept.
    public static func closeRequest(_ r: DataSubjectRequest, name: String, withNote: Bool) -> Dialog {
        let title = T.closeRequestTitle(type: UIText.Requests.type(r.type).text, id: r.id).text
        let about = T.requestOf(id: r.id, name: name, due: "\(r.due)").text
        guard withNote else {
            return Dialog(title: title, message: [about, T.closedToday.text], action: .closeRequest(r.id))
        }
        let ask: String
        switch r.type {
        case .access, .portability: ask = T.whatHandedOver.text
        default: ask = T.whatDone.text
        }
        var d = Dialog(title: title, message: [about, ask],
                       action: .closeRequest(r.id))
        d.freeText = true
        return d
    }

    /// Extending a request: the reason the person must be told, asked for in the dialog.
    public static func extendRequest(_ r: DataSubjectRequest, name: String) -> Dialog {
        var d = Dialog(title: T.extendRequestTitle(type: UIText.Requests.type(r.type).text, id: r.id).text,
                       message: [T.requestOf(id: r.id, name: name, due: "\(r.due)").text, T.whyMoreTime.text],
                       action: .extendRequest(r.id))
        d.freeText = true
        return d
    }

    /// Another process changed fields the form is saving; lists each with both values.
    public static func editConflict(_ c: EditConflict, name: String) -> Dialog {
        var lines = [T.someoneChanged(name).text]
        for f in c.fields {
            lines.append(T.theirsYours(field: f.field.label, theirs: f.theirs, mine: f.mine).text)
        }
        var d = Dialog(title: T.changedElsewhere.text, message: lines, action: .resolveConflict(.review))
        d.choices = [DialogChoice(key: "t", label: T.keepTheirs.text, action: .resolveConflict(.keepTheirs)),
                     DialogChoice(key: "o", label: T.overwrite.text, action: .resolveConflict(.overwrite)),
                     DialogChoice(key: "r", label: T.review.text, action: .resolveConflict(.review))]
        return d
    }

    /// Another process recorded a decision for the purpose since this one was started.
    public static func consentConflict(_ c: ConsentConflict, name: String, mine: Decision) -> Dialog {
        let theirs = c.theirs.map { T.decidedBy(decision: T.decision($0.decision).text, operator: $0.operator, at: ISOTime.string($0.at)).text }
            ?? T.nothing.text
        var d = Dialog(title: T.changedElsewhere.text,
                       message: [T.someoneRecorded(name).text, "\(c.purpose): \(theirs)", T.yours(T.decision(mine).text).text],
                       action: .resolveConflict(.review))
        d.choices = [DialogChoice(key: "t", label: T.keepTheirs.text, action: .resolveConflict(.keepTheirs)),
                     DialogChoice(key: "o", label: T.recordYours.text, action: .resolveConflict(.overwrite)),
                     DialogChoice(key: "r", label: T.review.text, action: .resolveConflict(.review))]
        return d
    }

    /// How the person whose data came from someone else was told (Art. 14): one key per way.
    public static func notice(_ c: Contact, due: String) -> Dialog {
        var d = Dialog(title: T.noticeTitle.text, message: [T.noticeAsk(name: c.shownName, due: due).text], action: .dismiss)
        d.action = .recordNotice(c.id, .email)
        d.choices = [("e", NoticeChannel.email), ("l", .letter), ("p", .phone), ("i", .inPerson), ("s", .sms)].map { key, channel in
            DialogChoice(key: key, label: channel.label.text, action: .recordNotice(c.id, channel))
        }
        return d
    }

    public var hasField: Bool { expected != nil || freeText }

    public var footer: String {
        if action == .dismiss { return T.footerClose.text }
        if !choices.isEmpty { return (choices.map { "\($0.key) \($0.label)" } + [T.footerBack.text]).joined(separator: "   ") }
        if case .extendRequest = action { return T.footerExtend.text }
        return (freeText ? T.footerNote : expected == nil ? T.footerYesNo : T.footerConfirm).text
    }

    public mutating func handle(_ key: Key) -> DialogIntent {
        if key == .escape { return .cancel }
        // A dialog that only tells something changes nothing: Enter closes it too.
        if action == .dismiss { return key == .enter ? .confirm(action) : .none }
        if !choices.isEmpty {
            if case let .char(c) = key, let choice = choices.first(where: { $0.key == c }) { return .confirm(choice.action) }
            return .none
        }
        if freeText {
            if key == .enter { return .confirm(action) }
            if input.handle(key) { error = nil }
            return .none
        }
        guard let expected else {
            switch key {
            // Enter is not an answer: a question that changes something needs its own key.
            // `t` is Polish "tak"; both answer yes in either language.
            case .char("y"), .char("Y"), .char("t"), .char("T"): return .confirm(action)
            case .char("n"), .char("N"), .char("q"): return .cancel
            default: return .none
            }
        }
        if key == .enter {
            if expected.contains(input.text.trimmingCharacters(in: .whitespaces)) { return .confirm(action) }
            // Name the answers of the language shown: the id and this language's word.
            let shown = expected.filter { $0 != T.anonymiseWord(Language.current == .en ? .pl : .en) }
            error = hidesAnswer ? T.mismatchHidden.text : T.mismatch(shown).text
            return .none
        }
        if input.handle(key) { error = nil }
        return .none
    }

    /// Shows why the confirmed action failed, keeping what was typed.
    public mutating func show(_ message: String) { error = message }
}
