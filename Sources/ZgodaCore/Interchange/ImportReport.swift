import Foundation

/// What an import did (or, in a dry run, would do): counts and one message per notable record.
/// Messages never repeat the data of people who asked to be forgotten.
public struct ImportReport: Sendable {
    public enum Kind: String, Sendable { case rejected, skipped, updated, duplicate, warning, note }

    public struct Entry: Equatable, Sendable {
        public var location: ImportLocation?
        public var kind: Kind
        /// The message in every language: the report's lines follow the language of the run,
        /// its JSON takes the English.
        var wording: Localized
        public var contact: ContactID?

        init(location: ImportLocation?, kind: Kind, wording: Localized, contact: ContactID? = nil) {
            self.location = location; self.kind = kind; self.wording = wording; self.contact = contact
        }

        /// A message the same in every language.
        init(location: ImportLocation?, kind: Kind, message: String, contact: ContactID? = nil) {
            self.init(location: location, kind: kind, wording: Localized(en: message, pl: message), contact: contact)
        }

        /// The message in the language of the run.
        public var message: String {
            get { wording.text }
            set { wording = Localized(en: newValue, pl: newValue) }
        }

        /// Equal when they say the same in the language of the run, like `ImportProblem`.
        public static func == (a: Entry, b: Entry) -> Bool {
            a.location == b.location && a.kind == b.kind && a.message == b.message && a.contact == b.contact
        }

        /// "line 7: warning: …", "wiersz 7: ostrzeżenie: …".
        public var text: String { CoreText.Import.entry(at: location, warning: kind == .warning, wording).text }
    }

    public var source: String
    public var format: InterchangeFormat
    public var encoding: TextDecoding.Encoding
    public var dryRun: Bool
    public var added = 0, updated = 0, unchanged = 0, rejected = 0, skipped = 0
    /// Records left alone because the person is already held (`--duplicates skip`).
    public var duplicates = 0
    public var duplicatePolicy = ImportOptions.Duplicates.skip
    /// How a spreadsheet's columns were read (empty for vCard and JSON).
    public var columns: [ColumnMapping] = []
    /// Ids of the people added, in file order.
    public var addedIDs: [ContactID] = []
    public var entries: [Entry] = []
    /// The journal head after the import was committed (nil for a dry run).
    public var receipt: String?

    public init(source: String, format: InterchangeFormat, encoding: TextDecoding.Encoding, dryRun: Bool) {
        self.source = source; self.format = format; self.encoding = encoding; self.dryRun = dryRun
    }

    /// `N added, M updated, K rejected, S skipped (asked to be forgotten)`, and the number of
    /// records already in Zgoda unchanged when there are any.
    public var summary: String {
        CoreText.Import.summary(added: added, updated: updated, rejected: rejected, skipped: skipped,
                                unchanged: unchanged, duplicates: duplicates).text
    }

    /// `columns: Name → name, Work Phone → phone, …`: what a dry run shows so that `--map` can correct it.
    public var columnLine: String? {
        columns.isEmpty ? nil : CoreText.Import.columns(columns.map(\.text).joined(separator: ", ")).text
    }

    /// The summary line, then the messages in file order.
    public var lines: [String] {
        [summary] + sortedEntries.map(\.text)
    }

    var sortedEntries: [Entry] {
        entries.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return (x.number, a.offset) < (y.number, b.offset)
            }
        }.map(\.element)
    }

    /// Machine-readable: the same in every language, each message in English.
    public var json: JSON {
        .object([
            ("source", .string(source)),
            ("format", .string(format.rawValue)),
            ("encoding", .string(encoding.rawValue)),
            ("dryRun", .bool(dryRun)),
            ("added", .int(added)),
            ("updated", .int(updated)),
            ("unchanged", .int(unchanged)),
            ("rejected", .int(rejected)),
            ("skipped", .int(skipped)),
            ("duplicates", .int(duplicates)),
            ("duplicatePolicy", .string(duplicatePolicy.rawValue)),
            ("columns", .array(columns.map { c in
                .object([("column", .string(c.header)), ("field", .string(c.role.name)), ("mapped", .bool(c.mapped))])
            })),
            ("receipt", JSON.str(receipt)),
            ("messages", .array(sortedEntries.map { e in
                .object([
                    ("line", e.location.map { .int($0.number) } ?? .null),
                    ("unit", JSON.str(e.location?.unit)),
                    ("kind", .string(e.kind.rawValue)),
                    ("contact", JSON.str(e.contact?.rawValue)),
                    ("message", .string(e.wording.en)),
                ])
            })),
        ])
    }
}
