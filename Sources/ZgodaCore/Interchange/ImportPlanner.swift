import Foundation

/// Turns what a reader found into journal events against a given state: new people, changes to
/// people already held (matched by e-mail, else by phone; skipped, updated or added as
/// `ImportOptions.Duplicates` says), consent decisions; people on the suppression list
/// skipped. Pure apart from the store's keyed hashes, so a dry run and the real import (run
/// under the directory lock against the freshest state) plan exactly the same thing.
struct ImportPlanner {
    let store: Store
    let state: ZgodaState
    let now: Date
    let operatorName: String
    let sourceName: String

    var duplicates: ImportOptions.Duplicates = .skip
    /// True when the people gave the file's data themselves (Art. 13); else it came from
    /// someone else and each person added must be told within a month (Art. 14).
    var fromPerson = false

    /// `progress` counts the rows planned; a cancel stops the planning within a thousand rows
    /// (`ZgodaError.interrupted`), before anything is written.
    func plan(_ parsed: ParsedImport, source: String, dryRun: Bool, progress: WorkProgress = .none) throws -> (events: [Event], report: ImportReport) {
        var report = ImportReport(source: source, format: parsed.format, encoding: parsed.encoding, dryRun: dryRun)
        report.columns = parsed.columns
        // Where the people added came from: the file, as the import record names it (Art. 14, 15(1)(g)).
        let origin = DataOrigin(kind: .imported, detail: source, fromPerson: fromPerson)
        report.duplicatePolicy = duplicates
        report.entries += parsed.noteTexts.map { ImportReport.Entry(location: nil, kind: .note, wording: $0) }
        for p in parsed.problems {
            report.entries.append(.init(location: p.location, kind: .rejected, wording: p.wording))
        }
        report.rejected = parsed.problems.count

        // People already held, by e-mail and by phone (the first found wins).
        var byEmail: [String: ContactID] = [:], byPhone: [String: ContactID] = [:]
        for c in state.contacts.values where !c.anonymized {
            if !c.details.email.isEmpty { byEmail[Validation.normalizedEmail(c.details.email)] = byEmail[Validation.normalizedEmail(c.details.email)] ?? c.id }
            let phone = Self.phoneKey(c.details.phone)
            if !phone.isEmpty { byPhone[phone] = byPhone[phone] ?? c.id }
        }
        var seen: [String: ImportLocation] = [:]
        var usedIDs = Set<ContactID>()
        var rng = RandomBytes.Generator(expected: parsed.candidates.count)
        var wording: [String: String] = [:]
        var events: [Event] = []

        // Each row's checks need nothing but the row: made on all cores before the rows are
        // matched, in order, against what is held and what came before them in the file.
        let checked = parsed.candidates.withUnsafeBufferPointer { candidates in
            ParallelMap.map(candidates.count, from: 1_024) { row, _ in Checked(candidates[row].details) }
        }

        for (row, cand) in parsed.candidates.enumerated() {
            if row & 1023 == 0 {
                try progress.checkCancelled()
                progress.update(done: row)
            }
            let loc = cand.location
            func reject(_ why: Localized) {
                report.rejected += 1
                report.entries.append(.init(location: loc, kind: .rejected, wording: why))
            }
            func reject(_ error: any Error) {
                reject((error as? ZgodaError)?.localized ?? Localized(en: "\(error)", pl: "\(error)"))
            }
            func warn() {
                report.entries += cand.warningTexts.map { .init(location: loc, kind: .warning, wording: $0) }
            }
            let clean: ContactDetails
            do { clean = try checked[row].clean.get() } catch { reject(error); continue }
            if let what = store.suppressionMatch(clean, in: state) {
                report.skipped += 1
                report.entries.append(.init(location: loc, kind: .skipped, wording: CoreText.Import.forgotten(what)))
                continue
            }
            let key = checked[row].emailKey
            if !key.isEmpty {
                if let first = seen[key] { reject(CoreText.Import.sameEmail(as: first)); continue }
                seen[key] = loc
            }
            let phoneKey = checked[row].phoneKey
            let match: (id: ContactID, by: String)? =
                (key.isEmpty ? nil : byEmail[key]).map { ($0, "same e-mail") } ?? (phoneKey.isEmpty ? nil : byPhone[phoneKey]).map { ($0, "same phone") }
            if let (existingID, by) = match, let existing = state.contacts[existingID], duplicates != .add {
                warn()
                if duplicates == .skip {
                    report.duplicates += 1
                    report.entries.append(.init(location: loc, kind: .duplicate, wording: CoreText.Import.duplicateSkipped(existingID, by: by), contact: existingID))
                    continue
                }
                var merged = existing.details
                // The e-mail matched; a difference in letter case alone is not a change.
                for f in cand.givenFields where f != .email || by != "same e-mail" {
                    if f == .tags {
                        var seen = Set<String>()
                        merged.tags = (existing.details.tags + clean.tags).filter { seen.insert($0).inserted }
                    } else if f == .phone, Validation.parsePhone(existing.details.phone)?.normalizedText == clean.phone {
                        // The same number as held, written as the user wrote it: not a change.
                        continue
                    } else {
                        merged[f] = clean[f]
                    }
                }
                let mergedClean: ContactDetails
                do { mergedClean = try Validation.check(merged) } catch { reject(error); continue }
                let changes = existing.details.changes(to: mergedClean)
                var consentEvents = consentDecisions(cand, for: existingID, existing: state.decisions[existingID] ?? [], loc: loc, wording: &wording)
                if !changes.isEmpty { consentEvents.insert(.contactEdited(id: existingID, changes: changes), at: 0) }
                if consentEvents.isEmpty {
                    // Counted only: re-importing a whole spreadsheet must not print a line per person.
                    report.unchanged += 1
                    continue
                }
                events += consentEvents
                report.updated += 1
                let consents = consentEvents.compactMap { if case let .consentRecorded(d) = $0 { return d.purpose }; return nil }
                report.entries.append(.init(location: loc, kind: .updated,
                                            wording: CoreText.Import.updated(existingID, by: by, fields: changes.map(\.field), consents: consents),
                                            contact: existingID))
                continue
            }
            warn()
            if let (existingID, by) = match {
                report.entries.append(.init(location: loc, kind: .duplicate, wording: CoreText.Import.duplicateAdded(existingID, by: by), contact: existingID))
            }
            var id: ContactID
            if let p = cand.preferredID, Self.isWellFormed(p), state.contacts[p] == nil, !usedIDs.contains(p) {
                id = p
            } else {
                repeat { id = ContactID.random(using: &rng) } while state.contacts[id] != nil || usedIDs.contains(id)
            }
            usedIDs.insert(id)
            events.append(.contactAdded(id: id, keySlot: Store.newKeySlot, details: clean, origin: origin))
            events += consentDecisions(cand, for: id, existing: [], loc: loc, wording: &wording)
            report.added += 1
            report.addedIDs.append(id)
        }
        let record = Event.imported(source: source, added: report.added, updated: report.updated, rejected: report.rejected)
        return ([record] + events, report)
    }

