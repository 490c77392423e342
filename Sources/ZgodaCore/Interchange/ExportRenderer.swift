import CSV
import Foundation

/// Renders contacts in an export format.
public enum ExportRenderer {
    public static func render(_ format: InterchangeFormat, contacts: [Contact], state: ZgodaState, now: Date,
                              operator: String, filter: String, receipt: String, receiptSeq: UInt64) throws -> [UInt8] {
        switch format {
        case .csv: return try csv(contacts, state: state, now: now)
        case .vcard:
            var out = ""
            for c in contacts { out += VCardWriter.card(c, state: state, now: now) }
            return Array(out.utf8)
        case .json:
            let doc = PortableJSON.document(contacts, state: state, now: now, operator: `operator`, filter: filter,
                                            receipt: receipt, receiptSeq: receiptSeq)
            return Array((doc.rendered() + "\n").utf8)
        }
    }

    /// The CSV header: the contact fields, then one `consent:PURPOSE` column per purpose.
    public static func csvHeader(_ state: ZgodaState) -> [String] {
        ContactField.allCases.map(\.label) + state.purposes.keys.map { "consent:\($0)" }
    }

    /// RFC 4180 (CRLF, quotes doubled, fields with separators quoted) through CSV.swift's writer,
    /// with every cell passed through `FormulaGuard` first.
    public static func csv(_ contacts: [Contact], state: ZgodaState, now: Date) throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: csvHeader(state))
        let purposes = Array(state.purposes.keys)
        for c in contacts {
            let d = c.details
            let cells = ContactField.allCases.map { d[$0] } + purposes.map { state.status(of: c.id, purpose: $0, now: now).rawValue }
            try writer.write(row: cells.map(FormulaGuard.escape))
        }
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw ZgodaError.writeFailed("the CSV could not be rendered")
        }
        stream.close()
        // The writer puts line breaks between records; the last record gets one too.
        return Array(data) + [0x0D, 0x0A]
    }
}
