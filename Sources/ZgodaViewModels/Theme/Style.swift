/// A terminal colour: the terminal's own default, or an index into its palette
/// (0–7 the basic colours, 8–15 their bright forms, up to 255 on 256-colour terminals).
public enum Color: Equatable, Sendable, Hashable {
    case terminalDefault
    case index(Int)

    public static let names: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    /// Parses a colour name, `default`, or a palette number `0`–`255` given as text.
    public init?(name: String) {
        let n = name.lowercased()
        if n == "default" { self = .terminalDefault; return }
        if let i = Color.names[n] { self = .index(i); return }
        if let i = Int(n), (0...255).contains(i) { self = .index(i); return }
        return nil
    }
}

/// Text attributes a theme can ask for.
public struct Attributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1)
    public static let reverse = Attributes(rawValue: 2)
    public static let underline = Attributes(rawValue: 4)
    public static let dim = Attributes(rawValue: 8)

    public static let names: [String: Attributes] = ["bold": .bold, "reverse": .reverse, "underline": .underline, "dim": .dim]
}

/// How one role looks.
public struct Style: Equatable, Sendable, Hashable {
    public var fg: Color
    public var bg: Color
    public var attributes: Attributes

    public init(fg: Color = .terminalDefault, bg: Color = .terminalDefault, attributes: Attributes = []) {
        self.fg = fg; self.bg = bg; self.attributes = attributes
    }

    public static let plain = Style()
}
