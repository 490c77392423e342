/// What went wrong, or why a value was refused, written in both languages where the error is
/// made (`ErrorReason(en:pl:)`, or a catalogue's `Localized`). Words of another program (an OS
/// error, a server's message) sit inside both sentences as they are.
///
/// Written as a string literal it reads the same English in both languages (tests compare
/// errors that way); `ZgodaError`'s message frames it in Polish only when the reason itself
/// speaks Polish, so no line mixes two languages, and `PolishErrorMessagesTests` fails on a
/// throw site in the sources that writes its reason so. Two reasons are the same reason when
/// they say the same in English: the error's identity, as tests compare it, does not depend on
/// the language of the run.
public struct ErrorReason: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringInterpolation {
    public let wording: Localized
    /// True when the reason was written in both languages.
    public let isTranslated: Bool

    public init(_ wording: Localized) {
        self.wording = wording; isTranslated = true
    }

    public init(en: String, pl: String) { self.init(Localized(en: en, pl: pl)) }

    /// A reason in one language only (words made elsewhere).
    public init(verbatim text: String) {
        wording = Localized(en: text, pl: text); isTranslated = false
    }

    public init(stringLiteral value: String) { self.init(verbatim: value) }

    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(verbatim: String(stringInterpolation: stringInterpolation))
    }

    public static func == (a: ErrorReason, b: ErrorReason) -> Bool { a.wording.en == b.wording.en }

    public var description: String { wording.text }
}
