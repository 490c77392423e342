/// A key press, as the view models understand it. The terminal front decodes ncurses codes
/// into these; tests make them directly.
public enum Key: Equatable, Sendable, Hashable {
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab
    case backspace, delete
    /// Ctrl plus a letter, e.g. `.ctrl("s")` for Ctrl-S.
    case ctrl(Character)
    case function(Int)
}

extension Key {
    /// Keys for a string of text, one per character (for tests and typed input).
    public static func typing(_ s: String) -> [Key] { s.map { Key.char($0) } }
}
