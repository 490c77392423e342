import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda retention`
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "People kept past their retention period with no remaining legal basis, and fields no active purpose needs.",
        discussion: """
        A person is due when no purpose gives a basis any more (no granted, current, unexpired consent; no recorded \
        contract, legal obligation or legitimate interest) and the retention period of the purposes they decided on \
        has run out since the basis ended (or, if they never had one, the longest retention since they were added). \
        --apply anonymises them, one journal record each, and prints ids only, so no names end up in job logs. \
        People with an open request other than erasure are kept until it is answered.
        """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Anonymise everyone who is due.") var apply = false
    @Option(help: "table or json.") var format: ShowFormat = .table

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            if apply { try runApply(store) } else { list(store) }
        }
    }

    private func list(_ store: Store) {
        let state = store.state, now = store.now
        let due = state.retentionDue(now: now)
        let findings = state.minimisationFindings(now: now)
        switch format {
        case .json:
            Output.json(.object([
                ("due", .array(due.map { s in
                    // Every column of the table: id, name, retention end, the request that holds
                    // the person, the reason; and when the basis ended.
                    var fields = dueFields(s, state: state)
                    fields.insert(("name", .string(state.contacts[s.contact]?.name ?? "")), at: 1)
                    fields.append(("heldBy", JSON.str(state.requestHoldingErasure(of: s.contact)?.id)))
                    return .object(fields)
                })),
                ("renewal", .array(state.consentsAwaitingRenewal(now: now).map { r in
                    .object([("id", .string(r.contact.rawValue)), ("purposes", .array(r.purposes.map(JSON.string)))])
                })),
                ("minimisation", .array(findings.map { f in
                    .object([("id", .string(f.contact.rawValue)), ("fields", .array(f.fields.map { .string($0.rawValue) }))])
                })),
            ]))
        case .table:
            var t = Table("ID", "Name", "Retention ended", "Held by", "Reason")
            for s in due {
                t.add(s.contact.rawValue, state.contacts[s.contact]?.name ?? "", Day(s.retentionEnds).description,
                      state.requestHoldingErasure(of: s.contact)?.id ?? "", s.reason)
            }
            Output.line("Past retention with no legal basis: \(due.count)")
            Output.line(t.rendered(maxColumnWidth: 100))
            if !due.isEmpty { Output.line("Run 'zgoda retention --apply' to anonymise them.") }
            Output.line("")
            let renewal = state.consentsAwaitingRenewal(now: now)
            var r = Table("ID", "Name", "Consents to an older wording")
            for x in renewal { r.add(x.contact.rawValue, state.contacts[x.contact]?.name ?? "", x.purposes.joined(separator: ", ")) }
            Output.line("Awaiting fresh consent (never erased for this alone): \(renewal.count)")
            Output.line(r.rendered(maxColumnWidth: 60))
            Output.line("")
            var m = Table("ID", "Name", "Fields no active purpose needs")
            for f in findings { m.add(f.contact.rawValue, state.contacts[f.contact]?.name ?? "", f.fields.map(\.rawValue).joined(separator: ", ")) }
            Output.line("Holding fields no active purpose needs: \(findings.count)")
            Output.line(m.rendered(maxColumnWidth: 60))
        }
    }

    private func runApply(_ store: Store) throws {
        let state = store.state
        var erased = 0
        let outcomes: [RetentionOutcome]
        do {
            outcomes = try ProgressLine.run(quiet: global.quiet) { progress in
                try store.applyRetention(progress: progress) { _ in erased += 1 }
            }
        } catch ZgodaError.interrupted {
            Output.note("stopped: \(erased) contact\(erased == 1 ? "" : "s") past retention were anonymised and saved; run it again for the rest")
            throw ZgodaError.interrupted
        }
        switch format {
        case .json:
            Output.json(.array(outcomes.map { o in
                .object(dueFields(o.status, state: state) + [("anonymized", .bool(o.anonymized)), ("heldBy", JSON.str(o.heldBy)),
                                                              ("fulfilled", .array((o.erasure?.fulfilled ?? []).map(JSON.string))),
                                                              ("copies", .array((o.erasure?.copies ?? []).map { .int(Int($0.reference.seq)) }))])
            }))
        case .table:
            for o in outcomes {
                guard o.anonymized else {
                    Output.line("kept \(o.status.contact): open request \(o.heldBy ?? "") must be answered first")
                    continue
                }
                var line = "anonymised \(o.status.contact)"
                if let e = o.erasure, !e.fulfilled.isEmpty { line += "; fulfilled and closed request " + e.fulfilled.joined(separator: ", ") }
                // Record numbers only: no destinations (which may name the person) in job logs.
                if let e = o.erasure, !e.copies.isEmpty { line += "; copies made before: records " + e.copies.map { "#\($0.reference.seq)" }.joined(separator: ", ") }
                Output.line(line)
            }
            let done = outcomes.filter(\.anonymized).count
            Output.note("anonymised \(done) contact\(done == 1 ? "" : "s") past retention (saved)")
        }
    }

    private func dueFields(_ s: RetentionStatus, state: ZgodaState) -> [(String, JSON)] {
        [("id", .string(s.contact.rawValue)),
         ("basisEnded", JSON.time(s.basisEnded)),
         ("retentionEnds", JSON.time(s.retentionEnds)),
         ("reason", .string(s.reason))]
    }
}
