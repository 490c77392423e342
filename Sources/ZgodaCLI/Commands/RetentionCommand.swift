import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda retention`
struct RetentionCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "retention",
        abstract: HelpText.Retention.abstract.text,
        discussion: HelpText.Retention.discussion.text) }

    @OptionGroup var global: GlobalOptions
    @Flag(help: ArgumentHelp(HelpText.Retention.apply)) var apply = false
    @Option(help: ArgumentHelp(HelpText.Common.tableOrJSON)) var format: ShowFormat = .table

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
            typealias T = CLIText.Retention
            let id = CLIText.Common.id.text, name = CLIText.Common.name.text
            var t = Table(id, name, T.retentionEnded.text, T.heldBy.text, T.reason.text)
            for s in due {
                t.add(s.contact.rawValue, state.contacts[s.contact]?.name ?? "", LocalDates.short(Day(s.retentionEnds), in: Language.current),
                      state.requestHoldingErasure(of: s.contact)?.id ?? "", s.reasonText.text)
            }
            Output.line(T.due(due.count).text)
            Output.line(t.rendered(maxColumnWidth: 100))
            if !due.isEmpty { Output.line(T.applyHint.text) }
            Output.line("")
            let renewal = state.consentsAwaitingRenewal(now: now)
            var r = Table(id, name, T.olderWording.text)
            for x in renewal { r.add(x.contact.rawValue, state.contacts[x.contact]?.name ?? "", x.purposes.joined(separator: ", ")) }
            Output.line(T.renewal(renewal.count).text)
            Output.line(r.rendered(maxColumnWidth: 60))
            Output.line("")
            var m = Table(id, name, T.unneededFields.text)
            for f in findings { m.add(f.contact.rawValue, state.contacts[f.contact]?.name ?? "", f.fields.map { CoreText.Labels.changedField($0.rawValue).text }.joined(separator: ", ")) }
            Output.line(T.minimisation(findings.count).text)
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
            Output.note(CLIText.Retention.stopped(erased).text)
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
                    Output.line(CLIText.Retention.kept(o.status.contact, request: o.heldBy ?? "").text)
                    continue
                }
                // Record numbers only: no destinations (which may name the person) in job logs.
                Output.line(CLIText.Retention.anonymised(o.status.contact, fulfilled: o.erasure?.fulfilled ?? [],
                                                         copies: (o.erasure?.copies ?? []).map { "#\($0.reference.seq)" }).text)
            }
            let done = outcomes.filter(\.anonymized).count
            Output.note(CLIText.Retention.done(done).text)
        }
    }

    private func dueFields(_ s: RetentionStatus, state: ZgodaState) -> [(String, JSON)] {
        [("id", .string(s.contact.rawValue)),
         ("basisEnded", JSON.time(s.basisEnded)),
         ("retentionEnds", JSON.time(s.retentionEnds)),
         ("reason", .string(s.reason))]
    }
}
