import ZgodaCore

public enum ContactDetailIntent: Equatable, Sendable {
    case none, back
    case edit(ContactID)
    case consent(ContactID)
    case history(ContactID)
    case report(ContactID)
    case customerMode(ContactID)
    case anonymise(ContactID)
    /// Issue a consent link (`zgoda link`) and show it.
    case issueLink(ContactID)
}

/// One contact on its own screen: every field, the consents, and the ways on from there.
public struct ContactDetailModel: Equatable, Sendable {
    public var id: ContactID

    public init(id: ContactID) { self.id = id }

    public func handle(_ key: Key) -> ContactDetailIntent {
        switch key {
        case .escape, .char("q"): return .back
        case .char("e"): return .edit(id)
        case .char("c"): return .consent(id)
        case .char("h"): return .history(id)
        case .char("r"): return .report(id)
        case .char("f"): return .customerMode(id)
        case .char("A"): return .anonymise(id)
        case .char("L"): return .issueLink(id)
        default: return .none
        }
    }
}
