import Foundation
import ZgodaCore

/// A PostgreSQL connection string, `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&host=/socket/dir]`,
/// read the way libpq reads it where the two overlap: the password may also come from
/// `PGPASSWORD` or `~/.pgpass`, the user from `PGUSER` (else the login name), and `sslmode`
/// is `disable`, `prefer` (the default), `require` or `verify-full`.
public struct ConnectionString: Equatable, Sendable {
    public enum TLSMode: String, Sendable { case disable, prefer, require, verifyFull = "verify-full" }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode
    /// A folder holding the server's Unix socket, used instead of TCP when set.
    public var socketDirectory: String?
    /// The CA file to check the server's certificate against (`sslrootcert`), for verify-full.
    public var rootCertificate: String?

    /// The string without its password: what a data directory records and messages show.
    public var label: String {
        var s = "postgres://\(user)@\(socketDirectory == nil ? host : "")"
        if socketDirectory == nil && port != 5432 { s += ":\(port)" }
        s += "/\(database)"
        var query: [String] = []
        if let socketDirectory { query.append("host=\(socketDirectory)"); if port != 5432 { query.append("port=\(port)") } }
        if tls != .prefer { query.append("sslmode=\(tls.rawValue)") }
        if let rootCertificate { query.append("sslrootcert=\(rootCertificate)") }
        return query.isEmpty ? s : s + "?" + query.joined(separator: "&")
    }

    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        func bad(_ en: String, _ pl: String) -> ZgodaError { .invalidValue(field: "database connection string", reason: ErrorReason(en: en, pl: pl)) }
        guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") else {
            throw bad("it must start with postgres://", "musi zaczynać się od postgres://")
        }
        guard let url = URLComponents(string: text) else { throw bad("it is not a valid URL", "to nie jest poprawny adres URL") }
        var query: [String: String] = [:]
        for item in url.queryItems ?? [] { query[item.name] = item.value ?? "" }
        socketDirectory = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        host = url.host.flatMap { $0.isEmpty ? nil : $0 } ?? (socketDirectory == nil ? "localhost" : "")
        if let p = query["port"] { guard let n = Int(p) else { throw bad("port '\(p)' is not a number", "port „\(p)” nie jest liczbą") }; port = n } else { port = url.port ?? 5432 }
        guard (1...65535).contains(port) else { throw bad("port \(port) is out of range", "port \(port) jest poza zakresem") }
        user = url.user.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        database = path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? user
        guard !database.contains("/") else { throw bad("the database name cannot contain '/'", "nazwa bazy nie może zawierać „/”") }
        let mode = query["sslmode"] ?? "prefer"
        guard let t = TLSMode(rawValue: mode) else { throw bad("sslmode '\(mode)' is not one of disable, prefer, require, verify-full", "sslmode „\(mode)” nie jest żadną z wartości disable, prefer, require, verify-full") }
        tls = t
        rootCertificate = query["sslrootcert"]
        password = url.password.flatMap { $0.removingPercentEncoding }
            ?? environment["PGPASSWORD"]
            ?? Self.passwordFile(environment).flatMap { PasswordFile.lookup($0, host: socketDirectory == nil ? host : "localhost", port: port, database: database, user: user) }
    }

    private static func passwordFile(_ environment: [String: String]) -> String? {
        if let p = environment["PGPASSFILE"], !p.isEmpty { return p }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.pgpass"
    }
}

/// `~/.pgpass`: `host:port:database:user:password` lines, `*` matching anything, `\` escaping
/// `:` and `\`. Like libpq, a file that others may read is ignored.
enum PasswordFile {
    static func lookup(_ path: String, host: String, port: Int, database: String, user: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_mode & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    private static func split(_ line: String) -> [String] {
        var fields: [String] = [], current = "", escaped = false
        for ch in line {
            if escaped { current.append(ch); escaped = false }
            else if ch == "\\" { escaped = true }
            else if ch == ":" && fields.count < 4 { fields.append(current); current = "" }
            else { current.append(ch) }
        }
        fields.append(current)
        return fields
    }
}

