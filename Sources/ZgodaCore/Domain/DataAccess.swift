import Foundation

/// A read of people's data that Zgoda records, so that "who looked at my data, and when" can
/// be answered (Art. 15 and the accountability of Art. 5(2)). Documents and exports are
/// recorded as what they are; these are the reads that leave no copy behind: a contact's card,
/// consents or history shown on a screen or printed, and listings of everyone's data as JSON.
///
/// Opening the contact list is not a read of everyone: only what shows one person's data, or
/// hands out many people's data whole, is recorded.
///
/// Stored by its stable name (the raw value). A name this Zgoda does not know is a newer
/// Zgoda's read and is shown as it is.
public enum DataAccess: String, CaseIterable, Sendable {
    /// `zgoda contact show ID`
    case contactShown = "contact.show"
    /// `zgoda contact list --format json`: everyone listed, whole.
    case contactsListed = "contact.list"
    /// `zgoda consent list ID`
    case consentsListed = "consent.list"
    /// `zgoda history ID`
    case historyRead = "history"
    /// The terminal UI's contact card, consent editor and history of one person.
    case contactScreen = "screen.contact"
    case consentScreen = "screen.consents"
    case historyScreen = "screen.history"

    /// What was looked at, in words.
    public var label: Localized {
        switch self {
        case .contactShown: return Localized(en: "the contact's data (zgoda contact show)", pl: "dane kontaktu (zgoda contact show)")
        case .contactsListed: return Localized(en: "the contacts' data as JSON (zgoda contact list)", pl: "dane kontaktów w JSON (zgoda contact list)")
        case .consentsListed: return Localized(en: "the consents (zgoda consent list)", pl: "zgody (zgoda consent list)")
        case .historyRead: return Localized(en: "the history (zgoda history)", pl: "historia (zgoda history)")
        case .contactScreen: return Localized(en: "the contact card on screen", pl: "karta kontaktu na ekranie")
        case .consentScreen: return Localized(en: "the consents on screen", pl: "zgody na ekranie")
        case .historyScreen: return Localized(en: "the history on screen", pl: "historia na ekranie")
        }
    }

    /// True when a read of this kind is said with the number of people it named, even one:
    /// a listing ("1 contact: the contacts' data as JSON").
    public static func isListing(_ name: String, count: Int) -> Bool {
        name == DataAccess.contactsListed.rawValue || count != 1
    }

    /// What a front says when a read could not be recorded because the directory cannot be
    /// written (the read is still shown).
    public static let notRecorded = Localized(
        en: "this read of personal data is not recorded: the data directory cannot be written now",
        pl: "ten wgląd w dane osobowe nie został odnotowany: katalogu danych nie można teraz zapisać")

    /// The words for a stored name: a known read's label, or the name itself.
    public static func label(of name: String) -> Localized {
        DataAccess(rawValue: name)?.label ?? Localized(en: name, pl: name)
    }
}
