/// A text in every language Zgoda speaks. It can only be made with all of them, so a message
/// missing in one language is a build error, never a raw key or an English word on a Polish
/// screen. Catalogues are enums of these (`static let` for fixed texts, `static func` for texts
/// with values), one per layer: the words of a sentence are never glued from fragments, each
/// language writes the whole sentence with its values in place.
public struct Localized: Sendable, Equatable, CustomStringConvertible {
    public let en: String
    public let pl: String

    public init(en: String, pl: String) {
        self.en = en; self.pl = pl
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .en: return en
        case .pl: return pl
        }
    }

    /// The text in the language of the current task (`Language.current`).
    public var text: String { self(Language.current) }

    public var description: String { text }
}

/// A count with its noun in the right grammatical form: English has one form for 1 and one for
/// everything else; Polish has three for whole numbers (CLDR): `one` (1), `few` (2–4, 22–24, …,
/// but not 12–14) and `many` (0, 5–21, 25–31, …).
public struct PluralNoun: Sendable, Equatable {
    public let en: (one: String, other: String)
    public let pl: (one: String, few: String, many: String)

    public init(en: (one: String, other: String), pl: (one: String, few: String, many: String)) {
        self.en = en; self.pl = pl
    }

    public static func == (a: PluralNoun, b: PluralNoun) -> Bool {
        a.en == b.en && a.pl == b.pl
    }

    /// The noun's form for `n` in `language`: "kontakty" for 22, "kontaktów" for 112.
    public func form(_ n: Int, in language: Language) -> String {
        switch (language, PluralRules.category(n, in: language)) {
        case (.en, .one): return en.one
        case (.en, _): return en.other
        case (.pl, .one): return pl.one
        case (.pl, .few): return pl.few
        case (.pl, _): return pl.many
        }
    }

    /// "22 kontakty", "1 contact", in `language`.
    public func count(_ n: Int, in language: Language) -> String { "\(n) \(form(n, in: language))" }

    /// "22 kontakty", in the language of the current task.
    public func count(_ n: Int) -> String { count(n, in: Language.current) }
}

extension Language {
    /// The language of the work being done: the terminal UI and each command bind it once, at
    /// the top (`Language.$current.withValue(…)`), and every catalogue lookup below reads it.
    /// A task-local rather than a parameter through every view: nothing between the top and
    /// the words needs to know, and parallel tests each see their own.
    @TaskLocal public static var current: Language = .en
}
