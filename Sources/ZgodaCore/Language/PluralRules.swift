/// The plural categories of CLDR's rules for whole numbers, as each language needs them.
///
/// Polish has three for integers: `one` (1), `few` (2–4, 22–24, 32–34, … but not 12–14) and
/// `many` (0, 5–21, 25–31, …, 112–114, …). English has `one` (1) and `other`.
public enum PluralCategory: Sendable, Equatable {
    case one, few, many, other
}

public enum PluralRules {
    /// The category of `n` in `language` (CLDR plural rules, integer operands only).
    public static func category(_ n: Int, in language: Language) -> PluralCategory {
        let n = n.magnitude
        switch language {
        case .en:
            return n == 1 ? .one : .other
        case .pl:
            if n == 1 { return .one }
            let units = n % 10, tens = n % 100
            if (2...4).contains(units) && !(12...14).contains(tens) { return .few }
            return .many
        }
    }

    /// The form of a countable word for `n`: `forms` gives each category's form
    /// (`.one: "kontakt", .few: "kontakty", .many: "kontaktów"`); a missing one falls back to
    /// `other`, then to `many`.
    public static func form(_ n: Int, in language: Language, _ forms: [PluralCategory: String]) -> String {
        let c = category(n, in: language)
        return forms[c] ?? forms[.other] ?? forms[.many] ?? ""
    }
}
