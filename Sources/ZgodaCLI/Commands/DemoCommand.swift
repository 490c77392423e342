import ArgumentParser
import ZgodaCore

/// `zgoda demo`
struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "demo",
        abstract: HelpText.Demo.abstract.text) }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(HelpText.Demo.contacts)) var contacts: Int = 200
    @Option(help: ArgumentHelp(HelpText.Demo.seed)) var seed: UInt64 = 1

    func run() throws {
        try reportingErrors {
            guard (1...1_000_000).contains(contacts) else {
                throw ZgodaError.invalidValue(field: "contacts", reason: ErrorReason(en: "give a number from 1 to 1000000", pl: "podaj liczbę od 1 do 1000000"))
            }
            let store = try global.openStore()
            if store.state.controller.name.isEmpty {
                try store.setController { $0 = DemoData.controller }
            }
            let before = store.state.contacts.count
            do {
                try ProgressLine.run(quiet: global.quiet) { progress in
                    try DemoData.populate(store, count: contacts, seed: seed, progress: progress)
                }
            } catch ZgodaError.interrupted {
                Output.note(CLIText.Run.demoStopped(added: store.state.contacts.count - before, of: contacts).text)
                throw ZgodaError.interrupted
            }
            Output.note(CLIText.Run.demoAdded(contacts, to: store.directory.path).text)
        }
    }
}
