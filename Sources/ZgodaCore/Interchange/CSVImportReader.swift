import Foundation

/// Reads people from a spreadsheet export: headers recognised by name (see `HeaderNames`) or
/// mapped by the user, delimiter and encoding detected, one candidate per non-blank row.
public enum CSVImportReader {
    public static func read(_ raw: [UInt8], purposes: Set<String>, options: ImportOptions = ImportOptions()) throws -> ParsedImport {
        let (bytes, encoding) = TextDecoding.utf8Bytes(raw)
        var out = ParsedImport(format: .csv, encoding: encoding)
        let parse = CSVParser.parse(bytes, delimiter: CSVParser.detectDelimiter(bytes))
        let header = try headerRecord(parse.records, purposes: purposes)
        var ranked = header.fields.map { HeaderNames.classify($0, purposes: purposes) }
        var mapped = Array(repeating: false, count: header.fields.count)
        for m in options.columns {
            let k = HeaderNames.key(m.header)
            let hits = header.fields.indices.filter { HeaderNames.key(header.fields[$0]) == k }
            guard !hits.isEmpty else {
                throw ZgodaError.invalidInput(ErrorReason(en: "--map: no column '\(SafeText.visible(m.header))' in the file (columns: \(header.fields.map { SafeText.visible($0) }.joined(separator: ", ")))",
                    pl: "--map: w pliku nie ma kolumny „\(SafeText.visible(m.header))” (kolumny: \(header.fields.map { SafeText.visible($0) }.joined(separator: ", ")))"))
            }
            // A column the user names comes before every column the importer guessed.
            for i in hits { ranked[i] = (m.role, 0); mapped[i] = true }
        }
        // Outlook's `Title` is the salutation when the sheet has a position column of its own.
        let hasPosition = ranked.contains { $0.role == .field(.position) }
        for i in ranked.indices where ranked[i].role == .title && !mapped[i] {
            ranked[i].role = hasPosition ? .title : .field(.position)
        }
        let roles = ranked.map(\.role)
        let naming: [ColumnRole] = [.fullName, .givenName, .familyName, .nickname, .field(.email), .field(.company)]
        guard roles.contains(where: naming.contains) else {
            throw ZgodaError.invalidInput(ErrorReason(en: "no name column: expected Name, Full name, Imię i nazwisko, or Imię and Nazwisko, or an e-mail, company or nickname column to name people by (found: \(header.fields.map { SafeText.visible($0) }.joined(separator: ", ")))",
                    pl: "brak kolumny z nazwą: oczekiwano kolumny Imię i nazwisko (albo Imię i Nazwisko, Name, Full name) albo kolumny z e-mailem, firmą lub pseudonimem, po której można nazwać osoby (znaleziono: \(header.fields.map { SafeText.visible($0) }.joined(separator: ", ")))"))
        }
        out.columns = zip(header.fields, zip(roles, mapped)).map { ColumnMapping(header: $0.0, role: $0.1.0, mapped: $0.1.1) }
        let ignored = zip(header.fields, roles).filter { $0.1 == .ignored && !$0.0.isEmpty && !HeaderNames.isKnownIgnored($0.0) }.map(\.0)
        if !ignored.isEmpty { out.noteTexts.append(CoreText.Import.ignoredColumns(ignored.map { SafeText.visible($0) }.joined(separator: ", "))) }
        var consentColumns: [(Int, String)] = []
        for (i, role) in roles.enumerated() {
            guard case let .consent(p) = role else { continue }
            if purposes.contains(p) { consentColumns.append((i, p)) } else { out.noteTexts.append(CoreText.Import.columnWithoutPurpose(SafeText.visible(header.fields[i]), purpose: SafeText.visible(p))) }
        }
        let columns = Columns(ranked: ranked, headers: header.fields)
        // Each row is read on its own, so the rows are read on all cores, and kept in file order.
        let rows = parse.records.filter { $0.line > header.line && !$0.isBlank }
        let width = header.fields.count
        // Read through a buffer: the threads would otherwise contend on the array's reference count.
        let read = rows.withUnsafeBufferPointer { rows in ParallelMap.map(rows.count, from: 1_024) { i, _ -> RowReading in
            let record = rows[i]
            let loc = ImportLocation.line(record.line)
            var fields = record.fields
            if fields.count > width, !fields[width...].allSatisfy(\.isEmpty) {
                return .problem(ImportProblem(loc, CoreText.Import.tooManyFields(fields.count, header: width)))
            }
            // Spreadsheets and scripts leave out empty cells at the end of a row.
            if fields.count < width { fields += Array(repeating: "", count: width - fields.count) }
            do {
                return .candidate(try columns.candidate(fields, at: loc, consentColumns: consentColumns))
            } catch let e as ZgodaError {
                return .problem(ImportProblem(loc, e.localized))
            } catch {
                return .problem(ImportProblem(loc, Localized(en: "\(error)", pl: "\(error)")))
            }
        } }
        out.candidates.reserveCapacity(read.count)
        for row in read {
            switch row {
            case let .candidate(candidate): out.candidates.append(candidate)
            case let .problem(problem): out.problems.append(problem)
            }
        }
        if let open = parse.unterminatedQuoteLine {
            out.candidates.removeAll { $0.location.number >= open }
            out.problems.removeAll { $0.location.number >= open }
            out.problems.append(ImportProblem(.line(open), CoreText.Import.unclosedQuote))
        }
        return out
    }

