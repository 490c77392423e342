import ArgumentParser
import Foundation
import ZgodaCore

/// `zgoda init`
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a data directory explicitly (it is otherwise created on first use).")

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("admin-name"), help: "The data controller's name.")
    var adminName: String?

    @Option(name: .customLong("admin-address"), help: "The data controller's address.")
    var adminAddress: String?

    @Option(name: .customLong("admin-email"), help: "The data controller's contact e-mail.")
    var adminEmail: String?

    @Flag(help: "Protect the data with a passphrase ($ZGODA_PASSPHRASE or a prompt).")
    var encrypt = false

    @Option(name: .customLong("postgres"), help: ArgumentHelp("Keep the records in this PostgreSQL database, shared by a team (else $ZGODA_DATABASE_URL, or 'database' in the config). The first member makes the schema; later members join it.", valueName: "postgres://user@host/db"))
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
