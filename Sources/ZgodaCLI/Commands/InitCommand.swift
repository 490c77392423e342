import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda init`
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "init",
        abstract: HelpText.Init.abstract.text) }

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("admin-name"), help: ArgumentHelp(HelpText.Init.adminName))
    var adminName: String?

    @Option(name: .customLong("admin-address"), help: ArgumentHelp(HelpText.Init.adminAddress))
    var adminAddress: String?

    @Option(name: .customLong("admin-email"), help: ArgumentHelp(HelpText.Init.adminEmail))
    var adminEmail: String?

    @Flag(help: ArgumentHelp(HelpText.Init.encrypt))
    var encrypt = false

    @Option(name: .customLong("postgres"), help: ArgumentHelp(HelpText.Init.postgres, valueName: "postgres://user@host/db"))
    var postgres: String?

    func run() throws {
        try reportingErrors {
            let dir = global.directory
            var controller: DataController? = nil
            if adminName != nil || adminAddress != nil || adminEmail != nil {
                controller = DataController(name: adminName ?? "", address: adminAddress ?? "", email: adminEmail ?? "")
                if let e = adminEmail, !e.isEmpty, !Validation.isValidEmail(e) {
                    throw ZgodaError.invalidValue(field: "admin-email", reason: ErrorReason(en: "'\(e)' is not an e-mail address", pl: "\u{201E}\(e)\u{201D} to nie jest adres e-mail"))
                }
            }
            if let url = postgres ?? TeamDatabaseOptions.configured {
                if global.operatorName != nil { throw TeamDatabaseOptions.operatorRefused }
                let options = global.storeOptions()
                try Store.create(dir, options: options, encrypt: encrypt, controller: controller, database: url)
                let store = try global.openStore()
                Output.note(CLIText.Run.joinedTeam(dir.path, database: store.teamDatabase ?? url, signedIn: store.signedIn ?? "?").text)
                return
            }
            try Store.create(dir, options: global.storeOptions(), encrypt: encrypt, controller: controller)
            Output.note(CLIText.Run.created(dir.path, encrypted: encrypt).text)
        }
    }
}
