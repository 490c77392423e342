import Foundation

/// Reads people from a spreadsheet export: headers recognised by name (see `HeaderNames`),
/// delimiter and encoding detected, one candidate per non-blank row.
public enum CSVImportReader {
    public static func read(_ raw: [UInt8], purposes: Set<String>) throws -> ParsedImport {
        let (bytes, encoding) = TextDecoding.utf8Bytes(raw)
        var out = ParsedImport(format: .csv, encoding: encoding)
        let parse = CSVParser.parse(bytes, delimiter: CSVParser.detectDelimiter(bytes))
        guard let header = parse.records.first(where: { !$0.isBlank }) else {
            throw ZgodaError.invalidInput("the file is empty: expected a header row such as Name,Email,Phone")
        }
        let roles = header.fields.map { HeaderNames.role(of: $0, purposes: purposes) }
        guard roles.contains(where: { [.fullName, .givenName, .familyName].contains($0) }) else {
            throw ZgodaError.invalidInput("no name column: expected Name, Full name, Imię i nazwisko, or Imię and Nazwisko (found: \(header.fields.map { SafeText.visible($0) }.joined(separator: ", ")))")
        }
        let ignored = zip(header.fields, roles).filter { $0.1 == .ignored && !$0.0.isEmpty }.map(\.0)
        if !ignored.isEmpty { out.notes.append("ignored columns: " + ignored.map { SafeText.visible($0) }.joined(separator: ", ")) }
        var consentColumns: [(Int, String)] = []
        for (i, role) in roles.enumerated() {
            guard case let .consent(p) = role else { continue }
            if purposes.contains(p) { consentColumns.append((i, p)) } else { out.notes.append("column '\(SafeText.visible(header.fields[i]))': no purpose '\(SafeText.visible(p))' in the catalogue; ignored") }
        }
        let columns = Columns(roles: roles)
        for record in parse.records where record.line > header.line && !record.isBlank {
            let loc = ImportLocation.line(record.line)
            if record.fields.count != header.fields.count {
                let extraEmpty = record.fields.count > header.fields.count && record.fields[header.fields.count...].allSatisfy(\.isEmpty)
                if !extraEmpty {
                    out.problems.append(ImportProblem(loc, "has \(record.fields.count) fields but the header has \(header.fields.count)"))
                    continue
                }
            }
            do {
                out.candidates.append(try columns.candidate(record.fields, at: loc, consentColumns: consentColumns))
            } catch let e as ZgodaError {
                out.problems.append(ImportProblem(loc, e.description))
            }
        }
        if let open = parse.unterminatedQuoteLine {
            out.candidates.removeAll { $0.location.number >= open }
            out.problems.removeAll { $0.location.number >= open }
            out.problems.append(ImportProblem(.line(open), "a quoted field opens here and is never closed; the rest of the file was not read"))
        }
        return out
    }

    /// Where each role's columns are, in file order.
    struct Columns {
        var byRole: [ColumnRole: [Int]] = [:]
        init(roles: [ColumnRole]) {
            for (i, r) in roles.enumerated() { byRole[r, default: []].append(i) }
        }

        /// The non-empty values of a role's columns, in column order.
        func values(_ role: ColumnRole, _ fields: [String]) -> [String] {
            (byRole[role] ?? []).compactMap { i in
                guard i < fields.count else { return nil }
                let v = FormulaGuard.unescape(FastTrim.trimmed(fields[i]))
                return v.isEmpty ? nil : v
            }
        }

        func has(_ role: ColumnRole) -> Bool { byRole[role] != nil }

        func candidate(_ fields: [String], at loc: ImportLocation, consentColumns: [(Int, String)]) throws -> ImportCandidate {
            var d = ContactDetails()
            var given = Set<ContactField>()
            let parts = [ColumnRole.givenName, .middleName, .familyName].flatMap { values($0, fields) }
            d.name = values(.fullName, fields).first ?? parts.joined(separator: " ")
            given.insert(.name)
            var extra: [String] = []
            for f in ContactField.allCases where f != .name {
                let vs = values(.field(f), fields)
                guard let first = vs.first else { continue }
                given.insert(f)
                switch f {
                case .tags: d.tags = vs.flatMap { FastTrim.tags($0) }
                case .notes: d.notes = vs.joined(separator: "\n")
                case .email: d.email = first; extra += vs.dropFirst().map { "Other e-mail: \($0)" }
                case .phone: d.phone = first; extra += vs.dropFirst().map { "Other phone: \($0)" }
                default: d[f] = first
                }
            }
            if !extra.isEmpty {
                d.notes = ([d.notes] + extra).filter { !$0.isEmpty }.joined(separator: "\n")
                given.insert(.notes)
            }
            var consents: [ImportedConsent] = []
            for (i, purpose) in consentColumns where i < fields.count {
                switch ConsentCell.read(fields[i]) {
                case let .decision(dec): consents.append(ImportedConsent(purpose: purpose, decision: dec))
                case .empty, .notADecision: break
                case .invalid:
                    throw ZgodaError.invalidValue(field: "consent \(purpose)", reason: "'\(fields[i])' is not a decision (expected granted, refused, withdrawn, tak or nie)")
                }
            }
            return ImportCandidate(location: loc, details: d, givenFields: given, consents: consents)
        }
    }
}

