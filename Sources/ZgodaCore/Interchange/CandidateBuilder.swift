/// Gathers one person's values as a reader finds them and settles them the same way for every
/// format: the first valid e-mail and phone are kept, every other value goes into the notes, a
/// value that is not an e-mail or a phone is kept in the notes with a warning instead of
/// rejecting the person, and a person without a name is named after what they have.
struct CandidateBuilder {
    var details = ContactDetails()
    var given = Set<ContactField>()
    var warnings: [Localized] = []
    /// Lines added to the notes after the file's own notes.
    private var extra: [String] = []

    /// E-mails in order of preference.
    mutating func emails(_ values: [String]) {
        for v in unique(values) {
            let valid = Validation.isValidEmail(v)
            if valid && details.email.isEmpty {
                details.email = v; given.insert(.email)
                continue
            }
            extra.append("Other e-mail: \(v)")
            if !valid { warnings.append(CoreText.Import.notAnEmail(v)) }
        }
    }

    /// Phones in order of preference, each read by `Validation.parsePhone` and kept in E.164
    /// when its country is known (`PhoneNumber.normalizedText`).
    mutating func phones(_ values: [String]) {
        // One number written two ways (`+48 600 100 200`, `600100200`) is kept once.
        var kept = Set<String>()
        for v in unique(values) {
            guard let phone = Validation.parsePhone(v) else {
                extra.append("Other phone: \(v)")
                warnings.append(CoreText.Import.notAPhone(v))
                continue
            }
            let text = phone.normalizedText
            guard kept.insert(text).inserted else { continue }
            if details.phone.isEmpty { details.phone = text; given.insert(.phone) } else { extra.append("Other phone: \(text)") }
        }
    }

    /// Sets a single-valued field when it has a value.
    mutating func set(_ field: ContactField, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        details[field] = value; given.insert(field)
    }

    /// The details, with the extra values in the notes and a name when the file gave none:
    /// the nickname, else the organisation, else the e-mail.
    mutating func finish(nickname: String? = nil) -> (ContactDetails, Set<ContactField>) {
        if !extra.isEmpty {
            details.notes = ([details.notes] + extra).filter { !$0.isEmpty }.joined(separator: "\n")
            given.insert(.notes)
            extra = []
        }
        given.insert(.name)
        if Validation.trimmed(details.name, newlines: true).isEmpty {
            let sources: [(String?, String)] = [(nickname, "nickname"), (details.company, "organisation"), (details.email, "e-mail")]
            if let (value, what) = sources.first(where: { !Validation.trimmed($0.0 ?? "", newlines: true).isEmpty }), let value {
                details.name = Validation.trimmed(value, newlines: true)
                warnings.append(CoreText.Import.namedAfter(what))
            }
        }
        return (details, given)
    }

    /// Trimmed, non-empty, each once.
    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.map { Validation.trimmed($0, newlines: true) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
