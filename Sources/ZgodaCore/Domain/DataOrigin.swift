import Foundation

/// Where a contact's data came from (GDPR Art. 14(2)(f), 15(1)(g)): typed in, imported from a
/// file, or made by the demo; and whether the person gave it themselves. Data that came from
/// someone else (a purchased list, a partner, a directory) obliges the controller to tell the
/// person within a month (Art. 14(3)(a)): `ZgodaState.noticesDue(now:)` keeps that clock.
///
/// Recorded at the end of each `contact.add` record's public part (format 6); contacts added
/// before have no origin ("not recorded"). Nothing personal is in it: an import is named by its
/// format and the fingerprint of the file, as the import record names it.
public struct DataOrigin: Equatable, Hashable, Sendable {
    /// Stored by these stable names.
    public enum Kind: String, CaseIterable, Sendable {
        /// Typed in on the command line or in the terminal UI.
        case entered
        /// Read from a file (`zgoda import`).
        case imported
        /// Made up by `zgoda demo`.
        case demo
    }

    public var kind: Kind
    /// For an import: the file as the import record names it ("a csv file (sha256 …)").
    public var detail: String
    /// True when the person gave the data themselves (Art. 13); false when it came from
    /// someone else (Art. 14), which starts the notice clock.
    public var fromPerson: Bool

    public init(kind: Kind, detail: String = "", fromPerson: Bool) {
        self.kind = kind; self.detail = detail; self.fromPerson = fromPerson
    }

    /// Typed in from what the person said or wrote (a business card, a call).
    public static let enteredFromPerson = DataOrigin(kind: .entered, fromPerson: true)

    /// In words: "imported from a csv file (sha256 …), from a third party".
    public var label: Localized {
        let how: Localized
        switch kind {
        case .entered: how = Localized(en: "entered by hand", pl: "wpisane ręcznie")
        case .imported: how = Localized(en: "imported from \(detail)", pl: "zaimportowane z pliku: \(detail)")
        case .demo: how = Localized(en: "demo data", pl: "dane demonstracyjne")
        }
        let from = fromPerson ? Localized(en: "given by the person", pl: "podane przez osobę")
            : Localized(en: "from a third party", pl: "od osoby trzeciej")
        return Localized(en: "\(how.en), \(from.en)", pl: "\(how.pl), \(from.pl)")
    }
}

/// How a person was told where their data came from and how it is used (Art. 14).
public enum NoticeChannel: String, CaseIterable, Sendable {
    case email, letter, phone
    case inPerson = "in-person"
    case sms

    public var label: Localized {
        switch self {
        case .email: return Localized(en: "by e-mail", pl: "e-mailem")
        case .letter: return Localized(en: "by letter", pl: "listownie")
        case .phone: return Localized(en: "by phone", pl: "telefonicznie")
        case .inPerson: return Localized(en: "in person", pl: "osobiście")
        case .sms: return Localized(en: "by text message", pl: "SMS-em")
        }
    }
}

/// The Art. 14 notice given to a person whose data came from someone else.
public struct Art14Notice: Equatable, Sendable {
    public var at: Date
    public var channel: NoticeChannel
    public init(at: Date, channel: NoticeChannel) { self.at = at; self.channel = channel }
}

/// A person who must still be told where their data came from.
public struct NoticeDue: Equatable, Sendable {
    public var contact: ContactID
    /// One month after the data was obtained, moved off weekends and Polish public holidays.
    public var due: Day
    public var overdue: Bool
}
