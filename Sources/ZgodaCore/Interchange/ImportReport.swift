import Foundation

/// What an import did (or, in a dry run, would do): counts and one message per notable record.
/// Messages never repeat the data of people who asked to be forgotten.
public struct ImportReport: Sendable {
    public enum Kind: String, Sendable { case rejected, skipped, updated, duplicate, warning, note }

    public struct Entry: Equatable, Sendable {
        public var location: ImportLocation?
        public var kind: Kind
        public var message: String
        public var contact: ContactID?

        public var text: String { (location.map { "\($0): " } ?? "note: ") + (kind == .warning ? "warning: " : "") + message }
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
        var s = "\(added) added, \(updated) updated, \(rejected) rejected, \(skipped) skipped (asked to be forgotten)"
        if unchanged > 0 { s += ", \(unchanged) unchanged" }
        if duplicates > 0 { s += ", \(duplicates) already in Zgoda (skipped)" }
        return s
    }

    /// `columns: Name → name, Work Phone → phone, …`: what a dry run shows so that `--map` can correct it.
    public var columnLine: String? {
        columns.isEmpty ? nil : "columns: " + columns.map(\.text).joined(separator: ", ")
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
                    ("message", .string(e.message)),
                ])
            })),
        ])
    }
}
