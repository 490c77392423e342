import Foundation
import ZgodaCore

/// What every screen stacked over the contact list is to the app: one type that owns its state,
/// its key table (`KeyBound`: each key's action, footer and `?` help from one list), its title,
/// how it draws and how it fits the terminal. `AppModel` routes keys and the screens' intents;
/// `AppView` draws whichever is on top through this protocol, with no list of screens of its own.
///
/// A new screen is a model that conforms, a case of `Screen`, and the handling of its intents.
public protocol ScreenModel: KeyBound, Equatable, Sendable {
    /// The title bar's text.
    var screenTitle: String { get }
    /// The heading of `?` help on this screen.
    var helpTitle: String { get }
    /// True while a text field has the keyboard, so `?` and letters are typed.
    var isTypingText: Bool { get }
    /// Who the screen is for: the customer's form shows no staff information.
    var audience: ScreenAudience { get }
    /// Draws the screen into `rect`, the body between the title bar and the status line.
    func render(into g: inout Grid, rect: Rect, context: ScreenContext)
    /// Fits the screen to a body of `bodyRows` rows and `cols` columns.
    mutating func layout(bodyRows: Int, cols: Int)
    /// Takes in a change to the data (this process's or another's), keeping the reader's place.
    mutating func reload(from store: Store)
}

/// Who a screen is shown to.
public enum ScreenAudience: Sendable {
    /// The salesperson: the title bar names the controller and open requests, and the status
    /// line reminds of people past retention.
    case staff
    /// Nobody's data yet (the welcome): no reminders.
    case beforeData
    /// The person whose data it is (customer mode): the title only.
    case customer
}

/// What a screen draws from besides its own state.
public struct ScreenContext {
    public let state: ZgodaState
    public let now: Date
}

extension ScreenModel {
    public var isTypingText: Bool { false }
    public var audience: ScreenAudience { .staff }
    public mutating func layout(bodyRows: Int, cols: Int) {}
    public mutating func reload(from store: Store) {}
}

extension Screen {
    /// The screen's model, as the protocol every screen keeps.
    public var model: any ScreenModel {
        switch self {
        case let .welcome(m): return m
        case let .detail(m): return m
        case let .form(m): return m
        case let .consent(m): return m
        case let .history(m): return m
        case let .customer(m): return m
        case let .requests(m): return m
        case let .report(m), let .register(m): return m
        case let .breaches(m): return m
        }
    }

    /// Takes in a change to the data.
    mutating func reload(from store: Store) {
        switch self {
        case var .welcome(m): m.reload(from: store); self = .welcome(m)
        case var .detail(m): m.reload(from: store); self = .detail(m)
        case var .form(m): m.reload(from: store); self = .form(m)
        case var .consent(m): m.reload(from: store); self = .consent(m)
        case var .history(m): m.reload(from: store); self = .history(m)
        case var .customer(m): m.reload(from: store); self = .customer(m)
        case var .requests(m): m.reload(from: store); self = .requests(m)
        case var .report(m): m.reload(from: store); self = .report(m)
        case var .register(m): m.reload(from: store); self = .register(m)
        case var .breaches(m): m.reload(from: store); self = .breaches(m)
        }
    }

    /// Fits the screen to the terminal.
    mutating func layout(bodyRows: Int, cols: Int) {
        switch self {
        case var .welcome(m): m.layout(bodyRows: bodyRows, cols: cols); self = .welcome(m)
        case var .detail(m): m.layout(bodyRows: bodyRows, cols: cols); self = .detail(m)
        case var .form(m): m.layout(bodyRows: bodyRows, cols: cols); self = .form(m)
        case var .consent(m): m.layout(bodyRows: bodyRows, cols: cols); self = .consent(m)
        case var .history(m): m.layout(bodyRows: bodyRows, cols: cols); self = .history(m)
        case var .customer(m): m.layout(bodyRows: bodyRows, cols: cols); self = .customer(m)
        case var .requests(m): m.layout(bodyRows: bodyRows, cols: cols); self = .requests(m)
        case var .report(m): m.layout(bodyRows: bodyRows, cols: cols); self = .report(m)
        case var .register(m): m.layout(bodyRows: bodyRows, cols: cols); self = .register(m)
        case var .breaches(m): m.layout(bodyRows: bodyRows, cols: cols); self = .breaches(m)
        }
    }
}