    /// A row's details checked, and the keys it is matched by.
    private struct Checked {
        var clean: Result<ContactDetails, any Error>
        var emailKey = "", phoneKey = ""

        init(_ details: ContactDetails) {
            clean = Result { try Validation.check(details) }
            if case let .success(c) = clean {
                emailKey = Validation.normalizedEmail(c.email)
                phoneKey = ImportPlanner.phoneKey(c.phone)
            }
        }
    }

    /// Decisions to record: columns become new decisions with source `import` where they differ
    /// from the person's latest one; portability decisions are kept as made, if newer than what
    /// is held for that purpose.
    private func consentDecisions(_ cand: ImportCandidate, for id: ContactID, existing: [ConsentDecision], loc: ImportLocation,
                                  wording: inout [String: String]) -> [Event] {
        var latest: [String: ConsentDecision] = [:]
        for d in existing { latest[d.purpose] = d }
        var out: [Event] = []
        for c in cand.consents {
            guard let p = state.purposes[c.purpose] else { continue }
            if let l = latest[c.purpose], l.decision == c.decision, l.purposeVersion == p.version { continue }
            let hash = wording[p.id] ?? Wording.hash(controller: state.controller, purpose: p)
            wording[p.id] = hash
            let d = ConsentDecision(contact: id, purpose: p.id, purposeVersion: p.version, decision: c.decision, source: .import,
                                    evidence: "import of \(sourceName), \(loc)", at: now, operator: operatorName,
                                    expires: nil, wordingHash: hash)
            latest[c.purpose] = d
            out.append(.consentRecorded(d))
        }
        // Only decisions made after the newest one already held; the file's own order is kept,
        // even for decisions made in the same second.
        var held: [String: Date] = [:]
        for d in existing { held[d.purpose] = max(held[d.purpose] ?? d.at, d.at) }
        for var d in cand.history where state.purposes[d.purpose] != nil {
            if let newest = held[d.purpose], newest >= d.at { continue }
            d.contact = id
            if d.operator.isEmpty { d.operator = operatorName }
            out.append(.consentRecorded(d))
        }
        return out
    }

    /// The phone as duplicates are matched: its E.164 digits as the suppression list reads them
    /// (so `601 202 303` held matches `+48601202303` imported), when there are enough to be a number.
    static func phoneKey(_ phone: String) -> String {
        guard !phone.isEmpty, Validation.normalizedPhone(phone).count >= 6 else { return "" }
        return SuppressionKeys.phone(phone) ?? ""
    }

    /// Ids as Zgoda makes them: 8 characters of its base-32 alphabet.
    static func isWellFormed(_ id: ContactID) -> Bool {
        id.rawValue.count == 8 && id.rawValue.allSatisfy { ContactID.alphabet.contains($0) }
    }
}
