import Foundation
import ZgodaCore
import ZgodaPostgres

/// How the command line reaches a team database.
enum TeamDatabaseOptions {
    /// Connects to the database a data directory names. `$ZGODA_DATABASE_URL` is used instead
    /// when it names the same database (typically with the password the directory never keeps).
    /// `$ZGODA_DATABASE_URL` or the config's `database` (typically with the password the
    /// directory never keeps) is used instead when it names the same database.
    @Sendable static func connect(_ stored: String) throws -> any TeamDatabase {
        let named = try ConnectionString(stored)
        for candidate in [environment, UserConfig.load().database].compactMap({ $0 }) {
            if let given = try? ConnectionString(candidate), given.label == named.label {
                return try PostgresTeamDatabase(given)
            }
        }
        return try PostgresTeamDatabase(named)
    }

    private static var environment: String? {
        ProcessInfo.processInfo.environment["ZGODA_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The team database a new data directory joins: `$ZGODA_DATABASE_URL`, else the config's
    /// `database`; nil for a directory of its own.
    static var configured: String? { environment ?? UserConfig.load().database.flatMap { $0.isEmpty ? nil : $0 } }

    /// Made when thrown, so that it is said in the language of the run.
    static var operatorRefused: ZgodaError { ZgodaError.invalidInput(ErrorReason(CLIText.Team.operatorRefused)) }
}