    /// What one row gave.
    private enum RowReading { case candidate(ImportCandidate), problem(ImportProblem) }

    /// The header: the first non-blank row, unless a row among the first few names more columns
    /// (LinkedIn puts a few lines of notes above its header).
    static func headerRecord(_ records: [CSVRecord], purposes: Set<String>) throws -> CSVRecord {
        let rows = records.filter { !$0.isBlank }
        guard let first = rows.first else {
            throw ZgodaError.invalidInput(ErrorReason(en: "the file is empty: expected a header row such as Name,Email,Phone",
                    pl: "plik jest pusty: oczekiwano wiersza nagłówka, np. Imię i nazwisko,E-mail,Telefon"))
        }
        func known(_ r: CSVRecord) -> Int { r.fields.filter { HeaderNames.classify($0, purposes: purposes).role != .ignored }.count }
        let best = rows.prefix(10).max { known($0) < known($1) } ?? first
        return known(best) > known(first) ? best : first
    }

    /// Where each role's columns are, best rank first, then left to right.
    struct Columns {
        var byRole: [ColumnRole: [Int]] = [:]
        var tagStyles: [Int: MultiValue.TagStyle] = [:]
        init(ranked: [(role: ColumnRole, rank: Int)], headers: [String]) {
            for (i, r) in ranked.enumerated() { byRole[r.role, default: []].append(i) }
            for (role, cols) in byRole { byRole[role] = cols.sorted { (ranked[$0].rank, $0) < (ranked[$1].rank, $1) } }
            for i in byRole[.field(.tags)] ?? [] { tagStyles[i] = MultiValue.tagStyle(header: headers[i]) }
        }

        /// The non-empty values of a role's columns. Notes keep their white space, as Zgoda
        /// stores and exports them.
        func values(_ role: ColumnRole, _ fields: [String]) -> [String] {
            (byRole[role] ?? []).compactMap { i in
                guard i < fields.count else { return nil }
                if role == .field(.notes) {
                    let v = FormulaGuard.unescape(fields[i])
                    return FastTrim.trimmed(v).isEmpty ? nil : v
                }
                let v = FormulaGuard.unescape(FastTrim.trimmed(fields[i]))
                return v.isEmpty ? nil : v
            }
        }

        func candidate(_ fields: [String], at loc: ImportLocation, consentColumns: [(Int, String)]) throws -> ImportCandidate {
            var b = CandidateBuilder()
            let parts = [ColumnRole.givenName, .middleName, .familyName].flatMap { values($0, fields) }
            b.details.name = values(.fullName, fields).first ?? parts.joined(separator: " ")
            b.emails(values(.field(.email), fields).flatMap(MultiValue.split))
            b.phones(values(.field(.phone), fields).flatMap(MultiValue.split))
            for f in [ContactField.company, .position, .city] { b.set(f, values(.field(f), fields).first) }
            var seenTags = Set<String>()
            let tags = (byRole[.field(.tags)] ?? []).flatMap { i -> [String] in
                guard i < fields.count else { return [] }
                return MultiValue.tags(FormulaGuard.unescape(fields[i]), style: tagStyles[i] ?? .commas)
            }.filter { seenTags.insert($0).inserted }
            if !tags.isEmpty { b.details.tags = tags; b.given.insert(.tags) }
            b.set(.notes, values(.field(.notes), fields).joined(separator: "\n"))
            let (d, given) = b.finish(nickname: values(.nickname, fields).first)
            var consents: [ImportedConsent] = []
            for (i, purpose) in consentColumns where i < fields.count {
                switch ConsentCell.read(fields[i]) {
                case let .decision(dec): consents.append(ImportedConsent(purpose: purpose, decision: dec))
                case .empty, .notADecision: break
                case .invalid:
                    throw ZgodaError.invalidValue(field: "consent \(purpose)", reason: ErrorReason(
                        en: "'\(fields[i])' is not a decision (expected granted, refused, withdrawn, tak or nie)",
                        pl: "„\(fields[i])” nie jest decyzją (oczekiwano: tak, nie, granted, refused albo withdrawn)"))
                }
            }
            return ImportCandidate(location: loc, details: d, givenFields: given, consents: consents, warningTexts: b.warnings)
        }
    }
}
