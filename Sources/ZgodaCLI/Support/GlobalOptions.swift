import ArgumentParser
import Foundation
import ZgodaCore

/// Options every command takes.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(HelpText.Global.dataDir, valueName: "dir"))
    public var dataDir: String?

    @Option(name: .customLong("operator"), help: ArgumentHelp(HelpText.Global.`operator`, valueName: "name"))
    public var operatorName: String?

    @Flag(name: .customLong("allow-shared-permissions"), help: ArgumentHelp(HelpText.Global.allowSharedPermissions))
    public var allowSharedPermissions = false

    @Option(name: .customLong("lang"), help: ArgumentHelp(HelpText.Global.lang, valueName: "pl|en"))
    public var lang: String?

    @Flag(name: .customLong("quiet"), help: ArgumentHelp(HelpText.Global.quiet))
    public var quiet = false

    public init() {}

    /// The flag, else the config file's `allow_shared_permissions`.
    public var sharedPermissionsAllowed: Bool { allowSharedPermissions || UserConfig.load().allowSharedPermissions }

    public var directory: DataDirectory { DataDirectory.resolve(explicit: dataDir) }

    /// The operator recorded in the journal.
    public var resolvedOperator: String {
        let env = ProcessInfo.processInfo.environment
        if let o = operatorName, !o.isEmpty { return o }
        if let o = env["ZGODA_OPERATOR"], !o.isEmpty { return o }
        if let o = UserConfig.load().operatorName, !o.isEmpty { return o }
        return env["USER"] ?? env["LOGNAME"] ?? "unknown"
    }

    /// Store options with the operator, the clock (`ZGODA_NOW` fixes it, for scripted tests)
    /// and the passphrase source.
    public func storeOptions(createIfMissing: Bool = true) -> StoreOptions {
        var clock: any Clock = SystemClock()
        if let fixed = ProcessInfo.processInfo.environment["ZGODA_NOW"], let date = ISOTime.parse(fixed) {
            clock = FixedClock(date)
        }
        var options = StoreOptions(operatorName: resolvedOperator, clock: clock, passphrase: Passphrase.provider,
                                   createIfMissing: createIfMissing)
        options.allowSharedPermissions = sharedPermissionsAllowed
        options.connect = TeamDatabaseOptions.connect
        options.newDirectoryDatabase = TeamDatabaseOptions.configured
        return options
    }

    /// Opens the store, creating the directory on first use. With `person`, for a command about
    /// that person alone: only their records are read (`Store.open(_:options:person:)`), so the
    /// command costs the same whatever the number of people.
    public func openStore(createIfMissing: Bool = true, person: String? = nil, newContact: Bool = false) throws -> Store {
        let options = storeOptions(createIfMissing: createIfMissing)
        let store = try newContact ? Store.openForNewContact(directory, options: options)
            : person.map { try Store.open(directory, options: options, person: ContactID($0)) } ?? Store.open(directory, options: options)
        if operatorName != nil && store.teamDatabase != nil { throw TeamDatabaseOptions.operatorRefused }
        for w in store.warnings { Output.warn(w) }
        if store.writable, let reason = store.readOnlyReason {
            // Damage: every command says so, not only the ones that try to write.
            Output.warn(CLIText.Integrity.readOnly(reason).text)
        }
        return store
    }
}
