import Foundation

/// Renders contacts in an export format.
public enum ExportRenderer {
    /// `progress` counts the contacts written, and a cancel stops the rendering within a
    /// thousand of them (`ZgodaError.interrupted`).
    public static func render(_ format: InterchangeFormat, contacts: [Contact], state: ZgodaState, now: Date,
                              operator: String, filter: String, receipt: String, receiptSeq: UInt64,
                              preferencesLinks: [ContactID: String]? = nil, progress: WorkProgress = .none) throws -> [UInt8] {
        switch format {
        case .csv: return try csv(contacts, state: state, now: now, preferencesLinks: preferencesLinks, progress: progress)
        case .vcard:
            var out = ""
            for (i, c) in contacts.enumerated() {
                try step(i, progress)
                out += VCardWriter.card(c, state: state, now: now)
            }
            return Array(out.utf8)
        case .json:
            return try PortableJSON.rendered(contacts, state: state, now: now, operator: `operator`, filter: filter,
                                             receipt: receipt, receiptSeq: receiptSeq, progress: progress)
        }
    }

    /// Every thousandth contact: how far the writing is, and a stop if one was asked for.
    static func step(_ i: Int, _ progress: WorkProgress) throws {
        guard i & 1023 == 0 else { return }
        try progress.checkCancelled()
        progress.update(done: i)
    }

    /// The column of personal preferences links (`export --preferences-links`).
    public static let preferencesLinkColumn = "preferences_link"

    /// The CSV header: the contact fields, then one `consent:PURPOSE` column per purpose. The
    /// field names are English in every language: a file's header is read by programs.
    public static func csvHeader(_ state: ZgodaState) -> [String] {
        ContactField.allCases.map { CoreText.Labels.field($0).en } + state.purposes.keys.map { "consent:\($0)" }
    }

    /// RFC 4180: CRLF after every record, fields holding a comma, quote or line break quoted,
    /// quotes doubled; every cell passed through `FormulaGuard` first.
    ///
    /// Written by hand rather than with CSV.swift's `CSVWriter`: that writer searches each field
    /// with Foundation's string functions and pushes one byte per call through an
    /// `OutputStream`, which took three quarters of the time of a 100k-contact export.
    /// With `preferencesLinks`, a last column `preferences_link` holds each person's link.
    public static func csv(_ contacts: [Contact], state: ZgodaState, now: Date,
                           preferencesLinks: [ContactID: String]? = nil, progress: WorkProgress = .none) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(contacts.count * 160 + 200)
        func record(_ cells: [String]) {
            for (i, cell) in cells.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendField(FormulaGuard.escape(cell), to: &out)
            }
            out += [0x0D, 0x0A]
        }
        record(csvHeader(state) + (preferencesLinks == nil ? [] : [preferencesLinkColumn]))
        let purposes = Array(state.purposes.keys)
        for (i, c) in contacts.enumerated() {
            try step(i, progress)
            let d = c.details
            let link = preferencesLinks.map { [$0[c.id] ?? ""] } ?? []
            record(ContactField.allCases.map { d[$0] } + purposes.map { state.status(of: c.id, purpose: $0, now: now).rawValue } + link)
        }
        return out
    }

    static func appendField(_ s: String, to out: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        let needsQuotes = s.utf8.contains { $0 == quote || $0 == UInt8(ascii: ",") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { out += s.utf8; return }
        out.append(quote)
        for b in s.utf8 {
            if b == quote { out.append(quote) }
            out.append(b)
        }
        out.append(quote)
    }
}
