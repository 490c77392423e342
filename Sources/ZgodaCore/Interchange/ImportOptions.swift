/// Choices a person makes about an import: column roles they correct, and what to do with people
/// already in Zgoda.
public struct ImportOptions: Equatable, Sendable {
    /// What to do with a record whose e-mail or phone belongs to someone already held.
    public enum Duplicates: String, CaseIterable, Sendable {
        /// Leave the person as they are and report the row (the default: nothing is overwritten unasked).
        case skip
        /// Change the fields the file has a value for.
        case update
        /// Add the record as a new person anyway.
        case add
    }

    /// Roles by header, as `--map "Work Phone=phone"` gives them; headers compared as
    /// `HeaderNames.key` folds them.
    public var columns: [(header: String, role: ColumnRole)]
    public var duplicates: Duplicates

    public init(columns: [(header: String, role: ColumnRole)] = [], duplicates: Duplicates = .skip) {
        self.columns = columns; self.duplicates = duplicates
    }

    public static func == (a: ImportOptions, b: ImportOptions) -> Bool {
        a.duplicates == b.duplicates && a.columns.map(\.header) == b.columns.map(\.header) && a.columns.map(\.role) == b.columns.map(\.role)
    }

    /// Reads one `--map` argument, `HEADER=FIELD`.
    public static func parseMap(_ text: String) throws -> (header: String, role: ColumnRole) {
        guard let eq = text.lastIndex(of: "=") else {
            throw ZgodaError.invalidInput(ErrorReason(en: "--map '\(SafeText.visible(text))': expected COLUMN=FIELD, e.g. \"Work Phone=phone\"",
                    pl: "--map „\(SafeText.visible(text))”: oczekiwano KOLUMNA=POLE, np. \"Telefon służbowy=phone\""))
        }
        let header = String(text[..<eq]).trimmingCharacters(in: .whitespaces)
        let field = String(text[text.index(after: eq)...])
        guard !header.isEmpty, let role = ColumnRole.named(field) else {
            throw ZgodaError.invalidInput(ErrorReason(en: "--map '\(SafeText.visible(text))': unknown field '\(SafeText.visible(field))' (expected name, given-name, middle-name, family-name, nickname, email, phone, company, position, city, tags, notes, consent:PURPOSE or ignore)",
                    pl: "--map „\(SafeText.visible(text))”: nieznane pole „\(SafeText.visible(field))” (oczekiwano: name, given-name, middle-name, family-name, nickname, email, phone, company, position, city, tags, notes, consent:CEL albo ignore)"))
        }
        return (header, role)
    }
}
