import Foundation
import ZgodaCore
import ZgodaPostgres

/// How the command line reaches a team database.
enum TeamDatabaseOptions {
    /// Connects to the database a data directory names. `$ZGODA_DATABASE_URL` is used instead
    /// when it names the same database (typically with the password the directory never keeps).
    @Sendable static func connect(_ stored: String) throws -> any TeamDatabase {
        if let env = ProcessInfo.processInfo.environment["ZGODA_DATABASE_URL"], !env.isEmpty,
           let fromEnv = try? ConnectionString(env), let named = try? ConnectionString(stored), fromEnv.label == named.label {
            return try PostgresTeamDatabase(fromEnv)
        }
        return try PostgresTeamDatabase.connect(stored)
    }

    static let operatorRefused = ZgodaError.invalidInput(
        "on a team database the operator is the role you signed in as; --operator cannot change it")
}
